import { useSyncExternalStore } from "react";
import "./StaleDataNote.css";

/**
 * While the database is unreachable the server keeps answering pages and the API reads it has
 * cached, marked stale: the page with `<meta name="rrn-data-stale" content="<ISO time>">`, API
 * answers with `X-Data-Stale: as-of=<ISO time>` (server/src/read-cache/freshness.ts). This note
 * says so while it lasts; the first answer without the header (the database is back) clears it.
 */
const STALE_META = 'meta[name="rrn-data-stale"]';
const STALE_HEADER = "x-data-stale";

type Listener = () => void;
const listeners = new Set<Listener>();
let asOf: string | null | undefined;

/** When the data shown was last known current, while it is stale; null otherwise. */
export function staleAsOf(): string | null {
  return current();
}

function current(): string | null {
  if (asOf === undefined) {
    asOf =
      typeof document === "undefined" ? null : (document.querySelector(STALE_META)?.getAttribute("content") ?? null);
  }
  return asOf;
}

function set(next: string | null): void {
  if (next === current()) return;
  asOf = next;
  for (const listener of listeners) listener();
}

/** Wraps the API client's fetch: each answer from /graphql says whether the data is stale. */
export function watchStaleAnswers(fetchImpl?: typeof fetch): typeof fetch {
  return async (input, init) => {
    // The global fetch is looked up per call, as urql would.
    const res = await (fetchImpl ?? fetch)(input, init);
    const header = res.headers.get(STALE_HEADER);
    if (header !== null) set(/as-of=(\S+)/.exec(header)?.[1] ?? header);
    else if (res.ok) set(null);
    return res;
  };
}

const subscribe = (listener: Listener) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

function formatted(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}

/** "Data as of …; live updates paused", shown only while answers are stale. */
export function StaleDataNote() {
  // Nothing on the server or in the first render (hydration), then what the page and answers say.
  const stale = useSyncExternalStore(subscribe, current, () => null);
  if (!stale) return null;
  return (
    <p className="stale-data-note" role="status" data-testid="stale-data-note">
      Data as of <time dateTime={stale}>{formatted(stale)}</time>; live updates paused while the database is
      unavailable.
    </p>
  );
}
