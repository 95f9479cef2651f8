import {
  derivationHow,
  evidenceBasis,
  evidenceQuote,
  reasoningText,
  RELATIONSHIP_TYPES,
  RELATIONSHIPS,
  relationshipType,
  type RelationshipType,
  withRelationshipRule,
} from "@rrn/model";
import { z } from "zod";
import { badInput } from "../schema/arguments.js";

/** Which relationship type a generated mutation's field writes: `derivesFrom` → DERIVES_FROM, `referencedBy` → REFERENCES. */
const TYPE_OF_FIELD = new Map<string, RelationshipType>([
  ...RELATIONSHIP_TYPES.map((t): [string, RelationshipType] => [RELATIONSHIPS[t].fields.out, t]),
  // The one incoming field that is connectable (see ../schema/entity-type-defs.ts).
  [RELATIONSHIPS.REFERENCES.fields.in, "REFERENCES"],
]);

/** The shared relationship rule, for an edge a curator connects. */
const connectedEdge = withRelationshipRule(
  z.object({
    type: relationshipType,
    how: derivationHow.nullish(),
    evidence: evidenceQuote,
    source: z.string(),
    basis: evidenceBasis,
    reasoning: reasoningText.nullish(),
  }),
);

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Every relationship a curator adds through a generated mutation carries provenance: each
 * connect item (an object with `where`, anywhere under a `connect` key, union members
 * included) must have an `edge` with `evidence` (≤ MAX_EVIDENCE_LENGTH characters) and
 * `source` and a `basis`, and meet the shared relationship rule (`how` on a `derivesFrom` edge,
 * only there; `reasoning` exactly on an INFERRED basis; GENERAL_KNOWLEDGE exactly with source
 * general-knowledge). The GraphQL types keep these optional so stored data reads as it is; this
 * is where curator writes are held to the rule, before anything runs.
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
  const basis = text("basis");
  if (!evidence || !source || !basis) {
    throw badInput(
      at,
      `${at}: every relationship a curator adds needs edge.evidence (a short quote), edge.source (a URL or document title) and edge.basis (STATED, TITLE, INFERRED with edge.reasoning, or GENERAL_KNOWLEDGE).`,
    );
  }
  // The innermost relationship field on the path is the one this connect writes.
  const type = [...path]
    .reverse()
    .map((key) => TYPE_OF_FIELD.get(key))
    .find((t) => t !== undefined);
  if (type === undefined) return;
  const how = isObject(edge) ? edge.how : undefined;
  const reasoning = isObject(edge) ? edge.reasoning : undefined;
  const parsed = connectedEdge.safeParse({ type, how, evidence, source, basis, reasoning });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length > 0 ? `edge.${issue.path.join(".")} ` : "";
    throw badInput(at, `${at}: ${field}${issue.message}.`);
  }
}
