import { describe, expect, it } from "vitest";
import { parseSeedState, serialiseSeedState, type SeedState } from "../curation/seed-state.js";
import { relationshipKey, type Seed, type SeedNode, type SeedRelationship } from "../seed.js";
import { nodeProperties, relationshipProperties } from "./graph-properties.js";
import { planChanges, type StoredSeedGraph } from "./plan-changes.js";

const toolkit: SeedNode = {
  label: "Resource",
  id: "toolkit",
  file: "resources.yaml",
  record: {
    id: "toolkit",
    title: "Toolkit",
    kind: "TOOLKIT",
    year: 2020,
    summary: "A toolkit.",
    aliases: ["TK", "Kit"],
  },
};
const network: SeedNode = {
  label: "Organisation",
  id: "network",
  file: "organisations.yaml",
  record: { id: "network", name: "Network", kind: "NETWORK", summary: "A network." },
};
const published: SeedRelationship = {
  type: "PUBLISHED_BY",
  from: "toolkit",
  fromLabel: "Resource",
  to: "network",
  toLabel: "Organisation",
  evidence: "published by the network",
  source: "rrn-tools-and-resources",
  basis: "INFERRED",
  reasoning: "The network is read as the publisher.",
  file: "published-by.yaml",
};
const seed: Seed = { dataDir: "data", nodes: [toolkit, network], relationships: [published] };

