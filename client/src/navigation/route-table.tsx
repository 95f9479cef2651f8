import { lazy, type ComponentType } from "react";
import { matchPath, type RouteObject } from "react-router-dom";
import { loadGraphWorkspace } from "../components/load-graph-workspace";
import { NotFound } from "../components/StatusStates";
import { LiveOnly } from "../static/LiveOnly";
import OverviewView from "../views/overview/OverviewView";

interface ViewModule {
  default: ComponentType;
}

export interface RouteEntry {
  /** react-router path pattern. */
  path: string;
  /** The view's name in the page title. */
  title: string;
  /** The view: in the entry chunk (`component`), or its own chunk fetched on first visit (`load`). */
  view: { component: ComponentType } | { load: () => Promise<ViewModule> };
  /** A graph view: opened directly, its Cytoscape chunk starts downloading as the entry runs. */
  preloadGraph?: boolean;
  /** A view about the node `:id`: it opens with that node selected (hooks/use-focus-selection.ts). */
  selectsFocus?: boolean;
  /** A view that sends (suggest, curate): a static export says it needs the live explorer (../static/LiveOnly). */
  writes?: string;
  /**
   * A view that asks what no page holds (a set of the reader's own choosing): a static export
   * says so too, and links the same URL on the live explorer.
   */
  asks?: string;
}

/**
 * Every view in one place: the router, chunk preloading and page titles are derived from it.
 * The overview loads with the app; every other view is its own chunk.
 */
export const ROUTE_TABLE: readonly RouteEntry[] = [
  { path: "/", title: "Overview", view: { component: OverviewView }, preloadGraph: true },
  {
    path: "/node/:id",
    selectsFocus: true,
    title: "Neighbourhood",
    view: { load: () => import("../views/neighbourhood/NeighbourhoodView") },
    preloadGraph: true,
  },
  {
    path: "/node/:id/lineage",
    selectsFocus: true,
    title: "Lineage",
    view: { load: () => import("../views/lineage/LineageView") },
    preloadGraph: true,
  },
  {
    path: "/node/:id/similar",
    selectsFocus: true,
    title: "Similar resources",
    view: { load: () => import("../views/similar/SimilarView") },
    preloadGraph: true,
  },
  {
    path: "/org/:id",
    selectsFocus: true,
    title: "Organisation",
    view: { load: () => import("../views/org/OrgView") },
    preloadGraph: true,
  },
  { path: "/path", title: "Find a path", view: { load: () => import("../views/path/PathView") }, preloadGraph: true },
  {
    path: "/set",
    title: "A set and what connects it",
    view: { load: () => import("../views/set/SetView") },
    preloadGraph: true,
    asks: "Comparing a set",
  },
  { path: "/coverage", title: "Coverage", view: { load: () => import("../views/coverage/CoverageView") } },
  { path: "/routes", title: "Guided routes", view: { load: () => import("../views/guides/GuidesView") } },
  { path: "/routes/:id", title: "Guided route", view: { load: () => import("../views/guides/GuideView") } },
  {
    path: "/timeline",
    title: "Timeline",
    view: { load: () => import("../views/timeline/TimelineView") },
    preloadGraph: true,
  },
  // Its chart code (d3-scale) is in this chunk only, so the first view's JavaScript does not grow.
  { path: "/insights", title: "Insights", view: { load: () => import("../views/insights/InsightsView") } },
  { path: "/changes", title: "What’s new", view: { load: () => import("../views/changes/ChangesView") } },
  { path: "/search", title: "Search", view: { load: () => import("../views/search/SearchResultsView") } },
  {
    path: "/suggest",
    title: "Suggest a resource",
    view: { load: () => import("../views/suggest/SuggestView") },
    writes: "Suggesting a resource",
  },
  {
    path: "/curate",
    title: "Curation",
    view: { load: () => import("../views/curate/CurateView") },
    writes: "Curation",
  },
  { path: "*", title: "Not found", view: { component: NotFound } },
];

/** The entry the router renders for a path: patterns match whole paths, so only the catch-all must come last. */
export function routeFor(pathname: string): RouteEntry | undefined {
  return ROUTE_TABLE.find((route) => matchPath(route.path, pathname) !== null);
}

/**
 * The query a view settles on once opened: a view about one node adds `selected=<its id>` when
 * nothing is selected (what hooks/use-focus-selection.ts writes). The server renders this, so
 * its page shows the node's details, and the browser takes this URL before hydrating.
 */
export function settledQuery(pathname: string, params: URLSearchParams): URLSearchParams {
  const route = routeFor(pathname);
  const id = route?.selectsFocus ? matchPath(route.path, pathname)?.params.id : undefined;
  if (!id || params.has("selected")) return params;
  const settled = new URLSearchParams(params);
  settled.set("selected", id);
  return settled;
}

/** Page title per view, so history, tabs and screen readers say where you are (WCAG 2.4.2). */
export function pageTitle(pathname: string): string {
  return `${routeFor(pathname)?.title ?? "Not found"} · Restraint Reduction Explorer`;
}

/**
 * A graph view opened directly needs the GraphWorkspace chunk (tabs, SVG sketch, list; not
 * Cytoscape, which loads once the page is idle): start fetching it, and the view's own chunk, as
 * soon as the entry runs — in parallel with React's first render and the view's query — instead
 * of after them. Browsers cache module imports, so the lazy() views below reuse these downloads.
 */
export function preloadGraphChunks(pathname: string): void {
  const route = routeFor(pathname);
  if (!route?.preloadGraph) return;
  // A lazy graph view's chunk imports GraphWorkspace itself; the overview's is fetched on its own.
  const load = "load" in route.view ? route.view.load : loadGraphWorkspace;
  // A failed preload is retried by lazy() when the view renders, which shows the error state.
  load().catch(() => undefined);
}

/** The router's view routes, one per entry, each lazy view wrapped once. */
export const VIEW_ROUTES: RouteObject[] = ROUTE_TABLE.map(({ path, view, writes, asks }) => {
  const View = "component" in view ? view.component : lazy(view.load);
  const needs = writes ?? asks;
  const element = needs ? (
    <LiveOnly what={needs} sends={Boolean(writes)}>
      <View />
    </LiveOnly>
  ) : (
    <View />
  );
  return { path, element };
});
