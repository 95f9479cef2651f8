import { Suspense, useEffect, useId, useState, type KeyboardEvent } from "react";
import { AnnouncerProvider } from "./curation/announcer";
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from "react-router-dom";
import { useCurationStatus } from "./api/curation-status";
import { SearchBox } from "./components/search/SearchBox";
import { StaleDataNote } from "./components/StaleDataNote";
import { scrollKey } from "./navigation/scroll-key";
import { LoadingState } from "./components/StatusStates";
import { pageTitle } from "./navigation/route-table";
import { routes } from "./navigation/routes";
import { StaticNavigation } from "./static/StaticNavigation";
import { StaticNote } from "./static/StaticNote";
import { EmbedShell } from "./embed/EmbedShell";
import { parseViewState } from "./navigation/url-state";

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

/**
 * The views' links. Wide screens show them in the header; on a phone they fold behind a Menu
 * button (aria-expanded, Escape closes it and returns focus) so the header stays one row and
 * nothing runs off the side. Without scripts the button cannot work, so CSS hides it and shows
 * the links instead (`@media (scripting: none)`, base.css). Closed again at every link followed and every navigation.
 */
function ViewsNavigation({ curation }: { curation: boolean }) {
  const navId = useId();
  const { pathname, search } = useLocation();
  // Open at one URL only: following a link (or any other change of URL) closes it.
  const here = `${pathname}${search}`;
  const [openAt, setOpenAt] = useState<string>();
  const open = openAt === here;
  const setOpen = (next: boolean) => setOpenAt(next ? here : undefined);
  // Closed at the click too: the URL (and with it `here`) only changes once the next view is ready.
  const close = () => setOpenAt(undefined);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !open) return;
    setOpen(false);
    document.getElementById(`${navId}-button`)?.focus();
  };
  return (
    <div className="app-nav-wrap" onKeyDown={onKeyDown}>
      <button
        type="button"
        id={`${navId}-button`}
        className="nav-menu-button button"
        aria-expanded={open}
        aria-controls={navId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" className="nav-menu-icon" />
        Menu
      </button>
      <nav aria-label="Views" className={open ? "app-nav open" : "app-nav"} id={navId}>
        <NavLink onClick={close} to={routes.overview()} end>
          Overview
        </NavLink>
        <NavLink onClick={close} to={routes.guides()}>
          Guided routes
        </NavLink>
        <NavLink onClick={close} to={routes.timeline()}>
          Timeline
        </NavLink>
        <NavLink onClick={close} to={routes.insights()}>
          Insights
        </NavLink>
        <NavLink onClick={close} to={routes.path()}>
          Find a path
        </NavLink>
        <NavLink onClick={close} to={routes.coverage()}>
          Coverage
        </NavLink>
        <NavLink onClick={close} to="/suggest">
          Suggest a resource
        </NavLink>
        {curation ? (
          <NavLink onClick={close} to="/curate">
            Curate
          </NavLink>
        ) : (
          // Its place is kept, unseen and out of reach, so the header does not reflow (and push
          // the page down) when the answer comes: the first HTML cannot know it.
          <span className="nav-reserved" aria-hidden="true">
            Curate
          </span>
        )}
      </nav>
    </div>
  );
}

/** The frame every view renders in; also what the build prerenders into the HTML (prerender/). */
export function Shell() {
  useDocumentTitle();
  // "Curate" leads nowhere on a server without curation, so it is only offered where it works.
  const [{ data: curation }] = useCurationStatus();
  // Drawn bare for another site's frame (?embed=1): decided by the first URL and kept while the
  // frame's links move between views, as the host page asked for the bare form.
  const { search } = useLocation();
  const [embed] = useState(() => parseViewState(new URLSearchParams(search)).embed);
  const view = (
    <Suspense fallback={<LoadingState />}>
      <Outlet />
      <ViewTakenOver />
    </Suspense>
  );
  if (embed) return <EmbedShell>{view}</EmbedShell>;
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
            <span className="brand-name">
              Restraint Reduction <span className="brand-light">Explorer</span>
            </span>
          </Link>
          <SearchBox label="Search the graph" placeholder="Search toolkits, organisations, frameworks…" />
          <ViewsNavigation curation={curation?.curationStatus.enabled === true} />
        </header>
        <main id="main" tabIndex={-1}>
          {view}
        </main>
        <footer className="app-footer">
          Built from the Restraint Reduction Network’s “Tools and resources” page. Every relationship quotes its source;
          items marked “General knowledge” are not stated there. <Link to={routes.changes()}>What&apos;s new</Link> (
          <a href="/feeds/changes.atom">Atom feed</a>)
        </footer>
        {/* Another page starts at its top and Back returns to where it was; a change of view state
            (useViewState, links to href(…)) asks it to keep the page where it is (preventScrollReset). */}
        <ScrollRestoration getKey={scrollKey} />
      </AnnouncerProvider>
    </div>
  );
}
