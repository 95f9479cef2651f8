import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "@rrn/testkit/paths";
import { recordFigures } from "../support/figures.js";
import { loadCorpus } from "../support/hostile-corpus.js";
import { neo4jUri, openTestDriver } from "../support/neo4j-instance.js";
import {
  type Failure,
  type FuzzOperation,
  graphIds,
  loadSchema,
  logCause,
  minimise,
  operationArbitrary,
  printDocument,
  requestBody,
  runFuzz,
  writeCorpusCases,
} from "@rrn/testkit/fuzz";
import { readiness, untilEveryViewAnswers } from "@rrn/testkit/load";
import { graphChecksum, type GraphChecksum } from "@rrn/testkit/neo4j";
import { type ServerProcess, startServerProcess } from "@rrn/testkit/server";

/** A fixed slice, so every run asks the same operations; `npm run fuzz` explores further. */
const operations = Number(process.env.RESILIENCE_FUZZ_OPERATIONS ?? 500);
const seed = 20261125;

/** The first `n` operations a seed generates, in order (as runFuzz sends them). */
async function generated(arbitrary: fc.Arbitrary<FuzzOperation>, n: number): Promise<FuzzOperation[]> {
  const ops: FuzzOperation[] = [];
  await fc.check(
    fc.asyncProperty(arbitrary, (op) => {
      ops.push(op);
      return Promise.resolve(true);
    }),
    { seed, numRuns: n },
  );
  return ops;
}

/**
 * Schema-aware fuzzing (testkit/src/fuzz/) of a production server on the seed graph: a
 * fixed-seed slice of `npm run fuzz`. Every answer must be free of 5xx, internal errors and
 * leaks, and come within 5 s; the server must stay ready and the graph unchanged.
 */
export function fuzzScenario(): void {
  describe(`schema-aware fuzzing: ${operations} operations (seed ${seed}) against a production server`, () => {
    let server: ServerProcess;
    let driver: Driver;
    let schema: GraphQLSchema;
    let ids: string[];
    let before: GraphChecksum;

    beforeAll(async () => {
      driver = await openTestDriver();
      before = await graphChecksum(driver);
      ids = await graphIds(driver);
      schema = await loadSchema();
      server = await startServerProcess({ NODE_ENV: "production", NEO4J_URI: neo4jUri, LOG_LEVEL: "warn" });
      await untilEveryViewAnswers(server.url, 120_000);
    });

    afterAll(async () => {
      await server?.stop();
      await driver?.close();
    });

    it("replays an operation from its seed and index, shrinks it, and writes it as a corpus case", async () => {
      const arbitrary = operationArbitrary({ schema, ids });
      const ops = await generated(arbitrary, 60);
      const index = ops.findIndex((op) => printDocument(op).includes("neighbourhood("));
      expect(index, "some operation asks for a neighbourhood").toBeGreaterThanOrEqual(0);
      const found = ops[index]!;

      // Replay: fast-check regenerates exactly operation `index` from the seed.
      let replayed: FuzzOperation | undefined;
      await minimise({ url: server.url, seed }, arbitrary, { index, fault: "server-error", found }, (op) => {
        replayed ??= op;
        return Promise.resolve(false);
      });
      expect(replayed).toEqual(found);

      // Shrinking keeps what makes it "fail" (here: asking for a neighbourhood) and drops the rest.
      const minimal = await minimise(
        { url: server.url, seed },
        arbitrary,
        { index, fault: "server-error", found },
        (op) => Promise.resolve(printDocument(op).includes("neighbourhood(")),
      );
      expect(printDocument(minimal)).toContain("neighbourhood(");
      expect(minimal.selections, printDocument(minimal)).toHaveLength(1);
      expect(JSON.stringify(requestBody(minimal)).length).toBeLessThanOrEqual(
        JSON.stringify(requestBody(found)).length,
      );

      const dir = mkdtempSync(path.join(tmpdir(), "rrn-fuzz-corpus-"));
      try {
        const failure: Failure = {
          index,
          fault: "server-error",
          verdict: { serverError: true, slow: false, leaks: [], outcome: "500/-" },
          status: 500,
          ms: 1,
          body: null,
          found,
          minimal,
          excerpt: "",
        };
        expect(writeCorpusCases([failure], seed, dir)).toBe(path.join(dir, `fuzz-seed-${seed}.yaml`));
        const [written] = loadCorpus(dir);
        expect(written?.name).toBe(`fuzz seed ${seed} operation ${index}`);
        expect(written?.expect).toMatchObject({ status: [200, 400, 413], dataOrError: true });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    // No speed limit here (npm run fuzz has one): an operation with no answer at all is a server error.
    it("answers every operation without a 5xx, an internal error or a leak, and stays ready", async () => {
      const result = await runFuzz({
        url: server.url,
        schema,
        ids,
        operations,
        seed,
        maxShrunk: 3,
        shrinkBudgetMs: 20_000,
        causeOf: (requestId) => logCause(server.logs, requestId),
      });
      const { failures, outcomes, ...figures } = result;
      recordFigures("fuzz", { ...figures, failures: failures.length, outcomes });
      // Anything found is minimised and kept for a look (and for the corpus, if it is a bug).
      const report = failures.map((f) => ({
        index: f.index,
        fault: f.fault,
        cause: f.cause,
        status: f.status,
        ms: f.ms,
        leaks: f.verdict.leaks,
        minimal: f.minimal ? requestBody(f.minimal) : undefined,
      }));
      if (failures.length > 0) {
        const dir = path.join(repoRoot, "tests/artifacts/resilience");
        mkdirSync(dir, { recursive: true });
        writeCorpusCases(failures, seed, dir);
      }
      expect(result.operations).toBe(operations);
      expect(report.slice(0, 5), "failing operations (minimised; also in tests/artifacts/resilience/)").toEqual([]);
      expect(result.serverErrors).toBe(0);
      expect(result.leaks).toBe(0);
      expect(result.notReady).toBe(0);
      expect((await readiness(server.url)).status).toBe(200);
      expect(server.alive()).toBe(true);
    });

    it("leaves the graph exactly as it was", async () => {
      const after = await graphChecksum(driver);
      recordFigures("fuzz", { checksumUnchanged: after.sha256 === before.sha256 });
      expect(after).toEqual(before);
    });
  });
}
