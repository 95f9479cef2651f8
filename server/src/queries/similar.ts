import { derivationHow, RESOURCE_RELATIONSHIP_TYPES, SIMILARITY_HUB_DEGREE } from "@rrn/model";
import { z } from "zod";
import type { GraphNode, SimilarResource, Subgraph } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader, type RunStatement } from "../neo4j/read.js";
import { loadEdgesAmong, loadNodes } from "./elements.js";
import { FULL_PROJECTION, parseQueryRow, type Projection } from "./graph-model.js";
import { commonVia, directReason, sharedReasons, type DirectLink, type SharedNode } from "./similar-reasons.js";
import { rel } from "./rel.js";
import { emptySubgraph } from "./subgraph.js";

/**
 * "More like this": resources ranked by the neighbours they share with a resource (frameworks
 * in its lineage, restraint types, settings, audiences, jurisdictions, organisations, people,
 * collections), each shared neighbour weighted Adamic–Adar style by 1 / ln(its degree), so a
 * framework three resources derive from counts for far more than a country hundreds apply in.
 *
 * Kept cheap as the graph grows by bounding every expansion:
 * - the resource's own neighbours are few (a resource has tens of relationships, not thousands);
 * - candidates are found only through neighbours with at most SIMILARITY_HUB_DEGREE resources, the rest
 *   (hubs, weighing under 1 / ln SIMILARITY_HUB_DEGREE each) are not walked through, so the walk costs at
 *   most SIMILARITY_HUB_DEGREE rows per neighbour whatever the graph's size;
 * - only the POOL best candidates by that partial score are kept, and the hubs each of them
 *   shares are then checked from the candidate's side (a few existence checks per candidate).
 * A pair of resources sharing nothing but hubs is never proposed, which is what the weighting
 * would say anyway.
 */

/** Relationships a resource starts that make two resources alike: every type a resource can have. */
const VIA = rel(...RESOURCE_RELATIONSHIP_TYPES);
/** How far up DERIVES_FROM chains shared lineage is looked for (resource → checklist → framework). */
const LINEAGE_DEPTH = 3;
/** A direct link counts like a neighbour only the two of them share (1 / ln 2). */
const DIRECT_WEIGHT = 1 / Math.log(2);

const candidatesStatement = statement(
  `MATCH (r:Resource {id: $id})
   CALL (r) {
     MATCH (r)-[e:${VIA}]->(n) WHERE n <> r
     RETURN n, type(e) AS via, false AS lineage
     UNION
     MATCH (r)-[:${rel("DERIVES_FROM")}*1..${LINEAGE_DEPTH}]->(n) WHERE n <> r
     RETURN n, "${rel("DERIVES_FROM")}" AS via, true AS lineage
   }
   WITH r, n, collect(DISTINCT via) AS vias, any(l IN collect(lineage) WHERE l) AS lineage
   WITH r, n, vias, lineage, COUNT { (n)<-[:${VIA}]-() } AS degree
   WITH r, collect({n: n, vias: vias, lineage: lineage, degree: degree}) AS neighbours
   CALL (r, neighbours) {
     UNWIND neighbours AS x
     WITH r, x WHERE x.degree <= $hubDegree
     CALL (r, x) {
       WITH r, x.n AS n
       MATCH (n)<-[e:${VIA}]-(c:Resource) WHERE c <> r
       RETURN c, type(e) AS cvia LIMIT $hubDegree
       UNION
       WITH r, x, x.n AS n WHERE x.lineage
       MATCH (n)<-[:${rel("DERIVES_FROM")}*2..${LINEAGE_DEPTH}]-(c:Resource) WHERE c <> r
       RETURN c, "${rel("DERIVES_FROM")}" AS cvia LIMIT $hubDegree
     }
     WITH x, c, collect(DISTINCT cvia) AS cvias
     WITH c, collect({ref: elementId(x.n), vias: cvias}) AS shared,
          sum(1.0 / log(CASE WHEN x.degree < 2 THEN 2 ELSE x.degree END)) AS partial
     ORDER BY partial DESC, elementId(c)
     LIMIT $pool
     RETURN collect({ref: elementId(c), shared: shared}) AS found
   }
   CALL (r) {
     MATCH (r)-[e:${VIA}]-(c:Resource) WHERE c <> r
     WITH e, c LIMIT $pool
     RETURN collect({ref: elementId(c), type: type(e), outgoing: startNode(e) = r, how: e.how}) AS direct
   }
   RETURN elementId(r) AS focus,
     [x IN neighbours | {ref: elementId(x.n), vias: x.vias, lineage: x.lineage, degree: x.degree}] AS neighbours,
     found, direct`,
  { id: "", hubDegree: SIMILARITY_HUB_DEGREE, pool: 1 },
);

