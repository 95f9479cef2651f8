import { parseArgs } from "node:util";
import path from "node:path";
import { exportSite } from "./export-site.js";

/**
 * `npm run export:site -- [DIR] [--base-url URL] [--live-url URL] [--concurrency N] [--path URL …]`: the
 * read-only explorer for the current graph version as static files in DIR (default `site/`).
 * Progress and the summary go to stderr, so stdout stays quiet for scripts.
 */
const USAGE = `Usage: npm run export:site -- [DIR] [--base-url URL] [--live-url URL] [--concurrency N] [--path URL …]

  DIR            where to write the site (default: site/); replaced only once the export succeeds
  --base-url     where the copy will be hosted, for canonical links and sitemap.xml (default: PUBLIC_URL)
  --live-url     the live explorer, linked where the static copy cannot answer (searching beyond
                 the index, expanding, suggesting, curating)
  --concurrency  pages fetched at once (default: 4)
  --path         a path view to hold besides those the pages link to, e.g.
                 '/path?from=mersey-care&to=six-core-strategies' (repeatable): a static server
                 answers every /path?… with one file, so the copy keeps these renders in it

Reads the Neo4j settings as npm start and npm run serve do (NEO4J_URI, …; the local instance otherwise)
and serves the client build in client/dist (npm run build).`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "base-url": { type: "string" },
      "live-url": { type: "string" },
      concurrency: { type: "string" },
      path: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.error(USAGE);
    return;
  }
  if (positionals.length > 1) throw new Error(`One output folder, not ${positionals.length}.\n\n${USAGE}`);
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0))
    throw new Error(`--concurrency must be a positive whole number, not ${values.concurrency}`);
  for (const name of ["base-url", "live-url"] as const) {
    const value = values[name];
    if (value !== undefined && !/^https?:\/\/[^/]/.test(value))
      throw new Error(`--${name} must be an http(s) URL, not ${value}`);
  }

  for (const p of values.path ?? []) {
    const query = new URLSearchParams(p.startsWith("/path?") ? p.slice("/path?".length) : "");
    if (!query.get("from") || !query.get("to"))
      throw new Error(`--path must be a path view with both ends, like /path?from=a&to=b, not ${p}`);
  }

  const started = performance.now();
  const result = await exportSite({
    outDir: positionals[0] ?? "site",
    baseUrl: values["base-url"],
    liveUrl: values["live-url"],
    concurrency,
    paths: values.path,
    progress: (line) => console.error(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${line}`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const megabytes = (result.bytes / 1024 / 1024).toFixed(1);
  console.error(
    `Exported ${result.pages} pages (graph version ${result.graphVersion}) to ${path.relative(process.cwd(), result.outDir) || "."}: ` +
      `${result.files} files, ${megabytes} MB, in ${seconds} s`,
  );
}

main().then(
  // The driver and server are closed; anything left (a keep-alive socket) must not hold the exit.
  () => process.exit(0),
  (err: unknown) => {
    console.error(`export:site failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
