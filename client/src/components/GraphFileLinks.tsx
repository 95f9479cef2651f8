import { useLocation } from "react-router-dom";
import { GRAPH_FILE_FORMATS, gephiLiteUrl, viewFileUrl } from "../export/graph-file-urls";
import { useHydrated } from "../hooks/use-hydrated";
import { staticSite } from "../static/static-site";
import "./GraphFileLinks.css";

/**
 * The Export menu's "Graph file by URL": links to the server's files of this view (GEXF, GraphML,
 * JSON), which other tools can open by URL, and Gephi Lite opening the GEXF. Plain links, so they
 * work without scripts; Gephi Lite needs this site's absolute address, known only in a browser.
 * A static copy has no server behind it: the links go to the live explorer, or are left out.
 */
export function GraphFileLinks() {
  const location = useLocation();
  const hydrated = useHydrated();
  const site = hydrated ? staticSite() : null;
  if (site && !site.liveUrl) return null;
  const base = site?.liveUrl ?? "";
  const view = `${location.pathname}${location.search}`;
  return (
    <>
      <li className="menu-heading">Graph file by URL</li>
      {GRAPH_FILE_FORMATS.map(({ ext, label, hint }) => (
        <li key={ext}>
          <a className="menu-link" href={viewFileUrl(view, ext, base)} data-graph-file={ext}>
            <span>{label}</span>
            <span className="menu-hint">{hint}</span>
          </a>
        </li>
      ))}
      {hydrated && (
        <li>
          <a
            className="menu-link"
            href={gephiLiteUrl(view, base || window.location.origin)}
            target="_blank"
            rel="noreferrer"
            data-graph-file="gephi-lite"
          >
            <span>Open in Gephi Lite</span>
            <span className="menu-hint">gephi.org, new tab</span>
          </a>
        </li>
      )}
    </>
  );
}
