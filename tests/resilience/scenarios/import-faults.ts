import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed, type Seed } from "@rrn/graph-seed";
import { REFRESH_ALL_DEGREES } from "@rrn/model";
import { recordFigures } from "../support/figures.js";
import { killDb, openTestDriver, resetToCleanSeed, startDb } from "../support/neo4j-instance.js";
import { runSeedCli, type SeedRun } from "../support/seed-cli.js";
import { graphChecksum } from "@rrn/testkit/neo4j";
import { GiveUp, waitFor } from "@rrn/testkit/poll";

/** The seed import's entries in the audit log (What's new): one per import that changed something. */
const SEED_IMPORT_ENTRIES = `MATCH (a:AuditEntry {action: "seedImport"}) RETURN count(a) AS n`;

/**
 * A node the import reaches late: the target of a relationship in the last group it writes
 * (they are written group by group, in the order the seed lists them) that no earlier group
 * touches. Holding a lock on it stops the import there, with every node and most relationships
 * already written inside its transaction. A target, so that the node itself (whose outgoing
 * relationships are recorded on it) can be left as the seed wrote it.
 */
function lateNode(seed: Seed): string {
  const groups: string[][] = [];
  const keyOf = new Map<string, number>();
  for (const r of seed.relationships) {
    const key = `${r.fromLabel}|${r.type}|${r.toLabel}`;
    if (!keyOf.has(key)) {
      keyOf.set(key, groups.length);
      groups.push([]);
    }
    groups[keyOf.get(key)!]!.push(r.from, r.to);
  }
  const earlier = new Set(groups.slice(0, -1).flat());
  const last = seed.relationships.filter((r) => `${r.fromLabel}|${r.type}|${r.toLabel}` === [...keyOf.keys()].at(-1));
  const candidate = last.map((r) => r.to).find((id) => !earlier.has(id) && !last.some((r) => r.from === id));
  if (!candidate) throw new Error("no node is only a target of the last relationship group");
  return candidate;
}

/**
 * Neo4j SIGKILLed while `npm run seed` is half-way through its write transaction: nothing of
 * the interrupted run may remain, and the next run must produce exactly a clean seed, curator
 * data included. "Half-way" is made certain rather than timed: a transaction of the test's
 * holds a lock on a node the import needs late, so the import waits there until the kill.
 */
