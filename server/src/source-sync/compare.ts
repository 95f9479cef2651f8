import Fuse from "fuse.js";
import { normaliseText } from "@rrn/graph-seed";
import type { GraphResource, QuotedRelationship } from "./graph-resources.js";
import type { PageLink, SourcePage } from "./page-items.js";

/** How a page entry was found to be a resource's. */
export type MatchedBy = "quote" | "title" | "related-quote" | "fuzzy";

export interface MatchedEntry {
  resourceId: string;
  title: string;
  pageTitle: string;
  pageText: string;
  by: MatchedBy;
}
export interface NewEntry {
  pageTitle: string;
  pageText: string;
  links: PageLink[];
}
export interface ChangedEntry {
  resourceId: string;
  title: string;
  pageText: string;
  /** Quotes of the resource's own relationships that its entry no longer contains. */
  quotes: string[];
}
export interface MissingEntry {
  resourceId: string;
  title: string;
  /** What the page used to say about it: its relationships' quotes. */
  quotes: string[];
}
export interface LinkEntry {
  resourceId: string;
  title: string;
  pageText: string;
  /** The words the link is on. */
  linkText: string;
  url: string;
  /** The resource's url in the graph now. */
  currentUrl: string | null;
  /** new: the graph has no url; changed: it has another; same: it has this one. */
  status: "new" | "changed" | "same";
}
export interface DriftEntry extends QuotedRelationship {
  quote: string;
}

export interface SyncReport {
  matched: MatchedEntry[];
  new: NewEntry[];
  changed: ChangedEntry[];
  missing: MissingEntry[];
  links: LinkEntry[];
  evidenceDrift: DriftEntry[];
}

/**
 * A fuzzy title is only tried against entries no resource has claimed, and must be this close
 * (Fuse.js score: 0 exact, 1 anything): an entry left over whose heading is a reworded title.
 */
const FUZZY_THRESHOLD = 0.25;

const lower = (s: string) => normaliseText(s).toLowerCase();

/**
 * Compares the page's entries with the graph's resources. A resource's entries are those that
 * contain a quote of its own relationships; failing that, its title or an alias; failing that, a
 * quote of a relationship pointing at it; failing that, the closest unclaimed entry by Fuse.js.
 * Only resources the page is a source for can be missing from it.
 */
