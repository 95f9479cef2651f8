import type { Subgraph } from "../__generated__/resolvers-types.js";

/** What an unknown id answers: nothing to draw, and nothing was cut. */
export const emptySubgraph = (): Subgraph => ({
  nodes: [],
  edges: [],
  truncated: false,
  total: 0,
  moreByType: null,
  notExpanded: null,
});
