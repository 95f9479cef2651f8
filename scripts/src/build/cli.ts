/** `npm run build:server`: the compiled API server and seed import in dist/ (./server-bundle.ts). */
import path from "node:path";
import { repoRoot } from "../neo4j/paths.js";
import { buildServerBundle } from "./server-bundle.js";

buildServerBundle().then(
  (files) =>
    console.log(
      `Built ${files
        .filter((f) => f.endsWith(".js"))
        .map((f) => path.relative(repoRoot, path.resolve(repoRoot, f)))
        .join(", ")}`,
    ),
  (err: unknown) => {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
