import type { Driver } from "neo4j-driver";
import { filePageProposal } from "../curation/resource-proposals.js";
import type { RunCypher } from "../neo4j/write.js";
import { asCypherParams } from "../neo4j/read.js";
import { compareWithPage, type SyncReport } from "./compare.js";
import { readGraphResources, readQuotedRelationships } from "./graph-resources.js";
import { readSourcePage } from "./page-items.js";
import type { PageSource } from "./read-source.js";
import { proposalsOf } from "./proposals.js";

export interface SyncOptions {
  driver: Driver;
  database?: string;
  /** File the report's proposals in the suggestion queue (never edits the graph). */
  apply: boolean;
}

export interface SyncResult {
  report: SyncReport;
  /** With `apply`: proposals filed now, and those skipped because they were filed before. */
  filed: number;
  alreadyFiled: number;
}

/** One proposal per key, however many syncs run at once. */
export const SYNC_KEY_CONSTRAINT = "suggestion_sync_key";

/** Reads the graph, compares it with the page and, with `apply`, files the proposals in one transaction. */
export async function syncWithPage(page: PageSource, { driver, database, apply }: SyncOptions): Promise<SyncResult> {
  const session = driver.session({ database });
  try {
    const runner =
      (tx: {
        run: (
          cypher: string,
          params: Record<string, unknown>,
        ) => Promise<{ records: { toObject(): Record<string, unknown> }[] }>;
      }): RunCypher =>
      async (cypher, params = {}) =>
        (await tx.run(cypher, asCypherParams(params))).records.map((r) => r.toObject());
    const { resources, quoted } = await session.executeRead(async (tx) => {
      const run = runner(tx);
      return {
        resources: await readGraphResources(run, page.url),
        quoted: await readQuotedRelationships(run, page.url),
      };
    });
    const report = compareWithPage(readSourcePage(page.html, page.url ?? undefined), resources, quoted);
    if (!apply) return { report, filed: 0, alreadyFiled: 0 };
    const proposals = proposalsOf(report);
    // Two syncs at once (a scheduled run and a manual one) could each find a proposal unfiled and
    // both file it: the constraint lets only one commit. Schema changes need their own
    // transaction; without schema rights the check-then-create below still holds but for that race.
    await session
      .executeWrite((tx) =>
        tx.run(`CREATE CONSTRAINT ${SYNC_KEY_CONSTRAINT} IF NOT EXISTS FOR (s:Suggestion) REQUIRE s.syncKey IS UNIQUE`),
      )
      .catch(() => undefined);
    const filed = await session
      .executeWrite(async (tx) => {
        const run = runner(tx);
        let count = 0;
        for (const proposal of proposals) if (await filePageProposal(run, proposal)) count++;
        return count;
      })
      .catch((err: unknown) => {
        if ((err as { code?: string }).code === "Neo.ClientError.Schema.ConstraintValidationFailed")
          throw new Error(
            "Another sync filed the same proposals at the same moment; nothing was filed twice, and nothing by this run. Run it again to file what is left.",
            { cause: err },
          );
        throw err;
      });
    return { report, filed, alreadyFiled: proposals.length - filed };
  } finally {
    await session.close();
  }
}
