import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { gql, gqlData } from "@rrn/testkit/graphql";
import { type TestServer, useTestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";

interface Edge<P, N> {
  properties: P;
  node: N;
}

describe("entity layer (@neo4j/graphql)", () => {
  let server: TestServer;
  useTestServer(inject("neo4jUri"), (s) => (server = s));

  it("answers a resource's details with relationship provenance", async () => {
    const data = await gqlData<{
      resources: {
        id: string;
        title: string;
        derivesFromConnection: {
          edges: Edge<{ how: string; evidence: string; source: string }, { __typename: string; id?: string }>[];
        };
        publishedBy: { __typename: string }[];
        appliesIn: { id: string }[];
      }[];
    }>(
      server.url,
      `{
        resources(where: { id: { eq: "restrain-yourself-toolkit" } }) {
          id title
          derivesFromConnection { edges { properties { how evidence source } node { __typename ... on Framework { id } } } }
          publishedBy { __typename }
          appliesIn { id }
        }
      }`,
    );
    const [toolkit] = data.resources;
    expect(toolkit?.title).toBe("REsTRAIN Yourself Toolkit");
    const derivation = toolkit?.derivesFromConnection.edges[0];
    expect(derivation?.node).toEqual({ __typename: "Framework", id: "six-core-strategies" });
    expect(derivation?.properties.how).toBe("ENCOMPASSES");
    expect(derivation?.properties.evidence).toMatch(/encompasses the Six Core Strategies/);
    expect(derivation?.properties.source).toBeTruthy();
    expect(toolkit?.appliesIn.map((j) => j.id)).toContain("uk");
  });

  it("answers what an organisation published, commissioned and developed", async () => {
    interface Organisation {
      commissioned: { id: string }[];
      frameworksDeveloped: { id: string }[];
      publishedConnection: { totalCount: number };
    }
    const fields = `commissioned { id } frameworksDeveloped { id } publishedConnection { totalCount }`;
    const data = await gqlData<{ nhs: Organisation[]; mersey: Organisation[] }>(
      server.url,
      `{
        nhs: organisations(where: { id: { eq: "nhs-england" } }) { ${fields} }
        mersey: organisations(where: { id: { eq: "mersey-care" } }) { ${fields} }
      }`,
    );
    expect(data.mersey[0]?.frameworksDeveloped.map((f) => f.id)).toEqual(
      expect.arrayContaining(["hope-model", "no-force-first"]),
    );
    expect(data.mersey[0]?.publishedConnection.totalCount).toBeGreaterThan(0);
    expect(data.nhs[0]?.commissioned.map((r) => r.id)).toContain("post-incident-debriefing-and-support-toolkit");
  });

  it("answers an unknown id with an empty list, not an error", async () => {
    const res = await gql<{ frameworks: unknown[] }>(
      server.url,
      `{ frameworks(where: { id: { eq: "nope" } }) { id } }`,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.frameworks).toEqual([]);
  });

  describe("bounded lists (@limit)", () => {
    const run = `api-entities-${Date.now()}`;
    const driver = testDriver(inject("neo4jUri"));
    // Enough resources that the maximum, not the data, decides how many come back.
    beforeAll(async () => {
      await driver.executeQuery(
        "UNWIND range(1, 210) AS i CREATE (:Resource {id: $run + '-' + toString(i), title: 'Limit probe ' + toString(i)})",
        { run },
      );
    });
    afterAll(async () => {
      await driver.executeQuery("MATCH (r:Resource) WHERE r.id STARTS WITH $run DETACH DELETE r", { run });
      await driver.close();
    });

    it("defaults to 50 and caps at 200, at the top level and through connections", async () => {
      // (A connection's first: 1000 would already be refused by the cost limit.)
      const data = await gqlData<{
        all: { id: string }[];
        asked: { id: string }[];
        connection: { edges: unknown[]; totalCount: number };
      }>(
        server.url,
        `{
          all: resources { id }
          asked: resources(limit: 1000) { id }
          connection: resourcesConnection(first: 250) { edges { node { id } } totalCount }
        }`,
      );
      expect(data.all).toHaveLength(50);
      expect(data.asked).toHaveLength(200);
      expect(data.connection.edges).toHaveLength(200);
      expect(data.connection.totalCount).toBeGreaterThan(200);
    });
  });
});
