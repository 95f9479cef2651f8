import path from "node:path";
import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Resolver types for the server's hand-written half of the schema (the graph-shaped queries and
 * `version`), generated from the same type definitions the server runs, so a resolver that drifts
 * from the contract fails `tsc`. The @neo4j/graphql half resolves itself and needs no types.
 * Run with `npm run codegen -w @rrn/server`.
 */
const root = import.meta.dirname;

const config: CodegenConfig = {
  schema: [
    path.join(root, "src/schema/graph-type-defs.ts"),
    path.join(root, "src/schema/version.ts"),
    path.join(root, "src/curation/type-defs.ts"),
  ],
  generates: {
    [path.join(root, "src/__generated__/resolvers-types.ts")]: {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { ID: "string" },
        contextType: "../schema/context.js#GraphContext",
        maybeValue: "T | null",
        inputMaybeValue: "T | null | undefined",
        // Resolvers return plain objects; no field-level resolvers on these types.
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
