import { badInput } from "../schema/arguments.js";
import { DERIVATION_HOWS, MAX_EVIDENCE_LENGTH } from "./relationship-rules.js";

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Every relationship a curator adds through a generated mutation carries provenance: each
 * connect item (an object with `where`, anywhere under a `connect` key, union members
 * included) must have an `edge` with `evidence` (≤ 300 characters) and `source`, and a
 * `derivesFrom` edge also `how`. The GraphQL types keep these optional so seed data reads as it
 * is; this is where curator writes are held to the rule, before anything runs.
 */
export function requireEdgeProvenance(args: Json): void {
  walk(args, [], false);
}

function walk(value: Json, path: string[], inConnect: boolean): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, [...path, String(i)], inConnect));
    return;
  }
  if (!isObject(value)) return;
  if (inConnect && "where" in value) {
    checkEdge(value.edge, path);
    for (const [key, v] of Object.entries(value)) {
      if (key !== "where" && key !== "edge") walk(v, [...path, key], key === "connect");
    }
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    // The root `where` filter is not a write; a connect's own `where` is handled above.
    if (key === "where" && !inConnect) continue;
    walk(v, [...path, key], inConnect || key === "connect");
  }
}

function checkEdge(edge: Json, path: string[]): void {
  const at = path.join(".");
  const text = (key: string): string | null => {
    const v = isObject(edge) ? edge[key] : undefined;
    return typeof v === "string" && v.trim() ? v.trim() : null;
  };
  const evidence = text("evidence");
  const source = text("source");
  if (!evidence || !source) {
    throw badInput(
      at,
      `${at}: every relationship a curator adds needs edge.evidence (a short quote) and edge.source (a URL or document title).`,
    );
  }
  if (evidence.length > MAX_EVIDENCE_LENGTH) {
    throw badInput(at, `${at}: edge.evidence must be at most ${MAX_EVIDENCE_LENGTH} characters.`);
  }
  if (path.includes("derivesFrom")) {
    const how = text("how");
    if (!how || !(DERIVATION_HOWS as readonly string[]).includes(how)) {
      throw badInput(at, `${at}: a DERIVES_FROM edge needs edge.how, one of ${DERIVATION_HOWS.join(", ")}.`);
    }
  }
}
