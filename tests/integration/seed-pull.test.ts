import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  canonicalJson,
  defaultDataDir,
  exportGraph,
  importSeed,
  loadSeed,
  type GraphDump,
  type Seed,
} from "@rrn/graph-seed";
import { runTsx } from "../support/cli.js";
import { curationEnv, gqlAsData, mintToken } from "@rrn/testkit/curation";
import { pendingSuggestion, resetCuratorChanges } from "../support/seed-changes.js";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";

/**
 * `npm run seed:pull` round trip: curators change seed data in every way the import keeps
 * (property, relationship added, edited and removed, seed node deleted, new node, approved
 * suggestion); pull writes it into a copy of the data folder (never the repository's); an
 * import from that copy leaves no curator record and the graph as it was, apart from who owns
 * what. A pull whose result the validator refuses writes nothing and names the file and record.
 */
const uri = inject("neo4jUri");
const run = `seed-pull-${randomUUID().slice(0, 8)}`;
const setting = `${run}-foundation-trusts`;
const approved = `${run}-approved`;
const toolkit = "restraint-inequalities-toolkit";
const psych = "psychological-restraint-toolkit";
const survey = "covid-19-restrictive-practices-survey";
/** Bookkeeping of who owns what: the only properties the round trip may change. */
const VOLATILE = new Set(["managedBy", "seedState"]);

/** The graph as a sorted list of canonical strings, without ownership bookkeeping. */
function comparable(dump: GraphDump): string[] {
  const strip = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([k]) => !VOLATILE.has(k)));
  const nodes = dump.nodes.map((n) => canonicalJson({ labels: n.labels, properties: strip(n.properties) }));
  const rels = dump.relationships.map((r) =>
    canonicalJson({ type: r.type, from: nodes[r.from], to: nodes[r.to], properties: strip(r.properties) }),
  );
  return [...nodes, ...rels].sort();
}

function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const sub of ["", "relationships"]) {
    for (const f of readdirSync(path.join(dir, sub)).filter((x) => x.endsWith(".yaml"))) {
      out.set(path.join(sub, f), readFileSync(path.join(dir, sub, f), "utf8"));
    }
  }
  return out;
}

