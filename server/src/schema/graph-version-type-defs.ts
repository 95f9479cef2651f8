import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import type { GraphVersionTracker } from "../graph-version/tracker.js";

export const graphVersionTypeDefs = /* GraphQL */ `
  type Query {
    """
    The graph's version: it changes with every seed import that changes something, every curator
    write and every restore. Answers to public reads are cached under it; the same value is in
    the X-Graph-Version header of every API response.
    """
    graphVersion: String!
  }
`;

export function graphVersionResolvers(tracker: GraphVersionTracker): Pick<QueryResolvers, "graphVersion"> {
  return {
    // When no version is confirmed (the poll is failing), ask the database; that throws 503 if it is gone.
    graphVersion: async () => tracker.current() ?? (await tracker.refresh()),
  };
}
