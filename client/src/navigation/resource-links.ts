/**
 * Where a resource can be found: its own link when the graph has one (http(s) only: a stored
 * `javascript:` or `data:` URL is never rendered), otherwise a web search for its exact title.
 */

/** The URL when it is an absolute http(s) link, else null. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.host ? parsed.href : null;
  } catch {
    return null;
  }
}

export interface FindItInput {
  title: string;
  /** The title is ours, describing an untitled item: search its words, not the exact phrase. */
  descriptiveTitle?: boolean | null;
  publisher?: { label: string; url?: string | null } | null;
}

/**
 * A web search for the resource: its exact title in quotes, and the publisher's name — or,
 * when the graph knows the publisher's own site, a search of that site only.
 */
export function findItHref({ title, descriptiveTitle, publisher }: FindItInput): string {
  const phrase = descriptiveTitle ? title : `"${title.replace(/"/g, "")}"`;
  const site = safeHttpUrl(publisher?.url);
  const scope = site ? `site:${new URL(site).host}` : (publisher?.label ?? "");
  return `https://duckduckgo.com/?q=${encodeURIComponent([phrase, scope].filter(Boolean).join(" "))}`;
}
