import type { Request, RequestHandler, Router } from "express";
import express from "express";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { GraphReader } from "../neo4j/read.js";
import type { PageMetadata } from "../queries/page-metadata.js";
import { countNodePages, listNodePages, nodePagePath } from "../queries/pages.js";
import {
  citationTags,
  jsonLdFor,
  nodePageUrl,
  openGraphType,
  scriptSafeJson,
  type HeadTag,
} from "./structured-data.js";

/**
 * What search engines and link previews read: robots.txt, the sitemap (every node page, from
 * the database) and, per page, the <head> the server writes into the explorer's index.html —
 * title, description, canonical URL and Open Graph tags, with a node's own label and summary
 * on its page, so a shared link previews well without running the app.
 */

export const SITE_NAME = "Restraint Reduction Explorer";
const DEFAULT_DESCRIPTION =
  "Explore how toolkits, guidance, frameworks and organisations for reducing restraint, seclusion and other " +
  "restrictive practices relate, from the Restraint Reduction Network's bank of tools and resources. " +
  "Every link quotes its source.";
/** A sitemap file holds at most this many URLs (sitemaps.org); more make a sitemap index. */
export const SITEMAP_LIMIT = 50_000;
/** Descriptions longer than this are cut at a word (search results show about this much). */
const DESCRIPTION_LENGTH = 200;

interface ViewHead {
  title: string;
  description: string;
  /** Pages with no value out of context (a search, the curators' page) ask not to be indexed. */
  index: boolean;
}

/**
 * The explorer's views by path, with the same titles the client's route table gives them (so
 * the title does not change when the app starts). A path not listed here gets the site's title
 * and description.
 */
const VIEWS: Record<string, ViewHead> = {
  "/": { title: "Overview", description: DEFAULT_DESCRIPTION, index: true },
  "/coverage": {
    title: "Coverage",
    description: "Which restraint types and settings the resources cover, and which resources have them not recorded.",
    index: true,
  },
  "/path": {
    title: "Find a path",
    description: "How two resources, organisations or frameworks are connected, step by step, with the evidence.",
    index: true,
  },
  // A set is whatever its link holds: worth a preview when shared, not a page to index.
  "/set": {
    title: "A set and what connects it",
    description: "Several resources at once: what links them, directly or through one other node, with the evidence.",
    index: false,
  },
  "/routes": {
    title: "Guided routes",
    description:
      "Where to start: a few plain questions for families, people who use services, staff, commissioners and researchers, each answered with resources.",
    index: true,
  },
  "/timeline": {
    title: "Timeline",
    description: "Restraint-reduction resources by year, coloured by kind, with what adapts or follows on from what.",
    index: true,
  },
  "/insights": {
    title: "Insights",
    description:
      "The resources at a glance: by year, kind, place and organisation, the most connected, and what is covered where.",
    index: true,
  },
  "/changes": {
    title: "What’s new",
    description:
      "Every change to the graph, newest first: seed imports, curators' edits, approved suggestions, deletions and restores, with Atom feeds to follow.",
    index: true,
  },
  "/search": { title: "Search", description: DEFAULT_DESCRIPTION, index: false },
  "/suggest": {
    title: "Suggest a resource",
    description: "Suggest a restraint-reduction resource that is missing; a curator checks every suggestion.",
    index: true,
  },
  "/curate": { title: "Curation", description: "Curators review suggestions here.", index: false },
};

/** What a guided route's page head shows: graph-seed/data/routes.yaml, as the API serves it. */
export interface RouteHead {
  id: string;
  title: string;
  intro: string;
}

export interface PageHead {
  status: number;
  /** The tags, HTML-escaped, one per line. */
  tags: string;
}

/** The site's address: PUBLIC_URL, else the scheme and host the request came in on. */
export function siteBase(config: Pick<Config, "PUBLIC_URL">, req: Request): string {
  return config.PUBLIC_URL ?? `${req.protocol}://${req.get("host") ?? "localhost"}`;
}

/** A node's page metadata by id (../queries/page-metadata.ts), null when there is none; throws when the database is away. */
export type PageMetadataLookup = (id: string) => Promise<PageMetadata | null>;

const NOT_FOUND_DESCRIPTION = "The explorer has no page at this address.";

/**
 * The head for a page of the explorer. Unknown node ids are 404s, so they are never indexed.
 * Throws when the node's lookup does (the database unreachable): the page cache then sends its
 * unavailable page rather than keep a head that says less than the node's.
 */