/** The database as the importer would leave it after writing `seed` into an empty one, plus a curator's own property. */
function storedAfterImport(imported: Seed = seed): StoredSeedGraph {
  const plan = planChanges(imported, { nodes: [], relationships: [] });
  const present = (props: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
  return {
    nodes: plan.nodeWrites.map((w) => ({
      label: w.node.label,
      id: w.node.id,
      props: { ...present(w.props), curatorNote: "kept" },
    })),
    relationships: plan.relationshipCreates.map((w, i) => ({
      elementId: `r${i + 1}`,
      type: w.rel.type,
      key: relationshipKey(w.rel),
      ends: { fromLabel: w.rel.fromLabel, from: w.rel.from, toLabel: w.rel.toLabel, to: w.rel.to },
      props: present(w.props),
    })),
  };
}

/** The seed's record of what it last wrote on a stored node. */
function stateOf(stored: StoredSeedGraph, id: string): SeedState {
  return parseSeedState(stored.nodes.find((n) => n.id === id)!.props.seedState)!;
}

describe("nodeProperties", () => {
  it("writes aliasText for search, managedBy, and null for seed keys the record leaves out", () => {
    const props = nodeProperties(toolkit);
    expect(props).toMatchObject({ aliasText: "TK | Kit", managedBy: "seed", year: 2020, url: null, easyRead: null });
    expect(props).not.toHaveProperty("origin");
  });
});

describe("relationshipProperties", () => {
  it("stores basis and reasoning, and null reasoning when there is none (so a removed one is deleted)", () => {
    expect(relationshipProperties(published)).toMatchObject({
      basis: "INFERRED",
      reasoning: "The network is read as the publisher.",
      how: null,
      managedBy: "seed",
    });
    const { reasoning: _reasoning, ...stated } = published;
    expect(relationshipProperties({ ...stated, basis: "STATED" })).toMatchObject({ basis: "STATED", reasoning: null });
  });

  it("stores a confirmation, and null without one (so a removed one is deleted)", () => {
    const { reasoning: _reasoning, ...stated } = published;
    const confirmed = { ...stated, basis: "STATED" as const, confirmedBy: "'they' is the network." };
    expect(relationshipProperties(confirmed)).toMatchObject({ confirmedBy: "'they' is the network." });
    expect(relationshipProperties(published)).toMatchObject({ confirmedBy: null });
  });
});

describe("planChanges, confirmations", () => {
  it("updates a relationship whose confirmation alone changed", () => {
    const { reasoning: _reasoning, ...stated } = published;
    const before = { ...seed, relationships: [{ ...stated, basis: "STATED" as const }] };
    const stored = storedAfterImport(before);
    const after = { ...seed, relationships: [{ ...stated, basis: "STATED" as const, confirmedBy: "Checked." }] };
    const plan = planChanges(after, stored);
    expect(plan.relationshipUpdates).toHaveLength(1);
    expect(plan.relationshipUpdates[0]?.props).toMatchObject({ confirmedBy: "Checked." });
  });
});

describe("planChanges", () => {
  it("creates everything in an empty database", () => {
    const plan = planChanges(seed, { nodes: [], relationships: [] });
    expect(plan.nodes.Resource).toEqual({ total: 1, created: 1, updated: 0, unchanged: 0, deleted: 0, kept: 0 });
    expect(plan.relationships.PUBLISHED_BY.created).toBe(1);
    expect(plan.nodeWrites).toHaveLength(2);
  });

  it("writes nothing when the database already matches, whatever curators added to seed nodes", () => {
    const plan = planChanges(seed, storedAfterImport());
    expect(plan.nodeWrites).toEqual([]);
    expect(plan.relationshipCreates).toEqual([]);
    expect(plan.relationshipUpdates).toEqual([]);
    expect(plan.staleNodes).toEqual([]);
    expect(plan.staleRelationshipIds).toEqual([]);
    expect(plan.nodes.Resource.unchanged).toBe(1);
  });

  it("updates a node whose seed properties changed, including a property removed from the file", () => {
    const stored = storedAfterImport();
    // The seed wrote an url last time; the file no longer has one.
    const state = stateOf(stored, "toolkit");
    stored.nodes[0]!.props.url = "https://example.org/old";
    stored.nodes[0]!.props.seedState = serialiseSeedState({
      ...state,
      values: { ...state.values, url: "https://example.org/old" },
    });
    const plan = planChanges(seed, stored);
    expect(plan.nodes.Resource.updated).toBe(1);
    expect(plan.nodeWrites[0]?.props.url).toBeNull();
  });

  it("updates a relationship whose evidence changed in the files", () => {
    const stored = storedAfterImport();
    stored.relationships[0]!.props = { ...stored.relationships[0]!.props, evidence: "old quote" };
    const state = stateOf(stored, "toolkit");
    const ref = "PUBLISHED_BY>Organisation:network";
    state.relationships![ref]!.values.evidence = "old quote";
    stored.nodes[0]!.props.seedState = serialiseSeedState(state);
    const plan = planChanges(seed, stored);
    expect(plan.relationships.PUBLISHED_BY.updated).toBe(1);
    expect(plan.relationshipUpdates[0]?.props.evidence).toBe("published by the network");
    expect(plan.kept).toEqual([]);
  });

  it("updates a relationship stored before states were kept (no basis, old reasoning)", () => {
    const legacy = (g: StoredSeedGraph) => {
      for (const n of g.nodes) delete n.props.seedState;
      return g;
    };
    const before = legacy(storedAfterImport());
    const { basis: _basis, reasoning: _reasoning, ...older } = before.relationships[0]!.props;
    before.relationships[0]!.props = older;
    expect(planChanges(seed, before).relationships.PUBLISHED_BY.updated).toBe(1);
    const reworded = legacy(storedAfterImport());
    reworded.relationships[0]!.props = { ...reworded.relationships[0]!.props, reasoning: "An older reading." };
    const plan = planChanges(seed, reworded);
    expect(plan.relationships.PUBLISHED_BY.updated).toBe(1);
    expect(plan.relationshipUpdates[0]?.props).toMatchObject({ reasoning: "The network is read as the publisher." });
  });

  it("deletes seed nodes and relationships that left the files, and duplicates of kept ones", () => {
    const stored = storedAfterImport();
    stored.nodes.push({ label: "Framework", id: "gone", props: {} });
    stored.relationships.push(
      { elementId: "r2", type: "PUBLISHED_BY", key: stored.relationships[0]!.key, props: {} },
      { elementId: "r3", type: "DESCRIBES", key: "Resource:toolkit -DESCRIBES-> Framework:gone", props: {} },
    );
    const plan = planChanges(seed, stored);
    expect(plan.staleNodes).toEqual([{ label: "Framework", id: "gone", curated: false }]);
    expect(plan.staleRelationshipIds.sort()).toEqual(["r2", "r3"]);
    expect(plan.nodes.Framework.deleted).toBe(1);
    expect(plan.relationships.DESCRIBES.deleted).toBe(1);
  });

  it("treats a node whose label changed as a new node plus a deleted one", () => {
    const stored = storedAfterImport();
    stored.nodes[1] = { ...stored.nodes[1]!, label: "Framework" };
    const plan = planChanges(seed, stored);
    expect(plan.nodes.Organisation.created).toBe(1);
    expect(plan.nodes.Framework.deleted).toBe(1);
  });

  it("keeps a curator's property, reports a conflict when the files changed it too, and lets go once they agree", () => {
    const stored = storedAfterImport();
    stored.nodes[0]!.props.summary = "A curator's summary.";
    stored.nodes[0]!.props.updatedBy = "Ada";
    const kept = planChanges(seed, stored);
    expect(kept.nodeWrites).toEqual([]);
    expect(kept.kept).toEqual([
      {
        kind: "PROPERTY",
        label: "Resource",
        id: "toolkit",
        property: "summary",
        curatorValue: "A curator's summary.",
        conflict: false,
        by: "Ada",
      },
    ]);

    const changedFile: Seed = {
      ...seed,
      nodes: [{ ...toolkit, record: { ...toolkit.record, summary: "A new seed summary." } }, network],
    };
    const conflict = planChanges(changedFile, stored);
    expect(conflict.kept).toMatchObject([{ property: "summary", conflict: true, fileValue: "A new seed summary." }]);
    expect(conflict.nodeWrites[0]?.props.summary).toBe("A curator's summary.");
    const written = parseSeedState(conflict.nodeWrites[0]?.props.seedState);
    expect(written?.values.summary).toBe("A toolkit.");
    expect(written?.conflicts).toEqual({ summary: "A new seed summary." });

    const agreed: Seed = {
      ...seed,
      nodes: [{ ...toolkit, record: { ...toolkit.record, summary: "A curator's summary." } }, network],
    };
    const caughtUp = planChanges(agreed, stored);
    expect(caughtUp.kept).toEqual([]);
    expect(parseSeedState(caughtUp.nodeWrites[0]?.props.seedState)?.values.summary).toBe("A curator's summary.");
  });

  it("does not put back a seed relationship a curator removed, nor a node a curator deleted", () => {
    const stored = storedAfterImport();
    stored.relationships = [];
    const plan = planChanges(seed, stored);
    expect(plan.relationshipCreates).toEqual([]);
    expect(plan.relationships.PUBLISHED_BY.kept).toBe(1);
    expect(plan.kept).toMatchObject([{ kind: "RELATIONSHIP_REMOVED", id: "toolkit", conflict: false }]);
    expect(plan.nodeWrites).toEqual([]);

    const deleted = storedAfterImport();
    deleted.nodes = deleted.nodes.filter((n) => n.id !== "network");
    deleted.relationships = [];
    deleted.deleted = [{ label: "Organisation", id: "network" }];
    const skip = planChanges(seed, deleted);
    expect(skip.nodeWrites).toEqual([]);
    expect(skip.relationshipCreates).toEqual([]);
    expect(skip.staleNodes).toEqual([]);
    expect(skip.kept).toEqual([{ kind: "NODE_DELETED", label: "Organisation", id: "network", conflict: false }]);
  });

  it("adopts a curator's node and relationship that the files hold identically, refuses a differing node", () => {
    const curatorMade = storedAfterImport();
    const [node] = curatorMade.nodes.splice(1, 1);
    const { managedBy: _m, seedState: _s, ...curatorProps } = node!.props;
    curatorMade.curatorNodes = [{ ...node!, props: { ...curatorProps, createdBy: "Ada", updatedBy: "Ada" } }];
    const [rel] = curatorMade.relationships.splice(0, 1);
    const { managedBy: _rm, ...relProps } = rel!.props;
    curatorMade.curatorRelationships = [{ ...rel!, props: relProps }];
    const plan = planChanges(seed, curatorMade);
    expect(plan.refused).toEqual([]);
    expect(plan.adopted.sort()).toEqual([
      "Organisation network",
      "relationship Resource:toolkit -PUBLISHED_BY-> Organisation:network",
    ]);
    expect(plan.relationshipCreates).toEqual([]);
    expect(plan.relationshipUpdates).toMatchObject([{ elementId: "r1", props: { managedBy: "seed" } }]);
    expect(plan.kept).toEqual([]);

    curatorMade.curatorNodes[0]!.props.summary = "Something else entirely.";
    expect(planChanges(seed, curatorMade).refused).toEqual([{ label: "Organisation", id: "network" }]);
  });

  it("marks a seed node that left the files after a curator changed it, so the import keeps it for them", () => {
    const stored = storedAfterImport();
    stored.nodes[1]!.props.summary = "A curator's summary.";
    const plan = planChanges({ ...seed, nodes: [toolkit], relationships: [] }, stored);
    expect(plan.staleNodes).toEqual([{ label: "Organisation", id: "network", curated: true }]);
  });
});
