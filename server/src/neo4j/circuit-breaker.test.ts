import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { afterEach, describe, expect, it } from "vitest";
import { createCircuitBreaker, type CircuitBreaker } from "./circuit-breaker.js";

/** A database stand-in the test switches on and off; the breaker only sees the probe's outcome. */
function database() {
  let up = true;
  let hang = false;
  return {
    set up(value: boolean) {
      up = value;
    },
    set hang(value: boolean) {
      hang = value;
    },
    probe: () =>
      hang
        ? new Promise<void>(() => undefined)
        : up
          ? Promise.resolve()
          : Promise.reject(new Neo4jError("Failed to connect to server (ECONNREFUSED)", "ServiceUnavailable", "", "")),
  };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const codeOf = async (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => "resolved",
    (err: unknown) => (err instanceof GraphQLError ? err.extensions.code : err),
  );

describe("circuit breaker", () => {
  let breaker: CircuitBreaker | undefined;
  afterEach(async () => {
    await breaker?.stop();
  });

  it("opens when the probe fails, refuses at once while open, and closes on the next good probe", async () => {
    const db = database();
    const changes: boolean[] = [];
    breaker = createCircuitBreaker({
      probe: db.probe,
      intervalMs: 20,
      timeoutMs: 100,
      onChange: (c) => changes.push(c.open),
    });
    breaker.start();
    expect(await breaker.guardRead(() => Promise.resolve(42))).toBe(42);

    db.up = false;
    await until(() => breaker!.isOpen, "the breaker to open");
    expect(breaker.reason).toMatch(/ECONNREFUSED/);
    let ran = false;
    const refused = breaker.guardRead(() => {
      ran = true;
      return Promise.resolve(1);
    });
    expect(await codeOf(refused)).toBe("SERVICE_UNAVAILABLE");
    expect(ran, "no work is started while open").toBe(false);
    expect(() => breaker!.check()).toThrow(/unavailable/);

    db.up = true;
    await until(() => !breaker!.isOpen, "the breaker to close");
    expect(await breaker.guardRead(() => Promise.resolve("again"))).toBe("again");
    expect(changes).toEqual([true, false]);
  });

  it("answers a read in flight as soon as it opens; a write in flight keeps its own outcome", async () => {
    const db = database();
    breaker = createCircuitBreaker({ probe: db.probe, intervalMs: 20, timeoutMs: 100 });
    breaker.start();
    let finishWrite: (v: string) => void = () => undefined;
    const read = codeOf(breaker.guardRead(() => new Promise<string>(() => undefined)));
    const write = breaker.guardWrite(() => new Promise<string>((resolve) => (finishWrite = resolve)));
    db.up = false;
    expect(await read).toBe("SERVICE_UNAVAILABLE");
    finishWrite("committed");
    expect(await write).toBe("committed");
  });

  it("counts probes that do not answer in time, twice in a row, as a failure", async () => {
    const db = database();
    breaker = createCircuitBreaker({ probe: db.probe, intervalMs: 20, timeoutMs: 50 });
    breaker.start();
    db.hang = true;
    await until(() => breaker!.isOpen, "the breaker to open");
    expect(breaker.reason).toMatch(/no answer within 50 ms/);
  });

  it("opens on a lost connection seen by a request, but not on a busy pool or a bad query", async () => {
    const db = database();
    // A long interval: only what requests report can open it here.
    breaker = createCircuitBreaker({ probe: db.probe, intervalMs: 60_000, timeoutMs: 100 });
    breaker.start();
    const busy = new Neo4jError("Connection acquisition timed out in 10000 ms.", "ServiceUnavailable", "", "");
    const syntax = new Neo4jError("Invalid input", "Neo.ClientError.Statement.SyntaxError", "", "");
    await codeOf(breaker.guardRead(() => Promise.reject(busy)));
    await codeOf(breaker.guardRead(() => Promise.reject(syntax)));
    expect(breaker.isOpen).toBe(false);
    const reset = new Neo4jError("read ECONNRESET", "ServiceUnavailable", "", "");
    // Translated errors carry the driver's error as originalError; the breaker looks inside.
    const translated = new GraphQLError("unavailable", { originalError: reset });
    await codeOf(breaker.guardRead(() => Promise.reject(translated)));
    expect(breaker.isOpen).toBe(true);
  });

  it("ignores a failure reported by a request that began before the last recovery", async () => {
    const db = database();
    breaker = createCircuitBreaker({ probe: db.probe, intervalMs: 20, timeoutMs: 100 });
    breaker.start();
    const began = Date.now();
    db.up = false;
    await until(() => breaker!.isOpen, "the breaker to open");
    db.up = true;
    await until(() => !breaker!.isOpen, "the breaker to close");
    breaker.observe(new Neo4jError("Failed to connect", "ServiceUnavailable", "", ""), began - 1);
    expect(breaker.isOpen).toBe(false);
    breaker.observe(new Neo4jError("Failed to connect", "ServiceUnavailable", "", ""), Date.now());
    expect(breaker.isOpen).toBe(true);
  });
});
