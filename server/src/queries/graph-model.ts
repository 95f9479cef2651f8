import { decodeRow, RowShapeError } from "@rrn/common/decode-row";
import {
  DEGREE_PROPERTY,
  degreeExpression,
  derivationHow,
  evidenceBasis,
  GENERAL_KNOWLEDGE,
  isNodeLabel,
  LABEL_OF_NODE_TYPE,
  NODE_TYPE_OF_LABEL,
  NODE_TYPES,
  type NodeLabel,
  RELATIONSHIP_TYPES,
  relationshipType,
  type RelationshipType,
} from "@rrn/model";
import { z } from "zod";
import { rel } from "./rel.js";
import type { GraphEdge, GraphNode, NodeType } from "../__generated__/resolvers-types.js";

/**
 * The one place that turns Cypher rows into the GraphNode/GraphEdge shapes the canvas draws.
 * Labels and relationship types come from the model (`@rrn/model`), the only
 * list of them; they are compile-time constants spliced into Cypher, and user input only ever
 * travels as parameters.
 */

/** The Neo4j label of each node type. */
export const labelOf: { readonly [T in NodeType]: NodeLabel } = LABEL_OF_NODE_TYPE;
export const nodeTypes: readonly NodeType[] = NODE_TYPES;
export const relationshipTypes: readonly RelationshipType[] = RELATIONSHIP_TYPES;

/** `Resource|Organisation|…`: a label expression matching any entity (and nothing else). */
export const ENTITY = Object.values(labelOf).join("|");
/** `PUBLISHED_BY|…`: a relationship-type expression matching any curated relationship. */
export const REL = rel(...relationshipTypes);

export function labelsFor(types: readonly NodeType[] | null | undefined): string[] | null {
  return types && types.length > 0 ? types.map((t) => labelOf[t]) : null;
}

/**
 * What a request reads beyond what the canvas draws: a canvas view asks only for ids, types,
 * labels, kinds, years and degrees (and edges' ends, types and `how`), and is answered from the
 * slim projection; the detail panel, search results and API users get everything.
 */
export interface Projection {
  /** Summaries, links, aliases and the other per-type fields of GraphNode. */
  nodeDetail: boolean;
  /** Evidence and source of GraphEdge (and with them `generalKnowledge`). */
  edgeProvenance: boolean;
}
export const FULL_PROJECTION: Projection = { nodeDetail: true, edgeProvenance: true };

/**
 * Map projection of node `v` with what GraphNode needs, degree included: the maintained property
 * (one read), counted only for a node written outside the API and the importer.
 */
export function nodeProjection(v: string, detail = true): string {
  // Left out, the fields are nulls (constants, no property read), so every row has one shape.
  const details = DETAIL_FIELDS.map((f) => (detail ? `.${f}` : `${f}: null`)).join(", ");
  return `${v} {
    .id, ${[...CANVAS_FIELDS].map((f) => `.${f}`).join(", ")}, ${details},
    label: coalesce(${v}.title, ${v}.name, ${v}.id),
    labels: labels(${v}),
    degree: coalesce(${v}.${DEGREE_PROPERTY}, ${degreeExpression(v)})
  }`;
}

/** Map projection of relationship `e` with its ends and, unless left out, its provenance. */
export function edgeProjection(e: string, provenance = true): string {
  return `{
    key: elementId(${e}), type: type(${e}),
    source: startNode(${e}).id, target: endNode(${e}).id,
    how: ${e}.how, basis: ${e}.basis,
    ${provenance ? `evidence: ${e}.evidence, sourceDoc: ${e}.source, reasoning: ${e}.reasoning` : "evidence: null, sourceDoc: null, reasoning: null"}
  }`;
}

const optionalString = z
  .unknown()
  .transform((v) => (typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : null))
  .nullable();
const optionalBoolean = z
  .unknown()
  .transform((v) => (typeof v === "boolean" ? v : null))
  .nullable();
const stringList = z
  .unknown()
  .transform((v) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []));
// Years arrive as integers, but a hand-edited node might carry "2014"; anything else is no year.
const optionalYear = z
  .unknown()
  .transform((v) => {
    const n = typeof v === "string" ? Number(v) : v;
    return typeof n === "number" && Number.isInteger(n) ? n : null;
  })
  .nullable();

/** GraphNode's fields that are node properties: the model's, generated into the schema. */
type PropertyField = Exclude<keyof GraphNode, "__typename" | "id" | "type" | "label" | "degree" | "score" | "distance">;

/**
 * How each property is read from a node. Typed by GraphNode's generated fields, so a property
 * added to the model (and regenerated) is a type error here until it is read.
 */
