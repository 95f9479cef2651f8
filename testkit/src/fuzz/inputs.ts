import { decodeRecords } from "@rrn/common/decode-row";
import { buildSchema } from "@rrn/server";
import type { GraphQLSchema } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { z } from "zod";

/** The server's own schema, built by the server's own code (the one a production server runs). */
export function loadSchema(): Promise<GraphQLSchema> {
  return buildSchema();
}

/** Ids of nodes in the graph, sorted, so a seed gives the same operations on the same graph. */
export async function graphIds(driver: Driver, limit = 300): Promise<string[]> {
  const { records } = await driver.executeQuery(
    "MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id ORDER BY id LIMIT $limit",
    { limit: neo4j.int(limit) },
  );
  return decodeRecords(z.object({ id: z.string() }), records, "node id").map((r) => r.id);
}
