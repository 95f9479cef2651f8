import { describe, expect, it } from "vitest";
import { pathItems, shortestPathSteps, shortestRoutes } from "./path-steps";
import { edge, node } from "./test-fixtures";

const data = {
  nodes: [
    node({ id: "hope-model", type: "FRAMEWORK" }),
    node({ id: "mersey-care", type: "ORGANISATION" }),
    node({ id: "no-force-first", type: "FRAMEWORK" }),
    node({ id: "island", type: "RESOURCE" }),
  ],
  edges: [
    edge({ type: "DEVELOPED_BY", source: "hope-model", target: "mersey-care", evidence: "developed by Mersey Care" }),
    edge({ type: "DEVELOPED_BY", source: "no-force-first", target: "mersey-care" }),
  ],
};

describe("shortestPathSteps", () => {
  it("reads the chain in order, following relationships either way", () => {
    const steps = shortestPathSteps(data, "hope-model", "no-force-first");
    expect(steps.map((s) => [s.from.id, s.edge.type, s.to.id, s.reversed])).toEqual([
      ["hope-model", "DEVELOPED_BY", "mersey-care", false],
      ["mersey-care", "DEVELOPED_BY", "no-force-first", true],
    ]);
    expect(steps[0]?.edge.evidence).toBe("developed by Mersey Care");
  });

  it("returns no steps when the ends are not connected", () => {
    expect(shortestPathSteps(data, "hope-model", "island")).toEqual([]);
    expect(shortestPathSteps(data, "hope-model", "missing")).toEqual([]);
  });
});

describe("shortestRoutes", () => {
  // Two ways from a to d through b or c, a longer one through e, and two relationships from c to d.
  const diamond = {
    nodes: ["a", "b", "c", "d", "e"].map((id) => node({ id, type: "RESOURCE" })),
    edges: [
      edge({ type: "DERIVES_FROM", source: "a", target: "b" }),
      edge({ type: "DERIVES_FROM", source: "c", target: "a" }),
      edge({ type: "DERIVES_FROM", source: "b", target: "d" }),
      edge({ type: "DERIVES_FROM", source: "c", target: "d" }),
      edge({ type: "FEATURES", source: "d", target: "c" }),
      edge({ type: "FEATURES", source: "a", target: "e" }),
      edge({ type: "FEATURES", source: "e", target: "b" }),
    ],
  };
  const read = (route: { edge: { id: string } }[]) => route.map((s) => s.edge.id).join(" ");

  it("lists every shortest route, the one shortestPathSteps reads first, each relationship its own route", () => {
    const { routes, total } = shortestRoutes(diamond, "a", "d", 10);
    expect(routes.map(read)).toEqual([
      read(shortestPathSteps(diamond, "a", "d")),
      "DERIVES_FROM:c->a DERIVES_FROM:c->d",
      "DERIVES_FROM:c->a FEATURES:d->c",
    ]);
    expect(read(routes[0] ?? [])).toBe("DERIVES_FROM:a->b DERIVES_FROM:b->d");
    expect(total).toBe(3);
    // Steps against a relationship's direction say so.
    expect(routes[1]?.map((s) => s.reversed)).toEqual([true, false]);
    expect(routes[2]?.map((s) => [s.from.id, s.to.id, s.reversed])).toEqual([
      ["a", "c", true],
      ["c", "d", true],
    ]);
  });

  it("lists at most max routes, and counts them all", () => {
    const { routes, total } = shortestRoutes(diamond, "a", "d", 2);
    expect(routes).toHaveLength(2);
    expect(total).toBe(3);
  });

  it("has no route when the ends are not connected", () => {
    expect(shortestRoutes(data, "hope-model", "island", 5)).toEqual({ routes: [], total: 0 });
  });
});

describe("pathItems", () => {
  const via = {
    nodes: [
      node({ id: "guide", type: "RESOURCE" }),
      node({ id: "inpatient", type: "SETTING", label: "Mental health inpatient services" }),
      node({ id: "toolkit", type: "RESOURCE" }),
      node({ id: "mersey-care", type: "ORGANISATION" }),
    ],
    edges: [
      edge({ type: "FOR_SETTING", source: "guide", target: "inpatient" }),
      edge({ type: "FOR_SETTING", source: "toolkit", target: "inpatient" }),
      edge({ type: "PUBLISHED_BY", source: "toolkit", target: "mersey-care" }),
    ],
  };
  const isSetting = (n: { type: string }) => n.type === "SETTING";

  it("joins the two steps through a shared setting into one shared-context item", () => {
    const items = pathItems(shortestPathSteps(via, "guide", "mersey-care"), isSetting);
    expect(items.map((i) => (i.kind === "shared" ? `shared via ${i.via.id}` : i.step.edge.type))).toEqual([
      "shared via inpatient",
      "PUBLISHED_BY",
    ]);
  });

  it("keeps a step that ends at the setting itself (an end is not shared context)", () => {
    const items = pathItems(shortestPathSteps(via, "mersey-care", "inpatient"), isSetting);
    expect(items.map((i) => i.kind)).toEqual(["step", "step"]);
  });
});
