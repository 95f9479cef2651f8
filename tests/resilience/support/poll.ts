/** Thrown by a probe to stop waiting at once: the condition can no longer come true. */
export class GiveUp extends Error {
  override name = "GiveUp";
}

/**
 * Waits for a condition by asking again every `intervalMs` (bounded polling, never a fixed
 * sleep standing in for the condition). Resolves with the first defined answer; rejects after
 * `timeoutMs` with the last error, so a failure says what was still wrong. A probe that throws
 * is asked again (the thing may not be up yet), unless it throws GiveUp.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  { timeoutMs, intervalMs = 200 }: { timeoutMs: number; intervalMs?: number },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  for (;;) {
    try {
      const answer = await probe();
      if (answer !== undefined) return answer;
    } catch (err) {
      if (err instanceof GiveUp) throw err;
      last = err instanceof Error ? err.message : String(err);
    }
    if (Date.now() >= deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (${last})`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Milliseconds since `start` (a performance.now() reading), rounded. */
export function msSince(start: number): number {
  return Math.round(performance.now() - start);
}