export function importFaultScenario(): void {
  describe("import faults: Neo4j killed in the middle of npm run seed", () => {
    let driver: Driver;
    const curatorId = "resilience-curator-toolkit";

    beforeAll(async () => {
      await startDb();
      driver = await openTestDriver();
    });

    afterAll(async () => {
      await driver?.close().catch(() => undefined);
    });

    it("rolls back the interrupted import; the next run completes to exactly a clean seed, keeping the curator's node", async () => {
      const seed = await loadSeed();
      const lockId = lateNode(seed);

      // A clean seed plus a curator's node (no managedBy: not the seed's to touch) linked to it.
      await resetToCleanSeed(driver);
      await driver.executeQuery(
        `CREATE (c:Resource {id: $id, title: 'A curator-made toolkit', kind: 'TOOLKIT', summary: 'Added by hand, not by the seed.'})
         WITH c MATCH (six:Framework {id: 'six-core-strategies'})
         CREATE (c)-[:DERIVES_FROM {how: 'ADAPTS', evidence: 'curator knowledge', source: 'curator'}]->(six)`,
        { id: curatorId },
      );
      // Raw writes leave the maintained degree behind (the API and the importer keep it): recount,
      // so "clean" is a graph the importer could have produced.
      await driver.executeQuery(REFRESH_ALL_DEGREES);
      const clean = await graphChecksum(driver);

      // Damage the seed's part so the import has everything to rewrite: its relationships gone,
      // its summaries changed, and what it last wrote there (seedState) forgotten with them, as on
      // a graph imported before that was kept; otherwise the import would rightly read the damage
      // as curators' changes and keep it. The lock node is left as the seed wrote it, so the
      // import reaches it only late, through a relationship it recreates.
      await driver.executeQuery("MATCH (a)-[r]->() WHERE r.managedBy = 'seed' AND a.id <> $lockId DELETE r", {
        lockId,
      });
      await driver.executeQuery(
        `MATCH (n) WHERE n.managedBy = 'seed' AND n.id <> $lockId
         SET n.summary = CASE WHEN n.summary IS NULL THEN null ELSE 'damaged' END
         REMOVE n.seedState`,
        { lockId },
      );
      const damaged = await graphChecksum(driver);
      expect(damaged.sha256).not.toBe(clean.sha256);

      const blocker = driver.session();
      const lockTx = await blocker.beginTransaction();
      let seedRun: SeedRun | undefined;
      let blockedOn = "";
      try {
        await lockTx.run("MATCH (n {id: $lockId}) SET n.lockedByResilienceTest = true", { lockId });
        seedRun = runSeedCli();
        const run = seedRun;
        blockedOn = await waitFor(
          "the import to be waiting on the locked node",
          async () => {
            const res = await driver.executeQuery(
              `SHOW TRANSACTIONS YIELD currentQuery, status WHERE status STARTS WITH 'Blocked' RETURN currentQuery`,
            );
            const q = res.records[0]?.get("currentQuery") as string | undefined;
            if (q === undefined) {
              // Fail at once, with its output, if the import ended instead of blocking.
              const ended = await Promise.race([run.exited, Promise.resolve(undefined)]);
              if (ended) throw new GiveUp(`npm run seed exited (${ended.code}) before blocking: ${ended.output}`);
            }
            return q;
          },
          { timeoutMs: 90_000, intervalMs: 250 },
        );
        killDb();
      } finally {
        await lockTx.close().catch(() => undefined);
        await blocker.close().catch(() => undefined);
      }
      const interrupted = await seedRun.exited;
      expect(interrupted.code, interrupted.output).not.toBe(0);
      // Blocked while writing relationships: every node write of the run had already happened.
      expect(blockedOn).toMatch(/MERGE \(a\)-\[r:/);

      await driver.close().catch(() => undefined);
      await startDb();
      driver = await openTestDriver();
      const afterCrash = await graphChecksum(driver);
      expect(afterCrash, "nothing of the interrupted run is left").toEqual(damaged);

      const entries = async () => Number((await driver.executeQuery(SEED_IMPORT_ENTRIES)).records[0]?.get("n") ?? 0);
      const entriesBefore = await entries();
      const second = await runSeedCli().exited;
      expect(second.code, second.output).toBe(0);
      // The completed run records what it changed once (What's new), in its own transaction; the
      // killed one recorded nothing (afterCrash above). That entry aside, the graph is the clean one.
      expect(await entries()).toBe(entriesBefore + 1);
      await driver.executeQuery(
        `MATCH (a:AuditEntry {action: "seedImport"}) WITH a ORDER BY a.versionCounter DESC LIMIT 1 DETACH DELETE a`,
      );
      const afterRerun = await graphChecksum(driver);
      expect(afterRerun, "the graph equals a clean seed").toEqual(clean);

      const duplicates = await driver.executeQuery(
        `MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS nodes`,
      );
      expect(Number(duplicates.records[0]?.get("nodes"))).toBe(0);
      const curator = await driver.executeQuery(
        `MATCH (c:Resource {id: $id})-[r:DERIVES_FROM]->(:Framework {id: 'six-core-strategies'})
         RETURN c.managedBy AS managedBy, r.source AS source`,
        { id: curatorId },
      );
      expect(curator.records.map((r) => r.toObject())).toEqual([{ managedBy: null, source: "curator" }]);

      recordFigures("importFaults", {
        killedWhile: "relationship writes of npm run seed (every node already rewritten)",
        interruptedRunExit: interrupted.code,
        leftAfterCrash: afterCrash.sha256 === damaged.sha256 ? "nothing (rolled back)" : "partial writes",
        rerun: second.code === 0 ? "completed" : "failed",
        equalsCleanSeed: afterRerun.sha256 === clean.sha256,
        curatorNodeKept: true,
        nodes: afterRerun.nodes,
        relationships: afterRerun.relationships,
      });
    });
  });
}
