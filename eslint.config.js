// One lint setup for the whole repo: type-checked TypeScript rules, no warnings allowed.
import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
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
    rules: {
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
    // The client talks to the server only through GraphQL and generated types.
    files: ["client/**"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/server/**", "@rrn/server*"],
              message: "The client never imports server code; use generated types.",
            },
            { group: ["neo4j-driver"], message: "Only server/src/neo4j talks to Neo4j." },
          ],
        },
      ],
    },
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
);
