import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { gql, gqlData } from "@rrn/testkit/graphql";
import { startTestServer, type TestServer, useTestServer } from "@rrn/testkit/in-process-server";

interface Hit {
  id: string;
  type: string;
  label: string;
  score: number | null;
  degree: number;
}

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $types: [NodeType!], $limit: Int) {
    search(query: $query, types: $types, limit: $limit) {
      id
      type
      label
      score
      degree
    }
  }
`;

describe("search", () => {
  let server: TestServer;
  const search = async (query: string, extra: { types?: string[]; limit?: number } = {}) =>
    (await gqlData<{ search: Hit[] }>(server.url, SEARCH, { query, ...extra })).search;

  beforeAll(async () => {
    server = await startTestServer(inject("neo4jUri"));
  });
  afterAll(async () => {
    await server.close();
  });

  it("ranks an exact name first, even where longer titles score higher in Lucene", async () => {
    const hits = await search("Six Core Strategies");
    expect(hits[0]).toMatchObject({ id: "six-core-strategies", type: "FRAMEWORK", label: "Six Core Strategies" });
    expect(hits.map((h) => h.id)).toEqual(
      expect.arrayContaining(["nasmhpd-six-core-strategies-checklist", "nz-six-core-strategies-checklist"]),
    );
  });

  it("matches an exact title case-insensitively and by alias", async () => {
    expect((await search("restrain yourself toolkit"))[0]?.id).toBe("restrain-yourself-toolkit");
    expect((await search("6CS"))[0]?.id).toBe("six-core-strategies");
  });

  it("completes a prefix for type-ahead: 'six co' finds the Six Core Strategies first", async () => {
    const hits = await search("six co");
    expect(hits[0]?.id).toBe("six-core-strategies");
    // Names that start with the text come before names that merely contain it.
    const startsWith = hits.map((h) => h.label.toLowerCase().startsWith("six co"));
    expect(startsWith.indexOf(false)).toBeGreaterThan(0);
    expect(startsWith.slice(startsWith.indexOf(false))).not.toContain(true);
    // Every term must match: "co…" alone (a co-produced animation) brings nothing without "six".
    expect(hits.map((h) => h.id)).not.toContain("ihv-early-years-animation");
    expect((await search("co-produced")).map((h) => h.id)).toContain("ihv-early-years-animation");
  });

  it("tolerates typos: 'restrian' finds restraint", async () => {
    const hits = await search("restrian");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => /restraint/i.test(h.label))).toBe(true);
    expect(hits.map((h) => h.id)).toContain("physical-restraint");
  });

  it("filters by node type and honours limit", async () => {
    const hits = await search("restraint", { types: ["RESTRAINT_TYPE"], limit: 3 });
    expect(hits).toHaveLength(3);
    for (const hit of hits) expect(hit.type).toBe("RESTRAINT_TYPE");
  });

  it("returns what the canvas needs: label, type, degree and a score", async () => {
    const [hit] = await search("Mersey Care");
    expect(hit).toMatchObject({ id: "mersey-care", type: "ORGANISATION" });
    expect(hit?.degree).toBeGreaterThan(0);
    expect(typeof hit?.score).toBe("number");
  });

  it.each([
    ['six "core', "an unbalanced quote"],
    ["(six) [core] {strategies}", "grouping brackets"],
    ["six AND NOT core || restraint && !x", "operators"],
    ["title:six", "a field prefix"],
    ["*", "a bare wildcard"],
    ["?estraint", "a leading wildcard"],
    ["six~ core^10", "fuzzy and boost syntax"],
    ["a\\b/c-d+e", "backslash, slash, minus and plus"],
    ["-", "a lone minus"],
  ])("treats Lucene syntax as text, never as query syntax: %s (%s)", async (text) => {
    const res = await gql<{ search: Hit[] }>(server.url, SEARCH, { query: text });
    expect(res.body.errors).toBeUndefined();
    expect(Array.isArray(res.body.data?.search)).toBe(true);
  });

  it("does not let a field prefix reach the index: 'title:six' is not a title search", async () => {
    // Interpreted, this would match every title containing "six"; as text it is one odd token.
    const hits = await search("title:six");
    expect(hits.map((h) => h.id)).not.toContain("six-core-strategies");
  });

  it("answers an unmatched query with an empty list", async () => {
    expect(await search("zzzqqqxxyy")).toEqual([]);
  });
});

describe("node", () => {
  let server: TestServer;
  useTestServer(inject("neo4jUri"), (s) => (server = s));

  it("answers a node by id with its degree", async () => {
    const data = await gqlData<{
      node: { id: string; type: string; label: string; degree: number; aliases: string[] };
    }>(server.url, `{ node(id: "six-core-strategies") { id type label degree aliases } }`);
    expect(data.node).toMatchObject({ id: "six-core-strategies", type: "FRAMEWORK", label: "Six Core Strategies" });
    expect(data.node.degree).toBeGreaterThanOrEqual(3);
    expect(data.node.aliases).toContain("6CS");
  });

  it("answers null for an unknown id, without an error", async () => {
    const res = await gql<{ node: null }>(server.url, `{ node(id: "no-such-node") { id } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.node).toBeNull();
  });
});
