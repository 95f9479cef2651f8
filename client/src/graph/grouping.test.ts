import { describe, expect, it } from "vitest";
import { groupHits, groupRelationships } from "./grouping";
import { node, sampleGraph } from "./test-fixtures";
import { edgeLook } from "./visual-encoding";

describe("groupHits", () => {
  it("orders groups by their best-ranked hit and keeps the ranking inside each group", () => {
    const hits = [
      node({ id: "six-core-strategies", type: "FRAMEWORK" }),
      node({ id: "checklist", type: "RESOURCE" }),
      node({ id: "infographic", type: "RESOURCE" }),
      node({ id: "huckshorn", type: "PERSON" }),
    ];
    expect(groupHits(hits).map((g) => [g.type, g.hits.map((h) => h.id)])).toEqual([
      ["FRAMEWORK", ["six-core-strategies"]],
      ["RESOURCE", ["checklist", "infographic"]],
      ["PERSON", ["huckshorn"]],
    ]);
  });
});

describe("groupRelationships", () => {
  it("groups by type and direction with headings that read from the node's side", () => {
    const groups = groupRelationships("six-core-strategies", sampleGraph.edges, sampleGraph.nodes);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.heading).toBe("Derived into");
    expect(groups[0]?.items.map((i) => [i.other.label, i.edge.how])).toEqual([
      ["REsTRAIN Yourself Toolkit", "ENCOMPASSES"],
      ["Six Core Strategies checklist", "ADAPTS"],
    ]);
  });

  it("reads outgoing relationships forwards and skips ends it does not know", () => {
    const groups = groupRelationships("checklist", sampleGraph.edges, sampleGraph.nodes);
    expect(groups.map((g) => g.heading).sort()).toEqual(["Derives from", "Published by"]);
  });

  it("names a relationship type newer than this build in words rather than dropping it", () => {
    // A server upgraded before a cached client may send an enum value the client was not built with.
    expect(edgeLook("INSPIRED_BY").forward).toBe("Inspired by");
    expect(edgeLook("INSPIRED_BY").backward).toBe("Inspired by");
  });
});
