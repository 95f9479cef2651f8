import { WALK_HUB_DEGREE } from "@rrn/model";
import { z } from "zod";
import type { NodeType, Subgraph, TypeCount } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader, type RunStatement } from "../neo4j/read.js";
import { loadEdgesAmong, loadNodes } from "./elements.js";
import {
  ENTITY,
  FULL_PROJECTION,
  REL,
  labelOf,
  labelsFor,
  nodeTypes,
  parseQueryRow,
  type Projection,
} from "./graph-model.js";
import { emptySubgraph } from "./subgraph.js";

/**
 * Breadth-first from the focus, one statement per hop, each hop ranked and cut before the next:
 *
 * - Hop 1 is every neighbour of the focus, ranked by how many relationships tie it to the focus,
 *   then by how connected it is overall (exact: its cost is the focus's own degree).
 * - Hop d + 1 expands only the best-ranked (limit − 1) nodes of hop d, and never a hub (a node
 *   with more than WALK_HUB_DEGREE relationships, such as a restraint type or setting shared by
 *   thousands of resources): hubs are drawn, but their own neighbours are not followed. So a
 *   deeper hop costs at most (limit − 1) × WALK_HUB_DEGREE expansions, whatever the graph's size,
 *   where a plain breadth-first search visited every resource behind every hub.
 * - A node is placed at the hop that first reaches it (a node next to the focus is never a
 *   second-hop node), and hops stop once the limit is reached.
 *
 * `types` filters what is returned, never what is traversed.
 */
const nodeShape = `{
  ref: elementId(m), id: m.id, degree: degree,
  label: [l IN labels(m) WHERE l IN $entityLabels][0],
  shown: $labels IS NULL OR any(l IN labels(m) WHERE l IN $labels)
}`;

/**
 * What both hop statements return from their ranked candidates: the kept ones, how many of each
 * label the limit left out, the next hop's frontier and (for the hop after) every node reached.
 */
const hopReturn = (reached: boolean) => `
   WITH collect(${nodeShape}) AS ranked
   WITH ranked, [x IN ranked WHERE x.shown] AS shown
   WITH ranked, shown[0..$keep] AS kept, [x IN shown[$keep..] | x.label] AS rest
   RETURN kept,
          [l IN $entityLabels | {label: l, count: size([x IN rest WHERE x = l])}] AS leftOut,
          [x IN ranked WHERE x.degree <= $hubDegree][0..$expand] AS next,
          ${reached ? "[x IN ranked | x.ref]" : "[]"} AS reached`;

const firstHopStatement = statement(
  `MATCH (focus:${ENTITY} {id: $id})
   WITH focus LIMIT 1
   CALL (focus) {
     MATCH (focus)-[:${REL}]-(m:${ENTITY})
     WHERE m <> focus
     WITH DISTINCT m
     WITH m, COUNT { (m)-[:${REL}]-(focus) } AS links, COUNT { (m)-[:${REL}]-() } AS degree
     ORDER BY links DESC, degree DESC, toLower(coalesce(m.title, m.name)) ASC
     ${hopReturn(false)}
   }
   RETURN elementId(focus) AS focus, kept, leftOut, next, reached`,
  {
    id: "",
    labels: null as string[] | null,
    keep: 0,
    expand: 0,
    hubDegree: WALK_HUB_DEGREE,
    entityLabels: Object.values(labelOf),
  },
);

// Anything next to the focus was placed by the first hop, which is complete; `$seen` holds the
// nodes later hops placed (at most (limit − 1) × WALK_HUB_DEGREE).
const nextHopStatement = statement(
  `MATCH (focus) WHERE elementId(focus) = $focus
   UNWIND $frontier AS ref
   MATCH (f) WHERE elementId(f) = ref
   MATCH (f)-[:${REL}]-(m:${ENTITY})
   WITH DISTINCT focus, m
   WHERE m <> focus AND NOT elementId(m) IN $seen AND NOT EXISTS { (m)-[:${REL}]-(focus) }
   WITH m, COUNT { (m)-[:${REL}]-() } AS degree
   ORDER BY degree DESC, toLower(coalesce(m.title, m.name)) ASC
   ${hopReturn(true)}`,
  {
    focus: "",
    frontier: [] as string[],
    seen: [] as string[],
    labels: null as string[] | null,
    keep: 0,
    expand: 0,
    hubDegree: WALK_HUB_DEGREE,
    entityLabels: Object.values(labelOf),
  },
);

const reachedNode = z.object({ ref: z.string(), id: z.string(), degree: z.number().int() });
const hopRow = z.object({
  kept: z.array(reachedNode),
  leftOut: z.array(z.object({ label: z.string(), count: z.number().int() })),
  next: z.array(reachedNode),
  reached: z.array(z.string()),
});
const firstHopRow = hopRow.extend({ focus: z.string() });

export interface NeighbourhoodArgs {
  id: string;
  depth: number;
  types?: readonly NodeType[] | null;
  /** Maximum number of nodes returned, the focus included. */
  limit: number;
  projection?: Projection;
}

type Hop = z.infer<typeof hopRow>;

export function neighbourhood(graph: GraphReader, args: NeighbourhoodArgs): Promise<Subgraph> {
  return graph.transaction(async (run) => {
    const budget = args.limit - 1;
    const common = { labels: labelsFor(args.types), expand: budget, hubDegree: WALK_HUB_DEGREE };
    const entityLabels = Object.values(labelOf);
    const [first] = await run(firstHopStatement, { id: args.id, ...common, keep: budget, entityLabels });
    if (first === undefined) return emptySubgraph();
    const { focus, ...hop1 } = parseQueryRow(firstHopRow, first, "neighbourhood hop");

    const distance = new Map<string, number>([[focus, 0]]);
    const notExpanded: string[] = [];
    const leftOut = new Map<string, number>();
    let hop: Hop = hop1;
    const seen: string[] = [];
    for (let d = 1; ; d++) {
      for (const k of hop.kept) {
        distance.set(k.ref, d);
        if (k.degree > WALK_HUB_DEGREE && d < args.depth) notExpanded.push(k.id);
      }
      for (const { label, count } of hop.leftOut) leftOut.set(label, (leftOut.get(label) ?? 0) + count);
      const room = args.limit - distance.size;
      if (d >= args.depth || room <= 0 || hop.next.length === 0) break;
      if (d > 1) seen.push(...hop.reached);
      hop = await nextHop(run, {
        focus,
        frontier: hop.next.map((n) => n.ref),
        seen,
        ...common,
        keep: room,
        entityLabels,
      });
    }

    const refs = [...distance.keys()];
    const projection = args.projection ?? FULL_PROJECTION;
    const moreByType = countByType(leftOut);
    const more = moreByType.reduce((n, c) => n + c.count, 0);
    return {
      nodes: await loadNodes(run, refs, projection, (ref) => ({ distance: distance.get(ref) ?? null })),
      edges: await loadEdgesAmong(run, refs, projection),
      truncated: more > 0,
      total: distance.size + more,
      moreByType,
      notExpanded,
    };
  });
}

async function nextHop(run: RunStatement, params: (typeof nextHopStatement)["warmUp"]): Promise<Hop> {
  const [row] = await run(nextHopStatement, params);
  return parseQueryRow(hopRow, row, "neighbourhood hop");
}

/** Per node type, how many were left out; types with none are left out of the list. */
function countByType(byLabel: ReadonlyMap<string, number>): TypeCount[] {
  return nodeTypes.map((type) => ({ type, count: byLabel.get(labelOf[type]) ?? 0 })).filter((c) => c.count > 0);
}
