import { NODE_LABELS, type NodeLabel } from "./labels.js";
import { RELATIONSHIP_TYPES } from "./relationship-types.js";

/**
 * Every entity's `degree` property: how many curated relationships it has, both directions. It
 * is derived data, kept right by every write (the seed import, `db:restore` and each curator
 * write refresh the nodes whose relationships they changed), so the API can rank the whole graph
 * by connectedness from a range index on it, reading the top few hundred entries rather than
 * counting every node's relationships on every request.
 */
export const DEGREE_PROPERTY = "degree";

/**
 * Labels whose nodes are shared vocabulary rather than actors: a restraint type, setting,
 * audience, jurisdiction or Act is linked to a large share of all resources, so a path through
 * one says little ("both are about physical restraint"), and following one means visiting
 * thousands of nodes.
 */
export const TAXONOMY_LABELS = [
  "RestraintType",
  "Setting",
  "Audience",
  "Jurisdiction",
  "Legislation",
] as const satisfies readonly NodeLabel[];

/**
 * Labels whose nodes are context two resources can share rather than a link between them: a
 * path from one resource to another through a setting, audience, jurisdiction or restraint type
 * says only that both are recorded as for it ("both are for mental health inpatient services"),
 * which paths draw and describe as shared context and can leave out. Legislation is not here:
 * complying with an Act is an obligation the resource states, not a label it is filed under.
 */
export const SHARED_CONTEXT_LABELS = [
  "RestraintType",
  "Setting",
  "Audience",
  "Jurisdiction",
] as const satisfies readonly (typeof TAXONOMY_LABELS)[number][];

/** Cypher: the degree of node variable `v`, as the property stores it. */
export function degreeExpression(v: string): string {
  return `COUNT { (${v})-[:${RELATIONSHIP_TYPES.join("|")}]-() }`;
}

/** `resource_degree`, `restraint_type_degree`, …: the range index on each label's degree. */
export function degreeIndexName(label: NodeLabel): string {
  return `${label.replace(/(?<=[a-z])(?=[A-Z])/g, "_").toLowerCase()}_degree`;
}

/** Creates the range index on a label's degree (a no-op when it exists). */
export function degreeIndexStatement(label: NodeLabel): string {
  return `CREATE RANGE INDEX ${degreeIndexName(label)} IF NOT EXISTS FOR (n:\`${label}\`) ON (n.${DEGREE_PROPERTY})`;
}

const ENTITY = NODE_LABELS.join("|");

/** Sets `degree` on every entity where it is missing or wrong: after a whole-graph restore. */
export const REFRESH_ALL_DEGREES = `
  MATCH (n:${ENTITY})
  WITH n, ${degreeExpression("n")} AS d
  WHERE n.${DEGREE_PROPERTY} IS NULL OR n.${DEGREE_PROPERTY} <> d
  SET n.${DEGREE_PROPERTY} = d
  RETURN count(n) AS refreshed`;

/**
 * Sets `degree` on the entities with these ids where it is missing or wrong (so a refresh that
 * changes nothing writes nothing). Ids, not element ids: callers know which entities they touched
 * by id, including the far ends of relationships they created or removed.
 */
export const REFRESH_DEGREES_BY_ID = `
  UNWIND $ids AS eid
  MATCH (n:${ENTITY} {id: eid})
  WITH n, ${degreeExpression("n")} AS d
  WHERE n.${DEGREE_PROPERTY} IS NULL OR n.${DEGREE_PROPERTY} <> d
  SET n.${DEGREE_PROPERTY} = d
  RETURN count(n) AS refreshed`;
