import { readFile } from "node:fs/promises";

/** Where the page came from: its address (for relative links and as a source name) and its HTML. */
export interface PageSource {
  url: string | null;
  html: string;
}

const TIMEOUT_MS = 30_000;

/**
 * The RRN "Tools and resources" page the graph was built from: its public address, whose text is
 * the one the seed's evidence quotes come from. The default when neither an argument nor
 * SOURCE_URL names another.
 */
export const RRN_PAGE_URL = "https://restraintreductionnetwork.org/toolsandresources/";

/**
 * The page as it is now: fetched when `source` is an http(s) address, read from disk otherwise
 * (a saved copy). A failed fetch says what went wrong; nothing is retried or guessed.
 */
export async function readPageSource(source: string): Promise<PageSource> {
  if (!/^https?:\/\//i.test(source)) return { url: null, html: await readFile(source, "utf8") };
  const res = await fetch(source, {
    headers: { accept: "text/html", "user-agent": "rrn-explorer source:sync" },
    redirect: "follow",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`${source} answered HTTP ${res.status}`);
  return { url: res.url || source, html: await res.text() };
}
