import {
  DEGREE_PROPERTY,
  SHARED_CONTEXT_LABELS,
  TAXONOMY_LABELS,
  WALK_HUB_DEGREE,
  type EvidenceBasis,
} from "@rrn/model";
import { z } from "zod";
import type { Subgraph } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader } from "../neo4j/read.js";
import { loadEdges, loadNodes } from "./elements.js";
import { ENTITY, FULL_PROJECTION, REL, parseQueryRow, type Projection } from "./graph-model.js";
import { nodeById } from "./node.js";
import { basisIn } from "./basis-filter.js";
import { emptySubgraph } from "./subgraph.js";

/** Longest path the query will ever consider (the `maxLength` argument's upper bound). */
export const MAX_PATH_LENGTH = 8;

/** The API's largest `limit`, plus the one extra path fetched to tell whether the answer was cut. */
const MAX_FETCH = 1001;

/** A taxonomy hub: a taxonomy node with more than WALK_HUB_DEGREE relationships (none in the seed). */
const TAXONOMY_HUB = `(${TAXONOMY_LABELS.map((l) => `y:${l}`).join(" OR ")}) AND coalesce(y.${DEGREE_PROPERTY}, 0) > ${WALK_HUB_DEGREE}`;
/** A restraint type, setting, audience or jurisdiction: a step through one is shared context only. */
const SHARED_CONTEXT = `(${SHARED_CONTEXT_LABELS.map((l) => `y:${l}`).join(" OR ")})`;
const ENDS = `MATCH (a:${ENTITY} {id: $from}) WITH a LIMIT 1
     MATCH (b:${ENTITY} {id: $to}) WITH a, b LIMIT 1`;
const RETURN_PATH = `RETURN [n IN nodes(p) | elementId(n)] AS nodes, [r IN relationships(p) | elementId(r)] AS relationships`;

/**
 * The paths of the shortest length there is, following curated relationships either way, never
 * through a taxonomy hub (a restraint type, setting, audience, jurisdiction or Act with more than
 * WALK_HUB_DEGREE relationships) unless it is an end. `SHORTEST 1 GROUPS` stops at the first length
 * that has paths: asking for k paths made the search go on to longer ones when the shortest
 * length had fewer than k. A taxonomy hub is linked to a large share of all resources, so
 * expanding one meant visiting thousands of nodes (567k db hits at 100k resources, where the
 * search without them takes about 16k), and a path through one says little: "both are about
 * physical restraint". Neither the quantifier's
 * bound nor k can be a parameter, so there is one fixed statement per maximum length (a bound
 * inside the pattern prunes the search, where a WHERE on length(p) would only filter it).
 */
function pathsStatement(maxLength: number, sharedContext: boolean, byBasis: boolean) {
  const passable = sharedContext ? `NOT (${TAXONOMY_HUB})` : `NOT (${TAXONOMY_HUB}) AND NOT ${SHARED_CONTEXT}`;
  // Only relationships of the bases asked for (`$bases`): the chain recomputed over them alone.
  const step = byBasis
    ? `(x)-[r:${REL}]-(y) WHERE (y = b OR (${passable})) AND ${basisIn("r")}`
    : `(x)-[:${REL}]-(y) WHERE y = b OR (${passable})`;
  return statement(
    `${ENDS}
     MATCH p = SHORTEST 1 GROUPS (a)(${step}){1,${maxLength}}(b)
     ${RETURN_PATH}
     LIMIT $fetch`,
    { from: "", to: "", fetch: 1, bases: [] as string[] },
  );
}
/** One statement per maximum length, for each choice of shared context (allowed is the API's default) and basis filter. */
function statementsFor(sharedContext: boolean, byBasis: boolean) {
  return Array.from({ length: MAX_PATH_LENGTH }, (_, i) => pathsStatement(i + 1, sharedContext, byBasis));
}
const pathsStatements = {
  all: [statementsFor(true, false), statementsFor(false, false)],
  byBasis: [statementsFor(true, true), statementsFor(false, true)],
};

/**
 * `throughHubs`: the two-step paths through a taxonomy hub both ends link to (they share a
 * restraint type, setting, …). Found from the ends' own relationships, so the search still never
 * enumerates what else a hub links to, and its cost stays that of the ends' degrees.
 */
