import { createHash } from "node:crypto";

/**
 * What identifies a read, independent of how it travelled: the document's SHA-256 (the
 * persisted-query hash the client sent, or the hash of the query text — Apollo verifies they
 * agree), the operation name the client asked for, and the variables with their keys sorted.
 * The response cache keys every answer by this plus the graph version.
 */
export function operationKey(
  documentHash: string,
  operationName: string | null | undefined,
  variables: unknown,
): string {
  return `${documentHash}\n${operationName ?? ""}\n${stableJson(variables ?? {})}`;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** JSON with object keys sorted at every level, so {a, b} and {b, a} give one key. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => stableJson(v === undefined ? null : v)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const HASH = /^[0-9a-f]{64}$/;

/** The persisted-query hash in an `extensions` object, when it is one. */
export function persistedHash(extensions: unknown): string | undefined {
  if (typeof extensions !== "object" || extensions === null || !("persistedQuery" in extensions)) return undefined;
  const pq = extensions.persistedQuery;
  if (typeof pq !== "object" || pq === null || !("sha256Hash" in pq)) return undefined;
  const hash = pq.sha256Hash;
  return typeof hash === "string" && HASH.test(hash) ? hash : undefined;
}

/**
 * The key of a request as it arrives (GET query string or POST JSON body), or undefined when it
 * is not a well-formed single operation — such requests go to Apollo, which explains the problem.
 */
export function requestKey(
  fields: { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown },
  encoded: boolean,
): string | undefined {
  const parse = (value: unknown): unknown => {
    if (!encoded || value === undefined) return value;
    if (typeof value !== "string") return Symbol.for("invalid");
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return Symbol.for("invalid");
    }
  };
  const variables = parse(fields.variables);
  const extensions = parse(fields.extensions);
  if (typeof variables === "symbol" || typeof extensions === "symbol") return undefined;
  if (variables !== undefined && variables !== null && (typeof variables !== "object" || Array.isArray(variables))) {
    return undefined;
  }
  const { query, operationName } = fields;
  if (operationName !== undefined && operationName !== null && typeof operationName !== "string") return undefined;
  const claimed = persistedHash(extensions);
  let hash: string | undefined;
  if (typeof query === "string" && query.length > 0) {
    hash = sha256Hex(query);
    // A claimed hash that does not match its text is Apollo's error to report.
    if (claimed !== undefined && claimed !== hash) return undefined;
  } else if (query === undefined || query === null) {
    hash = claimed;
  }
  if (hash === undefined) return undefined;
  try {
    return operationKey(hash, operationName, variables);
  } catch (err) {
    // Variables nested thousands deep overflow the stack here: not a read to cache, and Apollo
    // refuses them with a client error of its own.
    if (err instanceof RangeError) return undefined;
    throw err;
  }
}
