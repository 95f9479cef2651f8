import type { EvidenceBasis, RelationshipType } from "@rrn/model";
import { z } from "zod";
import type { LineageDirection, Subgraph } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader } from "../neo4j/read.js";
import { findRef, loadEdges, loadEdgesAmong, loadNodes } from "./elements.js";
import { FULL_PROJECTION, parseQueryRow, placedRef, type Projection } from "./graph-model.js";
import { basisIn } from "./basis-filter.js";
import { rel } from "./rel.js";
import { emptySubgraph } from "./subgraph.js";

/** Deepest tree the basis-filtered statements are made for (the `maxDepth` argument's upper bound). */
export const MAX_LINEAGE_DEPTH = 10;

/** Relationships drawn beside the lineage tree, marked `annotation`, rather than part of it. */
const ANNOTATIONS: readonly RelationshipType[] = ["DESCRIBES", "EVALUATES"];

/**
 * The tree: every node with a DERIVES_FROM path to the focus (downstream: follow incoming
 * edges) or from it (upstream: outgoing), each once, at its shortest distance.
 */
const treeStatement = statement(
  `MATCH (focus) WHERE elementId(focus) = $focus
   CALL apoc.path.expandConfig(focus, {
     minLevel: 1, maxLevel: $maxDepth, uniqueness: "NODE_GLOBAL", bfs: true, relationshipFilter: $relationshipFilter
   }) YIELD path
   WITH last(nodes(path)) AS m, length(path) AS distance
   ORDER BY distance ASC, toLower(coalesce(m.title, m.name)) ASC
   WITH collect({ref: elementId(m), distance: distance}) AS ranked
   RETURN ranked[0..$keep] AS kept, size(ranked) AS total`,
  { focus: "", maxDepth: 1, keep: 0, relationshipFilter: `<${rel("DERIVES_FROM")}` },
);

/**
 * The same tree over relationships of the bases asked for (`$bases`) only. APOC's expander
 * cannot filter on a property, so this is a quantified path pattern, one statement per depth
 * and direction (a quantifier's bound cannot be a parameter); ANY SHORTEST puts each node once,
 * at its shortest distance, as the expander's global uniqueness does.
 */
const treeByBasisStatements = (["DOWNSTREAM", "UPSTREAM"] as const).map((direction) =>
  Array.from({ length: MAX_LINEAGE_DEPTH }, (_, i) => {
    const step = direction === "DOWNSTREAM" ? `()<-[r:${rel("DERIVES_FROM")}]-()` : `()-[r:${rel("DERIVES_FROM")}]->()`;
    return statement(
      `MATCH (focus) WHERE elementId(focus) = $focus
       MATCH p = ANY SHORTEST (focus)(${step} WHERE ${basisIn("r")}){1,${i + 1}}(m)
       WITH m, length(p) AS distance WHERE m <> focus
       ORDER BY distance ASC, toLower(coalesce(m.title, m.name)) ASC
       WITH collect({ref: elementId(m), distance: distance}) AS ranked
       RETURN ranked[0..$keep] AS kept, size(ranked) AS total`,
      { focus: "", keep: 0, bases: [] as string[] },
    );
  }),
);

/** DESCRIBES and EVALUATES relationships touching the tree (of the bases asked for), and the nodes at their far ends. */
const besideStatements = [false, true].map((byBasis) =>
  statement(
    `UNWIND $refs AS ref
   MATCH (a)-[e:${rel(...ANNOTATIONS)}]-(b)
   WHERE elementId(a) = ref${byBasis ? ` AND ${basisIn("e")}` : ""}
   WITH e, b ORDER BY toLower(coalesce(b.title, b.name)) ASC
   RETURN collect(DISTINCT elementId(e)) AS edges, collect(DISTINCT elementId(b)) AS ends`,
    { refs: [] as string[], bases: [] as string[] },
  ),
);

const treeRow = z.object({ kept: z.array(placedRef), total: z.number().int() });
const besideRow = z.object({ edges: z.array(z.string()), ends: z.array(z.string()) });

export interface LineageArgs {
  id: string;
  direction: LineageDirection;
  maxDepth: number;
  /** Maximum number of nodes returned: the focus, then the tree, then nodes beside it. */
  limit: number;
  /** Only relationships of these bases (undefined: every basis). */
  bases?: readonly EvidenceBasis[];
  projection?: Projection;
}

export function lineage(graph: GraphReader, args: LineageArgs): Promise<Subgraph> {
  return graph.transaction(async (run) => {
    const focus = await findRef(run, args.id);
    if (focus === null) return emptySubgraph();
    const bases = args.bases;
    const [row] = bases
      ? await run(
          treeByBasisStatements[args.direction === "DOWNSTREAM" ? 0 : 1]![
            Math.min(Math.max(args.maxDepth, 1), MAX_LINEAGE_DEPTH) - 1
          ]!,
          { focus, keep: args.limit - 1, bases: [...bases] },
        )
      : await run(treeStatement, {
          focus,
          maxDepth: args.maxDepth,
          keep: args.limit - 1,
          relationshipFilter: args.direction === "DOWNSTREAM" ? `<${rel("DERIVES_FROM")}` : `${rel("DERIVES_FROM")}>`,
        });
    const { kept, total } = parseQueryRow(treeRow, row, "lineage tree");
    const distance = new Map<string, number>([[focus, 0], ...kept.map((k) => [k.ref, k.distance] as const)]);
    const tree = [...distance.keys()];

    const beside = parseQueryRow(
      besideRow,
      (await run(besideStatements[bases ? 1 : 0]!, { refs: tree, bases: [...(bases ?? [])] }))[0],
      "lineage annotations",
    );
    const besideOnly = beside.ends.filter((ref) => !distance.has(ref));
    const room = Math.max(0, args.limit - tree.length);
    const refs = [...tree, ...besideOnly.slice(0, room)];

    const projection = args.projection ?? FULL_PROJECTION;
    const nodes = await loadNodes(run, refs, projection, (ref) => ({ distance: distance.get(ref) ?? null }));
    // Among the tree's nodes, only the links of the bases asked for: two nodes reached through
    // stated links may also be joined by an inferred one.
    const treeEdges = (await loadEdgesAmong(run, tree, projection)).filter(
      (e) => e.type === "DERIVES_FROM" && (!bases || bases.includes(e.basis)),
    );
    const annotations = await loadEdges(run, beside.edges, projection, (type) => ANNOTATIONS.some((t) => t === type));
    const ids = new Set(nodes.map((n) => n.id));
    const allTotal = total + 1 + besideOnly.length;
    return {
      nodes,
      edges: [...treeEdges, ...annotations.filter((e) => ids.has(e.source) && ids.has(e.target))],
      truncated: allTotal > refs.length,
      total: allTotal,
      moreByType: null,
      notExpanded: null,
    };
  });
}
