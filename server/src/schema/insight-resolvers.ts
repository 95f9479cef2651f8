import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { insights } from "../queries/insights.js";
import { bounds, intInRange } from "./arguments.js";

/** How many organisations and most-connected nodes a request may ask for. */
const TOP = { min: 1, max: 50 };

export const insightResolvers: Pick<QueryResolvers, "insights"> = {
  insights: (_root, args, { graph, perVersion }) => {
    const options = {
      split: args.split,
      rankBy: args.rankBy,
      topOrganisations: intInRange("topOrganisations", args.topOrganisations, TOP),
      top: intInRange("top", args.top, { min: TOP.min, max: Math.min(TOP.max, bounds.limit.max) }),
    };
    // Aggregates of a fixed size: computed once per graph version (../read-cache/version-memo.ts).
    return perVersion.get(`insights ${JSON.stringify(options)}`, () => insights(graph, options));
  },
};
