import { GraphQLError } from "graphql";
import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { MAX_SET_IDS } from "@rrn/model";
import { connecting, MAX_CONNECTORS } from "../queries/connecting.js";
import { badInput, idList, intInRange } from "./arguments.js";
import { projectionFor } from "./projection.js";

/**
 * `connecting`: arguments checked first. A set too big, empty, or a limit out of range is refused
 * as BAD_USER_INPUT with HTTP 400 (Apollo takes the status from `extensions.http`): the work grows
 * with the set, so an oversized one is the client's mistake to fix, never a slow answer.
 */
export const connectingResolvers: Pick<QueryResolvers, "connecting"> = {
  connecting: (_root, args, { graph }, info) => {
    const { ids, limit } = refusingWith400(() => {
      const valid = idList("ids", args.ids, MAX_SET_IDS) ?? [];
      if (valid.length === 0) throw badInput("ids", "ids must name at least one node.");
      return { ids: valid, limit: intInRange("limit", args.limit, { min: 1, max: MAX_CONNECTORS }) };
    });
    return connecting(graph, {
      ids,
      limit,
      projection: projectionFor(info, {
        nodes: [
          ["subgraph", "nodes"],
          ["connectors", "node"],
        ],
        edges: [["subgraph", "edges"]],
      }),
    });
  },
};

function refusingWith400<T>(check: () => T): T {
  try {
    return check();
  } catch (err) {
    if (!(err instanceof GraphQLError)) throw err;
    throw new GraphQLError(err.message, { extensions: { ...err.extensions, http: { status: 400 } } });
  }
}
