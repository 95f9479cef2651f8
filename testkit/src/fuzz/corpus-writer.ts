import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import { hostileCorpusDir as corpusDir } from "../paths.js";
import type { Failure } from "./campaign.js";
import { requestBody } from "./operation.js";
import { SLOW_MS } from "./verdict.js";

/**
 * Whether a body holds characters YAML cannot be trusted to round-trip (control characters
 * other than tab and newlines, or lone surrogates); such a body is written as raw JSON text.
 */
function awkward(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code < 0x20 && ch !== "\t" && ch !== "\n" && ch !== "\r") || code === 0x7f) return true;
    if (code >= 0xd800 && code <= 0xdfff) return true;
  }
  return false;
}

function anyAwkward(value: unknown): boolean {
  if (typeof value === "string") return awkward(value);
  if (Array.isArray(value)) return value.some(anyAwkward);
  if (value && typeof value === "object") return Object.entries(value).some(([k, v]) => awkward(k) || anyAwkward(v));
  return false;
}

const what: Record<Failure["fault"], string> = {
  "server-error": "answered with a server error",
  slow: `took longer than ${SLOW_MS / 1000} s`,
  leak: "leaked internals in an error",
};

/**
 * Failing cases found by a fuzz run, minimised, as hostile-corpus cases (the format of
 * tests/resilience/README.md): the resilience tier then asks them on every run. Which answer
 * is right (data, or a client error) is for whoever fixes the server to decide, so the cases
 * ask only that it be one of the two, with no 5xx and no leak. A slow one is kept as the request
 * that was slow, with no time limit: the test tier judges behaviour, `npm run fuzz` speed.
 * Returns the file written, or undefined when there was nothing to write.
 */
export function writeCorpusCases(failures: readonly Failure[], seed: number, dir = corpusDir): string | undefined {
  const minimised = failures.filter((f) => f.minimal !== undefined);
  if (minimised.length === 0) return undefined;
  const file = path.join(dir, `fuzz-seed-${seed}.yaml`);
  const existing = existsSync(file) ? (parse(readFileSync(file, "utf8")) as { name: string }[]) : [];
  const names = new Set(existing.map((c) => c.name));
  const cases = minimised
    .map((f) => {
      const body = requestBody(f.minimal!);
      const json = JSON.stringify(body);
      return {
        name: `fuzz seed ${seed} operation ${f.index}`,
        why:
          `Found by npm run fuzz (seed ${seed}, operation ${f.index}): it ${what[f.fault]} ` +
          `(HTTP ${f.status}, ${f.ms} ms${f.verdict.leaks.length ? `, ${f.verdict.leaks.join("; ")}` : ""}). Minimised.`,
        request: anyAwkward(body) ? { headers: { "content-type": "application/json" }, raw: json } : { json: body },
        expect: {
          status: [200, 400, 413],
          dataOrError: true,
        },
      };
    })
    .filter((c) => !names.has(c.name));
  if (cases.length === 0) return undefined;
  const header = existing.length
    ? ""
    : `# Cases found by \`npm run fuzz -- --seed ${seed}\`, minimised. Each failed when it was found.\n\n`;
  const previous = existing.length ? `${stringify(existing, { lineWidth: 0 })}\n` : "";
  writeFileSync(file, `${header}${previous}${stringify(cases, { lineWidth: 0 })}`);
  return file;
}
