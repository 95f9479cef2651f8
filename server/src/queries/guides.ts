import {
  LINEAGE_MAX_HOPS,
  LINEAGE_RELATIONSHIPS,
  MAX_STEP_RESOURCES,
  SELECTION_FACET_NAMES,
  SELECTION_FACETS,
  type Guide,
  type SelectionClause,
  type SelectionFacet,
} from "@rrn/model";
import { orderSelection, type SelectedResource } from "@rrn/graph-seed/guides";
import { z } from "zod";
import type { RouteStep } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader } from "../neo4j/read.js";
import { loadNodes } from "./elements.js";
import { FULL_PROJECTION, parseQueryRow } from "./graph-model.js";
import { lineageHop, reasonFor, type MatchedNames } from "./guide-reasons.js";
import { rel } from "./rel.js";

/**
 * Resolves a guided route's steps against the live graph, so a resource a curator adds today
 * joins every route whose selections it matches. A clause means exactly what the validator's
 * in-memory resolver (`@rrn/graph-seed/guides`) makes of it, and both rank with the same
 * `orderSelection`. Every route runs the same two fixed statements, with its clauses as
 * parameters: they are planned once, at the server's warm-up, and a route costs three round
 * trips (selection, reasons, cards) however many steps it has.
 */

/** The parts of a clause that select; `why` only explains. */
type ClauseKey = Exclude<keyof SelectionClause, "why">;

/**
 * Where a clause starts: named resources and lineage roots are found by id (an index seek), then
 * the facet nodes by id; only a clause of kinds alone scans the resources. The other parts filter.
 */
const ANCHOR_ORDER: readonly ClauseKey[] = ["resources", "lineage", ...SELECTION_FACET_NAMES, "kinds"];

const LINEAGE_PATH = `-[:${rel(...LINEAGE_RELATIONSHIPS)}]->{0,${LINEAGE_MAX_HOPS}}`;
const LINEAGE_ROOT = "root:Framework|Resource";

/** Relationship and label of a facet, spliced from the model's constants (never from input). */
function facetPattern(facet: SelectionFacet): { rel: string; label: string } {
  const { relationships, label } = SELECTION_FACETS[facet];
  return { rel: rel(...relationships), label };
}

/** One UNION branch per possible starting point, taken only by the clauses that start there. */
function anchorBranch(key: ClauseKey): string {
  const start = (match: string) => `WITH c WHERE c.anchor = "${key}" ${match} RETURN r`;
  if (key === "resources") return start(`MATCH (r:Resource) WHERE r.id IN c.resources`);
  if (key === "kinds") return start(`MATCH (r:Resource) WHERE r.kind IN c.kinds`);
  if (key === "lineage") {
    return start(`MATCH (${LINEAGE_ROOT}) WHERE root.id IN c.lineage MATCH (r:Resource)${LINEAGE_PATH}(root)`);
  }
  const { rel, label } = facetPattern(key);
  return start(`MATCH (x:${label})<-[:${rel}]-(r:Resource) WHERE x.id IN c.${key}`);
}

/** Every part must hold (a part the clause does not use is null and holds). */
function holds(key: ClauseKey): string {
  const test = (() => {
    if (key === "resources") return `r.id IN c.resources`;
    if (key === "kinds") return `r.kind IN c.kinds`;
    if (key === "lineage") return `EXISTS { MATCH (r)${LINEAGE_PATH}(${LINEAGE_ROOT}) WHERE root.id IN c.lineage }`;
    const { rel, label } = facetPattern(key);
    return `EXISTS { (r)-[:${rel}]->(x:${label}) WHERE x.id IN c.${key} }`;
  })();
  return `(c.${key} IS NULL OR ${test})`;
}

const selectionStatement = statement(
  `UNWIND $clauses AS c
   CALL (c) {
     ${ANCHOR_ORDER.map(anchorBranch).join("\n     UNION\n     ")}
   }
   WITH c, r
   WHERE ${ANCHOR_ORDER.map(holds).join("\n     AND ")}
   RETURN c.step AS step, c.clause AS clause, elementId(r) AS ref, r.id AS id, coalesce(r.title, r.id) AS title,
          coalesce(r.easyRead, false) AS easyRead`,
  { clauses: [] as Record<string, unknown>[] },
);

/**
 * What a chosen resource is linked to, for its card's reason: the nodes of every facet (the
 * clause's own values are picked out in JavaScript) and, for lineage, the shortest chain to one
 * of the clause's roots.
 */
