import { describe, expect, it } from "vitest";
import { describeEntry, lastKnownName } from "./history";

const snapshot = (properties: Record<string, unknown>, relationships: unknown[] = []) =>
  JSON.stringify([{ id: "toolkit", labels: ["Entity", "Resource"], properties, relationships }]);

describe("node history in words", () => {
  const names = new Map([["hope", "HOPE model"]]);

  it("says which properties changed, from what to what, without bookkeeping", () => {
    const line = describeEntry(
      {
        id: "1",
        at: "2026-12-07T05:00:00Z",
        actor: "Ann Curator",
        action: "updateResources",
        before: snapshot({ id: "toolkit", year: 2019, summary: "Old", updatedAt: "a" }),
        after: snapshot({ id: "toolkit", year: 2020, summary: "Old", updatedAt: "b", updatedBy: "Ann Curator" }),
      },
      "toolkit",
      names,
    );
    expect(line).toMatchObject({ who: "Ann Curator", what: "Changed year", details: ["year: 2019 → 2020"] });
  });

  it("names added and removed relationships with the other end's name", () => {
    const rel = { type: "DERIVES_FROM", direction: "OUT", other: "hope", properties: { how: "BASED_ON" } };
    const added = describeEntry(
      { id: "2", at: "x", actor: "A", action: "addRelationship", before: snapshot({}), after: snapshot({}, [rel]) },
      "toolkit",
      names,
    );
    expect(added.what).toBe("Added a relationship");
    expect(added.details).toEqual(["Added: derives from HOPE model"]);
    const removed = describeEntry(
      { id: "3", at: "x", actor: "A", action: "updateResources", before: snapshot({}, [rel]), after: snapshot({}) },
      "toolkit",
      new Map(),
    );
    expect(removed).toMatchObject({ what: "Changed relationships", details: ["Removed: derives from hope"] });
  });

  it("reads the relationship entries, which log the edge itself", () => {
    const edge = {
      id: "e",
      type: "COMPLIES_WITH",
      source: "toolkit",
      target: "act",
      basis: "INFERRED",
      reasoning: "R",
    };
    const names2 = new Map([["toolkit", "Toolkit"]]);
    const added = describeEntry(
      { id: "5", at: "x", actor: "A", action: "addRelationship", before: null, after: JSON.stringify(edge) },
      "act",
      names2,
    );
    expect(added).toMatchObject({ what: "Added a relationship", details: ["Added: Toolkit complies with this"] });
    const changed = describeEntry(
      {
        id: "6",
        at: "x",
        actor: "A",
        action: "updateRelationship",
        before: JSON.stringify(edge),
        after: JSON.stringify({ ...edge, basis: "STATED", reasoning: null }),
      },
      "act",
      names2,
    );
    expect(changed.details).toEqual([
      "Changed: Toolkit complies with this",
      "basis: Inferred → Stated",
      "reasoning: “R” → nothing",
    ]);
  });

  it("reads deletes, restores and creations plainly", () => {
    const entry = { id: "4", at: "x", actor: "A", before: null, after: null };
    expect(describeEntry({ ...entry, action: "deleteEntity" }, "toolkit", names).what).toBe("Deleted");
    expect(describeEntry({ ...entry, action: "restoreEntity" }, "toolkit", names).what).toBe("Restored");
    const created = describeEntry(
      { ...entry, action: "createSettings", after: snapshot({ id: "toolkit", name: "Prisons" }) },
      "toolkit",
      names,
    );
    expect(created).toMatchObject({ what: "Created", details: ["name: “Prisons”"] });
  });
});

describe("a deleted node's name", () => {
  it("comes from the newest snapshot that has it", () => {
    const entries = [
      { id: "d", at: "x", actor: "A", action: "deleteEntity", before: snapshot({ title: "Toolkit v2" }), after: null },
      { id: "c", at: "x", actor: "A", action: "createResources", before: null, after: snapshot({ title: "Toolkit" }) },
    ];
    expect(lastKnownName(entries, "toolkit")).toBe("Toolkit v2");
    expect(lastKnownName(entries, "other")).toBeNull();
  });
});
