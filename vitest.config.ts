import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// One graphql for everyone: Vite would resolve `import "graphql"` to its ES build (index.mjs)
// while @neo4j/graphql, a CommonJS package, requires index.js. Two copies break graphql's
// instanceof checks ("Cannot use GraphQLInputObjectType from another module or realm") as soon
// as server code inspects the generated schema in-process. Node itself loads index.js for both.
const graphqlAlias = { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") };

/**
 * Test tiers: unit tests sit beside their code and need nothing running;
 * integration tests talk to a real Neo4j that tests/support/global-setup.ts brings up on its
 * own port and data folder (or NEO4J_URI when set).
 */
// `npm run test:unit` etc. each leave a JSON summary that .ci/run totals into one closing line.
const tier = process.env.npm_lifecycle_event ?? "vitest";

export default defineConfig({
  resolve: { alias: [graphqlAlias] },
  test: {
    allowOnly: !process.env.CI,
    reporters: ["default", ["json", { outputFile: `tests/artifacts/results/${tier}.json` }]],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{common,model,server,graph-seed,graph-layout,scripts,client}/src/**/*.test.{ts,tsx}"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          // One shared database: files run one after another, each owning its data.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          // The seeded test Neo4j first, then the built client and API server (tests/e2e/setup.ts).
          globalSetup: ["tests/support/global-setup.ts", "tests/e2e/setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: "resilience",
          include: ["tests/resilience/**/*.test.ts"],
          // Load, outage and hostile-input tests own a Neo4j instance they may kill.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
