import { pollUntil } from "../poll.js";
import type { LogLine } from "../server/process.js";

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
  const outcome = await pollUntil(
    () => {
      const line = logs.find((l) => l.requestId === requestId && typeof l.err === "object" && l.err !== null);
      if (!line) return undefined;
      const { message } = line.err as { message?: unknown };
      return { message: typeof message === "string" ? message : undefined };
    },
    { timeoutMs: waitMs, intervalMs: 50 },
  );
  return "answer" in outcome ? outcome.answer.message : undefined;
}
