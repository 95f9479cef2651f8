import { createHash } from "node:crypto";
import { normaliseText } from "@rrn/graph-seed";
import type { PageProposal } from "../curation/resource-proposals.js";
import type { SyncReport } from "./compare.js";

/** Suggestion titles are at most 200 characters (as a visitor's are). */
const MAX_TITLE = 200;

const key = (...parts: string[]) =>
  createHash("sha256")
    .update(parts.map((p) => normaliseText(p)).join("\u0000"))
    .digest("hex");

const titled = (title: string) => (title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1)}…`);

/**
 * What `--apply` files: a new resource per new entry (with the entry's first link, the only URL
 * it may carry), a changed text per changed resource, a gone-from-page per missing resource and a
 * link per page link the resource does not already have. Each proposal's key is made of what it
 * proposes (the text, the link), so a run on an unchanged page files nothing, and a later edit
 * of the same entry is a new proposal. Evidence drift is not filed: a changed text covers it.
 */
export function proposalsOf(report: SyncReport): PageProposal[] {
  return [
    ...report.new.map<PageProposal>((n) => ({
      type: "NEW_RESOURCE",
      targetId: null,
      title: titled(n.pageTitle),
      url: n.links[0]?.url ?? null,
      pageText: n.pageText,
      syncKey: key("NEW_RESOURCE", n.pageText),
    })),
    ...report.changed.map<PageProposal>((c) => ({
      type: "CHANGED_TEXT",
      targetId: c.resourceId,
      title: titled(c.title),
      url: null,
      pageText: c.pageText,
      syncKey: key("CHANGED_TEXT", c.resourceId, c.pageText),
    })),
    ...report.missing.map<PageProposal>((m) => ({
      type: "GONE_FROM_PAGE",
      targetId: m.resourceId,
      title: titled(m.title),
      url: null,
      pageText: null,
      syncKey: key("GONE_FROM_PAGE", m.resourceId),
    })),
    ...report.links
      .filter((l) => l.status !== "same")
      .map<PageProposal>((l) => ({
        type: "LINK_FOR_RESOURCE",
        targetId: l.resourceId,
        title: titled(l.title),
        url: l.url,
        pageText: l.pageText,
        syncKey: key("LINK_FOR_RESOURCE", l.resourceId, l.url),
      })),
  ];
}
