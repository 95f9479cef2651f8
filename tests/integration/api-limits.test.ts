import { describe, expect, inject, it } from "vitest";
import { gql, type GqlResponse, postGraphql } from "@rrn/testkit/graphql";
import { type TestServer, useTestServer } from "@rrn/testkit/in-process-server";

/** The first error's code, failing loudly when there is none. */
function codeOf(res: GqlResponse<unknown>): string | undefined {
  expect(res.body.errors, JSON.stringify(res.body)).toBeDefined();
  return res.body.errors?.[0]?.extensions?.code;
}

/** A resource's detail panel through the entity layer: the heaviest real operation. */
const contributor = `... on Organisation { id name } ... on Person { id name }`;
const lineageTarget = `... on Framework { id name } ... on Resource { id title }`;
const relationshipFields: Record<string, string> = {
  publishedBy: contributor,
  commissionedBy: "id name",
  developedWith: contributor,
  describes: "id name",
  evaluates: lineageTarget,
  evaluatedBy: "id title",
  addresses: "id name",
  settings: "id name",
  audiences: "id name",
  appliesIn: "id name",
  compliesWith: "id name",
  referencedBy: "id title",
  partOf: lineageTarget,
  parts: "id title",
  features: "id name",
  derivatives: "id title",
};
const detailSelection = `
  id title summary kind year url easyRead editable descriptiveTitle generalKnowledge aliases
  ${Object.entries(relationshipFields)
    .map(
      ([field, node]) => `${field}Connection { totalCount edges { properties { evidence source } node { ${node} } } }`,
    )
    .join("\n")}
  derivesFromConnection { edges { properties { how evidence source } node { ${lineageTarget} } } }
`;
const detailQuery = `{ resources(where: { id: { eq: "restrain-yourself-toolkit" } }) { ${detailSelection} } }`;

