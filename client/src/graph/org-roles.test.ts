// The organisation view's role groups, which @rrn/graph-layout holds so the API lays the view out in the same groups.
import { describe, expect, it } from "vitest";
import { affiliatedPeople, groupByOrgRole } from "@rrn/graph-layout";
import { edge, node } from "./test-fixtures";

describe("groupByOrgRole", () => {
  const data = {
    nodes: [
      node({ id: "mersey-care", type: "ORGANISATION" }),
      node({ id: "hope-model", type: "FRAMEWORK" }),
      node({ id: "no-force-first", type: "FRAMEWORK" }),
      node({ id: "guide", type: "RESOURCE" }),
      node({ id: "person", type: "PERSON" }),
      node({ id: "uk", type: "JURISDICTION" }),
    ],
    edges: [
      edge({ type: "DEVELOPED_BY", source: "hope-model", target: "mersey-care" }),
      edge({ type: "DEVELOPED_BY", source: "no-force-first", target: "mersey-care" }),
      edge({ type: "PUBLISHED_BY", source: "guide", target: "mersey-care" }),
      edge({ type: "COMMISSIONED_BY", source: "guide", target: "mersey-care" }),
      edge({ type: "AFFILIATED_WITH", source: "person", target: "mersey-care" }),
      edge({ type: "APPLIES_IN", source: "guide", target: "uk" }),
    ],
  };

  it("groups what the organisation published, commissioned and developed", () => {
    const { roles } = groupByOrgRole("mersey-care", data);
    expect(roles.map((r) => [r.key, r.nodeIds])).toEqual([
      ["published", ["guide"]],
      ["commissioned", ["guide"]],
      ["frameworks", ["hope-model", "no-force-first"]],
      ["people", ["person"]],
      ["other", ["uk"]],
    ]);
  });

  it("groups what affiliated people made or belong to apart, when their neighbourhoods are drawn", () => {
    const withPeople = {
      nodes: [...data.nodes, node({ id: "film", type: "RESOURCE" }), node({ id: "other-org", type: "ORGANISATION" })],
      edges: [
        ...data.edges,
        edge({ type: "FEATURES", source: "film", target: "person" }),
        edge({ type: "AFFILIATED_WITH", source: "person", target: "other-org" }),
        // Also linked to the organisation directly: stays in its direct role.
        edge({ type: "FEATURES", source: "guide", target: "person" }),
      ],
    };
    expect(affiliatedPeople("mersey-care", withPeople)).toEqual(["person"]);
    const { roles, parents } = groupByOrgRole("mersey-care", withPeople);
    expect(roles.find((r) => r.key === "through-people")?.nodeIds).toEqual(["film", "other-org"]);
    expect(parents.get("film")).toBe("group:through-people");
    expect(parents.get("guide")).toBe("group:published");
    expect(roles.find((r) => r.key === "other")?.nodeIds).toEqual(["uk"]);
  });

  it("gives each node one group box on the canvas, the first role it has", () => {
    const { parents, groupElements } = groupByOrgRole("mersey-care", data);
    expect(parents.get("guide")).toBe("group:published");
    expect(parents.get("hope-model")).toBe("group:frameworks");
    expect(parents.has("mersey-care")).toBe(false);
    // No empty box for "commissioned": its only resource sits under "published".
    expect(groupElements.map((g) => g.data.id)).toEqual([
      "group:published",
      "group:frameworks",
      "group:people",
      "group:other",
    ]);
  });
});
