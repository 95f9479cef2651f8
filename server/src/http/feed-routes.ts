import type { RequestHandler, Router } from "express";
import express from "express";
import { ID_PATTERN } from "@rrn/model";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { GraphReader } from "../neo4j/read.js";
import type { GraphVersionTracker } from "../graph-version/tracker.js";
import { changesAtom, type FeedSpec } from "../changes/atom.js";
import { listChanges } from "../changes/list-changes.js";
import type { PageMetadata } from "../queries/page-metadata.js";
import { matchesIfNoneMatch } from "./cached-reads.js";
import { siteBase, SITE_NAME } from "./seo.js";

/** How many changes a feed carries, newest first. */
export const FEED_ENTRIES = 50;
export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

/** The site's feed of every change, and a node's own (linked from each page's head, ./seo.ts). */
export const CHANGES_FEED_PATH = "/feeds/changes.atom";
export const nodeFeedPath = (id: string): string => `/feeds/node/${encodeURIComponent(id)}.atom`;

/**
 * The Atom feeds of "What's new": `/feeds/changes.atom` (every change) and
 * `/feeds/node/:id.atom` (changes adding, changing or removing the node or a relationship
 * touching it). A feed changes only when the graph version does, so its ETag is the version
 * (and the URL): readers polling it get `304 Not Modified` until something changes.
 */
export function feedRoutes({
  config,
  graph,
  graphVersion,
  logger,
  lookup,
}: {
  config: Config;
  graph: GraphReader;
  graphVersion: GraphVersionTracker;
  logger: Logger;
  lookup: (id: string) => Promise<PageMetadata | null>;
}): Router {
  const router = express.Router();
  const serve =
    (
      spec: (req: express.Request) => Promise<(Omit<FeedSpec, "base" | "fallbackUpdated"> & { etag: string }) | null>,
    ): RequestHandler =>
    async (req, res) => {
      try {
        const version = graphVersion.current() ?? (await graphVersion.refresh());
        const feed = await spec(req);
        if (!feed) {
          res.status(404).type("text/plain").send("No such node.\n");
          return;
        }
        const etag = `"${feed.etag}-${version}"`;
        res.setHeader("etag", etag);
        res.setHeader("cache-control", "public, max-age=0, must-revalidate");
        if (matchesIfNoneMatch(req.headers["if-none-match"], etag)) {
          res.status(304).end();
          return;
        }
        const changes = await listChanges(graph, { node: feed.node ?? null, limit: FEED_ENTRIES });
        const xml = changesAtom(changes, {
          ...feed,
          base: siteBase(config, req),
          // Atom needs an `updated`; a graph with no recorded change yet has none of its own.
          fallbackUpdated: new Date(0),
        });
        res.type(ATOM_CONTENT_TYPE).send(xml);
      } catch (err) {
        logger.warn({ err, path: req.path }, "feed failed");
        res.status(503).type("text/plain").send("The feed is unavailable just now; try again shortly.\n");
      }
    };

  router.get(
    CHANGES_FEED_PATH,
    serve(() =>
      Promise.resolve({
        selfPath: CHANGES_FEED_PATH,
        pagePath: "/changes",
        title: `What's new · ${SITE_NAME}`,
        subtitle:
          "Every change to the graph: seed imports, curators' edits, approved suggestions, deletions and restores.",
        id: "urn:rrn-explorer:feeds:changes",
        etag: "changes",
      }),
    ),
  );
  router.get(
    /^\/feeds\/node\/([^/]+)\.atom$/,
    serve(async (req) => {
      const id = safeDecode(/^\/feeds\/node\/([^/]+)\.atom$/.exec(req.path)?.[1] ?? "");
      // A deleted node keeps its feed: its deletion is news to whoever follows it.
      if (id === null || !ID_PATTERN.test(id)) return null;
      const node = await lookup(id);
      const changes = node ? [] : await listChanges(graph, { node: id, limit: 1 });
      if (!node && changes.length === 0) return null;
      const label = node?.label ?? id;
      const page =
        node?.nodeLabel === "Organisation" ? `/org/${encodeURIComponent(id)}` : `/node/${encodeURIComponent(id)}`;
      return {
        selfPath: nodeFeedPath(id),
        pagePath: page,
        title: `${label}: what's new · ${SITE_NAME}`,
        subtitle: `Changes to ${label} and to the relationships touching it.`,
        id: `urn:rrn-explorer:feeds:node:${id}`,
        etag: `node-${id}`,
        node: id,
      };
    }),
  );
  return router;
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}
