import { readFileSync } from "node:fs";
import path from "node:path";
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  introspectionFromSchema,
  printSchema,
  type IntrospectionQuery,
} from "graphql";
import { describe, expect, inject, it } from "vitest";
import { repoRoot } from "@rrn/testkit/paths";
import { gqlData } from "@rrn/testkit/graphql";
import { type TestServer, useTestServer } from "@rrn/testkit/in-process-server";

const schemaFile = path.join(repoRoot, "server/schema.graphql");

describe("server/schema.graphql", () => {
  let server: TestServer;
  useTestServer(inject("neo4jUri"), (s) => (server = s));

  it("is the schema the running server answers with (regenerate: npm run schema:print)", async () => {
    const introspection = await gqlData<IntrospectionQuery>(server.url, getIntrospectionQuery({ descriptions: true }));
    const running = printSchema(buildClientSchema(introspection));
    // Compare as the client sees it: through introspection on both sides.
    const committed = printSchema(
      buildClientSchema(introspectionFromSchema(buildSchema(readFileSync(schemaFile, "utf8")))),
    );
    expect(running).toBe(committed);
  });

  it("holds the API contract clients rely on, with curation's mutations and no subscriptions", () => {
    const sdl = readFileSync(schemaFile, "utf8");
    for (const name of [
      "enum NodeType",
      "enum LineageDirection",
      "type GraphNode",
      "type GraphEdge",
      "type Subgraph",
      "input GraphFilter",
      "type CoverageMatrix",
      "search(query: String!, types: [NodeType!], limit: Int = 20): [GraphNode!]!",
      "node(id: ID!): GraphNode",
      "neighbourhood(id: ID!, depth: Int = 1, types: [NodeType!], limit: Int = 200): Subgraph!",
      "graph(filter: GraphFilter, limit: Int = 500): Subgraph!",
      "unrecordedMatches(filter: GraphFilter!): [UnrecordedMatch!]!",
      "coverage(rows: NodeType = RESTRAINT_TYPE, columns: NodeType = SETTING): CoverageMatrix!",
    ]) {
      expect(sdl).toContain(name);
    }
    expect(sdl).toMatch(
      /lineage\(\s*id: ID!,?\s*direction: LineageDirection = DOWNSTREAM,?\s*maxDepth: Int = 6,?\s*limit: Int = 500,?\s*basis: \[EvidenceBasis!\]\s*\): Subgraph!/,
    );
    expect(sdl).toMatch(
      /paths\(\s*from: ID!,?\s*to: ID!,?\s*maxLength: Int = 6,?\s*limit: Int = 5,?\s*throughHubs: Boolean = false,?\s*throughSharedContext: Boolean = true,?\s*basis: \[EvidenceBasis!\]\s*\): Subgraph!/,
    );
    expect(sdl).toContain("suggestResource(input: SuggestionInput!): Suggestion!");
    expect(sdl).not.toMatch(/type Subscription/);
  });
});
