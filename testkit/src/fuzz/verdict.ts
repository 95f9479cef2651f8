/**
 * What counts as a failure of the server under fuzzing: an answer it should never give
 * whatever it was sent. Bad input deserves a clear 4xx-class GraphQL error; it must never get
 * a 5xx or an internal error, take longer than the limit, or show anything of the inside.
 */

/**
 * No answer may take longer than this (ms) in `npm run fuzz`, a benchmark. The test tier judges
 * no speed (timings belong in bench/): it passes no limit, and only a hang (no answer) fails.
 */
export const SLOW_MS = 5000;

/**
 * What an error must never contain. Checked on error messages and extensions only (data is
 * the graph's own text), after removing whatever the request itself sent, which messages may
 * quote back.
 */
export const LEAK_PATTERNS: readonly { name: string; pattern: RegExp }[] = [
  { name: "stack frame", pattern: /\bat (?:async )?[\w$.<>[\]]+ \(|\bat (?:file:\/\/|node:|\/)\S+:\d+/ },
  { name: "source location", pattern: /[\w-]+\.(?:ts|tsx|js|mjs|cjs):\d+/ },
  { name: "file path", pattern: /node_modules|\/(?:server|src|work|home|root|usr|tmp)\/[\w.-]+\//i },
  { name: "Neo4j status code", pattern: /\bNeo\.(?:ClientError|TransientError|DatabaseError)\b/ },
  { name: "driver or library name", pattern: /Neo4j\w*Error|neo4j-driver|@neo4j\/graphql|\bneo4j\b/i },
  { name: "Cypher", pattern: /\b(?:MATCH|MERGE|UNWIND|RETURN|DETACH DELETE|OPTIONAL MATCH|CALL \{)\s*[(\w{]/ },
  {
    name: "JavaScript error",
    pattern:
      /\b(?:TypeError|ReferenceError|RangeError|EvalError|InternalError)\b|Cannot read propert|is not a function|undefined is not/,
  },
  { name: "schema hint", pattern: /Did you mean/ },
];

/** Extension keys that carry internals (Apollo's stack traces, wrapped exceptions). */
const LEAKY_EXTENSIONS = ["stacktrace", "exception", "originalError", "detail"];

export interface Answer {
  status: number;
  ms: number;
  body: string;
}

export interface Verdict {
  /** HTTP 5xx, an INTERNAL_SERVER_ERROR, or a body that is not GraphQL's JSON. */
  serverError: boolean;
  slow: boolean;
  /** Names of the leak patterns found, with the offending text. */
  leaks: string[];
  /** "HTTP status/first error code", for the tally. */
  outcome: string;
}

interface Body {
  data?: unknown;
  errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
}

export function judge(answer: Answer, sent: readonly string[], slowMs?: number): Verdict {
  let body: Body | undefined;
  try {
    body = JSON.parse(answer.body) as Body;
  } catch {
    body = undefined;
  }
  const errors = Array.isArray(body?.errors) ? body.errors : [];
  const codes = errors.map((e) => (typeof e.extensions?.code === "string" ? e.extensions.code : "NO_CODE"));
  const leaks: string[] = [];
  // Longest first, so a string is removed before any shorter one it contains.
  const echoes = [...sent].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
  for (const error of errors) {
    const { requestId: _id, ...extensions } = error.extensions ?? {};
    for (const key of LEAKY_EXTENSIONS) if (key in extensions) leaks.push(`extension "${key}"`);
    const text = withoutEchoes(`${String(error.message)} ${JSON.stringify(extensions)}`, echoes);
    for (const { name, pattern } of LEAK_PATTERNS) {
      const found = pattern.exec(text);
      if (found) leaks.push(`${name}: ${JSON.stringify(text.slice(Math.max(0, found.index - 40), found.index + 60))}`);
    }
  }
  return {
    serverError: answer.status >= 500 || codes.includes("INTERNAL_SERVER_ERROR") || body === undefined,
    slow: slowMs !== undefined && answer.ms > slowMs,
    leaks,
    outcome: `${answer.status}/${codes[0] ?? (body === undefined ? "NOT_JSON" : "-")}`,
  };
}

export const failed = (v: Verdict): boolean => v.serverError || v.slow || v.leaks.length > 0;

/** Which way it failed, so shrinking keeps to the same fault. */
export function faultOf(v: Verdict): "server-error" | "slow" | "leak" | undefined {
  if (v.serverError) return "server-error";
  if (v.leaks.length > 0) return "leak";
  if (v.slow) return "slow";
  return undefined;
}

function withoutEchoes(text: string, echoes: readonly string[]): string {
  let out = text;
  for (const s of echoes) {
    // As sent, and as it appears inside a JSON-encoded message.
    out = out.split(s).join("…");
    out = out.split(JSON.stringify(s).slice(1, -1)).join("…");
  }
  return out;
}
