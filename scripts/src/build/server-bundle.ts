/**
 * The production build of what runs on the server: the API (`dist/server.js`), its layout thread
 * (`dist/layout-worker.js`), the seed import (`dist/seed.js`) and the page sync
 * (`dist/source-sync.js`), each an ES module for plain `node`, with source maps. Our workspaces (`@rrn/*`, which export TypeScript source) are bundled
 * in; npm packages stay external and load from node_modules, so the image installs only the
 * production dependencies and nothing at run time needs a TypeScript loader.
 */
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import * as esbuild from "esbuild";
import { repoRoot } from "../neo4j/paths.js";

export const bundleDir = path.join(repoRoot, "dist");

/** Entry name → source: `dist/<name>.js`. */
const ENTRIES = {
  server: "server/src/index.ts",
  "layout-worker": "server/src/layout/layout-worker.ts",
  seed: "graph-seed/src/cli/seed.ts",
  "source-sync": "server/src/source-sync/cli.ts",
};

/** The workspaces whose production dependencies the runtime image installs (see the Dockerfile). */
export const RUNTIME_WORKSPACES = ["common", "model", "graph-layout", "graph-seed", "server"];

const WORKSPACE_PREFIX = "@rrn/";

/** Every npm package the runtime workspaces depend on in production. */
function productionDependencies(): Set<string> {
  const names = new Set<string>();
  for (const ws of RUNTIME_WORKSPACES) {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, ws, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
    };
    for (const name of Object.keys(pkg.dependencies ?? {})) names.add(name);
  }
  return names;
}

/** `lodash/fp` → `lodash`, `@scope/pkg/sub` → `@scope/pkg`. */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/**
 * npm packages stay imports (resolved from node_modules when the bundle runs); `@rrn/*`
 * workspaces and relative imports are bundled.
 */
const externalPackages: esbuild.Plugin = {
  name: "external-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith(WORKSPACE_PREFIX)) return undefined;
      return { path: args.path, external: true };
    });
  },
};

/**
 * Source files find files beside them (client/dist, graph-seed/data) through
 * `import.meta.dirname`. In a bundle that would be dist/, so it is rewritten to the source
 * file's own folder, computed from the bundle's location at run time: the layout of the
 * repository (or the image, which keeps it) is what those paths rely on. `import.meta.url` keeps
 * meaning "the running module" (the layout thread's file is found beside the bundle).
 */
const sourceDirname: esbuild.Plugin = {
  name: "source-dirname",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = readFileSync(args.path, "utf8");
      if (!text.includes("import.meta.dirname")) return undefined;
      const fromDist = path.relative(bundleDir, path.dirname(args.path)).split(path.sep).join("/");
      const replaced = text.replaceAll(
        "import.meta.dirname",
        `__rrnFileURLToPath(new URL(${JSON.stringify(`${fromDist}/`)}, import.meta.url))`,
      );
      return { contents: replaced, loader: "ts" };
    });
  },
};

/** Fails the build when the bundle imports a package production installs would not have. */
function checkExternals(metafile: esbuild.Metafile): void {
  const allowed = productionDependencies();
  const builtins = new Set(builtinModules);
  const missing = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const imp of output.imports) {
      if (!imp.external) continue;
      const bare = imp.path.replace(/^node:/, "");
      if (imp.path.startsWith("node:") || builtins.has(bare) || builtins.has(packageName(bare))) continue;
      if (!allowed.has(packageName(imp.path))) missing.add(imp.path);
    }
  }
  if (missing.size > 0) {
    throw new Error(
      `the server bundle imports packages that are not production dependencies of ${RUNTIME_WORKSPACES.join(", ")}: ` +
        `${[...missing].sort().join(", ")} (add them to that workspace's "dependencies")`,
    );
  }
}

/** Builds dist/; returns the files written. */
export async function buildServerBundle(): Promise<string[]> {
  const result = await esbuild.build({
    absWorkingDir: repoRoot,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, src]) => [name, path.join(repoRoot, src)])),
    outdir: bundleDir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    // Our own code's names in stack traces; npm packages are not in the bundle anyway.
    minify: false,
    metafile: true,
    logLevel: "warning",
    banner: { js: 'import { fileURLToPath as __rrnFileURLToPath } from "node:url";' },
    plugins: [externalPackages, sourceDirname],
  });
  checkExternals(result.metafile);
  return Object.keys(result.metafile.outputs);
}

let built: Promise<string[]> | undefined;

/** Builds dist/ once per process: tests and benchmarks run the server the way production does. */
export function ensureServerBundle(): Promise<string[]> {
  built ??= buildServerBundle();
  return built;
}
