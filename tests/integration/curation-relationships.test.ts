import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { describe, expect, inject, it } from "vitest";
import { exportGraph } from "@rrn/graph-seed";
import { errorCodes, gqlAs, gqlAsData, useCuratorSession } from "@rrn/testkit/curation";
import type { TestServer } from "@rrn/testkit/in-process-server";
import type { Edge as DrawnEdge } from "../support/subgraph.js";

/**
 * The curation API the explorer's editors use: every label writable through the generated
 * mutations, relationships one at a time (add, update, remove) under the seed's relationship
 * rule, and `curatorChanges`. Everything is made with this run's ids and removed afterwards.
 */
const uri = inject("neo4jUri");
const run = `cur-rels-${randomUUID().slice(0, 8)}`;
const setting = `${run}-setting`;
const resource = `${run}-resource`;

const edgeFields = `id type source target how evidence sourceDoc basis reasoning generalKnowledge`;
const add = `mutation Add($input: RelationshipInput!) { addRelationship(input: $input) { ${edgeFields} } }`;
const update = `mutation Update($input: RelationshipInput!) { updateRelationship(input: $input) { ${edgeFields} } }`;
const remove = `mutation Remove($type: RelationshipType!, $from: ID!, $to: ID!) { removeRelationship(type: $type, from: $from, to: $to) }`;

/** An edge as these mutations answer it: the drawn edge's fields but for the annotation flag. */
type Edge = Omit<DrawnEdge, "annotation">;

