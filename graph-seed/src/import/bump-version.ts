import { cypherInt, decodeRecords } from "@rrn/common/decode-row";
import type { ManagedTransaction } from "neo4j-driver";
import { z } from "zod";
import { BUMP_GRAPH_VERSION_CYPHER, READ_GRAPH_VERSION_CYPHER } from "@rrn/model";

type Tx = Pick<ManagedTransaction, "run">;

const bumpedRow = z.object({ version: z.string(), counter: cypherInt });
const currentRow = z.object({ counter: cypherInt.nullable() });

/** Bumps the graph version inside the caller's write transaction; returns the new version and its counter. */
export async function bumpGraphVersion(tx: Tx, floor = 0): Promise<{ version: string; counter: number }> {
  const res = await tx.run(BUMP_GRAPH_VERSION_CYPHER, { floor });
  const [row] = decodeRecords(bumpedRow, res.records, "graph version");
  if (!row) throw new Error("The graph version was not written.");
  return row;
}

/** The version counter now (0 when none was ever written), e.g. before a restore wipes it. */
export async function graphVersionCounter(tx: Tx): Promise<number> {
  const res = await tx.run(READ_GRAPH_VERSION_CYPHER);
  return decodeRecords(currentRow, res.records, "graph version")[0]?.counter ?? 0;
}
