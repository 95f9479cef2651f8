import path from "node:path";
import type { CodegenConfig } from "@graphql-codegen/cli";
import { changeTypeDefs } from "./src/changes/type-defs.js";
import { curationTypeDefs } from "./src/curation/type-defs.js";
import { connectingTypeDefs } from "./src/schema/connecting-type-defs.js";
import { graphTypeDefs } from "./src/schema/graph-type-defs.js";
import { graphVersionTypeDefs } from "./src/schema/graph-version-type-defs.js";
import { insightTypeDefs } from "./src/schema/insight-type-defs.js";
import { resourceTypeDefs } from "./src/schema/resource-type-defs.js";
import { guideTypeDefs } from "./src/schema/guide-type-defs.js";
import { versionTypeDefs } from "./src/schema/version.js";
import { vocabularyTypeDefs } from "./src/schema/vocabulary-type-defs.js";

/**
 * Resolver types for the server's hand-written half of the schema (the vocabulary enums, the
 * graph-shaped queries, `version` and curation), generated from the same type definitions the
 * server runs (imported, since some are built from the seed model), so a resolver that drifts
 * from the contract fails `tsc`. The @neo4j/graphql half resolves itself and needs no types.
 * Run with `npm run codegen -w @rrn/server`.
 */
const root = import.meta.dirname;

const config: CodegenConfig = {
  // Subgraph.layout (./src/schema/layout.ts) is left out: the query modules build Subgraphs
  // without it (it is resolved from them), and its resolver is typed where it is written.
  schema: [
    vocabularyTypeDefs,
    graphTypeDefs,
    connectingTypeDefs,
    resourceTypeDefs,
    guideTypeDefs,
    insightTypeDefs,
    changeTypeDefs,
    versionTypeDefs,
    graphVersionTypeDefs,
    curationTypeDefs,
  ],
  generates: {
    [path.join(root, "src/__generated__/resolvers-types.ts")]: {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { ID: "string" },
        contextType: "../context.js#GraphContext",
        maybeValue: "T | null",
        inputMaybeValue: "T | null | undefined",
        // Resolvers return plain objects; no field-level resolvers on these types.
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        // A route's steps are resolved from its definition on demand (../schema/guide-resolvers.ts).
        mappers: { Route: "@rrn/model#Guide" },
      },
    },
  },
};

export default config;
