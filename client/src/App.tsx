import { Suspense, useEffect } from "react";
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
import { useCurationStatus } from "./api/curation-status";
import { consumeSignInLink } from "./api/curator-token";
import { SearchBox } from "./components/SearchBox";
import { LoadingState } from "./components/StatusStates";
import { pageTitle, preloadGraphChunks, VIEW_ROUTES } from "./navigation/route-table";
import { routes } from "./navigation/routes";

// Before React's first render, so a graph view opened directly downloads its chunks in parallel.
preloadGraphChunks(window.location.pathname);
// Before the first request: the curator sign-in link carries its token in the fragment.
consumeSignInLink();

/** Keeps document.title on the current view's title from the route table. */
function useDocumentTitle(): void {
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = pageTitle(pathname);
  }, [pathname]);
}

function Shell() {
  useDocumentTitle();
  // "Curate" leads nowhere on a server without curation, so it is only offered where it works.
  const [{ data: curation }] = useCurationStatus();
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
          <NavLink to={routes.guidedRoutes()}>Guided routes</NavLink>
          <NavLink to={routes.timeline()}>Timeline</NavLink>
          <NavLink to={routes.insights()}>Insights</NavLink>
          <NavLink to={routes.path()}>Find a path</NavLink>
          <NavLink to={routes.coverage()}>Coverage</NavLink>
          <NavLink to="/suggest">Suggest a resource</NavLink>
          {curation?.curationStatus.enabled && <NavLink to="/curate">Curate</NavLink>}
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

const router = createBrowserRouter([{ element: <Shell />, children: VIEW_ROUTES }]);

const client = createApiClient();

export function App() {
  return (
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>
  );
}
