import { Feed } from "feed";
import type { ChangeKind } from "@rrn/model";
import type { ChangeItemView, ChangeNodeRef, GraphChangeView } from "./list-changes.js";

/**
 * Atom documents of the changes (RFC 4287), written by the `feed` library, which escapes every
 * text. Entry ids are `urn:uuid:<audit entry id>`: stable across requests, hosts and later
 * changes, and the same change carries the same id in the site feed and in each node's feed.
 */

export const KIND_WORDS: Record<ChangeKind, string> = {
  IMPORT: "Seed import",
  EDIT: "Curator edit",
  SUGGESTION: "Approved suggestion",
  DELETE: "Deleted",
  RESTORE: "Restored",
};

const OPERATION_WORDS = { ADDED: "New", CHANGED: "Changed", REMOVED: "Removed" } as const;

/** "derives from" for DERIVES_FROM: the type's own words, as the API names it. */
export const relationshipWords = (type: string): string => type.toLowerCase().replace(/_/g, " ");

/** One item as a sentence: "New relationship: REsTRAIN Yourself derives from Six Core Strategies". */
export function itemSentence(item: ChangeItemView): string {
  const op = OPERATION_WORDS[item.change];
  if (item.node) return `${op} ${nodeKindWord(item.node)}: ${item.node.label}`;
  return `${op} relationship: ${item.from?.label ?? "?"} ${relationshipWords(item.type ?? "")} ${item.to?.label ?? "?"}`;
}

const nodeKindWord = (node: ChangeNodeRef): string =>
  node.type === null ? "node" : node.type.toLowerCase().replace(/_/g, " ");

/** A change's title: its kind and its first item, with how many more. */
export function changeTitle(change: GraphChangeView, items: readonly ChangeItemView[] = change.items): string {
  const first = items[0];
  if (!first) return KIND_WORDS[change.kind];
  const more = items.length > 1 ? ` and ${items.length - 1} more` : "";
  return `${KIND_WORDS[change.kind]}: ${itemSentence(first)}${more}`;
}

export interface FeedSpec {
  /** The site's base URL, no trailing slash. */
  base: string;
  /** This feed's own path, e.g. /feeds/changes.atom. */
  selfPath: string;
  /** The HTML page it follows, e.g. /changes or /node/x. */
  pagePath: string;
  title: string;
  subtitle: string;
  /** A stable id for the feed itself. */
  id: string;
  /** When nothing changed yet: the feed's `updated` (Atom requires one). */
  fallbackUpdated: Date;
  /** Shows only the items touching this node (a node's feed). */
  node?: string;
}

const pageOf = (base: string, ref: ChangeNodeRef): string =>
  `${base}/${ref.type === "ORGANISATION" ? "org" : "node"}/${encodeURIComponent(ref.id)}`;

export function changesAtom(changes: readonly GraphChangeView[], spec: FeedSpec): string {
  const updated = changes[0] ? new Date(changes[0].at) : spec.fallbackUpdated;
  const feed = new Feed({
    title: spec.title,
    description: spec.subtitle,
    id: spec.id,
    link: `${spec.base}${spec.pagePath}`,
    language: "en-GB",
    updated,
    generator: "RRN resource explorer",
    feedLinks: { atom: `${spec.base}${spec.selfPath}` },
    copyright: "Restraint Reduction Network resource bank, as curated in this explorer",
    author: { name: "RRN resource explorer", link: spec.base || undefined },
  });
  for (const change of changes) {
    const items = spec.node ? change.items.filter((i) => touches(i, spec.node!)) : change.items;
    const linked = items.find((i) => (i.node ?? i.from)?.exists);
    const target = linked ? (linked.node ?? linked.from)! : null;
    // The library marks entry titles and summaries as HTML, so their plain text is escaped here
    // once: a reader shows a name such as "<b>" as written, never as markup.
    feed.addItem({
      title: esc(changeTitle(change, items)),
      id: `urn:uuid:${change.id}`,
      link: target ? pageOf(spec.base, target) : `${spec.base}/changes`,
      date: new Date(change.at),
      description: esc(
        `${KIND_WORDS[change.kind]}, graph version ${change.version}: ${items.length} of ${change.itemCount} item(s) shown.`,
      ),
      content: contentHtml(spec.base, change, items),
    });
  }
  return feed.atom1();
}

function touches(item: ChangeItemView, id: string): boolean {
  return item.node?.id === id || item.from?.id === id || item.to?.id === id;
}

/** A list of the items, each node a link to its page when it still has one; the library escapes it as HTML content. */
function contentHtml(base: string, change: GraphChangeView, items: readonly ChangeItemView[]): string {
  const name = (ref: ChangeNodeRef | null) =>
    ref === null ? "?" : ref.exists ? `<a href="${esc(pageOf(base, ref))}">${esc(ref.label)}</a>` : esc(ref.label);
  const lines = items.map((item) => {
    const op = OPERATION_WORDS[item.change];
    if (item.node) return `<li>${op} ${esc(nodeKindWord(item.node))}: ${name(item.node)}</li>`;
    return `<li>${op} relationship: ${name(item.from)} ${esc(relationshipWords(item.type ?? ""))} ${name(item.to)}</li>`;
  });
  return `<p>${esc(KIND_WORDS[change.kind])} (graph version ${esc(change.version)})</p><ul>${lines.join("")}</ul>`;
}

export function esc(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}