describe("request limits", () => {
  let server: TestServer;
  useTestServer(inject("neo4jUri"), (s) => (server = s));

  describe("argument bounds answer BAD_USER_INPUT with a message naming the argument", () => {
    const cases: [string, string, RegExp][] = [
      ["search text empty", `{ search(query: "   ") { id } }`, /query must be 1–200 characters/],
      ["search text too long", `{ search(query: "${"a".repeat(201)}") { id } }`, /query must be 1–200 characters.*201/],
      ["search limit 0", `{ search(query: "six", limit: 0) { id } }`, /limit must be between 1 and 1000 \(got 0\)/],
      ["search limit 1001", `{ search(query: "six", limit: 1001) { id } }`, /limit must be between 1 and 1000/],
      [
        "neighbourhood depth 0",
        `{ neighbourhood(id: "mersey-care", depth: 0) { truncated } }`,
        /depth must be between 1 and 3/,
      ],
      [
        "neighbourhood depth 4",
        `{ neighbourhood(id: "mersey-care", depth: 4) { truncated } }`,
        /depth must be between 1 and 3 \(got 4\)/,
      ],
      [
        "neighbourhood limit",
        `{ neighbourhood(id: "mersey-care", limit: 5000) { truncated } }`,
        /limit must be between 1 and 1000/,
      ],
      [
        "lineage maxDepth 0",
        `{ lineage(id: "six-core-strategies", maxDepth: 0) { truncated } }`,
        /maxDepth must be between 1 and 10/,
      ],
      [
        "lineage maxDepth 11",
        `{ lineage(id: "six-core-strategies", maxDepth: 11) { truncated } }`,
        /maxDepth must be between 1 and 10/,
      ],
      [
        "lineage limit",
        `{ lineage(id: "six-core-strategies", limit: 0) { truncated } }`,
        /limit must be between 1 and 1000/,
      ],
      [
        "paths maxLength 0",
        `{ paths(from: "a", to: "b", maxLength: 0) { truncated } }`,
        /maxLength must be between 1 and 8/,
      ],
      [
        "paths maxLength 9",
        `{ paths(from: "a", to: "b", maxLength: 9) { truncated } }`,
        /maxLength must be between 1 and 8 \(got 9\)/,
      ],
      ["paths limit", `{ paths(from: "a", to: "b", limit: 1001) { truncated } }`, /limit must be between 1 and 1000/],
      ["graph limit", `{ graph(limit: -1) { truncated } }`, /limit must be between 1 and 1000/],
      [
        "graph text too long",
        `{ graph(filter: { text: "${"x".repeat(201)}" }) { truncated } }`,
        /filter\.text must be 1–200/,
      ],
      [
        "graph year range",
        `{ graph(filter: { yearFrom: 2020, yearTo: 2010 }) { truncated } }`,
        /yearFrom \(2020\) must not be after/,
      ],
      ["coverage of resources", `{ coverage(rows: RESOURCE) { rowType } }`, /rows cannot be RESOURCE/],
      ["node id too long", `{ node(id: "${"x".repeat(201)}") { id } }`, /id must be 1–200 characters/],
    ];
    it.each(cases)("%s", async (_name, query, message) => {
      const res = await gql(server.url, query);
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.body.errors?.[0]?.message).toMatch(message);
    });

    it("accepts every bound itself", async () => {
      const res = await gql(
        server.url,
        `{
          s: search(query: "${"a".repeat(200)}", limit: 1000) { id }
          t: search(query: "x", limit: 1) { id }
          n: neighbourhood(id: "mersey-care", depth: 3, limit: 1000) { truncated }
          m: neighbourhood(id: "mersey-care", depth: 1, limit: 1) { truncated }
          l: lineage(id: "six-core-strategies", maxDepth: 10, limit: 1000) { truncated }
          p: paths(from: "six-core-strategies", to: "mersey-care", maxLength: 8, limit: 1000) { truncated }
          q: paths(from: "six-core-strategies", to: "mersey-care", maxLength: 1, limit: 1) { truncated }
          g: graph(limit: 1000) { truncated }
        }`,
      );
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    });
  });

  describe("document limits (graphql-armor) refuse before anything runs", () => {
    it("accepts the heaviest real operation, a resource's full detail", async () => {
      const res = await gql<{ resources: { id: string }[] }>(server.url, detailQuery);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.resources[0]?.id).toBe("restrain-yourself-toolkit");
    });

    it("depth", async () => {
      const nest = (n: number): string =>
        n === 0 ? "id" : `published { publishedBy { ... on Organisation { ${nest(n - 1)} } } }`;
      const res = await gql(server.url, `{ organisations { ${nest(4)} } }`);
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(res.body.errors?.[0]?.message).toMatch(/depth limit of 10 exceeded/);
    });

    it("aliases", async () => {
      const fields = Array.from({ length: 16 }, (_, i) => `a${i}: node(id: "mersey-care") { id }`).join(" ");
      const res = await gql(server.url, `{ ${fields} }`);
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(res.body.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded/);
    });

    it("directives", async () => {
      const res = await gql(server.url, `{ node(id: "mersey-care") { id ${"@include(if: true) ".repeat(21)} } }`);
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(res.body.errors?.[0]?.message).toMatch(/Directives limit of 20 exceeded/);
    });

    it("tokens", async () => {
      const res = await gql(server.url, `{ node(id: "mersey-care") { ${"id ".repeat(2100)} } }`);
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe("GRAPHQL_PARSE_FAILED");
      expect(res.body.errors?.[0]?.message).toMatch(/Document contains more tha[nt] 2000 tokens/);
    });

    it("cost", async () => {
      // Every resource's full detail, a hundred at a time: small to write, costly to answer.
      const res = await gql(
        server.url,
        `{ resourcesConnection(first: 100) { edges { node { ${detailSelection} } } } }`,
      );
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(res.body.errors?.[0]?.message).toMatch(/Cost limit of 5000 exceeded/);
    });
  });

  describe("HTTP", () => {
    it("caps the body size with 413 in GraphQL's error shape", async () => {
      const query = `{ node(id: "mersey-care") { id } } # ${"x".repeat(110 * 1024)}`;
      const res = await postGraphql(server.url, JSON.stringify({ query }));
      expect(res.status).toBe(413);
      expect(codeOf(res)).toBe("PAYLOAD_TOO_LARGE");
    });

    it("answers malformed JSON with 400", async () => {
      const res = await postGraphql(server.url, `{"query": "{ node(id: \\"x\\") { id } }"`);
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe("BAD_REQUEST");
    });

    it("refuses batched requests", async () => {
      const one = { query: `{ node(id: "mersey-care") { id } }` };
      const res = await postGraphql(server.url, JSON.stringify([one, one]));
      expect(res.status).toBe(400);
      expect(res.body.data ?? null).toBeNull();
    });

    it("echoes a request id on every answer", async () => {
      const res = await postGraphql(server.url, JSON.stringify({ query: "{ __typename }" }), {
        "x-request-id": "abc-123",
      });
      expect(res.headers.get("x-request-id")).toBe("abc-123");
      const fresh = await postGraphql(server.url, JSON.stringify({ query: "{ __typename }" }));
      expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe("anonymous writes are impossible", () => {
    // Curator writes exist (tests/integration/curation-*.test.ts cover them in depth),
    // but this server has no curator secret, so curation is off and every write is refused
    // (FORBIDDEN: no token could help) before it reaches the database.
    it("refuses a write when curation is off, and nothing is written", async () => {
      const res = await gql<{ createResources: { resources: { id: string }[] } | null }>(
        server.url,
        `mutation { createResources(input: [{ id: "api-limits-intruder", title: "Intruder" }]) { resources { id } } }`,
      );
      expect(codeOf(res)).toBe("FORBIDDEN");
      expect(res.body.data?.createResources ?? null).toBeNull();
      const check = await gql<{ node: unknown }>(server.url, `{ node(id: "api-limits-intruder") { id } }`);
      expect(check.body.data?.node).toBeNull();
    });

    it("offers no generated deletes and no subscriptions", async () => {
      const res = await gql<{ __schema: { mutationType: { fields: { name: string }[] }; subscriptionType: unknown } }>(
        server.url,
        `{ __schema { mutationType { fields { name } } subscriptionType { name } } }`,
      );
      expect(res.body.data?.__schema.subscriptionType).toBeNull();
      const names = res.body.data?.__schema.mutationType.fields.map((f) => f.name) ?? [];
      expect(names).toContain("suggestResource");
      expect(names.filter((n) => /^delete[A-Z].*s$/.test(n))).toEqual([]);
    });
  });
});
