import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { intInRange } from "../schema/arguments.js";
import { listChanges } from "./list-changes.js";

/** How many changes one request may list. */
export const CHANGES_LIMIT = { min: 1, max: 200 };

export const changeResolvers: Pick<QueryResolvers, "changes"> = {
  changes: (_root, args, { graph }) =>
    listChanges(graph, { node: args.node ?? null, limit: intInRange("limit", args.limit ?? 50, CHANGES_LIMIT) }),
};