/** Which of the hubs each candidate links to, checked from the candidate's (small) side. */
const hubsStatement = statement(
  `UNWIND $candidates AS cref
   MATCH (c) WHERE elementId(c) = cref
   UNWIND $hubs AS h
   MATCH (n) WHERE elementId(n) = h.ref
   WITH cref, c, n, h, [(c)-[e:${VIA}]->(n) | type(e)] AS types
   WITH cref, h, CASE
       WHEN size(types) = 0 AND h.lineage AND EXISTS { (c)-[:${rel("DERIVES_FROM")}*2..${LINEAGE_DEPTH}]->(n) } THEN ["${rel("DERIVES_FROM")}"]
       ELSE types END AS types
   WHERE size(types) > 0
   RETURN cref, collect({ref: h.ref, vias: types}) AS shared`,
  { candidates: [] as string[], hubs: [] as { ref: string; lineage: boolean }[] },
);

const sharedRow = z.object({ ref: z.string(), vias: z.array(z.string()) });
const candidatesRow = z.object({
  focus: z.string(),
  neighbours: z.array(
    z.object({ ref: z.string(), vias: z.array(z.string()), lineage: z.boolean(), degree: z.number() }),
  ),
  found: z.array(z.object({ ref: z.string(), shared: z.array(sharedRow) })),
  direct: z.array(
    z.object({ ref: z.string(), type: z.string(), outgoing: z.boolean(), how: derivationHow.nullable() }),
  ),
});
const hubsRow = z.object({ cref: z.string(), shared: z.array(sharedRow) });

export interface SimilarArgs {
  id: string;
  limit: number;
  /** What the request reads of the nodes (and edges); everything when left out. */
  projection?: Projection;
}

interface Candidate {
  ref: string;
  /** Shared neighbour ref → how the candidate reaches it. */
  shared: Map<string, string[]>;
  direct: DirectLink[];
}

interface Ranked {
  focus: string;
  neighbours: Map<string, { vias: string[]; weight: number }>;
  ranked: { candidate: Candidate; score: number }[];
}

const weightOf = (degree: number): number => 1 / Math.log(Math.max(degree, 2));

async function rank(run: RunStatement, args: SimilarArgs): Promise<Ranked | null> {
  const pool = args.limit * 3 + 10;
  const [value] = await run(candidatesStatement, { id: args.id, hubDegree: SIMILARITY_HUB_DEGREE, pool });
  if (value === undefined) return null;
  const row = parseQueryRow(candidatesRow, value, "similar candidates");
  const neighbours = new Map(row.neighbours.map((n) => [n.ref, { vias: n.vias, weight: weightOf(n.degree) }]));

  const candidates = new Map<string, Candidate>();
  const candidate = (ref: string): Candidate => {
    let c = candidates.get(ref);
    if (!c) {
      c = { ref, shared: new Map(), direct: [] };
      candidates.set(ref, c);
    }
    return c;
  };
  for (const found of row.found) {
    const c = candidate(found.ref);
    for (const s of found.shared) c.shared.set(s.ref, s.vias);
  }
  for (const d of row.direct) candidate(d.ref).direct.push({ type: d.type, outgoing: d.outgoing, how: d.how });

  const hubs = row.neighbours
    .filter((n) => n.degree > SIMILARITY_HUB_DEGREE)
    .map((n) => ({ ref: n.ref, lineage: n.lineage }));
  if (hubs.length > 0 && candidates.size > 0) {
    const rows = await run(hubsStatement, { candidates: [...candidates.keys()], hubs });
    for (const hubRow of rows.map((r) => parseQueryRow(hubsRow, r, "similar hubs"))) {
      for (const s of hubRow.shared) candidate(hubRow.cref).shared.set(s.ref, s.vias);
    }
  }

  const scored = [...candidates.values()].map((c) => ({
    candidate: c,
    score:
      [...c.shared.keys()].reduce((sum, ref) => sum + (neighbours.get(ref)?.weight ?? 0), 0) +
      (c.direct.length > 0 ? DIRECT_WEIGHT : 0),
  }));
  scored.sort((a, b) => b.score - a.score);
  return { focus: row.focus, neighbours, ranked: scored };
}

