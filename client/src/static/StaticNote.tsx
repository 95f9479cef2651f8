import { useSyncExternalStore } from "react";
import { useLocation } from "react-router-dom";
import { liveHref, useStaticSite } from "./static-site";
import { subscribeUnanswered, unansweredOperations } from "./unanswered";
import "./static.css";

const NONE: readonly string[] = [];

/**
 * In the static copy, once the page has asked for something only the live explorer can answer:
 * says so, and links the same view on the live explorer when the export was told its address.
 */
export function StaticNote() {
  const site = useStaticSite();
  const unanswered = useSyncExternalStore(subscribeUnanswered, unansweredOperations, () => NONE);
  const { pathname, search } = useLocation();
  if (!site || unanswered.length === 0) return null;
  const live = liveHref(site, `${pathname}${search}`);
  return (
    // The operations it could not answer are named for whoever debugs a page, not shown.
    <p className="static-note" role="status" data-testid="static-note" data-operations={unanswered.join(" ")}>
      This is a static copy of the explorer, which cannot answer everything this view asks.{" "}
      {live ? (
        <>
          <a href={live}>Open this view in the live explorer</a> for the rest.
        </>
      ) : (
        "The live explorer can."
      )}
    </p>
  );
}
