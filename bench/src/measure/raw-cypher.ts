import neo4j, { type Driver } from "neo4j-driver";
import type { GraphReader, RunStatement } from "@rrn/server/queries";

/** The server's own per-query budget (NEO4J_QUERY_TIMEOUT_MS default), so a runaway fails alike. */
const TX = { timeout: 8000 };

/** One statement as the server sent it: its fixed text and its parameters, already typed for Bolt. */
export interface RecordedStatement {
  cypher: string;
  params: Record<string, unknown>;
}

/** As the server's reader does: whole numbers travel as Cypher integers (LIMIT refuses floats). */
function asCypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === "number" && Number.isSafeInteger(v) ? neo4j.int(v) : v]),
  );
}

/**
 * A GraphReader that runs the server's own query modules against a bare driver and writes down
 * every statement they send. Replaying that list is "the same Cypher through neo4j-driver":
 * same text, same parameters, same number of round trips, one read transaction — without
 * HTTP, GraphQL parsing/validation, armor, resolvers, row validation or JSON.
 */
export function recordingReader(
  driver: Driver,
  recorded: RecordedStatement[],
  timeout: number = TX.timeout,
): GraphReader {
  return {
    transaction: async (work) => {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead(
          (tx) => {
            const run: RunStatement = async (s, params) => {
              const typed = asCypherParams(params);
              recorded.push({ cypher: s.cypher, params: typed });
              const res = await tx.run(s.cypher, typed);
              return res.records.map((r) => r.toObject());
            };
            return work(run);
          },
          { timeout },
        );
      } finally {
        await session.close();
      }
    },
    warmUp: () => Promise.resolve(),
  };
}

/** Runs recorded statements in one read transaction, reading every record as the server would. */
export async function replay(driver: Driver, statements: readonly RecordedStatement[]): Promise<number> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      let rows = 0;
      for (const s of statements) {
        const res = await tx.run(s.cypher, s.params);
        rows += res.records.map((r) => r.toObject()).length;
      }
      return rows;
    }, TX);
  } finally {
    await session.close();
  }
}
