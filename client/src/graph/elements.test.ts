import { describe, expect, it } from "vitest";
import { mergeGraphData, toElements } from "./elements";
import { edge, node, sampleGraph } from "./test-fixtures";

describe("toElements", () => {
  it("marks a path's steps through a shared setting (not an end) as shared context, in words too", () => {
    const data = {
      nodes: [
        node({ id: "guide", type: "RESOURCE" }),
        node({ id: "inpatient", type: "SETTING" }),
        node({ id: "toolkit", type: "RESOURCE" }),
      ],
      edges: [
        edge({ type: "FOR_SETTING", source: "guide", target: "inpatient" }),
        edge({ type: "FOR_SETTING", source: "toolkit", target: "inpatient" }),
      ],
    };
    const edges = toElements(data, { pathEnds: ["guide", "toolkit"] }).filter((e) => e.group === "edges");
    expect(edges.map((e) => [e.classes, String(e.data.label)])).toEqual([
      ["shared-context", "shared context: for setting"],
      ["shared-context", "shared context: for setting"],
    ]);
    // The setting as an end is the step's destination, not shared context; nor is anything outside the path view.
    const toSetting = toElements(data, { pathEnds: ["guide", "inpatient"] }).filter((e) => e.group === "edges");
    expect(toSetting.map((e) => e.classes)).toEqual(["", ""]);
    expect(
      toElements(data)
        .filter((e) => e.group === "edges")
        .map((e) => e.classes),
    ).toEqual(["", ""]);
  });

  it("maps every node with the data the stylesheet and exports read", () => {
    const elements = toElements(sampleGraph);
    const toolkit = elements.find((e) => e.data.id === "restrain-yourself-toolkit");
    expect(toolkit).toEqual({
      group: "nodes",
      data: {
        id: "restrain-yourself-toolkit",
        label: "REsTRAIN Yourself Toolkit",
        type: "RESOURCE",
        kind: "TOOLKIT",
        year: null,
        degree: 1,
      },
    });
  });

  it("drops edges whose ends are not in the result (Cytoscape rejects dangling edges)", () => {
    const ids = toElements(sampleGraph).map((e) => e.data.id);
    expect(ids).not.toContain("REFERENCES:checklist->not-in-result");
    expect(ids).toHaveLength(4 + 3);
  });

  it("labels lineage edges with how they derive, others with the relationship in words", () => {
    const byId = new Map(toElements(sampleGraph).map((e) => [e.data.id, e]));
    expect(byId.get("DERIVES_FROM:restrain-yourself-toolkit->six-core-strategies")?.data.label).toBe("encompasses");
    expect(byId.get("DERIVES_FROM:checklist->six-core-strategies")?.data.label).toBe("adapts");
    expect(byId.get("PUBLISHED_BY:checklist->mersey-care")?.data.label).toBe("published by");
  });

  it("marks annotation edges with a class, and leaves provenance to the list view and exports", () => {
    const data = {
      nodes: sampleGraph.nodes,
      edges: [
        edge({
          type: "DESCRIBES",
          source: "checklist",
          target: "six-core-strategies",
          annotation: true,
          generalKnowledge: true,
        }),
      ],
    };
    const [described] = toElements(data).filter((e) => e.group === "edges");
    expect(described?.classes).toBe("annotation");
    expect(described?.data).toMatchObject({ annotation: true, type: "DESCRIBES" });
    // The canvas draws no evidence; canvas queries no longer send it.
    expect(described?.data).not.toHaveProperty("evidence");
    expect(described?.data).not.toHaveProperty("generalKnowledge");
  });

  it("carries each edge's basis, and marks the ones not stated outright with a class", () => {
    const data = {
      nodes: sampleGraph.nodes,
      edges: [
        edge({ type: "PUBLISHED_BY", source: "checklist", target: "mersey-care" }),
        edge({
          type: "REFERENCES",
          source: "checklist",
          target: "six-core-strategies",
          basis: "INFERRED",
          reasoning: "Named after it.",
        }),
      ],
    };
    const [stated, inferred] = toElements(data).filter((e) => e.group === "edges");
    expect(stated?.classes).toBe("");
    expect(stated?.data).toMatchObject({ basis: "STATED", label: "published by" });
    expect(inferred?.classes).toBe("unstated");
    expect(inferred?.data).toMatchObject({ basis: "INFERRED", label: "references (inferred)" });
    // The reasoning is provenance: the list view and exports fetch it, the drawing never holds it.
    expect(inferred?.data).not.toHaveProperty("reasoning");
  });

  it("puts nodes into compound groups when asked", () => {
    const parents = new Map([["checklist", "group:published"]]);
    const checklist = toElements(sampleGraph, { parents }).find((e) => e.data.id === "checklist");
    expect(checklist?.data.parent).toBe("group:published");
  });
});

describe("mergeGraphData", () => {
  it("unions nodes and edges by id, first occurrence winning", () => {
    const extra = {
      nodes: [
        node({ id: "checklist", type: "RESOURCE", label: "duplicate" }),
        node({ id: "hope-model", type: "FRAMEWORK" }),
      ],
      edges: [edge({ type: "DEVELOPED_BY", source: "hope-model", target: "mersey-care" })],
    };
    const merged = mergeGraphData(sampleGraph, extra);
    expect(merged.nodes.map((n) => n.id)).toEqual([
      "six-core-strategies",
      "restrain-yourself-toolkit",
      "checklist",
      "mersey-care",
      "hope-model",
    ]);
    expect(merged.nodes.find((n) => n.id === "checklist")?.label).toBe("Six Core Strategies checklist");
    expect(merged.edges).toHaveLength(5);
    expect(merged.truncated).toBe(true);
  });
});
