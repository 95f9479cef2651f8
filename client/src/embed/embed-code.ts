import { writeViewState } from "../navigation/url-state";

/** The URL of the view at `pathname`+`search` drawn bare for a frame: the same view with `embed=1`. */
export function embedUrl(origin: string, pathname: string, search: string): string {
  const query = writeViewState(new URLSearchParams(search), { embed: true, selected: undefined });
  return `${origin}${pathname}?${query.toString()}`;
}

/** The same view in full, for the embedded view's link back: everything but `embed`. */
export function fullViewPath(pathname: string, search: string): string {
  const query = writeViewState(new URLSearchParams(search), { embed: false }).toString();
  return query ? `${pathname}?${query}` : pathname;
}

function attribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The `<iframe>` another site pastes to show the view: titled for screen readers, borderless, lazy. */
export function iframeCode(src: string, title: string): string {
  return `<iframe src="${attribute(src)}" title="${attribute(`${title} — Restraint Reduction Explorer`)}" width="800" height="600" style="border:0" loading="lazy"></iframe>`;
}
