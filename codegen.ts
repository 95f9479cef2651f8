import path from "node:path";
import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * One schema, typed operations everywhere: the client's operation types are generated from the
 * API's committed schema (server/schema.graphql). Paths resolve from this file so that codegen
 * works from the repo root (`npm run codegen`) and from client/ (its build script).
 */
const root = import.meta.dirname;

const config: CodegenConfig = {
  schema: path.join(root, "server/schema.graphql"),
  documents: [path.join(root, "client/src/**/*.{ts,tsx}"), `!${path.join(root, "client/src/__generated__/**")}`],
  ignoreNoDocuments: true,
  generates: {
    [path.join(root, "client/src/__generated__/")]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        // Enums as const objects as well as types, so the client can list a type's values (the
        // curation editor's relationship types) without writing them out again.
        enumType: "const",
        // The scalars the contract uses, so ids and counts are never `any`.
        scalars: { ID: "string" },
        avoidOptionals: false,
      },
    },
  },
};

export default config;