describe("seed:pull", () => {
  let server: TestServer;
  let driver: Driver;
  let token: string;
  let seed: Seed;
  let tmp: string;
  let data: string;
  let repositoryFiles: Map<string, string>;

  const curate = <T>(q: string, variables: Record<string, unknown> = {}) =>
    gqlAsData<T>(server.url, token, q, variables);
  const changes = async () =>
    (await curate<{ curatorChanges: { kind: string; entityId: string }[] }>(`{ curatorChanges { kind entityId } }`))
      .curatorChanges;

  beforeAll(async () => {
    server = await startTestServer(uri, curationEnv);
    driver = testDriver(uri);
    token = await mintToken({ name: "Pull Curator" });
    seed = await loadSeed();
    await importSeed(driver, seed);
    repositoryFiles = filesOf(defaultDataDir);
    tmp = mkdtempSync(path.join(tmpdir(), "pull-test-"));
    data = path.join(tmp, "data");
    cpSync(defaultDataDir, data, { recursive: true });
  });
  afterAll(async () => {
    // The real files again: what the copy adopted leaves, what it dropped comes back.
    await importSeed(driver, seed);
    await driver.executeQuery(
      `MATCH (n) WHERE n.id STARTS WITH $run OR n.title STARTS WITH $run OR any(e IN coalesce(n.entityIds, []) WHERE e STARTS WITH $run)
         OR (n:Deleted AND n.id = $survey)
       DETACH DELETE n`,
      { run, survey },
    );
    await resetCuratorChanges(driver, seed);
    rmSync(tmp, { recursive: true, force: true });
    await server.close();
    await driver.close();
  });

  it("starts from a graph with no curator changes", async () => {
    expect(await changes()).toEqual([]);
  });

  it("writes every kind of curator change into the files, and the import then finds nothing of the curators'", async () => {
    await curate(
      `mutation ($id: ID!) { updateResources(where: { id: { eq: $id } }, update: { url: { set: "https://example.org/psych" }, year: { set: 2019 } }) { resources { id } } }`,
      { id: psych },
    );
    await curate(`mutation ($input: [SettingCreateInput!]!) { createSettings(input: $input) { settings { id } } }`, {
      input: [
        { id: setting, name: `${run} NHS foundation trusts`, summary: "NHS foundation trusts (a test setting)." },
      ],
    });
    const relationship = `mutation ($input: RelationshipInput!) { addRelationship(input: $input) { id } }`;
    await curate(relationship, {
      input: {
        type: "FOR_SETTING",
        from: psych,
        to: setting,
        evidence: "commissioned by Sheffield Health and Social Care NHS Foundation Trust",
        source: "rrn-tools-and-resources",
        basis: "INFERRED",
        reasoning: "A toolkit a trust commissioned is for its own services.",
      },
    });
    await curate(`mutation ($input: RelationshipInput!) { updateRelationship(input: $input) { id } }`, {
      input: {
        type: "FOR_SETTING",
        from: toolkit,
        to: "health-care",
        evidence: "The RRN Inequalities Toolkit aims to support healthcare practitioners",
        source: "rrn-tools-and-resources",
        basis: "STATED",
      },
    });
    await curate(`mutation { removeRelationship(type: FOR_AUDIENCE, from: "${toolkit}", to: "practitioners") }`);
    await curate(`mutation ($id: ID!) { deleteEntity(id: $id) { id } }`, { id: survey });
    const suggestion = await pendingSuggestion(driver, {
      title: `${run} Approved guide`,
      summary: "A guide to test the pull.",
      kind: "GUIDANCE",
    });
    await curate(
      `mutation ($id: ID!, $input: ApproveSuggestionInput) { approveSuggestion(id: $id, input: $input) { status } }`,
      {
        id: suggestion,
        input: {
          resourceId: approved,
          relationships: [
            {
              type: "ADDRESSES",
              targetId: "seclusion",
              evidence: "A guide about seclusion.",
              source: "general-knowledge",
              basis: "GENERAL_KNOWLEDGE",
            },
          ],
        },
      },
    );
    const kinds = (await changes()).map((c) => c.kind).sort();
    expect(kinds).toEqual([
      "NODE_ADDED",
      "NODE_ADDED",
      "NODE_DELETED",
      "PROPERTY",
      "PROPERTY",
      "RELATIONSHIP_ADDED",
      "RELATIONSHIP_ADDED",
      "RELATIONSHIP_EDITED",
      "RELATIONSHIP_REMOVED",
    ]);
    const graphBefore = comparable(await exportGraph(driver));
    const filesBefore = filesOf(data);

    const pulled = runTsx("graph-seed/src/cli/pull.ts", ["--data", data], { NEO4J_URI: uri });
    expect(pulled.status, pulled.stderr).toBe(0);
    expect(pulled.stdout).toContain(`resources.yaml: ${psych}: url set`);
    expect(pulled.stdout).toContain(`removed deleted Resource ${survey} and its 2 relationships`);
    expect(pulled.stdout).toContain(`settings.yaml: added Setting ${setting}`);

    // Ordinary, minimal edits: untouched records keep their text, the repository's files are untouched.
    const filesAfter = filesOf(data);
    const resources = filesAfter.get("resources.yaml")!;
    expect(resources).toContain(
      `- id: ${psych}\n  title: Psychological Restraint Toolkit\n  kind: TOOLKIT\n  summary: A toolkit, commissioned by a Sheffield NHS trust,`,
    );
    expect(resources).toMatch(new RegExp(`- id: ${psych}\\n(?:  .*\\n)*  url: https://example.org/psych\\n`));
    expect(resources).toMatch(
      new RegExp(`\\n\\n- id: ${approved}\\n  title: ${run} Approved guide\\n  kind: GUIDANCE\\n`),
    );
    expect(resources).not.toContain(`id: ${survey}`);
    expect(filesAfter.get("relationships/for-audience.yaml")).not.toMatch(
      new RegExp(`from: ${toolkit}\\n  type: FOR_AUDIENCE\\n  to: practitioners\\n`),
    );
    expect(filesAfter.get("relationships/for-setting.yaml")).toContain(
      `- from: ${psych}\n  type: FOR_SETTING\n  to: ${setting}\n  evidence: commissioned by Sheffield Health and Social Care NHS Foundation Trust\n  basis: INFERRED\n  reasoning: A toolkit a trust commissioned is for its own services.\n`,
    );
    const untouched = [...filesBefore].filter(([f, t]) => filesAfter.get(f) === t).map(([f]) => f);
    expect(untouched).toContain("audiences.yaml");
    expect(untouched).toContain("relationships/derives-from.yaml");
    expect(filesOf(defaultDataDir)).toEqual(repositoryFiles);

    const imported = runTsx("graph-seed/src/cli/seed.ts", ["--data", data], { NEO4J_URI: uri });
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).not.toContain("Curator changes kept");
    expect(imported.stdout).toContain("Adopted");
    expect(await changes()).toEqual([]);
    expect(comparable(await exportGraph(driver))).toEqual(graphBefore);
    // Settled: another import from the copy writes nothing.
    expect((await importSeed(driver, await loadSeed(data))).graphVersion).toBeUndefined();
  });

  it("refuses a pull the validator refuses, naming file and record, and writes nothing", async () => {
    await curate(`mutation ($input: RelationshipInput!) { addRelationship(input: $input) { id } }`, {
      input: {
        type: "ADDRESSES",
        from: psych,
        to: "seclusion",
        evidence: `${run} a quote from a page the seed does not hold`,
        source: "https://example.org/elsewhere",
        basis: "STATED",
      },
    });
    const before = filesOf(data);
    const pulled = runTsx("graph-seed/src/cli/pull.ts", ["--data", data], { NEO4J_URI: uri });
    expect(pulled.status).toBe(1);
    expect(pulled.stderr).toMatch(
      new RegExp(`relationships/addresses\\.yaml: ${psych} -ADDRESSES-> seclusion: .*source`),
    );
    expect(pulled.stderr).not.toContain(tmpdir() + path.sep + "seed-pull-");
    expect(filesOf(data)).toEqual(before);
    await curate(`mutation { removeRelationship(type: ADDRESSES, from: "${psych}", to: "seclusion") }`);
  });
});