const reasonsStatement = statement(
  `UNWIND $rows AS row
   MATCH (r:Resource) WHERE elementId(r) = row.ref
   RETURN row.step AS step, row.ref AS ref, r.kind AS kind,
          ${SELECTION_FACET_NAMES.map((f) => {
            const { rel, label } = facetPattern(f);
            return `[(r)-[:${rel}]->(x:${label}) | [x.id, coalesce(x.name, x.id)]] AS ${f}`;
          }).join(",\n          ")},
          COLLECT {
            MATCH path = (r)${LINEAGE_PATH}(${LINEAGE_ROOT}) WHERE root.id IN row.roots
            WITH path ORDER BY length(path) ASC LIMIT 1
            RETURN [rel IN relationships(path) | {type: type(rel), how: rel.how, to: coalesce(endNode(rel).title, endNode(rel).name)}]
          } AS lineage`,
  { rows: [] as { step: number; ref: string; roots: string[] }[] },
);

const selectionRow = z.object({
  step: z.number().int(),
  clause: z.number().int(),
  ref: z.string(),
  id: z.string(),
  title: z.string(),
  easyRead: z.boolean(),
});

const linked = z.array(z.tuple([z.string(), z.string()]));
const reasonsRow = z.object({
  step: z.number().int(),
  ref: z.string(),
  kind: z.string().nullable(),
  audiences: linked,
  settings: linked,
  restraintTypes: linked,
  jurisdictions: linked,
  organisations: linked,
  lineage: z.array(z.array(lineageHop)),
});

interface Found extends SelectedResource {
  ref: string;
}

/** A clause as the selection statement's parameter: every part, null when unused, and where to start. */
function clauseParam(step: number, index: number, clause: SelectionClause): Record<string, unknown> {
  const param: Record<string, unknown> = { step, clause: index, anchor: ANCHOR_ORDER.find((k) => clause[k]) };
  for (const key of ANCHOR_ORDER) param[key] = clause[key] ? [...clause[key]] : null;
  return param;
}

/** The names of the facet nodes the clause asked for, among those the resource links to. */
function matchedNames(row: z.infer<typeof reasonsRow>, clause: SelectionClause): MatchedNames {
  const pick = (facet: SelectionFacet) => {
    const wanted = clause[facet];
    return wanted ? row[facet].filter(([id]) => wanted.includes(id)).map(([, name]) => name) : null;
  };
  return {
    kind: row.kind,
    audiences: pick("audiences"),
    settings: pick("settings"),
    restraintTypes: pick("restraintTypes"),
    jurisdictions: pick("jurisdictions"),
    organisations: pick("organisations"),
  };
}

/** Every step of the guide, resolved in one read transaction so all steps see the same graph. */
export function resolveGuideSteps(graph: GraphReader, guide: Guide): Promise<RouteStep[]> {
  return graph.transaction(async (run) => {
    const clauses = guide.steps.flatMap((step, si) => step.select.map((clause, ci) => clauseParam(si, ci, clause)));
    const found: Found[][] = guide.steps.map(() => []);
    for (const raw of await run(selectionStatement, { clauses })) {
      const row = parseQueryRow(selectionRow, raw, "guide selection");
      found[row.step]?.push(row);
    }
    const ordered = found.map((f) => orderSelection(f, guide.easyReadFirst === true));
    // orderSelection keeps each resource's first clause, whose reason the card gives.
    const shown = ordered.map((o) => o.slice(0, MAX_STEP_RESOURCES));
    const clauseOf = (si: number, f: Found) => guide.steps[si]?.select[f.clause];

    const rows = shown.flatMap((s, si) =>
      s.map((f) => ({ step: si, ref: f.ref, roots: [...(clauseOf(si, f)?.lineage ?? [])] })),
    );
    // By step and resource: a resource on two steps may have been chosen through different roots.
    const reasons = new Map<string, z.infer<typeof reasonsRow>>();
    for (const raw of await run(reasonsStatement, { rows })) {
      const row = parseQueryRow(reasonsRow, raw, "guide reasons");
      reasons.set(`${row.step}|${row.ref}`, row);
    }
    const nodes = new Map(
      (await loadNodes(run, [...new Set(rows.map((r) => r.ref))], FULL_PROJECTION)).map((n) => [n.id, n]),
    );

    return guide.steps.map((step, si) => {
      const cards = (shown[si] ?? []).flatMap((f) => {
        const resource = nodes.get(f.id);
        const clause = clauseOf(si, f);
        const facts = reasons.get(`${si}|${f.ref}`);
        if (!resource || !clause || !facts) return [];
        return [
          { resource, why: clause.why ?? reasonFor(matchedNames(facts, clause), clause, facts.lineage[0] ?? []) },
        ];
      });
      return {
        id: step.id,
        question: step.question,
        explanation: step.explanation,
        resources: cards.map((c) => c.resource),
        cards,
        total: ordered[si]?.length ?? 0,
      };
    });
  });
}