describe("curating relationships and every label", () => {
  let server: TestServer;
  let driver: Driver;
  let token: string;
  useCuratorSession({ uri, run, curator: "Rel Curator" }, (s) => ({ server, driver, token } = s));

  const edgesOf = async (id: string) =>
    (
      await driver.executeQuery(
        `MATCH (a {id: $id})-[r]->(b) RETURN type(r) AS type, b.id AS to, properties(r) AS props ORDER BY type, to`,
        { id },
      )
    ).records.map((r) => r.toObject());

  it("creates and updates nodes of labels that used to be read-only, with authorship and audit", async () => {
    const created = await gqlAsData<{
      createSettings: { settings: { id: string; name: string; createdBy: string }[] };
    }>(
      server.url,
      token,
      `mutation ($input: [SettingCreateInput!]!) { createSettings(input: $input) { settings { id name createdBy } } }`,
      { input: [{ id: setting, name: `${run} Secure children's homes`, summary: "A test setting." }] },
    );
    expect(created.createSettings.settings).toEqual([
      { id: setting, name: `${run} Secure children's homes`, createdBy: "Rel Curator" },
    ]);
    const updated = await gqlAsData<{ updateSettings: { settings: { aliases: string[]; updatedBy: string }[] } }>(
      server.url,
      token,
      `mutation ($id: ID!) { updateSettings(where: { id: { eq: $id } }, update: { aliases: { set: ["${run} SCH"] } }) { settings { aliases updatedBy } } }`,
      { id: setting },
    );
    expect(updated.updateSettings.settings).toEqual([{ aliases: [`${run} SCH`], updatedBy: "Rel Curator" }]);
    // The alias is searchable at once: the full-text index reads aliasText, kept in step.
    const { search } = await gqlAsData<{ search: { id: string }[] }>(
      server.url,
      null,
      `query ($q: String!) { search(query: $q) { id } }`,
      { q: `${run} SCH` },
    );
    expect(search.map((n) => n.id)).toContain(setting);
    const { auditLog } = await gqlAsData<{ auditLog: { action: string }[] }>(
      server.url,
      token,
      `query ($id: ID!) { auditLog(entityId: $id) { action } }`,
      { id: setting },
    );
    expect(auditLog.map((a) => a.action)).toEqual(["updateSettings", "createSettings"]);

    const person = await gqlAs(
      server.url,
      null,
      `mutation { createPeople(input: [{ id: "${run}-person", name: "Nobody", role: "x" }]) { people { id } } }`,
    );
    expect(errorCodes(person)).toEqual(["UNAUTHENTICATED"]);
  });

  it("adds a relationship by type and ids, with provenance, and draws it", async () => {
    await gqlAsData(
      server.url,
      token,
      `mutation ($input: [ResourceCreateInput!]!) { createResources(input: $input) { resources { id } } }`,
      { input: [{ id: resource, title: `${run} Homes toolkit`, kind: "TOOLKIT", summary: "A test resource." }] },
    );
    const { addRelationship } = await gqlAsData<{ addRelationship: Edge }>(server.url, token, add, {
      input: {
        type: "FOR_SETTING",
        from: resource,
        to: setting,
        evidence: "for secure children's homes",
        source: "https://example.org/homes",
        basis: "STATED",
      },
    });
    expect(addRelationship).toMatchObject({
      id: `FOR_SETTING:${resource}->${setting}`,
      type: "FOR_SETTING",
      source: resource,
      target: setting,
      evidence: "for secure children's homes",
      sourceDoc: "https://example.org/homes",
      basis: "STATED",
      reasoning: null,
    });
    const { neighbourhood } = await gqlAsData<{ neighbourhood: { edges: { source: string; target: string }[] } }>(
      server.url,
      null,
      `query ($id: ID!) { neighbourhood(id: $id) { edges { source target } } }`,
      { id: setting },
    );
    expect(neighbourhood.edges).toContainEqual({ source: resource, target: setting });
    const degrees = await driver.executeQuery(`MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, n.degree AS degree`, {
      ids: [resource, setting],
    });
    expect(Object.fromEntries(degrees.records.map((r) => [r.get("id"), r.get("degree")]))).toEqual({
      [resource]: 1,
      [setting]: 1,
    });
  });

  it("refuses a relationship that breaks the rule, naming the field, and writes nothing", async () => {
    const before = await exportGraph(driver);
    const base = {
      type: "FOR_SETTING",
      from: resource,
      to: setting,
      evidence: "quoted",
      source: "https://example.org",
      basis: "STATED",
    };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...base, to: `${run}-missing` }, "input.to", /no entity/],
      [{ ...base, from: `${run}-missing` }, "input.from", /no entity/],
      [{ ...base, to: "physical-restraint" }, "input.to", /may not go from a Resource to a RestraintType/],
      [{ ...base, basis: "INFERRED" }, "input", /basis INFERRED needs `reasoning`/],
      [{ ...base, how: "ADAPTS" }, "input", /`how` belongs on DERIVES_FROM only/],
      [{ ...base, type: "DERIVES_FROM", to: "six-core-strategies" }, "input", /DERIVES_FROM needs `how`/],
      [{ ...base, basis: "GENERAL_KNOWLEDGE" }, "input", /needs source "general-knowledge"/],
      [{ ...base, evidence: "x".repeat(301) }, "input.evidence", /quote at most 300/],
      [base, "input", /exists already; change it with updateRelationship/],
    ];
    for (const [input, argument, message] of cases) {
      const res = await gqlAs(server.url, token, add, { input });
      expect(errorCodes(res), JSON.stringify(input)).toEqual(["BAD_USER_INPUT"]);
      expect(res.body.errors?.[0]?.message).toMatch(message);
      expect(res.body.errors?.[0]?.extensions?.argumentName).toBe(argument);
    }
    const anonymous = await gqlAs(server.url, null, add, { input: { ...base, to: "physical-restraint" } });
    expect(errorCodes(anonymous)).toEqual(["UNAUTHENTICATED"]);
    expect(await exportGraph(driver)).toEqual(before);
  });

  it("updates a relationship's provenance and records who", async () => {
    const { updateRelationship } = await gqlAsData<{ updateRelationship: Edge }>(server.url, token, update, {
      input: {
        type: "FOR_SETTING",
        from: resource,
        to: setting,
        evidence: "written for staff in secure children's homes",
        source: "https://example.org/homes",
        basis: "INFERRED",
        reasoning: "The page names the homes' staff as its readers.",
      },
    });
    expect(updateRelationship).toMatchObject({
      evidence: "written for staff in secure children's homes",
      basis: "INFERRED",
      reasoning: "The page names the homes' staff as its readers.",
    });
    const [stored] = await edgesOf(resource);
    expect(stored?.props).toMatchObject({ updatedBy: "Rel Curator", basis: "INFERRED" });
    const missing = await gqlAs(server.url, token, update, {
      input: {
        type: "ADDRESSES",
        from: resource,
        to: "physical-restraint",
        evidence: "x",
        source: "y",
        basis: "STATED",
      },
    });
    expect(errorCodes(missing)).toEqual(["BAD_USER_INPUT"]);
    expect(missing.body.errors?.[0]?.message).toMatch(/There is no ADDRESSES relationship/);
  });

  it("lists what curators made in curatorChanges", async () => {
    const { curatorChanges } = await gqlAsData<{
      curatorChanges: {
        kind: string;
        entityId: string;
        relationship: { type: string; target: string; evidence: string } | null;
        curatorValue: string | null;
        conflict: boolean;
        by: string | null;
      }[];
    }>(
      server.url,
      token,
      `query ($id: ID!) { curatorChanges(id: $id) { kind entityId relationship { type target evidence } curatorValue conflict by } }`,
      { id: setting },
    );
    expect(curatorChanges).toContainEqual(
      expect.objectContaining({ kind: "NODE_ADDED", entityId: setting, conflict: false, by: "Rel Curator" }),
    );
    expect(curatorChanges).toContainEqual(
      expect.objectContaining({
        kind: "RELATIONSHIP_ADDED",
        entityId: resource,
        relationship: {
          type: "FOR_SETTING",
          target: setting,
          evidence: "written for staff in secure children's homes",
        },
        by: "Rel Curator",
      }),
    );
    const node = curatorChanges.find((c) => c.kind === "NODE_ADDED");
    expect(JSON.parse(node!.curatorValue!)).toMatchObject({ id: setting, aliases: [`${run} SCH`] });
    const refused = await gqlAs(server.url, null, `{ curatorChanges { kind } }`);
    expect(errorCodes(refused)).toEqual(["UNAUTHENTICATED"]);
  });

  it("removes a relationship, recounting degrees and logging it", async () => {
    const res = await gqlAsData<{ removeRelationship: boolean }>(server.url, token, remove, {
      type: "FOR_SETTING",
      from: resource,
      to: setting,
    });
    expect(res.removeRelationship).toBe(true);
    expect(await edgesOf(resource)).toEqual([]);
    const degree = await driver.executeQuery(`MATCH (n {id: $id}) RETURN n.degree AS d`, { id: setting });
    expect(degree.records[0]?.get("d")).toBe(0);
    const again = await gqlAs(server.url, token, remove, { type: "FOR_SETTING", from: resource, to: setting });
    expect(errorCodes(again)).toEqual(["BAD_USER_INPUT"]);
    const { auditLog } = await gqlAsData<{ auditLog: { action: string; before: string | null }[] }>(
      server.url,
      token,
      `query ($id: ID!) { auditLog(entityId: $id, limit: 1) { action before } }`,
      { id: resource },
    );
    expect(auditLog[0]?.action).toBe("removeRelationship");
    expect(auditLog[0]?.before).toContain("written for staff in secure children's homes");
  });
});
