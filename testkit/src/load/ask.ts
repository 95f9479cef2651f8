import { explorerRequest } from "./explorer-requests.js";
import { waitFor } from "../poll.js";
import { queryMix, type MixQuery } from "./query-mix.js";

export interface Answer {
  status: number;
  ok: boolean;
  codes: string[];
}

/** One operation of the mix, sent as the explorer sends it, answered how? (ok: 200, data, no errors) */
export async function ask(url: string, q: MixQuery): Promise<Answer> {
  const req = explorerRequest(q);
  const res = await fetch(`${url}${req.path}`, { method: req.method, headers: req.headers, body: req.body });
  const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? "NO_CODE");
  return { status: res.status, ok: res.status === 200 && codes.length === 0 && body.data != null, codes };
}

/** True when every operation of the mix answers ok right now. */
export async function mixSucceeds(url: string, mix: MixQuery[]): Promise<boolean> {
  const answers = await Promise.all(mix.map((q) => ask(url, q)));
  return answers.every((a) => a.ok);
}

export async function readiness(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}/ready`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/**
 * Waits until every view of the explorer answers, as on a server that has been up a while:
 * statements planned and caches warm before anything is measured or judged.
 */
export async function untilEveryViewAnswers(url: string, timeoutMs = 60_000): Promise<void> {
  await waitFor(
    "every query of the mix to answer",
    async () => ((await mixSucceeds(url, queryMix)) ? true : undefined),
    {
      timeoutMs,
      intervalMs: 500,
    },
  );
}
