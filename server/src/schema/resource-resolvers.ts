import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { MAX_CITE_IDS } from "@rrn/model";
import { cite } from "../citation/cite.js";
import { similar, similarGraph } from "../queries/similar.js";
import { versions } from "../queries/successors.js";
import { badInput, calendarDate, intInRange, nodeId } from "./arguments.js";
import { projectionFor, SUBGRAPH } from "./projection.js";

/** `similar` answers a short list to read, not a ranking of the whole graph. */
const similarLimit = { min: 1, max: 50 };

/** Resolvers of the resource-centred queries (./resource-type-defs.ts): check arguments, then delegate. */
export const resourceResolvers: Pick<QueryResolvers, "cite" | "similar" | "similarGraph" | "versions"> = {
  cite: (_root, args, { graph }) => {
    if (args.ids.length === 0 || args.ids.length > MAX_CITE_IDS) {
      throw badInput("ids", `ids must name 1–${MAX_CITE_IDS} nodes (got ${args.ids.length}).`);
    }
    args.ids.forEach((id, i) => nodeId(`ids[${i}]`, id));
    const accessed = args.accessed ? calendarDate("accessed", args.accessed) : undefined;
    return cite(graph, args.ids, args.format, accessed);
  },

  similar: (_root, args, { graph }, info) =>
    similar(graph, {
      id: nodeId("id", args.id),
      limit: intInRange("limit", args.limit, similarLimit),
      projection: projectionFor(info, { nodes: [["node"], ["shared"]] }),
    }),

  similarGraph: (_root, args, { graph }, info) =>
    similarGraph(graph, {
      id: nodeId("id", args.id),
      limit: intInRange("limit", args.limit, similarLimit),
      projection: projectionFor(info, SUBGRAPH),
    }),

  versions: (_root, args, { graph }) => versions(graph, nodeId("id", args.id)),
};
