import { createHash } from "node:crypto";
import { toGraphML, toNodeLinkJson, type NodeLinkMeta } from "@rrn/common/graph-files";
import { Router, type Request, type Response } from "express";
import { LRUCache } from "lru-cache";
import type { Logger } from "../logger.js";
import { compressOnce } from "../read-cache/compress.js";
import { staleHeaders, type Freshness } from "../read-cache/freshness.js";
import { matchesIfNoneMatch } from "../http/cached-reads.js";
import { codingFor } from "../http/page-cache.js";
import { toGexf } from "./gexf.js";
import { captureEntry, type CaptureEntry, type ViewGraph } from "./ssr-capture.js";

/** The formats, by the file extension in the URL. */
const FORMATS = {
  gexf: {
    contentType: "application/gexf+xml; charset=utf-8",
    write: (meta: NodeLinkMeta, g: ViewGraph) => toGexf(meta, g.nodes, g.edges),
  },
  graphml: {
    contentType: "application/graphml+xml; charset=utf-8",
    write: (_meta: NodeLinkMeta, g: ViewGraph) => toGraphML(g.nodes, g.edges),
  },
  json: {
    contentType: "application/json; charset=utf-8",
    write: (meta: NodeLinkMeta, g: ViewGraph) => toNodeLinkJson(meta, g.nodes, g.edges),
  },
} as const;
type Format = keyof typeof FORMATS;
const isFormat = (name: string): name is Format => Object.hasOwn(FORMATS, name);

/**
 * The whole graph is the overview with no filter at the API's largest `graph` limit (1,000
 * nodes; the seed graph is far smaller): a bigger graph is cut, and the JSON says `truncated`.
 */
export const WHOLE_GRAPH = { path: "/", query: "limit=1000" };
/** A `url` longer than this is not a view URL the explorer writes. */
const MAX_URL_LENGTH = 2000;
/** Captures at once; more are answered 503 with Retry-After, as a flood of distinct URLs must not pile up. */
const MAX_CONCURRENT = 4;
/** Past this a capture is abandoned: a view's answers normally take milliseconds. */
const CAPTURE_TIMEOUT_MS = 15_000;
/** Stands for the graph version when none is known: nothing made then is kept. */
const UNVERSIONED = "unknown";
/** Kept files, all versions and formats together. */
const CACHE_BYTES = 32 * 1024 * 1024;

/** The headers that make these files public, read-only data any site's script may read. */
const CORS: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "ETag, X-Graph-Version, X-Data-Stale, Content-Disposition",
  // helmet's default (same-origin) would stop a page elsewhere from loading them without CORS.
  "cross-origin-resource-policy": "cross-origin",
};

