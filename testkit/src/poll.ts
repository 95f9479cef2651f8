/** Thrown by a probe to stop waiting at once: the condition can no longer come true. */
export class GiveUp extends Error {
  override name = "GiveUp";
}

export interface PollOptions {
  timeoutMs: number;
  intervalMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one polling loop of the test tooling: asks `probe` again every `intervalMs` until it
 * answers (anything but undefined) or `timeoutMs` has passed (bounded polling, never a fixed
 * sleep standing in for the condition). A probe that throws is asked again (the thing may not
 * be up yet) unless it throws GiveUp. Resolves with the answer, or with `timedOut` and the last
 * error when time ran out, so callers choose whether that is a failure.
 */
export async function pollUntil<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  { timeoutMs, intervalMs = 200 }: PollOptions,
): Promise<{ answer: T } | { timedOut: true; last: string }> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  for (;;) {
    try {
      const answer = await probe();
      if (answer !== undefined) return { answer };
    } catch (err) {
      if (err instanceof GiveUp) throw err;
      last = err instanceof Error ? err.message : String(err);
    }
    if (Date.now() >= deadline) return { timedOut: true, last };
    await sleep(intervalMs);
  }
}

/**
 * Waits for a condition (see pollUntil) and resolves with the first answer; rejects after
 * `timeoutMs` naming what was awaited and the last error, so a failure says what was still wrong.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  options: PollOptions,
): Promise<T> {
  const outcome = await pollUntil(probe, options);
  if ("answer" in outcome) return outcome.answer;
  throw new Error(`Timed out after ${options.timeoutMs} ms waiting for ${what} (${outcome.last})`);
}

/** Milliseconds since `start` (a performance.now() reading), rounded. */
export function msSince(start: number): number {
  return Math.round(performance.now() - start);
}
