import { randomUUID } from "node:crypto";
import { decodeRow } from "@rrn/common/decode-row";
import { ID_PATTERN } from "@rrn/model";
import { z } from "zod";
import type { RunCypher } from "../neo4j/write.js";
import { badInput } from "../schema/arguments.js";
import { isHttpUrl } from "../schema/http-url.js";
import { appendAudit, snapshotEntities } from "./audit-log.js";
import {
  approveSuggestion,
  pendingSuggestion,
  toSuggestion,
  type ApprovalInput,
  type Decision,
  type Suggestion,
  type SuggestionType,
} from "./suggestions.js";

/**
 * Suggestions about a resource the graph already has: a link for it (from a visitor's "Suggest
 * the link" or from the page sync), or the page sync's news that the page now describes it
 * differently or no longer lists it. None changes the graph until a curator approves it, and
 * only a link's approval writes anything there (the resource's `url`): a changed text or a
 * resource gone from the page is for a curator to act on by hand, so approving one records
 * that it was dealt with. Nothing is ever deleted or overwritten on the sync's say-so.
 */

const httpLink = z.string().trim().max(500, "at most 500 characters").refine(isHttpUrl, "must be an http(s) link");

const linkInput = z.object({
  resourceId: z.string().max(200).regex(ID_PATTERN, "must be a resource id (kebab-case)"),
  url: httpLink,
  contact: z
    .string()
    .trim()
    .max(200, "at most 200 characters")
    .nullish()
    .transform((v) => v || null),
});

function parsed<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = ["input", ...issue.path.map(String)].join(".");
    throw badInput(field, `${field}: ${issue.message}.`);
  }
  return result.data;
}

const titleRow = z.object({ title: z.string() });

/** The title of a resource in the public graph (not deleted), or a BAD_USER_INPUT naming `field`. */
async function resourceTitle(run: RunCypher, id: string, field: string): Promise<string> {
  const rows = await run(`MATCH (r:Resource {id: $id}) WHERE NOT r:Deleted RETURN r.title AS title`, { id });
  if (rows.length === 0) throw badInput(field, `${field}: there is no resource "${id}".`);
  return decodeRow(titleRow, rows[0], "resource title").title;
}

/** A visitor's link for an existing resource: a LINK_FOR_RESOURCE suggestion. */
export async function storeLinkSuggestion(run: RunCypher, input: unknown): Promise<Suggestion> {
  const { resourceId, url, contact } = parsed(linkInput, input);
  const title = await resourceTitle(run, resourceId, "input.resourceId");
  const rows = await run(
    `CREATE (s:Suggestion {
       id: $id, status: "PENDING", type: "LINK_FOR_RESOURCE", source: "visitor", targetId: $resourceId,
       title: $title, url: $url, contact: $contact, relatedIds: [], submittedAt: toString(datetime())
     })
     RETURN properties(s) AS s`,
    { id: randomUUID(), resourceId, title, url, contact },
  );
  return toSuggestion(rows[0]?.s);
}

/** What the page sync proposes; `syncKey` names the proposal, so filing it twice files it once. */
export interface PageProposal {
  type: SuggestionType;
  targetId: string | null;
  title: string;
  url: string | null;
  pageText: string | null;
  syncKey: string;
}

/**
 * Files one page-sync proposal unless one with the same key was ever filed (pending or decided:
 * a rejected proposal is not put back on every run). Returns whether it was filed now.
 */
export async function filePageProposal(run: RunCypher, proposal: PageProposal): Promise<boolean> {
  const seen = await run(`MATCH (s:Suggestion {syncKey: $syncKey}) RETURN s.id LIMIT 1`, {
    syncKey: proposal.syncKey,
  });
  if (seen.length > 0) return false;
  await run(
    `CREATE (s:Suggestion {
       id: $id, status: "PENDING", type: $type, source: "page-sync", targetId: $targetId, title: $title,
       url: $url, pageText: $pageText, syncKey: $syncKey, relatedIds: [], submittedAt: toString(datetime())
     })`,
    { ...proposal, id: randomUUID() },
  );
  return true;
}

/** Approves a pending suggestion as its type says; see the module comment. */
export async function approveByType(
  decision: Decision,
  id: string,
  input: ApprovalInput | null | undefined,
): Promise<Suggestion> {
  const suggestion = await pendingSuggestion(decision.scope.run, id);
  if (suggestion.type === "NEW_RESOURCE") return approveSuggestion(decision, id, input);
  if (suggestion.type === "LINK_FOR_RESOURCE") return approveLink(decision, suggestion, input?.url ?? null);
  return markDealtWith(decision, suggestion);
}

/** Sets the resource's url (the curator's version of the link, else the suggestion's), audited. */
async function approveLink(
  { scope, curator, requestId }: Decision,
  suggestion: Suggestion,
  curatorUrl: string | null,
): Promise<Suggestion> {
  const { run } = scope;
  const resourceId = suggestion.targetId;
  if (!resourceId) throw badInput("id", `Suggestion ${suggestion.id} names no resource.`);
  await resourceTitle(run, resourceId, "targetId");
  const url = parsed(z.object({ url: httpLink }), { url: curatorUrl ?? suggestion.url ?? "" }).url;
  const before = await snapshotEntities(run, [resourceId]);
  await run(
    `MATCH (r:Resource {id: $resourceId})
     SET r.url = $url, r.updatedBy = $curator, r.updatedAt = datetime()`,
    { resourceId, url, curator },
  );
  const approved = await markApproved(run, suggestion.id, curator, resourceId, url);
  await appendAudit(scope, {
    actor: curator,
    action: "approveSuggestion",
    entityIds: [resourceId, suggestion.id],
    input: { id: suggestion.id, input: { url } },
    before: { suggestion, resource: before },
    after: { suggestion: approved, resource: await snapshotEntities(run, [resourceId]) },
    requestId,
  });
  return approved;
}

/** A changed text or a resource gone from the page: recorded as dealt with, the graph untouched. */
async function markDealtWith({ scope, curator, requestId }: Decision, suggestion: Suggestion) {
  const { run } = scope;
  const approved = await markApproved(run, suggestion.id, curator, suggestion.targetId, null);
  await appendAudit(scope, {
    actor: curator,
    action: "approveSuggestion",
    entityIds: [...(suggestion.targetId ? [suggestion.targetId] : []), suggestion.id],
    input: { id: suggestion.id },
    before: suggestion,
    after: approved,
    requestId,
  });
  return approved;
}

async function markApproved(
  run: RunCypher,
  id: string,
  curator: string,
  resourceId: string | null,
  url: string | null,
): Promise<Suggestion> {
  const rows = await run(
    `MATCH (s:Suggestion {id: $id})
     SET s.status = "APPROVED", s.reviewedBy = $curator, s.reviewedAt = toString(datetime()),
         s.resourceId = $resourceId, s.url = coalesce($url, s.url)
     RETURN properties(s) AS s`,
    { id, curator, resourceId, url },
  );
  return toSuggestion(rows[0]?.s);
}
