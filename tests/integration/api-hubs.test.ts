import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { REFRESH_DEGREES_BY_ID } from "@rrn/model";
import { gqlData } from "@rrn/testkit/graphql";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";

/**
 * Hubs, which the seed does not have (its best-connected node has a dozen relationships): a
 * setting shared by more than 100 resources, built here beside the seed and removed afterwards.
 * Traversals must draw a hub but not walk through it, and the overview ranks it first.
 */
const uri = inject("neo4jUri");
const run = `hubs-${randomUUID().slice(0, 8)}`;
const hub = `${run}-setting`;
const focus = `${run}-focus`;
const org = `${run}-org`;
const sibling = `${run}-sibling`;
const members = Array.from({ length: 101 }, (_, i) => `${run}-member-${i}`);

interface Subgraph {
  nodes: { id: string; degree: number; distance: number | null }[];
  edges: { id: string }[];
  truncated: boolean;
  total: number | null;
  moreByType: { type: string; count: number }[] | null;
  notExpanded: string[] | null;
}
const FIELDS = `nodes { id degree distance } edges { id } truncated total moreByType { type count } notExpanded`;

describe("hubs", () => {
  let server: TestServer;
  let driver: Driver;
  const subgraph = async (field: string, args: string): Promise<Subgraph> =>
    (await gqlData<{ g: Subgraph }>(server.url, `{ g: ${field}(${args}) { ${FIELDS} } }`)).g;
  const ids = (g: Subgraph) => g.nodes.map((n) => n.id);

  beforeAll(async () => {
    server = await startTestServer(uri);
    driver = testDriver(uri);
    const evidence = { evidence: "test fixture", source: "test" };
    await driver.executeQuery(
      `CREATE (h:Setting {id: $hub, name: $hub})
       CREATE (o:Organisation {id: $org, name: $org})
       CREATE (f:Resource {id: $focus, title: $focus})-[:FOR_SETTING $evidence]->(h)
       CREATE (f)-[:PUBLISHED_BY $evidence]->(o)
       CREATE (:Resource {id: $sibling, title: $sibling})-[:PUBLISHED_BY $evidence]->(o)
       WITH h
       UNWIND $members AS m
       CREATE (:Resource {id: m, title: m})-[:FOR_SETTING $evidence]->(h)`,
      { hub, org, focus, sibling, members, evidence },
    );
    // Written here without the API, so the maintained degree is set as a curator write would.
    await driver.executeQuery(REFRESH_DEGREES_BY_ID, { ids: [hub, org, focus, sibling, ...members] });
  });
  afterAll(async () => {
    await driver.executeQuery(`MATCH (n) WHERE n.id STARTS WITH $run DETACH DELETE n`, { run });
    await server.close();
    await driver.close();
  });

  it("neighbourhood draws a hub on the first hop but does not walk through it, and says so", async () => {
    const g = await subgraph("neighbourhood", `id: "${focus}", depth: 2, limit: 1000`);
    expect(new Map(g.nodes.map((n) => [n.id, n.distance]))).toEqual(
      new Map([
        [focus, 0],
        [hub, 1],
        [org, 1],
        [sibling, 2],
      ]),
    );
    expect(g.notExpanded).toEqual([hub]);
    expect(g.nodes.find((n) => n.id === hub)?.degree).toBe(members.length + 1);
    expect(g).toMatchObject({ total: 4, truncated: false, moreByType: [] });

    // The hub as the focus is expanded: its neighbourhood is every member.
    const around = await subgraph("neighbourhood", `id: "${hub}", limit: 1000`);
    expect(new Set(ids(around))).toEqual(new Set([hub, focus, ...members]));
    expect(around.notExpanded).toEqual([]);
  });

  it("paths never pass through a taxonomy hub unless asked to, and may end at one", async () => {
    const [member] = members;
    const none = await subgraph("paths", `from: "${focus}", to: "${member}"`);
    expect(none).toMatchObject({ nodes: [], total: 0 });

    const through = await subgraph("paths", `from: "${focus}", to: "${member}", throughHubs: true`);
    expect(new Map(through.nodes.map((n) => [n.id, n.distance]))).toEqual(
      new Map([
        [focus, 0],
        [hub, 1],
        [member, 2],
      ]),
    );
    expect(through.total).toBe(1);

    const toHub = await subgraph("paths", `from: "${sibling}", to: "${hub}"`);
    expect(ids(toHub)).toEqual([sibling, org, focus, hub]);
  });

  it("the overview ranks the whole graph by the maintained degree, the hub first", async () => {
    const top = await subgraph("graph", `limit: 1`);
    expect(ids(top)).toEqual([hub]);
    expect(top.truncated).toBe(true);
    const all = await subgraph("graph", `limit: 1000`);
    expect(top.total).toBe(all.total);
    const degrees = all.nodes.map((n) => n.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));

    // From the facet side: the hub's resources first, best-connected first, then what they link to.
    const faceted = await subgraph("graph", `filter: { settings: ["${hub}"] }, limit: 3`);
    expect(ids(faceted)[0]).toBe(focus);
    expect(faceted.total).toBe(members.length + 1 + 2);
  });
});
