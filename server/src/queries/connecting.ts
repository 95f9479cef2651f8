import { DEGREE_PROPERTY, SHARED_CONTEXT_LABELS, WALK_HUB_DEGREE } from "@rrn/model";
import { z } from "zod";
import type { GraphEdge, GraphNode, Subgraph } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader, type RunStatement } from "../neo4j/read.js";
import { loadEdges, loadEdgesAmong, loadNodes } from "./elements.js";
import { ENTITY, FULL_PROJECTION, REL, parseQueryRow, type Projection } from "./graph-model.js";
import { rankConnectors, type CandidateConnector } from "./connecting-rank.js";

/** The most connectors one request returns. */
export const MAX_CONNECTORS = 100;

const membersStatement = statement(
  `UNWIND $ids AS id
   MATCH (m:${ENTITY} {id: id})
   RETURN elementId(m) AS ref, m.id AS id`,
  { ids: [] as string[] },
);

const SHARED_CONTEXT = SHARED_CONTEXT_LABELS.map((l) => `x:${l}`).join(" OR ");
const STATED_FIRST = (e: string) => `CASE ${e}.basis WHEN 'STATED' THEN 0 ELSE 1 END`;

/**
 * Every node linked to a member directly (all its relationships to that member), or, failing
 * that, through one intermediate (the best such pair of relationships: stated first, then through
 * the least-connected intermediate). The second hop never starts from or passes through a hub
 * (more than WALK_HUB_DEGREE relationships), nor through a member, nor through a restraint type,
 * setting, audience or jurisdiction: "both are for schools" is shared context, not a connection,
 * and a hub would make the cost grow with the graph. Only nodes that reach two members or more
 * are returned.
 */
const candidatesStatement = statement(
  `UNWIND $refs AS mref
   MATCH (m) WHERE elementId(m) = mref
   CALL (m) {
     MATCH (m)-[e:${REL}]-(c)
     WHERE NOT elementId(c) IN $refs
     RETURN c, 1 AS hops, collect(elementId(e)) AS via
     UNION ALL
     MATCH (m)-[e1:${REL}]-(x)-[e2:${REL}]-(c)
     WHERE coalesce(m.${DEGREE_PROPERTY}, 0) <= ${WALK_HUB_DEGREE}
       AND coalesce(x.${DEGREE_PROPERTY}, 0) <= ${WALK_HUB_DEGREE}
       AND NOT (${SHARED_CONTEXT})
       AND NOT elementId(x) IN $refs AND NOT elementId(c) IN $refs AND c <> m
       AND NOT EXISTS { (m)-[:${REL}]-(c) }
     WITH c, x, e1, e2
     ORDER BY ${STATED_FIRST("e1")} + ${STATED_FIRST("e2")}, coalesce(x.${DEGREE_PROPERTY}, 0), x.id
     WITH c, head(collect([elementId(e1), elementId(e2)])) AS via
     RETURN c, 2 AS hops, via
   }
   WITH c, collect({member: m.id, hops: hops, via: via}) AS links
   WHERE size(links) >= 2
   RETURN elementId(c) AS ref, c.id AS id, coalesce(c.${DEGREE_PROPERTY}, 0) AS degree,
          coalesce(c.title, c.name, c.id) AS label, links`,
  { refs: [] as string[] },
);

const memberRow = z.object({ ref: z.string(), id: z.string() });
const candidateRow = z.object({
  ref: z.string(),
  id: z.string(),
  degree: z.number(),
  label: z.string(),
  links: z.array(z.object({ member: z.string(), hops: z.number(), via: z.array(z.string()) })),
});

export interface ConnectingArgs {
  ids: readonly string[];
  limit: number;
  projection?: Projection;
}

export interface Connector {
  node: GraphNode;
  members: string[];
  via: GraphEdge[];
}

export interface ConnectingResult {
  connectors: Connector[];
  subgraph: Subgraph;
  /** How many nodes connect two members or more, before limit. */
  total: number;
  /** Ids asked for that are not in the graph. */
  missing: string[];
}

/**
 * What connects a set of nodes: the nodes linked to the most members (direct links first, then
 * through one intermediate), each with the relationships that link it, and the subgraph among
 * the members, the kept connectors and the intermediates they go through.
 */
export function connecting(graph: GraphReader, args: ConnectingArgs): Promise<ConnectingResult> {
  const projection = args.projection ?? FULL_PROJECTION;
  const ids = [...new Set(args.ids)];
  return graph.transaction(async (run) => {
    const members = (await run(membersStatement, { ids })).map((r) => parseQueryRow(memberRow, r, "member"));
    const found = new Set(members.map((m) => m.id));
    const missing = ids.filter((id) => !found.has(id));
    // Members in the order asked for, so the list and the drawing follow the set's own order.
    const memberRefs = ids.flatMap((id) => members.filter((m) => m.id === id).map((m) => m.ref));
    const candidates: CandidateConnector[] =
      memberRefs.length < 2
        ? []
        : (await run(candidatesStatement, { refs: memberRefs })).map((r) =>
            parseQueryRow(candidateRow, r, "connector"),
          );
    const kept = rankConnectors(candidates, ids).slice(0, args.limit);

    const viaRefs = [...new Set(kept.flatMap((c) => c.links.flatMap((l) => l.via)))];
    const viaEdges = await loadEdges(run, viaRefs, FULL_PROJECTION);
    const edgeByRef = new Map(viaRefs.map((ref, i) => [ref, viaEdges[i]]));
    // loadEdges keeps the refs' order but drops any it cannot find; match by position only when all came back.
    const complete = viaEdges.length === viaRefs.length;
    const connectorIds = new Set(kept.map((c) => c.id));
    const intermediateIds = new Set(
      viaEdges.flatMap((e) => [e.source, e.target]).filter((id) => !found.has(id) && !connectorIds.has(id)),
    );
    const intermediateRefs = await refsOf(run, [...intermediateIds]);
    const refs = [...memberRefs, ...kept.map((c) => c.ref), ...intermediateRefs];
    const nodes = await loadNodes(run, refs, projection);
    const byId = new Map(nodes.map((n) => [n.id, n]));

    const connectors = kept.flatMap((c): Connector[] => {
      const node = byId.get(c.id);
      if (!node) return [];
      const via = c.links.flatMap((l) => l.via.map((ref) => (complete ? edgeByRef.get(ref) : undefined)));
      return [{ node, members: c.links.map((l) => l.member), via: via.filter((e): e is GraphEdge => e !== undefined) }];
    });
    return {
      connectors,
      subgraph: {
        nodes,
        edges: await loadEdgesAmong(run, refs, projection),
        truncated: candidates.length > kept.length,
        total: candidates.length,
        moreByType: null,
        notExpanded: null,
      },
      total: candidates.length,
      missing,
    };
  });
}

const refsStatement = statement(`UNWIND $ids AS id MATCH (n:${ENTITY} {id: id}) RETURN elementId(n) AS ref`, {
  ids: [] as string[],
});

/** Element ids of the entities with these ids (the intermediates, known by id from their edges). */
async function refsOf(run: RunStatement, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return (await run(refsStatement, { ids })).map((r) => String(r.ref));
}
