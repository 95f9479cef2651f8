import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import pLimit from "p-limit";
import { loadGuides } from "@rrn/graph-seed/guides";
import { readConfig } from "../config.js";
import { startApp } from "../http/app.js";
import { createLogger } from "../logger.js";
import { createDriver } from "../neo4j/driver.js";
import { createGraphReader } from "../neo4j/read.js";
import { allNodes, buildSearchIndex } from "./search-index.js";
import { replaceFolder } from "./replace-folder.js";
import { pageFile, sitePagePaths } from "./site-pages.js";
import {
  linkedPaths,
  preloadedRequests,
  renderedPage,
  sitemapParts,
  staticPage,
  staticRobots,
  withRenderedPages,
  type RenderedPage,
} from "./static-page.js";

/**
 * `npm run export:site`: the read-only explorer as static files. Starts the real server in this
 * process against the configured Neo4j, asks it for every page as a browser would and writes
 * what it sends, so the export is exactly what the live explorer serves for this graph version
 * (server-rendered views, heads, sitemap), plus what a static host cannot compute: the API
 * answers each page starts from, embedded, and a search index for the browser.
 */

export interface ExportOptions {
  /** The folder to write; replaced whole only once everything is written. */
  outDir: string;
  /** Where the export will be hosted (canonical links, sitemap); else PUBLIC_URL, else none. */
  baseUrl?: string;
  /** The live explorer, linked from what the static copy cannot answer. */
  liveUrl?: string;
  /** Pages fetched at once. */
  concurrency?: number;
  /**
   * Path views to hold besides those the pages link to (`/path?from=a&to=b…`), for links from
   * elsewhere; a static server answers every `/path?…` with one file, so each is kept there.
   */
  paths?: readonly string[];
  /** The environment to read the server's configuration from (NEO4J_*, CLIENT_DIST, …). */
  env?: NodeJS.ProcessEnv;
  /** A line of progress (counts), for stderr. */
  progress?: (line: string) => void;
}

export interface ExportResult {
  outDir: string;
  graphVersion: string;
  pages: number;
  files: number;
  bytes: number;
}

/** The base the server writes into pages when the export has none; made root-relative after. */
const NO_BASE = "http://static-export.invalid";
/** A path with no page, for 404.html: an unknown node, which the server answers 404. */
const MISSING_PAGE = "/node/static-export-missing-page";
/** What a browser sends for a page it navigates to (Fetch Metadata included, so preloads are offered). */
const PAGE_HEADERS = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "accept-language": "en-GB,en;q=0.9",
  "user-agent": "Mozilla/5.0 (compatible; rrn-static-export)",
  "sec-fetch-dest": "document",
  "sec-fetch-mode": "navigate",
  "sec-fetch-site": "none",
  // Written as sent: compressing and inflating each page in one process would only cost time.
  "accept-encoding": "identity",
};
/** What a preload of the page's data sends (./fetch-metadata.ts accepts it as same-origin). */
const DATA_HEADERS = {
  accept: "application/graphql-response+json, application/json",
  "sec-fetch-dest": "empty",
  "sec-fetch-mode": "cors",
  "sec-fetch-site": "same-origin",
  "accept-encoding": "identity",
};
/** Pages fetched at once: enough to keep the server busy, few enough not to queue on the database. */
export const DEFAULT_CONCURRENCY = 4;
/** Tries of a page that answers 503. */
const RETRIES = 3;
/** Files of the client build a static copy does not serve: the server's page templates and tables, and the GraphQL IDE. */
const SERVER_ONLY = new Set(["index.html", "shell.html", "preload.json", "persisted-queries.json", "graphiql.html"]);