export function compareWithPage(
  page: SourcePage,
  resources: readonly GraphResource[],
  quoted: readonly QuotedRelationship[],
): SyncReport {
  const items = page.items;
  const itemText = items.map((i) => i.text);
  const itemLower = items.map((i) => i.text.toLowerCase());
  const contains = (quote: string) => {
    const q = normaliseText(quote);
    return itemText.flatMap((text, i) => (q && text.includes(q) ? [i] : []));
  };

  const located = new Map<string, { indexes: number[]; by: MatchedBy }>();
  const claimed = new Set<number>();
  // The entries each resource's own quotes sit in. A resource that has quotes of its own, none of
  // them on the page any more, has lost its entry: a quote of a relationship from another
  // resource, which sits in that resource's entry, does not make it present.
  const ownEntries = new Map(resources.map((r) => [r.id, new Set(r.outgoing.flatMap((q) => contains(q.evidence)))]));
  for (const r of resources) {
    const byQuote = unique(r.outgoing.flatMap((q) => contains(q.evidence)));
    const names = [r.title, ...r.aliases].map(lower).filter((n) => n.length >= 4);
    const byTitle = byQuote.length ? [] : itemLower.flatMap((t, i) => (names.some((n) => t.includes(n)) ? [i] : []));
    const byRelated =
      byQuote.length || byTitle.length
        ? []
        : unique(
            r.incoming.flatMap((q) =>
              contains(q.evidence).filter((i) => r.outgoing.length === 0 || !ownEntries.get(q.from)?.has(i)),
            ),
          );
    const [indexes, by]: [number[], MatchedBy] = byQuote.length
      ? [byQuote, "quote"]
      : byTitle.length
        ? [byTitle, "title"]
        : [byRelated, "related-quote"];
    if (indexes.length === 0) continue;
    located.set(r.id, { indexes, by });
    for (const i of indexes) claimed.add(i);
  }

  const isPageResource = (r: GraphResource) => r.outgoing.length + r.incoming.length > 0;
  const unclaimed = items.flatMap((item, index) =>
    claimed.has(index) ? [] : [{ index, title: item.title, text: item.text }],
  );
  if (unclaimed.length > 0) {
    const fuse = new Fuse(unclaimed, {
      keys: [
        { name: "title", weight: 3 },
        { name: "text", weight: 1 },
      ],
      includeScore: true,
      ignoreLocation: true,
      // A long paragraph must not dilute a close title: the score is the keys' own.
      ignoreFieldNorm: true,
      threshold: FUZZY_THRESHOLD,
    });
    for (const r of resources) {
      if (located.has(r.id) || !isPageResource(r)) continue;
      const best = [r.title, ...r.aliases]
        .flatMap((name) => fuse.search(name, { limit: 1 }))
        .sort((a, b) => (a.score ?? 1) - (b.score ?? 1))[0];
      if (best && (best.score ?? 1) <= FUZZY_THRESHOLD && !claimed.has(best.item.index)) {
        located.set(r.id, { indexes: [best.item.index], by: "fuzzy" });
        claimed.add(best.item.index);
      }
    }
  }

  const byId = new Map(resources.map((r) => [r.id, r]));
  const matched: MatchedEntry[] = [];
  const changed: ChangedEntry[] = [];
  const resourcesOfItem = new Map<number, GraphResource[]>();
  for (const [id, { indexes, by }] of located) {
    const r = byId.get(id)!;
    for (const i of indexes) {
      matched.push({ resourceId: id, title: r.title, pageTitle: items[i]!.title, pageText: items[i]!.text, by });
      resourcesOfItem.set(i, [...(resourcesOfItem.get(i) ?? []), r]);
    }
    const text = indexes.map((i) => itemText[i]!).join(" ");
    const gone = unique(r.outgoing.map((q) => q.evidence).filter((q) => !text.includes(normaliseText(q))));
    if (gone.length > 0) changed.push({ resourceId: id, title: r.title, pageText: text, quotes: gone });
  }

  const missing: MissingEntry[] = resources
    .filter((r) => isPageResource(r) && !located.has(r.id))
    .map((r) => ({
      resourceId: r.id,
      title: r.title,
      quotes: unique([...r.outgoing, ...r.incoming].map((q) => q.evidence)),
    }));

  const links: LinkEntry[] = [];
  for (const [index, owners] of [...resourcesOfItem].sort(([a], [b]) => a - b)) {
    const item = items[index]!;
    for (const link of uniqueLinks(item.links)) {
      for (const r of ownersOfLink(link, owners)) {
        const status = r.url === null ? "new" : r.url === link.url ? "same" : "changed";
        links.push({
          resourceId: r.id,
          title: r.title,
          pageText: item.text,
          linkText: link.text,
          url: link.url,
          currentUrl: r.url,
          status,
        });
      }
    }
  }

  const newItems: NewEntry[] = items.flatMap((item, i) =>
    resourcesOfItem.has(i) ? [] : [{ pageTitle: item.title, pageText: item.text, links: uniqueLinks(item.links) }],
  );

  const pageText = page.text;
  const evidenceDrift: DriftEntry[] = quoted
    .filter((q) => !pageText.includes(normaliseText(q.evidence)))
    .map((q) => ({ ...q, quote: q.evidence }));

  const byResource = (a: { resourceId: string }, b: { resourceId: string }) => a.resourceId.localeCompare(b.resourceId);
  return {
    matched: matched.sort(byResource),
    new: newItems,
    changed: changed.sort(byResource),
    missing,
    links,
    evidenceDrift,
  };
}

/**
 * An entry with several resources (a toolkit and its video in one paragraph) gives each link to
 * the resource whose title shares the most words with the link's words; a link that singles out
 * none is offered for every one of them, for a curator to decide.
 */
function ownersOfLink(link: PageLink, owners: readonly GraphResource[]): readonly GraphResource[] {
  if (owners.length <= 1) return owners;
  const words = significantWords(link.text);
  const scored = owners.map((r) => ({
    r,
    score: [...significantWords([r.title, ...r.aliases].join(" "))].filter((w) => words.has(w)).length,
  }));
  const best = Math.max(...scored.map((s) => s.score));
  const winners = scored.filter((s) => s.score === best);
  return best > 0 && winners.length === 1 ? [winners[0]!.r] : owners;
}

const STOP = new Set([
  "this",
  "that",
  "here",
  "with",
  "from",
  "more",
  "find",
  "about",
  "click",
  "view",
  "watch",
  "read",
]);
function significantWords(text: string): Set<string> {
  return new Set(
    lower(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 4 && !STOP.has(w)),
  );
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function uniqueLinks(links: readonly PageLink[]): PageLink[] {
  const seen = new Set<string>();
  return links.filter((l) => !seen.has(l.url) && seen.add(l.url));
}
