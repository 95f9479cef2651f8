import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { hostileCorpusDir } from "@rrn/testkit/paths";

/**
 * The hostile-input corpus: YAML files in tests/resilience/hostile/, one case per entry, each a
 * request and what a well-behaved server answers. Big inputs are written as small generators
 * (`$repeat`, `$concat`, `$object`) so a 1 MB body or 1,000 aliases stay readable in the file.
 */
export const corpusDir = hostileCorpusDir;

const status = z.union([z.number().int(), z.array(z.number().int()).min(1)]);

const caseSchema = z.strictObject({
  name: z.string().min(1),
  /** Why this input is hostile and what the server must do about it. */
  why: z.string().min(1),
  request: z.strictObject({
    method: z.enum(["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]).default("POST"),
    path: z.string().startsWith("/").default("/graphql"),
    headers: z.record(z.string(), z.unknown()).default({}),
    /** A body serialised as JSON (content-type application/json unless headers say otherwise). */
    json: z.unknown().optional(),
    /** A body sent exactly as written (after expansion), with only the headers given. */
    raw: z.unknown().optional(),
    /** A body given as hex bytes, for byte sequences that are not valid UTF-8. */
    rawHex: z
      .string()
      .regex(/^([0-9a-f]{2})*$/i)
      .optional(),
  }),
  expect: z.strictObject({
    status,
    /** The first GraphQL error's extensions.code (one of, when a list). */
    code: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
    /** A regular expression the first error's message must match. */
    message: z.string().optional(),
    /** When 200: the exact `data` expected. */
    data: z.unknown().optional(),
    /** When 200: the answer must equal the one to the same request without credentials. */
    sameAsAnonymous: z.boolean().optional(),
    /** Headers that must be absent from the answer, and ones whose value must match a regex. */
    headersAbsent: z.array(z.string()).optional(),
    headers: z.record(z.string(), z.string()).optional(),
    /** A regular expression the raw body must not match. */
    bodyNot: z.string().optional(),
    /**
     * Either answer will do: data without errors, or a client (4xx-class) error. For cases the
     * fuzzer found, where which one is right was not decided when the case was recorded.
     */
    dataOrError: z.boolean().optional(),
  }),
});

export type CorpusCase = z.infer<typeof caseSchema> & { file: string };

export interface ExpandedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer | undefined;
}

/** Every case of every corpus file, validated; a malformed file fails with its name and problem. */
export function loadCorpus(dir = corpusDir): CorpusCase[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort();
  return files.flatMap((file) => {
    const parsed = z.array(caseSchema).safeParse(parse(readFileSync(path.join(dir, file), "utf8")));
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    return parsed.data.map((c) => ({ ...c, file }));
  });
}

/** Builds the bytes and headers of a case's request. */
export function expandRequest(c: CorpusCase): ExpandedRequest {
  const headers = Object.fromEntries(
    Object.entries(c.request.headers).map(([k, v]) => [k.toLowerCase(), expandToString(v)]),
  );
  let body: Buffer | undefined;
  if (c.request.json !== undefined) {
    body = Buffer.from(JSON.stringify(expand(c.request.json)), "utf8");
    headers["content-type"] ??= "application/json";
  } else if (c.request.raw !== undefined) {
    body = Buffer.from(expandToString(c.request.raw), "utf8");
  } else if (c.request.rawHex !== undefined) {
    body = Buffer.from(c.request.rawHex, "hex");
  }
  return { method: c.request.method, path: expandToString(c.request.path), headers, body };
}

function expandToString(value: unknown): string {
  const v = expand(value);
  if (typeof v !== "string") throw new Error(`expected a string, got ${JSON.stringify(v)}`);
  return v;
}

/**
 * Generators, recognised as objects whose first key starts with `$`:
 *   { $repeat: "a{i}: __typename ", times: 1000 }  → the text repeated, {i} counting from 0
 *                                                     and {next} from 1
 *   { $list: "id-{i}", times: 3000 }               → a list of that many numbered strings
 *   { $concat: [part, …] }                          → the parts, expanded, joined
 *   { $object: { keys: 5000, key: "v{i}", value: … } } → an object with that many keys
 */
export function expand(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expand);
  if (value === null || typeof value !== "object") return value;
  const obj = value as Record<string, unknown>;
  if ("$repeat" in obj) {
    const text = expandToString(obj.$repeat);
    const times = Number(obj.times);
    if (!Number.isInteger(times) || times < 0) throw new Error(`$repeat needs a whole number of times`);
    const parts = Array.from({ length: times }, (_, i) =>
      text.replaceAll("{i}", String(i)).replaceAll("{next}", String(i + 1)),
    );
    return parts.join(typeof obj.join === "string" ? obj.join : "");
  }
  if ("$list" in obj) {
    const text = expandToString(obj.$list);
    return Array.from({ length: Number(obj.times) }, (_, i) => text.replaceAll("{i}", String(i)));
  }
  if ("$concat" in obj) {
    if (!Array.isArray(obj.$concat)) throw new Error("$concat needs a list");
    return obj.$concat.map(expandToString).join("");
  }
  if ("$object" in obj) {
    const spec = obj.$object as { keys: number; key: string; value: unknown };
    return Object.fromEntries(
      Array.from({ length: spec.keys }, (_, i) => [spec.key.replaceAll("{i}", String(i)), expand(spec.value)]),
    );
  }
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, expand(v)]));
}