export async function exportSite(options: ExportOptions): Promise<ExportResult> {
  const env = options.env ?? process.env;
  const baseUrl = (options.baseUrl ?? env.PUBLIC_URL)?.replace(/\/+$/, "");
  const config = readConfig({
    // A batch job, not a visitor: better slow than a page missing (each is still bounded).
    NEO4J_QUERY_TIMEOUT_MS: "60000",
    LAYOUT_TIMEOUT_MS: "60000",
    HTTP_REQUEST_TIMEOUT_MS: "120000",
    NEO4J_PROBE_TIMEOUT_MS: "10000",
    ...env,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: "0",
    PUBLIC_URL: baseUrl ?? NO_BASE,
    LOG_LEVEL: env.LOG_LEVEL ?? "warn",
    // Each page is asked for once and written as it is: keeping it would only cost its gzip and
    // brotli forms (the page cache compresses what it keeps).
    PAGE_CACHE_MAX_BYTES: "0",
  });
  const clientDist = config.CLIENT_DIST ?? path.resolve(import.meta.dirname, "../../../client/dist");
  if (!existsSync(path.join(clientDist, "index.html")))
    throw new Error(`No client build at ${clientDist}: run \`npm run build\` first.`);

  const outDir = path.resolve(options.outDir);
  const staging = `${outDir}.partial-${process.pid}`;
  const progress = options.progress ?? (() => undefined);
  const driver = createDriver(config);
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  const write = async (relative: string, content: string) => {
    const file = path.join(staging, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  };

  try {
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    app = await startApp({ config, driver, logger: createLogger(config) });
    progress("server started; planning its statements");
    // Every statement planned before the pages ask for them all at once.
    await app.warmedUp;
    const origin = app.url;
    const graphVersion = await app.readPath.graphVersion.refresh().catch((err: unknown) => {
      const why = err instanceof Error ? err.message : String(err);
      throw new Error(
        `Could not read the graph at ${config.NEO4J_URI} (${why}); is Neo4j running (npm run db:start)?`,
        {
          cause: err,
        },
      );
    });
    const graph = createGraphReader(driver, config);
    const nodes = await allNodes(graph);
    const pages = sitePagePaths(
      nodes.map((n) => ({ id: n.id, organisation: n.type === "ORGANISATION" })),
      loadGuides().map((g) => g.id),
    );
    progress(`graph version ${graphVersion}: ${pages.length} pages, ${nodes.length} nodes`);

    const get = async (pathAndQuery: string, headers: Record<string, string>, expect = 200): Promise<string> => {
      const url = `${origin}${pathAndQuery}`;
      let res: Response;
      let body: string;
      for (let attempt = 1; ; attempt++) {
        try {
          res = await fetch(url, { headers });
        } catch (err) {
          throw new Error(`GET ${url} failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
        }
        body = await res.text();
        // 503: the database did not answer in time (a busy machine); the next try usually does.
        if (res.status !== 503 || attempt === RETRIES) break;
        progress(`GET ${url} answered 503; trying again (${attempt}/${RETRIES - 1})`);
        await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
      }
      if (res.status !== expect)
        throw new Error(`GET ${url} answered ${res.status} (expected ${expect}): ${body.slice(0, 200)}`);
      return body;
    };
    const pageOptions = { graphVersion, liveUrl: options.liveUrl, relativeOrigin: baseUrl ? undefined : NO_BASE };

    // The built client's files, less what only the server reads and the source maps (three
    // quarters of the bytes, fetched only by a developer's tools).
    await cp(clientDist, staging, {
      recursive: true,
      filter: (source) => {
        const relative = path.relative(clientDist, source);
        return !SERVER_ONLY.has(relative) && relative !== path.join("assets", "ide") && !relative.endsWith(".map");
      },
    });

    const limit = pLimit(options.concurrency ?? DEFAULT_CONCURRENCY);
    let done = 0;
    const paths = new Set<string>(options.paths ?? []);
    const step = Math.max(1, Math.ceil(pages.length / 10));
    const exportPage = async (pagePath: string) => {
      const html = await get(pagePath, PAGE_HEADERS);
      const data: Record<string, unknown> = {};
      for (const request of preloadedRequests(html)) {
        const answer = JSON.parse(await get(request, DATA_HEADERS)) as { errors?: { message: string }[] };
        if (answer.errors?.length)
          throw new Error(`GET ${origin}${request} (for ${pagePath}) answered an error: ${answer.errors[0]!.message}`);
        data[request] = answer;
      }
      await write(pageFile(pagePath), staticPage(html, { ...pageOptions, data }));
      for (const linked of linkedPaths(html)) paths.add(linked);
      done += 1;
      if (done % step === 0 || done === pages.length) progress(`pages ${done}/${pages.length}`);
    };
    try {
      await Promise.all(pages.map((p) => limit(() => exportPage(p))));
    } catch (err) {
      limit.clearQueue();
      throw err;
    }

    if (paths.size > 0) {
      progress(`paths ${paths.size}: rendering them into /path/`);
      const renders = await Promise.all(
        [...paths].sort().map((url) =>
          limit(async (): Promise<RenderedPage> => {
            const page = renderedPage(await get(url, PAGE_HEADERS));
            if (!page)
              throw new Error(
                `GET ${origin}${url} sent no rendered view (too many at once? try a lower --concurrency)`,
              );
            return page;
          }),
        ),
      );
      const file = pageFile("/path");
      await write(file, withRenderedPages(await readFile(path.join(staging, file), "utf8"), renders));
    }

    await write("404.html", staticPage(await get(MISSING_PAGE, PAGE_HEADERS, 404), { ...pageOptions, data: {} }));
    await write("robots.txt", staticRobots(await get("/robots.txt", {}), baseUrl !== undefined));
    if (baseUrl) {
      const sitemap = await get("/sitemap.xml", {});
      await write("sitemap.xml", sitemap);
      for (const part of sitemapParts(sitemap, baseUrl)) await write(part.slice(1), await get(part, {}));
    } else {
      progress("no --base-url or PUBLIC_URL: links are root-relative and no sitemap.xml is written");
    }
    await write("search-index.json", JSON.stringify(buildSearchIndex(nodes, graphVersion)));

    // A curator's edit during the export would mix two versions' pages.
    const after = await app.readPath.graphVersion.refresh();
    if (after !== graphVersion)
      throw new Error(`The graph changed during the export (version ${graphVersion} → ${after}); run it again.`);

    const size = await folderSize(staging);
    await replaceFolder(staging, outDir);
    return { outDir, graphVersion, pages: pages.length + 1, ...size };
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  } finally {
    await app?.stop();
    await driver.close();
  }
}

/** How many files the folder holds and their bytes, for the summary. */
async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}