const PROPERTY_DECODERS: { [K in PropertyField]-?: z.ZodType<GraphNode[K]> } = {
  kind: optionalString,
  year: optionalYear,
  summary: optionalString,
  url: optionalString,
  aliases: stringList,
  generalKnowledge: stringList,
  easyRead: optionalBoolean,
  editable: optionalBoolean,
  descriptiveTitle: optionalBoolean,
  description: optionalString,
  definition: optionalString,
  origin: optionalString,
  role: optionalString,
  country: optionalString,
};

/** What a canvas view draws of a node beside its id, label and degree; the rest is detail. */
const CANVAS_FIELDS: ReadonlySet<PropertyField> = new Set(["kind", "year"]);
const DETAIL_FIELDS = (Object.keys(PROPERTY_DECODERS) as PropertyField[]).filter((f) => !CANVAS_FIELDS.has(f));

const nodeRow = z.object({
  id: z.string(),
  label: z.string(),
  labels: z.array(z.string()),
  degree: z.number().int(),
  ...PROPERTY_DECODERS,
});

const edgeRow = z.object({
  key: z.string(),
  type: relationshipType,
  source: z.string(),
  target: z.string(),
  how: derivationHow.nullable(),
  evidence: optionalString,
  sourceDoc: optionalString,
  basis: evidenceBasis.nullable(),
  reasoning: optionalString,
});

/** What an edge without a stored basis reads as: never STATED, since nobody said so. */
export const UNRECORDED_BASIS_REASONING = "No basis was recorded for this relationship; it has not been reviewed.";

/**
 * The basis an edge shows. Seed edges and curator writes always carry one; an edge written
 * before bases were recorded reads as general knowledge when its source says so, else as an
 * unreviewed inference.
 */
function basisOf(row: z.infer<typeof edgeRow>): Pick<GraphEdge, "basis" | "reasoning"> {
  if (row.basis) return { basis: row.basis, reasoning: row.basis === "INFERRED" ? row.reasoning : null };
  if (row.sourceDoc === GENERAL_KNOWLEDGE) return { basis: "GENERAL_KNOWLEDGE", reasoning: null };
  return { basis: "INFERRED", reasoning: UNRECORDED_BASIS_REASONING };
}

/** Turns a `nodeProjection` map into a GraphNode; `extra` carries per-query fields. */
export function toGraphNode(value: unknown, extra: Partial<GraphNode> = {}): GraphNode {
  const row = decodeRow(nodeRow, value, "node");
  const type = row.labels.filter(isNodeLabel).map((l) => NODE_TYPE_OF_LABEL[l])[0];
  if (!type) throw new RowShapeError(`Unexpected node labels from the database: ${row.id} has ${row.labels.join(",")}`);
  const { labels: _labels, ...fields } = row;
  return { ...fields, type, score: null, distance: null, ...extra };
}

/**
 * Turns `edgeProjection` maps into GraphEdges, dropping duplicates of the same relationship.
 * Ids are `TYPE:source->target`, stable across re-imports; a second relationship of the same
 * type between the same pair gets a `#2` suffix so Cytoscape never sees two equal ids.
 */
export function toGraphEdges(values: readonly unknown[], annotate?: (type: string) => boolean): GraphEdge[] {
  const seenKeys = new Set<string>();
  const idCounts = new Map<string, number>();
  const edges: GraphEdge[] = [];
  for (const value of values) {
    if (value == null) continue;
    const row = decodeRow(edgeRow, value, "relationship");
    if (seenKeys.has(row.key)) continue;
    seenKeys.add(row.key);
    const baseId = `${row.type}:${row.source}->${row.target}`;
    const n = (idCounts.get(baseId) ?? 0) + 1;
    idCounts.set(baseId, n);
    edges.push({
      id: n === 1 ? baseId : `${baseId}#${n}`,
      type: row.type,
      source: row.source,
      target: row.target,
      how: row.how,
      evidence: row.evidence,
      sourceDoc: row.sourceDoc,
      generalKnowledge: row.sourceDoc === GENERAL_KNOWLEDGE,
      ...basisOf(row),
      annotation: annotate?.(row.type) ?? false,
    });
  }
  return edges;
}

/**
 * Parses a row of a query's own Cypher against its schema: `decodeRow`, the one row decoder.
 * Rows come from our own statements, so a mismatch is a bug (or data that broke the contract);
 * its RowShapeError is answered as an internal error (../schema/errors.ts) and logged.
 */
export const parseQueryRow = decodeRow;

/** A node chosen by a query, by element id, with its distance from the focus. */
export const placedRef = z.object({ ref: z.string(), distance: z.number().int() });
export type PlacedRef = z.infer<typeof placedRef>;
