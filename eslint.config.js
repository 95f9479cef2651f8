// One lint setup for the whole repo: type-checked TypeScript rules, no warnings allowed.
import { readFileSync } from "node:fs";
import path from "node:path";
import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const root = import.meta.dirname;
const WORKSPACES = [
  "common",
  "model",
  "scripts",
  "graph-seed",
  "graph-layout",
  "server",
  "client",
  "testkit",
  "tests",
  "bench",
];

/**
 * Imports that would turn the dependency order round: the test tiers and the benchmarks share
 * only @rrn/testkit (never each other), the harness depends on no test or benchmark, and no
 * production workspace depends on test tooling; scripts stay clear of the server they start.
 */
const TEST_TOOLING = ["testkit", "tests", "bench"];
const FORBIDDEN = {
  tests: ["bench"],
  bench: ["tests"],
  testkit: ["tests", "bench"],
  scripts: ["server", ...TEST_TOOLING],
  common: TEST_TOOLING,
  "graph-seed": TEST_TOOLING,
  "graph-layout": TEST_TOOLING,
  server: TEST_TOOLING,
  client: TEST_TOOLING,
};

/**
 * Workspaces use each other only through their package names and `exports` maps
 * (`@rrn/model`, `@rrn/graph-seed/guides`, …): a relative import that resolves into
 * another workspace, or a deep import of another package's src/, is an error.
 */
const boundaries = {
  meta: {
    type: "problem",
    messages: {
      relative: "Import {{target}} by its package name (@rrn/{{target}}), not by a path into its folder.",
      forbidden: "{{own}} must not depend on @rrn/{{target}} (see FORBIDDEN in eslint.config.js).",
      deep: "Import what @rrn/{{target}} exports, not a file in its src/.",
    },
    schema: [],
  },
  create(context) {
    const own = path.relative(root, context.filename).split(path.sep)[0];
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== "string") return;
      if (spec.startsWith(".")) {
        const target = path.relative(root, path.resolve(path.dirname(context.filename), spec)).split(path.sep)[0];
        if (target !== own && WORKSPACES.includes(target)) {
          context.report({ node: node.source, messageId: "relative", data: { target } });
        }
      } else {
        const target = /^@rrn\/([^/]+)/.exec(spec)?.[1];
        if (target && FORBIDDEN[own]?.includes(target)) {
          context.report({ node: node.source, messageId: "forbidden", data: { own, target } });
        }
        const deep = /^@rrn\/([^/]+)\/src(\/|$)/.exec(spec);
        if (deep) context.report({ node: node.source, messageId: "deep", data: { target: deep[1] } });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

/**
 * The relationship types, read from the model's table (model/src/relationship-types.ts) because
 * this config cannot import TypeScript: the keys of `RELATIONSHIPS`, two-space indented.
 */
const relationshipTypes = (() => {
  const source = readFileSync(path.join(root, "model/src/relationship-types.ts"), "utf8");
  const table = source.slice(source.indexOf("export const RELATIONSHIPS = {"), source.indexOf("} as const satisfies"));
  const types = [...table.matchAll(/^ {2}([A-Z][A-Z_]+): \{/gm)].map((m) => m[1]);
  if (types.length === 0)
    throw new Error("eslint.config.js: no relationship types found in model/src/relationship-types.ts");
  return types;
})();

/**
 * A relationship type written out inside a string or template (Cypher such as
 * `MATCH (r)-[:PUBLISHED_BY]->(o)`) is invisible to the compiler; build the pattern with
 * `rel("PUBLISHED_BY")` (server/src/queries/rel.ts) instead. A string that is exactly one type
 * name is allowed: it stands where a `RelationshipType` is expected, so the compiler checks it.
 */
const noRawRelationshipTypes = {
  meta: {
    type: "problem",
    messages: {
      raw: "Relationship type {{type}} written out in a string: use rel({{quoted}}) or a RelationshipType value so the compiler checks it.",
    },
    schema: [],
  },
  create(context) {
    const pattern = new RegExp(`\\b(${relationshipTypes.join("|")})\\b`);
    const check = (node, text, exactAllowed) => {
      if (exactAllowed && relationshipTypes.includes(text)) return;
      const found = pattern.exec(text);
      if (found) context.report({ node, messageId: "raw", data: { type: found[1], quoted: JSON.stringify(found[1]) } });
    };
    return {
      Literal: (node) => {
        if (typeof node.value === "string") check(node, node.value, true);
      },
      TemplateElement: (node) => check(node, node.value.cooked ?? node.value.raw, false),
    };
  },
};

/** What no client module may import: server code or the database driver. */
const clientPatterns = [
  { group: ["**/server/**", "@rrn/server*"], message: "The client never imports server code; use generated types." },
  { group: ["neo4j-driver"], message: "Only server/src/neo4j talks to Neo4j." },
];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/dist-ssr/**",
      "site/**",
      "site.partial-*/**",
      "site.previous-*/**",
      ".neo4j/**",
      "**/__generated__/**",
      "tests/artifacts/**",
      "bench/results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { rrn: { rules: { boundaries, "no-raw-relationship-types": noRawRelationshipTypes } } },
    rules: {
      "rrn/boundaries": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Hooks rules (and the React Compiler's purity checks) for the React client.
    files: ["client/src/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // The client talks to the server only through GraphQL and generated types, and one module
    // (graph/cytoscape-instance.ts) owns Cytoscape, so the rest of the app never depends on it.
    files: ["client/**"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["cytoscape", "cytoscape-fcose", "cytoscape-dagre"].map((name) => ({
            name,
            message: "Only client/src/graph/cytoscape-instance.ts imports Cytoscape; import from it.",
            allowTypeImports: true,
          })),
          patterns: clientPatterns,
        },
      ],
    },
  },
  {
    files: ["client/src/graph/cytoscape-instance.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: clientPatterns }] },
  },
  {
    // Only the server's neo4j/ folder (and scripts/tests/seed tooling) imports the driver.
    files: ["server/src/**"],
    ignores: ["server/src/neo4j/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "neo4j-driver",
              message: "Import database access from server/src/neo4j/ instead.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Relationship types in the server's Cypher go through rel() or RelationshipType values. GraphQL
    // type definitions and tests are exempt: their strings are API descriptions and test names
    // (prose), not queries.
    files: ["server/src/**/*.ts"],
    ignores: ["server/src/**/*type-defs.ts", "server/src/**/*.test.ts"],
    rules: { "rrn/no-raw-relationship-types": "error" },
  },
);
