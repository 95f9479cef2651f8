import type { LogLine } from "../support/server-process.js";

/**
 * The error the server logged for a request, read from its structured log (an internal
 * error's answer carries only the request id). The log line may reach the pipe a moment after
 * the answer, so this waits for it briefly.
 */
export async function logCause(
  logs: readonly LogLine[],
  requestId: string,
  waitMs = 1000,
): Promise<string | undefined> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const line = logs.find((l) => l.requestId === requestId && typeof l.err === "object" && l.err !== null);
    if (line) {
      const { message } = line.err as { message?: unknown };
      return typeof message === "string" ? message : undefined;
    }
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