interface CachedFile {
  tag: string;
  filename: string;
  contentType: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

export interface GraphFileOptions {
  clientDist: string;
  /** Where this server reaches its own /graphql (known once it listens). */
  origin: () => string | undefined;
  freshness: () => Freshness;
  /** Whether a node with this id is in the public graph (an unknown one is a 404). */
  nodeExists: (id: string) => Promise<boolean>;
  logger: Logger;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The graph by URL, for other tools: `/exports/graph.{gexf,graphml,json}` (the whole graph) and
 * `/exports/view.{gexf,graphml,json}?url=<view URL>` (what that view draws). Each file is made
 * once per graph version (ETag, 304 on If-None-Match, like the pages and the API's answers),
 * and readable from any origin: the graph is public, read-only data.
 */
export function graphFileRoutes({ clientDist, origin, freshness, nodeExists, logger }: GraphFileOptions): Router {
  const router = Router();
  const entry = captureEntry(clientDist);
  const cache = new LRUCache<string, CachedFile>({
    maxSize: CACHE_BYTES,
    sizeCalculation: (f, key) => Math.max(1, f.identity.length + f.gzip.length + f.br.length + key.length),
  });
  const inflight = new Map<string, Promise<CachedFile>>();
  let running = 0;

  const capture = async (ssr: CaptureEntry, path: string, query: URLSearchParams): Promise<ViewGraph> => {
    const base = origin();
    if (!base) throw new HttpError(503, "The server is still starting.");
    if (running >= MAX_CONCURRENT) throw new HttpError(503, "Busy making other graph files; try again in a moment.");
    running += 1;
    try {
      const fetchImpl: typeof fetch = (input, init) =>
        fetch(new URL(input instanceof Request ? input.url : String(input), base), init);
      const graph = await ssr.captureView(path, query, fetchImpl, AbortSignal.timeout(CAPTURE_TIMEOUT_MS));
      if (graph.failed) throw new HttpError(503, "The graph could not be read just now; try again in a moment.");
      return graph;
    } finally {
      running -= 1;
    }
  };

  // A view's graph, captured once per version for all three formats (asked for one after another
  // by a tool trying each); dropped if the capture fails, so the next request tries again.
  const graphs = new LRUCache<string, Promise<ViewGraph>>({ max: 64 });
  const graphOf = (ssr: CaptureEntry, version: string, view: { path: string; query: URLSearchParams }) => {
    if (version === UNVERSIONED) return capture(ssr, view.path, view.query);
    const key = `${version}\n${view.path}?${ssr.canonicalQuery(view.query)}`;
    let graph = graphs.get(key);
    if (!graph) {
      graph = capture(ssr, view.path, view.query);
      graphs.set(key, graph);
      void graph.catch(() => graphs.delete(key));
    }
    return graph;
  };

  const make = async (
    ssr: CaptureEntry,
    version: string,
    format: Format,
    view: { path: string; query: URLSearchParams },
  ): Promise<CachedFile> => {
    const graph = await graphOf(ssr, version, view);
    const meta: NodeLinkMeta = {
      graphVersion: version,
      title: graph.title,
      view: graph.url,
      truncated: graph.truncated,
    };
    const identity = Buffer.from(FORMATS[format].write(meta, graph), "utf8");
    const { gzip, br } = await compressOnce(identity);
    const hash = createHash("sha256").update(identity).digest("base64url").slice(0, 22);
    return {
      tag: `${version}.${hash}`,
      filename: `rrn-${slug(graph.title || "graph")}.${format}`,
      contentType: FORMATS[format].contentType,
      identity,
      gzip,
      br,
    };
  };

  const serve = async (req: Request, res: Response, format: string, view: { path: string; query: URLSearchParams }) => {
    res.set(CORS);
    res.vary("Accept-Encoding");
    try {
      if (!isFormat(format)) throw new HttpError(404, `No such format: .${format} (gexf, graphml or json).`);
      if (!entry) throw new HttpError(503, "Graph files need the client's server-side build (npm run build).");
      const ssr = await entry();
      await checkView(ssr, view, nodeExists);
      const now = freshness();
      const key = `${format}\n${view.path}?${ssr.canonicalQuery(view.query)}`;
      let file: CachedFile;
      if (now.state === "unknown") {
        file = await make(ssr, UNVERSIONED, format, view);
        res.set("cache-control", "no-store");
      } else {
        const versioned = `${now.version}\n${key}`;
        const kept = cache.get(versioned);
        if (kept) file = kept;
        else {
          let made = inflight.get(versioned);
          if (!made) {
            made = make(ssr, now.version, format, view);
            inflight.set(versioned, made);
            void made.then(
              (f) => {
                inflight.delete(versioned);
                // Kept only while that version is still the one served, fresh.
                const after = freshness();
                if (now.state === "fresh" && after.state === "fresh" && after.version === now.version) {
                  cache.set(versioned, f);
                }
              },
              () => inflight.delete(versioned),
            );
          }
          file = await made;
        }
        res.set("x-graph-version", now.version);
        if (now.state === "stale") {
          res.set({ "cache-control": "no-store", ...staleHeaders(now.confirmedAt) });
        } else {
          res.set("cache-control", "no-cache");
        }
      }
      const coding = codingFor(req.get("accept-encoding"));
      const etag = `"${file.tag}${coding === "br" ? "-br" : coding === "gzip" ? "-gz" : ""}"`;
      if (now.state === "fresh") {
        res.set("etag", etag);
        if (matchesIfNoneMatch(req.get("if-none-match"), etag)) {
          res.status(304).end();
          return;
        }
      }
      const bytes = coding === "br" ? file.br : coding === "gzip" ? file.gzip : file.identity;
      res.set({
        "content-type": file.contentType,
        "content-disposition": `inline; filename="${file.filename}"`,
        "content-length": String(bytes.length),
        ...(coding === "identity" ? {} : { "content-encoding": coding }),
      });
      res.status(200).end(req.method === "HEAD" ? undefined : bytes);
    } catch (err) {
      const status = err instanceof HttpError ? err.status : 500;
      if (status >= 500 && !(err instanceof HttpError)) logger.error({ err }, "graph file failed");
      res.set("cache-control", "no-store");
      if (status === 503) res.set("retry-after", "1");
      res.status(status).json({ error: err instanceof HttpError ? err.message : "Internal server error" });
    }
  };

  // If-None-Match is not a CORS-safelisted header, so a script revalidating asks first.
  router.options(["/exports/graph.:format", "/exports/view.:format"], (_req, res) => {
    res
      .set({
        ...CORS,
        "access-control-allow-methods": "GET, HEAD",
        "access-control-allow-headers": "If-None-Match",
        "access-control-max-age": "600",
      })
      .status(204)
      .end();
  });
  router.get("/exports/graph.:format", (req, res) =>
    serve(req, res, req.params.format, { path: WHOLE_GRAPH.path, query: new URLSearchParams(WHOLE_GRAPH.query) }),
  );
  router.get("/exports/view.:format", async (req, res) => {
    let view: { path: string; query: URLSearchParams };
    try {
      view = viewOf(req.query.url);
    } catch (err) {
      res.set(CORS).set("cache-control", "no-store");
      res.status(400).json({ error: err instanceof Error ? err.message : String(err) });
      return;
    }
    await serve(req, res, req.params.format, view);
  });
  return router;
}

/** The `url` parameter as a path and query of this explorer; 400 (thrown) for anything else. */
export function viewOf(raw: unknown): { path: string; query: URLSearchParams } {
  if (typeof raw !== "string" || raw === "") {
    throw new HttpError(400, "Give the view as url=<path and query>, e.g. url=/node/six-core-strategies/lineage.");
  }
  if (raw.length > MAX_URL_LENGTH) throw new HttpError(400, `The url is longer than ${MAX_URL_LENGTH} characters.`);
  // A path of this site only: not another host (`//host`, `https://…`) and not a backslash trick.
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) {
    throw new HttpError(400, "The url must be a path of this explorer, starting with one /, e.g. /node/hope-model.");
  }
  const base = "http://explorer.invalid";
  let parsed: URL;
  try {
    parsed = new URL(raw, base);
  } catch {
    throw new HttpError(400, "The url is not a URL.");
  }
  if (parsed.origin !== base) throw new HttpError(400, "The url must be a path of this explorer.");
  return { path: parsed.pathname, query: parsed.searchParams };
}

/** 400 for a URL that is not a graph view or lacks what it needs, 404 for a node the graph lacks. */
async function checkView(
  ssr: CaptureEntry,
  view: { path: string; query: URLSearchParams },
  nodeExists: (id: string) => Promise<boolean>,
): Promise<void> {
  const match = ssr.graphViewOf(view.path);
  if (!match) {
    throw new HttpError(
      400,
      `${view.path} is not a view that draws a graph: use the overview (/), a node (/node/<id>, …/lineage, …/similar), an organisation (/org/<id>), /path?from=…&to=…, a set (/set?ids=…) or /timeline.`,
    );
  }
  const ids = Object.values(match.params);
  if (match.pattern === "/path") {
    const ends = ["from", "to"].map((key) => view.query.get(key) ?? "");
    if (ends.some((end) => end === ""))
      throw new HttpError(400, "A path view needs both ends: /path?from=<id>&to=<id>.");
    ids.push(...ends);
  }
  for (const id of ids) {
    let exists: boolean;
    try {
      exists = await nodeExists(id);
    } catch {
      // The database is away (the circuit breaker fails the lookup at once): not the caller's fault.
      throw new HttpError(503, "The graph could not be read just now; try again in a moment.");
    }
    if (!exists) throw new HttpError(404, `No node with the id ${JSON.stringify(id)}.`);
  }
}

function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "graph"
  );
}
