import { defineConfig } from "vitest/config";

/**
 * Test tiers: unit tests sit beside their code and need nothing running;
 * integration tests talk to a real Neo4j that tests/support/global-setup.ts brings up on its
 * own port and data folder (or NEO4J_URI when set).
 */
// `npm run test:unit` etc. each leave a JSON summary that .ci/run totals into one closing line.
const tier = process.env.npm_lifecycle_event ?? "vitest";

export default defineConfig({
  test: {
    allowOnly: !process.env.CI,
    reporters: ["default", ["json", { outputFile: `tests/artifacts/results/${tier}.json` }]],
    projects: [
      {
        test: {
          name: "unit",
          include: ["{common,server,graph-seed,graph-layout,scripts,client}/src/**/*.test.{ts,tsx}"],
          environment: "node",
        },
      },
      {
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