const sharedHubStatement = (sharedContext: boolean, byBasis: boolean) =>
  statement(
    `${ENDS}
   MATCH p = (a)-[r1:${REL}]-(y)-[r2:${REL}]-(b)
   WHERE y <> a AND y <> b AND ${TAXONOMY_HUB}${sharedContext ? "" : ` AND NOT ${SHARED_CONTEXT}`}${
     byBasis ? ` AND ${basisIn("r1")} AND ${basisIn("r2")}` : ""
   }
   WITH p ORDER BY toLower(coalesce(y.title, y.name)) ASC
   ${RETURN_PATH}
   LIMIT $fetch`,
    { from: "", to: "", fetch: 1, bases: [] as string[] },
  );
const sharedHubStatements = {
  all: [sharedHubStatement(true, false), sharedHubStatement(false, false)],
  byBasis: [sharedHubStatement(true, true), sharedHubStatement(false, true)],
};

const pathRow = z.object({ nodes: z.array(z.string()), relationships: z.array(z.string()) });
type FoundPath = z.infer<typeof pathRow>;

export interface PathsArgs {
  from: string;
  to: string;
  maxLength: number;
  limit: number;
  /** Also the two-step paths through a taxonomy hub both ends link to. */
  throughHubs?: boolean;
  /** False: no path through a restraint type, setting, audience or jurisdiction (other than an end). */
  throughSharedContext?: boolean;
  /** Only relationships of these bases (undefined: every basis). */
  bases?: readonly EvidenceBasis[];
  projection?: Projection;
}

export function paths(graph: GraphReader, args: PathsArgs): Promise<Subgraph> {
  return graph.transaction(async (run) => {
    if (args.from === args.to) {
      // A node is connected to itself by the empty path: draw just the node, if it exists.
      const node = await nodeById(run, args.from, args.projection);
      return node
        ? { nodes: [node], edges: [], truncated: false, total: 1, moreByType: null, notExpanded: null }
        : emptySubgraph();
    }
    const params = {
      from: args.from,
      to: args.to,
      fetch: Math.min(args.limit + 1, MAX_FETCH),
      bases: [...(args.bases ?? [])],
    };
    const sharedContext = args.throughSharedContext ?? true;
    const family = args.bases ? "byBasis" : "all";
    const chosen = pathsStatements[family][sharedContext ? 0 : 1]![Math.min(args.maxLength, MAX_PATH_LENGTH) - 1]!;
    let found: FoundPath[] = (await run(chosen, params)).map((r) => parseQueryRow(pathRow, r, "path"));
    if (args.throughHubs && args.maxLength >= 2 && (found.length === 0 || (found[0]?.relationships.length ?? 0) >= 2)) {
      const viaHubs = (await run(sharedHubStatements[family][sharedContext ? 0 : 1]!, params)).map((r) =>
        parseQueryRow(pathRow, r, "path"),
      );
      // Shortest first: hub paths have two steps, so they replace longer ones and join equal ones.
      if (viaHubs.length > 0) {
        found = (found[0]?.relationships.length === 2 ? [...found, ...viaHubs] : viaHubs).slice(0, params.fetch);
      }
    }
    const kept = found.slice(0, args.limit);
    // A node's distance is its position along the paths, from `from`.
    const distance = new Map<string, number>();
    for (const path of kept) {
      path.nodes.forEach((ref, i) => distance.set(ref, Math.min(i, distance.get(ref) ?? i)));
    }
    const refs = [...distance.keys()].sort((x, y) => (distance.get(x) ?? 0) - (distance.get(y) ?? 0));
    return {
      nodes: await loadNodes(run, refs, args.projection ?? FULL_PROJECTION, (ref) => ({
        distance: distance.get(ref) ?? null,
      })),
      edges: await loadEdges(
        run,
        [...new Set(kept.flatMap((p) => p.relationships))],
        args.projection ?? FULL_PROJECTION,
      ),
      truncated: found.length > args.limit,
      // Paths, not nodes: how many shortest paths were found (one more than limit when cut).
      total: found.length,
      moreByType: null,
      notExpanded: null,
    };
  });
}