export async function pageHead(
  pathname: string,
  base: string,
  lookup: PageMetadataLookup,
  routes: readonly RouteHead[] = [],
): Promise<PageHead> {
  const here = `${base}${pathname}`;
  const notFound = (): PageHead => ({
    status: 404,
    tags: headTags({
      title: `Not found · ${SITE_NAME}`,
      description: NOT_FOUND_DESCRIPTION,
      index: false,
      url: here,
      canonical: false,
    }),
  });
  const guided = /^\/routes\/([^/]+)\/?$/.exec(pathname);
  if (guided) {
    const id = safeDecode(guided[1]!);
    const route = routes.find((r) => r.id === id);
    if (!route) return notFound();
    return {
      status: 200,
      tags: headTags({
        title: `${route.title} · Guided route · ${SITE_NAME}`,
        description: shorten(route.intro),
        index: true,
        url: `${base}${routePagePath(route)}`,
        type: "article",
      }),
    };
  }
  const node = /^\/(node|org)\/([^/]+)(\/lineage)?\/?$/.exec(pathname);
  if (node) {
    const id = safeDecode(node[2]!);
    const found = id === null ? null : await lookup(id);
    if (!found) return notFound();
    const lineage = node[3] !== undefined;
    const own = nodePageUrl(base, { id: found.id, organisation: found.nodeLabel === "Organisation" });
    const url = lineage ? `${base}/node/${encodeURIComponent(found.id)}/lineage` : own;
    const jsonLd = jsonLdFor(found, base, own);
    return {
      status: 200,
      tags: headTags({
        title: `${found.label}${lineage ? " · Lineage" : ""} · ${SITE_NAME}`,
        description: shorten(
          found.summary ?? `${found.label} and how it connects to other restraint-reduction resources.`,
        ),
        index: true,
        url,
        type: openGraphType(found),
        // The reference managers' tags describe the resource on its own page, not on its lineage.
        extra: lineage ? [] : citationTags(found, own),
        jsonLd: lineage ? undefined : jsonLd,
        feeds: [{ href: `/feeds/node/${encodeURIComponent(found.id)}.atom`, title: `${found.label}: what's new` }],
      }),
    };
  }
  const view = VIEWS[pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname];
  if (!view)
    return {
      status: 200,
      tags: headTags({ title: SITE_NAME, description: DEFAULT_DESCRIPTION, index: false, url: here, canonical: false }),
    };
  return {
    status: 200,
    tags: headTags({
      title: `${view.title} · ${SITE_NAME}`,
      description: view.description,
      index: view.index,
      url: `${base}${pathname === "/" ? "/" : pathname.replace(/\/$/, "")}`,
      type: "website",
    }),
  };
}

interface HeadSpec {
  title: string;
  description: string;
  index: boolean;
  /** The page's address (og:url, and the canonical link unless `canonical` is false). */
  url: string;
  canonical?: boolean;
  type?: string;
  /** More meta tags (citation_*), after the Open Graph ones. */
  extra?: readonly HeadTag[];
  jsonLd?: Record<string, unknown>;
  /** Atom feeds beside the site's own (a node's page: the node's feed). */
  feeds?: readonly { href: string; title: string }[];
}

/** Every page links the site's feed of changes; a node's page its own feed first. */
const SITE_FEED = { href: "/feeds/changes.atom", title: `What’s new · ${SITE_NAME}` };

/** Every page's head: title, description, robots, canonical link, Open Graph and Twitter card, then the extras. */
function headTags(head: HeadSpec): string {
  const tags = [`<title>${escapeHtml(head.title)}</title>`];
  if (head.description) tags.push(meta("name", "description", head.description));
  if (!head.index) tags.push(meta("name", "robots", "noindex"));
  if (head.canonical !== false) tags.push(`<link rel="canonical" href="${escapeHtml(head.url)}" />`);
  const ogTitle = head.title === SITE_NAME ? SITE_NAME : head.title.replace(` · ${SITE_NAME}`, "");
  tags.push(
    meta("property", "og:site_name", SITE_NAME),
    meta("property", "og:title", ogTitle),
    meta("property", "og:description", head.description),
    meta("property", "og:url", head.url),
    meta("property", "og:type", head.type ?? "website"),
    meta("property", "og:locale", "en_GB"),
    meta("name", "twitter:card", "summary"),
  );
  for (const tag of head.extra ?? []) tags.push(meta(tag.attribute, tag.key, tag.content));
  for (const feed of [...(head.feeds ?? []), SITE_FEED]) {
    tags.push(
      `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(feed.title)}" href="${escapeHtml(feed.href)}" />`,
    );
  }
  if (head.jsonLd) tags.push(`<script type="application/ld+json">${scriptSafeJson(head.jsonLd)}</script>`);
  return tags.join("\n    ");
}

const meta = (attribute: HeadTag["attribute"], key: string, content: string): string =>
  `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;

/** Text and attribute values alike: everything that could end a tag, an attribute or start an entity. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= DESCRIPTION_LENGTH) return flat;
  const cut = flat.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), DESCRIPTION_LENGTH / 2))}…`;
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

