import { describe, expect, it } from "vitest";
import { shortestPathSteps } from "./path-steps";
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
