import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import type { Seed, SeedNode, SeedRelationship } from "../model/seed.js";
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

/** The database as the importer would leave it after writing `seed` (years as Integers). */
function storedAfterImport(): StoredSeedGraph {
  const stored = (n: SeedNode) => {
    const props = Object.fromEntries(Object.entries(nodeProperties(n)).filter(([, v]) => v !== null));
    if (typeof props.year === "number") props.year = neo4j.int(props.year) as unknown as number;
    return { label: n.label, id: n.id, props: { ...props, curatorNote: "kept" } };
  };
  return {
    nodes: [stored(toolkit), stored(network)],
    relationships: [
      {
        elementId: "r1",
        type: "PUBLISHED_BY",
        key: "Resource:toolkit -PUBLISHED_BY-> Organisation:network",
        props: relationshipProperties(published),
      },
    ],
  };
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
});

describe("planChanges", () => {
  it("creates everything in an empty database", () => {
    const plan = planChanges(seed, { nodes: [], relationships: [] });
    expect(plan.nodes.Resource).toEqual({ total: 1, created: 1, updated: 0, unchanged: 0, deleted: 0 });
    expect(plan.relationships.PUBLISHED_BY.created).toBe(1);
    expect(plan.nodeWrites).toHaveLength(2);
  });

  it("writes nothing when the database already matches, whatever curators added to seed nodes", () => {
    const plan = planChanges(seed, storedAfterImport());
    expect(plan.nodeWrites).toEqual([]);
    expect(plan.relationshipWrites).toEqual([]);
    expect(plan.staleNodes).toEqual([]);
    expect(plan.staleRelationshipIds).toEqual([]);
    expect(plan.nodes.Resource.unchanged).toBe(1);
  });

  it("updates a node whose seed properties changed, including a property removed from the file", () => {
    const stored = storedAfterImport();
    stored.nodes[0]!.props.url = "https://example.org/old";
    const plan = planChanges(seed, stored);
    expect(plan.nodes.Resource.updated).toBe(1);
    expect(plan.nodeWrites[0]?.props.url).toBeNull();
  });

  it("updates a relationship whose evidence changed", () => {
    const stored = storedAfterImport();
    stored.relationships[0]!.props = { ...stored.relationships[0]!.props, evidence: "old quote" };
    expect(planChanges(seed, stored).relationships.PUBLISHED_BY.updated).toBe(1);
  });

  it("updates a relationship stored before it had a basis, and one whose reasoning changed", () => {
    const before = storedAfterImport();
    const { basis: _basis, reasoning: _reasoning, ...older } = before.relationships[0]!.props;
    before.relationships[0]!.props = older;
    expect(planChanges(seed, before).relationships.PUBLISHED_BY.updated).toBe(1);
    const reworded = storedAfterImport();
    reworded.relationships[0]!.props = { ...reworded.relationships[0]!.props, reasoning: "An older reading." };
    const plan = planChanges(seed, reworded);
    expect(plan.relationships.PUBLISHED_BY.updated).toBe(1);
    expect(plan.relationshipWrites[0]?.props).toMatchObject({ reasoning: "The network is read as the publisher." });
  });

  it("deletes seed nodes and relationships that left the files, and duplicates of kept ones", () => {
    const stored = storedAfterImport();
    stored.nodes.push({ label: "Framework", id: "gone", props: {} });
    stored.relationships.push(
      { elementId: "r2", type: "PUBLISHED_BY", key: stored.relationships[0]!.key, props: {} },
      { elementId: "r3", type: "DESCRIBES", key: "Resource:toolkit -DESCRIBES-> Framework:gone", props: {} },
    );
    const plan = planChanges(seed, stored);
    expect(plan.staleNodes).toEqual([{ label: "Framework", id: "gone" }]);
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
});