const HEAD_BLOCK = /<!-- page-head -->[\s\S]*?<!-- \/page-head -->/;

/**
 * index.html with the page's head: the block between the page-head markers (the default title
 * and description the Vite dev server shows) is replaced by the page's tags.
 */
export function withHead(html: string, tags: string): string {
  if (HEAD_BLOCK.test(html)) return html.replace(HEAD_BLOCK, () => tags);
  // A build from before the markers: drop its title and description, put ours first in <head>.
  return html
    .replace(/<title>[\s\S]*?<\/title>\s*/, "")
    .replace(/<meta name="description"[^>]*>\s*/, "")
    .replace(/<head>/, () => `<head>\n    ${tags}`);
}

const routePagePath = (route: Pick<RouteHead, "id">): string => `/routes/${encodeURIComponent(route.id)}`;

/** robots.txt and the sitemap, from the database (node pages) and the guided routes. */
export function seoRoutes({
  config,
  graph,
  logger,
  routes = [],
}: {
  config: Config;
  graph: GraphReader;
  logger: Logger;
  routes?: readonly RouteHead[];
}): Router {
  const views = [...SITEMAP_VIEWS, ...routes.map(routePagePath)];
  const router = express.Router();
  router.get("/robots.txt", (req, res) => {
    // /graphql stays crawlable: a crawler that runs the app fetches the page's content from it.
    res
      .type("text/plain")
      .send(`User-agent: *\nDisallow: /curate\nDisallow: /search\n\nSitemap: ${siteBase(config, req)}/sitemap.xml\n`);
  });
  router.get("/sitemap.xml", sitemap(config, graph, logger, views, null));
  router.get(/^\/sitemap-(\d+)\.xml$/, (req, res, next) => {
    const part = Number(/(\d+)/.exec(req.path)?.[1]);
    return sitemap(config, graph, logger, views, part)(req, res, next);
  });
  return router;
}

/** The views every sitemap lists before the guided routes and node pages. */
const SITEMAP_VIEWS = Object.entries(VIEWS)
  .filter(([, view]) => view.index)
  .map(([path]) => path);

/**
 * One sitemap with every indexable view and node page; past SITEMAP_LIMIT URLs, a sitemap
 * index whose parts (`/sitemap-1.xml`, …) hold SITEMAP_LIMIT URLs each, views first.
 */
function sitemap(
  config: Config,
  graph: GraphReader,
  logger: Logger,
  views: readonly string[],
  part: number | null,
): RequestHandler {
  return async (req, res) => {
    const base = siteBase(config, req);
    const xml = (body: string) => res.type("application/xml").send(`<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`);
    try {
      const total = views.length + (await countNodePages(graph));
      const parts = Math.ceil(total / SITEMAP_LIMIT);
      if (part === null && parts > 1) {
        const entries = Array.from({ length: parts }, (_, i) => `${base}/sitemap-${i + 1}.xml`);
        xml(
          `<sitemapindex xmlns="${SITEMAP_NS}">\n${entries.map((u) => `  <sitemap><loc>${escapeHtml(u)}</loc></sitemap>`).join("\n")}\n</sitemapindex>`,
        );
        return;
      }
      if (part !== null && (parts < 2 || part < 1 || part > parts)) {
        res.status(404).type("text/plain").send("No such sitemap\n");
        return;
      }
      const slice = sitemapSlice(views.length, part ?? 1, SITEMAP_LIMIT, total);
      const pages = await listNodePages(graph, slice.skip, slice.limit);
      const urls = [...views.slice(...slice.views), ...pages.map(nodePagePath)].map((p) => `${base}${p}`);
      xml(
        `<urlset xmlns="${SITEMAP_NS}">\n${urls.map((u) => `  <url><loc>${escapeHtml(u)}</loc></url>`).join("\n")}\n</urlset>`,
      );
    } catch (err) {
      logger.warn({ err }, "sitemap: listing the node pages failed");
      res.status(503).type("text/plain").send("The sitemap is unavailable while the database is.\n");
    }
  };
}

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

/**
 * Which URLs sitemap part `part` (from 1) holds, of the list "views, then node pages in id
 * order" cut into `limit`-long parts: a range of the views and a window of the node pages.
 */
export function sitemapSlice(
  viewCount: number,
  part: number,
  limit: number,
  total: number,
): { views: [number, number]; skip: number; limit: number } {
  const from = (part - 1) * limit;
  const to = Math.min(from + limit, total);
  const views: [number, number] = [Math.min(from, viewCount), Math.min(to, viewCount)];
  return { views, skip: Math.max(0, from - viewCount), limit: Math.max(0, to - from - (views[1] - views[0])) };
}
