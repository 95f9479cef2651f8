import { ApolloArmor } from "@escape.tech/graphql-armor";

/**
 * Request-shape limits, enforced by graphql-armor before anything executes. Sized so the
 * explorer's heaviest real operation (a resource's detail panel: every relationship connection
 * with its provenance) passes with room to spare, while a hostile document is refused early.
 */
export const requestLimits = {
  /** Body of POST /graphql, checked by express.json before parsing. */
  bodyBytes: "100kb",
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 5000,
} as const;

export function createArmor(production: boolean): ReturnType<ApolloArmor["protect"]> {
  const config: ConstructorParameters<typeof ApolloArmor>[0] = {
    maxDepth: { n: requestLimits.maxDepth },
    maxAliases: { n: requestLimits.maxAliases },
    maxDirectives: { n: requestLimits.maxDirectives },
    // Tokens are counted by graphql-js's own parser instead (Apollo's parseOptions, see app.ts):
    // armor's token plugin throws where Apollo answers 500 rather than 400.
    maxTokens: { enabled: false },
    costLimit: { maxCost: requestLimits.maxCost },
    // "Did you mean …?" hints map the schema for an attacker; useful while developing only.
    blockFieldSuggestion: { enabled: production },
  };
  return new ApolloArmor(config).protect();
}
