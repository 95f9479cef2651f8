import { describe, expect, it } from "vitest";
import { summariseChange } from "./summarise.js";

const snapshot = (id: string, properties: Record<string, unknown>, relationships: unknown[] = []) => ({
  id,
  labels: ["Resource"],
  properties: { id, ...properties },
  relationships,
});
const derives = (other: string, evidence = "adapts it") => ({
  type: "DERIVES_FROM",
  direction: "OUT",
  other,
  properties: { how: "ADAPTS", evidence, basis: "STATED" },
});

describe("summariseChange", () => {
  it("reads a created node and its relationships as added", () => {
    expect(summariseChange(null, [snapshot("kit", { title: "Kit" }, [derives("six")])])).toEqual([
      { subject: "NODE", change: "ADDED", id: "kit" },
      { subject: "RELATIONSHIP", change: "ADDED", type: "DERIVES_FROM", from: "kit", to: "six" },
    ]);
  });

  it("reads a deleted node and the relationships it took with it as removed, in their own direction", () => {
    const incoming = { type: "PUBLISHED_BY", direction: "IN", other: "guide", properties: {} };
    expect(summariseChange([snapshot("org", { name: "Org" }, [incoming])], null)).toEqual([
      { subject: "NODE", change: "REMOVED", id: "org" },
      { subject: "RELATIONSHIP", change: "REMOVED", type: "PUBLISHED_BY", from: "guide", to: "org" },
    ]);
  });

  it("reports a changed property or relationship, and nothing for bookkeeping alone", () => {
    const before = [snapshot("kit", { title: "Kit", degree: 1, updatedAt: "a" }, [derives("six")])];
    expect(
      summariseChange(before, [snapshot("kit", { title: "Kit", degree: 2, updatedAt: "b" }, [derives("six")])]),
    ).toEqual([]);
    expect(
      summariseChange(before, [snapshot("kit", { title: "Kit 2", degree: 1 }, [derives("six", "other")])]),
    ).toEqual([
      { subject: "NODE", change: "CHANGED", id: "kit" },
      { subject: "RELATIONSHIP", change: "CHANGED", type: "DERIVES_FROM", from: "kit", to: "six" },
    ]);
  });

  it("reads the relationship editor's GraphEdges and an approval's resource, never the suggestion", () => {
    const edge = {
      id: "FOR_SETTING:kit->schools",
      type: "FOR_SETTING",
      source: "kit",
      target: "schools",
      basis: "STATED",
    };
    expect(summariseChange(null, edge)).toEqual([
      { subject: "RELATIONSHIP", change: "ADDED", type: "FOR_SETTING", from: "kit", to: "schools" },
    ]);
    expect(summariseChange(edge, null)).toEqual([
      { subject: "RELATIONSHIP", change: "REMOVED", type: "FOR_SETTING", from: "kit", to: "schools" },
    ]);
    const suggestion = { id: "s1", title: "Kit", status: "PENDING" };
    expect(
      summariseChange(suggestion, {
        suggestion: { ...suggestion, status: "APPROVED" },
        resource: [snapshot("kit", {})],
      }),
    ).toEqual([{ subject: "NODE", change: "ADDED", id: "kit" }]);
  });
});