/** GraphNodes by ref; loadNodes answers in the order of the refs it found, calling `extra` for each. */
async function nodesByRef(
  run: RunStatement,
  refs: readonly string[],
  projection: Projection,
): Promise<Map<string, GraphNode>> {
  const found: string[] = [];
  const nodes = await loadNodes(run, refs, projection, (ref) => {
    found.push(ref);
    return {};
  });
  return new Map(nodes.map((n, i) => [found[i] ?? "", n]));
}

interface Placed {
  item: SimilarResource;
  ref: string;
  sharedRefs: string[];
}

async function similarIn(run: RunStatement, args: SimilarArgs): Promise<{ focus: string; placed: Placed[] }> {
  const ranked = await rank(run, args);
  if (!ranked) return { focus: "", placed: [] };
  // Equal scores at the cut are settled by title below, so keep every candidate tied with the last.
  const last = ranked.ranked[args.limit - 1]?.score;
  const kept = ranked.ranked.filter((r, i) => i < args.limit || r.score === last);
  const nodes = await nodesByRef(
    run,
    [...new Set(kept.flatMap(({ candidate }) => [candidate.ref, ...candidate.shared.keys()]))],
    args.projection ?? FULL_PROJECTION,
  );
  const placed = kept.flatMap(({ candidate, score }): Placed[] => {
    const node = nodes.get(candidate.ref);
    if (!node) return [];
    const shared = [...candidate.shared.entries()]
      .flatMap(([ref, theirs]) => {
        const n = nodes.get(ref);
        const ours = ranked.neighbours.get(ref);
        return n && ours ? [{ ref, node: n, via: commonVia(ours.vias, theirs), weight: ours.weight }] : [];
      })
      .sort((a, b) => b.weight - a.weight || a.node.label.localeCompare(b.node.label));
    const reasonsFrom: SharedNode[] = shared.map((s) => ({
      type: s.node.type,
      label: s.node.label,
      via: s.via,
      weight: s.weight,
    }));
    const reasons = [...new Set([...candidate.direct.map(directReason), ...sharedReasons(reasonsFrom)])];
    return [
      {
        item: { node, score: Math.round(score * 1000) / 1000, shared: shared.map((s) => s.node), reasons },
        ref: candidate.ref,
        sharedRefs: shared.map((s) => s.ref),
      },
    ];
  });
  placed.sort((a, b) => b.item.score - a.item.score || a.item.node.label.localeCompare(b.item.node.label));
  return { focus: ranked.focus, placed: placed.slice(0, args.limit) };
}

/** Resources most like the given one, best first; empty for an unknown id or a node that is not a resource. */
export function similar(graph: GraphReader, args: SimilarArgs): Promise<SimilarResource[]> {
  return graph.transaction(async (run) => (await similarIn(run, args)).placed.map((p) => p.item));
}

/**
 * The same answer as a drawable graph: the resource (distance 0), the nodes it shares with the
 * similar ones (1), the similar resources (2), and every relationship among them.
 */
export function similarGraph(graph: GraphReader, args: SimilarArgs): Promise<Subgraph> {
  return graph.transaction(async (run) => {
    const { focus, placed } = await similarIn(run, args);
    if (!focus) return emptySubgraph();
    const distance = new Map<string, number>([[focus, 0]]);
    for (const p of placed) for (const ref of p.sharedRefs) if (!distance.has(ref)) distance.set(ref, 1);
    for (const p of placed) if (!distance.has(p.ref)) distance.set(p.ref, 2);
    const refs = [...distance.keys()].sort((a, b) => (distance.get(a) ?? 0) - (distance.get(b) ?? 0));
    const projection = args.projection ?? FULL_PROJECTION;
    const nodes = await loadNodes(run, refs, projection, (ref) => ({ distance: distance.get(ref) ?? null }));
    const edges = await loadEdgesAmong(run, refs, projection);
    return { nodes, edges, truncated: false, total: nodes.length, moreByType: null, notExpanded: null };
  });
}
