import type { Guide } from "@rrn/model";
import type { QueryResolvers, RouteResolvers } from "../__generated__/resolvers-types.js";
import { resolveGuideSteps } from "../queries/guides.js";
import { nodeId } from "./arguments.js";
import { toClientError } from "./errors.js";

/**
 * The guided routes' resolvers over the catalogue the server loaded at start. Listing routes
 * reads no database; a route's steps are resolved against the graph only when asked for, so
 * the landing page's route cards cost nothing. `steps` is a nested field, which the root-field
 * error translation (../api/build-schema.ts) does not cover, so it translates its own errors.
 */
export function guideResolvers(catalogue: readonly Guide[]): {
  Query: Pick<QueryResolvers, "routes" | "route">;
  Route: RouteResolvers;
} {
  const byId = new Map(catalogue.map((r) => [r.id, r]));
  return {
    Query: {
      routes: () => [...catalogue],
      route: (_root, args) => byId.get(nodeId("id", args.id)) ?? null,
    },
    Route: {
      questions: (guide) => guide.steps.map((s) => s.question),
      steps: async (guide, _args, context) => {
        try {
          return await resolveGuideSteps(context.graph, guide);
        } catch (err) {
          throw toClientError(err, context, "steps");
        }
      },
    },
  };
}
