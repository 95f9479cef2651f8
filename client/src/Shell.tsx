import { Suspense, useEffect } from "react";
import { AnnouncerProvider } from "./curation/announcer";
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from "react-router-dom";
import { useCurationStatus } from "./api/curation-status";
import { SearchBox } from "./components/search/SearchBox";
import { StaleDataNote } from "./components/StaleDataNote";
import { LoadingState } from "./components/StatusStates";
import { pageTitle } from "./navigation/route-table";
import { routes } from "./navigation/routes";
import { StaticNavigation } from "./static/StaticNavigation";
import { StaticNote } from "./static/StaticNote";

/** Keeps document.title on the current view's title from the route table. */
function useDocumentTitle(): void {
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = pageTitle(pathname);
  }, [pathname]);
}

/**
 * Marks the page as the app's once the view has been taken over (its Suspense boundary
 * hydrated, or first rendered): `<html data-hydrated>`. Before that a server-rendered page only
 * looks ready — a click replays later, typing into a box is not seen — so the end-to-end tests
 * wait for this before they act.
 */
function ViewTakenOver() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}

/** The frame every view renders in; also what the build prerenders into the HTML (prerender/). */
export function Shell() {
  useDocumentTitle();
  // "Curate" leads nowhere on a server without curation, so it is only offered where it works.
  const [{ data: curation }] = useCurationStatus();
  return (
    <div className="app">
      <AnnouncerProvider>
        <StaleDataNote />
        <StaticNote />
        <StaticNavigation />
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
            <NavLink to={routes.guides()}>Guided routes</NavLink>
            <NavLink to={routes.timeline()}>Timeline</NavLink>
            <NavLink to={routes.insights()}>Insights</NavLink>
            <NavLink to={routes.path()}>Find a path</NavLink>
            <NavLink to={routes.coverage()}>Coverage</NavLink>
            <NavLink to="/suggest">Suggest a resource</NavLink>
            {curation?.curationStatus.enabled ? (
              <NavLink to="/curate">Curate</NavLink>
            ) : (
              // Its place is kept, unseen and out of reach, so the header does not reflow (and push
              // the page down) when the answer comes: the first HTML cannot know it.
              <span className="nav-reserved" aria-hidden="true">
                Curate
              </span>
            )}
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
            <ViewTakenOver />
          </Suspense>
        </main>
        <footer className="app-footer">
          Built from the Restraint Reduction Network’s “Tools and resources” page. Every relationship quotes its source;
          items marked “General knowledge” are not stated there.
        </footer>
        <ScrollRestoration />
      </AnnouncerProvider>
    </div>
  );
}
