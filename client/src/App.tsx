import { lazy, Suspense, useEffect } from "react";
import {
  createBrowserRouter,
  Link,
  NavLink,
  Outlet,
  RouterProvider,
  ScrollRestoration,
  useLocation,
} from "react-router-dom";
import { Provider } from "urql";
import { createApiClient } from "./api/client";
import { SearchBox } from "./components/SearchBox";
import { LoadingState, NotFound } from "./components/StatusStates";
import { loadGraphWorkspace } from "./components/load-graph-workspace";
import { routes } from "./navigation/routes";
import OverviewView from "./views/OverviewView";

// The overview loads with the app; every other view is its own chunk, fetched on first visit.
const loadNeighbourhoodView = () => import("./views/NeighbourhoodView");
const loadLineageView = () => import("./views/LineageView");
const loadOrgView = () => import("./views/OrgView");
const loadPathView = () => import("./views/PathView");
const NeighbourhoodView = lazy(loadNeighbourhoodView);
const LineageView = lazy(loadLineageView);
const OrgView = lazy(loadOrgView);
const PathView = lazy(loadPathView);
const CoverageView = lazy(() => import("./views/CoverageView"));
const SearchResultsView = lazy(() => import("./views/SearchResultsView"));
const SuggestView = lazy(() => import("./views/SuggestView"));
const CurateView = lazy(() => import("./views/CurateView"));

/**
 * A graph view opened directly needs the Cytoscape chunk (GraphWorkspace, the app's heaviest):
 * start fetching it, and the view's own chunk, as soon as the entry runs — in parallel with
 * React's first render and the view's query — instead of after them. Browsers cache module
 * imports, so the lazy() calls above reuse these downloads.
 */
function preloadGraphChunks(pathname: string): void {
  const loaders: [RegExp, () => Promise<unknown>][] = [
    [/^\/$/, loadGraphWorkspace],
    [/^\/node\/[^/]+\/lineage/, loadLineageView],
    [/^\/node\//, loadNeighbourhoodView],
    [/^\/org\//, loadOrgView],
    [/^\/path/, loadPathView],
  ];
  const load = loaders.find(([re]) => re.test(pathname))?.[1];
  // A failed preload is retried by lazy() when the view renders, which shows the error state.
  load?.().catch(() => undefined);
}
preloadGraphChunks(window.location.pathname);

const TITLES: [RegExp, string][] = [
  [/^\/node\/[^/]+\/lineage/, "Lineage"],
  [/^\/node\//, "Neighbourhood"],
  [/^\/org\//, "Organisation"],
  [/^\/path/, "Find a path"],
  [/^\/coverage/, "Coverage"],
  [/^\/search/, "Search"],
  [/^\/suggest/, "Suggest a resource"],
  [/^\/curate/, "Curation"],
  [/^\/$/, "Overview"],
];

/** Page title per view, so history, tabs and screen readers say where you are (WCAG 2.4.2). */
function useDocumentTitle(): void {
  const { pathname } = useLocation();
  useEffect(() => {
    const view = TITLES.find(([re]) => re.test(pathname))?.[1] ?? "Not found";
    document.title = `${view} · Restraint Reduction Explorer`;
  }, [pathname]);
}

function Shell() {
  useDocumentTitle();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <Link to={routes.overview()} className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>
            Restraint Reduction <span className="brand-light">Explorer</span>
          </span>
        </Link>
        <SearchBox label="Search the graph" placeholder="Search toolkits, organisations, frameworks…" />
        <nav aria-label="Views" className="app-nav">
          <NavLink to={routes.overview()} end>
            Overview
          </NavLink>
          <NavLink to={routes.path()}>Find a path</NavLink>
          <NavLink to={routes.coverage()}>Coverage</NavLink>
          <NavLink to="/suggest">Suggest a resource</NavLink>
          <NavLink to="/curate">Curate</NavLink>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        Built from the Restraint Reduction Network’s “Tools and resources” page. Every relationship quotes its source;
        items marked “General knowledge” are not stated there.
      </footer>
      <ScrollRestoration />
    </div>
  );
}

const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      { path: "/", element: <OverviewView /> },
      { path: "/node/:id", element: <NeighbourhoodView /> },
      { path: "/node/:id/lineage", element: <LineageView /> },
      { path: "/org/:id", element: <OrgView /> },
      { path: "/path", element: <PathView /> },
      { path: "/coverage", element: <CoverageView /> },
      { path: "/search", element: <SearchResultsView /> },
      { path: "/suggest", element: <SuggestView /> },
      { path: "/curate", element: <CurateView /> },
      { path: "*", element: <NotFound /> },
    ],
  },
]);

const client = createApiClient();

export function App() {
  return (
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>
  );
}
