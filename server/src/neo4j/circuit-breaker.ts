import { GraphQLError } from "graphql";
import { databaseUnavailable, isConnectionLost } from "./errors.js";

/**
 * Fail fast while Neo4j is gone. The breaker is open from the moment the driver has seen the
 * database go away (a request's connection refused or reset, or the background probe failing)
 * until a probe succeeds again; while it is open every guarded call answers 503
 * SERVICE_UNAVAILABLE at once, and reads already in flight are answered the moment it opens,
 * so nobody waits for a connect timeout or the driver's retry window.
 *
 * A small state machine rather than opossum or cockatiel: those breakers open on a failure
 * rate and close by letting a visitor's request through as the trial ("half-open"), so that
 * request waits out the connect timeout whenever the database is still gone. Here a
 * background probe on its own connection decides when to close, and requests never probe.
 */
export interface CircuitBreaker {
  /** True while Neo4j is known to be unreachable. */
  readonly isOpen: boolean;
  /** Why it opened (the driver's message), while open. */
  readonly reason: string | undefined;
  /** Throws SERVICE_UNAVAILABLE (503) at once while open. */
  check(): void;
  /**
   * For reads: refused at once while open, and answered SERVICE_UNAVAILABLE as soon as the
   * breaker opens while the work is still running (the work itself is left to fail).
   */
  guardRead<T>(work: () => Promise<T>): Promise<T>;
  /**
   * For writes: refused at once while open, but never abandoned mid-way: a write the client
   * was told had failed must not commit afterwards, so a started write keeps its own outcome.
   */
  guardWrite<T>(work: () => Promise<T>): Promise<T>;
  /** Opens the breaker if `err` says the connection to Neo4j is gone. */
  observe(err: unknown, startedAt?: number): void;
  /** Starts the background probe (at once, then every interval). */
  start(): void;
  /** Stops probing; waits for a probe in flight. */
  stop(): Promise<void>;
}

export interface CircuitBreakerOptions {
  /** Resolves when Neo4j answers, rejects otherwise; run on its own connection. */
  probe: () => Promise<void>;
  /** Time between the start of one probe and the next. */
  intervalMs: number;
  /**
   * A probe not answered within this counts as failed once it happens twice in a row: a single
   * late answer is as likely a busy machine (a blocked event loop delays the answer and the
   * timer alike) as a database that has gone silent. A refused or reset connection is not
   * ambiguous and opens the breaker at once.
   */
  timeoutMs: number;
  /** Told when the breaker opens (with the reason) and when it closes again. */
  onChange?: (change: { open: true; reason: string } | { open: false; downMs: number }) => void;
}

/** Probes in a row that must time out before that alone opens the breaker. */
const TIMEOUTS_TO_OPEN = 2;

export function createCircuitBreaker({
  probe,
  intervalMs,
  timeoutMs,
  onChange,
}: CircuitBreakerOptions): CircuitBreaker {
  let open = false;
  let reason: string | undefined;
  let openedAt = 0;
  /** Requests that started before this (ms) may report errors from before the last recovery. */
  let closedAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;
  /**
   * Reads in flight, to be answered when the breaker opens. A set of per-call callbacks rather
   * than one shared promise raced by every call: each race would leave a reaction on that
   * promise for as long as the database stays up, which grows without bound.
   */
  const inFlight = new Set<(err: GraphQLError) => void>();

  const trip = (why: string) => {
    if (open) return;
    open = true;
    reason = why;
    openedAt = Date.now();
    const err = databaseUnavailable();
    for (const abandon of inFlight) abandon(err);
    inFlight.clear();
    onChange?.({ open: true, reason: why });
  };

  const close = () => {
    if (!open) return;
    open = false;
    reason = undefined;
    closedAt = Date.now();
    onChange?.({ open: false, downMs: closedAt - openedAt });
  };

  let lateProbes = 0;
  const runProbe = async () => {
    let timeout: NodeJS.Timeout | undefined;
    const late = new Error(`no answer within ${timeoutMs} ms`);
    try {
      await Promise.race([
        probe(),
        new Promise<never>((_, reject) => {
          timeout = setTimeout(() => reject(late), timeoutMs);
        }),
      ]);
      lateProbes = 0;
      close();
    } catch (err) {
      if (err === late && ++lateProbes < TIMEOUTS_TO_OPEN) return;
      trip(err instanceof Error ? err.message : String(err));
    } finally {
      clearTimeout(timeout);
    }
  };

  const loop = () => {
    if (stopped) return;
    const started = Date.now();
    running = runProbe().finally(() => {
      running = undefined;
      if (stopped) return;
      // unref: a probe pending is no reason to keep a finished process (or a test) alive.
      timer = setTimeout(loop, Math.max(0, intervalMs - (Date.now() - started)));
      timer.unref();
    });
  };

  const observe = (err: unknown, startedAt?: number) => {
    // An error from a request that began before the last recovery describes the old outage.
    if (startedAt !== undefined && startedAt < closedAt) return;
    const cause = err instanceof GraphQLError && err.originalError ? err.originalError : err;
    if (isConnectionLost(cause)) trip(cause instanceof Error ? cause.message : String(cause));
  };

  const check = () => {
    if (open) throw databaseUnavailable();
  };

  return {
    get isOpen() {
      return open;
    },
    get reason() {
      return reason;
    },
    check,
    guardRead: async (work) => {
      check();
      const startedAt = Date.now();
      let abandon: (err: GraphQLError) => void = () => undefined;
      const abandoned = new Promise<never>((_, reject) => {
        abandon = reject;
      });
      inFlight.add(abandon);
      try {
        const result = work();
        // Once abandoned, the work's own (later) failure is of no interest to anyone.
        result.catch(() => undefined);
        return await Promise.race([result, abandoned]);
      } catch (err) {
        observe(err, startedAt);
        throw err;
      } finally {
        inFlight.delete(abandon);
      }
    },
    guardWrite: async (work) => {
      check();
      const startedAt = Date.now();
      try {
        return await work();
      } catch (err) {
        observe(err, startedAt);
        throw err;
      }
    },
    observe,
    start: () => {
      if (!stopped) return;
      stopped = false;
      loop();
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
