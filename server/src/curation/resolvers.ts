import type { MutationResolvers, QueryResolvers, SuggestionResolvers } from "../__generated__/resolvers-types.js";
import { isCurator } from "../auth/identity.js";
import type { GraphWriter, RunCypher } from "../neo4j/write.js";
import { intInRange } from "../schema/arguments.js";
import type { GraphContext } from "../context.js";
import { curationDisabled, requireCurator } from "./access.js";
import type { SuggestionRateLimit } from "./rate-limit.js";
import { deleteEntity, listDeleted, restoreEntity } from "./soft-delete.js";
import { approveByType, storeLinkSuggestion } from "./resource-proposals.js";
import {
  listSuggestions,
  pendingSuggestion,
  rejectSuggestion,
  storeSuggestion,
  type Suggestion,
} from "./suggestions.js";
import { listAudit } from "./audit-log.js";
import { listCuratorChanges } from "./curator-changes.js";
import { addRelationship, removeRelationship, updateRelationship } from "./relationships.js";

export interface CurationDeps {
  /** For writes no public read sees: suggestions, rejections. */
  writer: GraphWriter;
  /** For writes that change the public graph (approve, delete, restore): bumps the graph version. */
  graphWriter: GraphWriter;
  rateLimit: SuggestionRateLimit;
  /** Whether curator tokens can be verified; without it nothing is accepted. */
  enabled: boolean;
  /** How curators sign in and whom visitors may contact, as curationStatus tells the client. */
  signIn?: { oidc: { issuer: string; clientId: string; scope: string } | null; contact: string | null };
}

type CurationQuery = Pick<
  QueryResolvers,
  "curationStatus" | "suggestions" | "auditLog" | "deletedEntities" | "curatorChanges"
>;
type CurationMutation = Pick<
  MutationResolvers,
  | "suggestResource"
  | "suggestLink"
  | "approveSuggestion"
  | "rejectSuggestion"
  | "deleteEntity"
  | "restoreEntity"
  | "addRelationship"
  | "updateRelationship"
  | "removeRelationship"
>;

/** Names of our own mutations; every other mutation field is generated and guarded elsewhere. */
export const CURATION_MUTATIONS: ReadonlySet<string> = new Set<keyof CurationMutation>([
  "suggestResource",
  "suggestLink",
  "approveSuggestion",
  "rejectSuggestion",
  "deleteEntity",
  "restoreEntity",
  "addRelationship",
  "updateRelationship",
  "removeRelationship",
]);

/** Our queries, whose answers depend on who asks: never cached, never public. */
export const CURATION_QUERIES: ReadonlySet<string> = new Set<keyof CurationQuery>([
  "curationStatus",
  "suggestions",
  "auditLog",
  "deletedEntities",
  "curatorChanges",
]);

const listLimit = { min: 1, max: 200 };

export function curationResolvers({ writer, graphWriter, rateLimit, enabled, signIn }: CurationDeps): {
  Query: CurationQuery;
  Mutation: CurationMutation;
  Suggestion: SuggestionResolvers;
} {
  /** A curator decision in one write transaction with its audit entry. */
  const decide = <T>(
    context: GraphContext,
    work: (d: Parameters<typeof approveByType>[0]) => Promise<T>,
    writes: GraphWriter = graphWriter,
  ) => {
    if (!enabled) throw curationDisabled();
    const { name } = requireCurator(context);
    return writes.write((scope) => work({ scope, curator: name, requestId: context.requestId }));
  };
  /** A visitor's suggestion, counted against the rate limit in its own transaction. */
  const anonymous = async (context: GraphContext, store: (run: RunCypher) => Promise<Suggestion>) => {
    if (!enabled) throw curationDisabled();
    await rateLimit.prepare();
    // Counted in the suggestion's own transaction: refused or invalid, nothing is kept.
    const suggestion = await writer.write(async ({ run }) => {
      await rateLimit.consume(run, context.clientAddress);
      return store(run);
    });
    rateLimit.sweep();
    return suggestion;
  };
  const curatorRead = <T>(context: GraphContext, work: Parameters<GraphWriter["read"]>[0]) => {
    if (!enabled) throw curationDisabled();
    requireCurator(context);
    return writer.read(work) as Promise<T>;
  };

  return {
    Query: {
      curationStatus: (_root, _args, { identity }) => ({
        enabled,
        signedIn: identity.kind === "signed-in",
        curator: isCurator(identity),
        name: identity.kind === "signed-in" ? identity.name : null,
        tokenProblem: identity.kind === "refused" ? identity.reason : null,
        oidc: signIn?.oidc ?? null,
        contact: signIn?.contact ?? null,
      }),
      suggestions: (_root, args, context) =>
        curatorRead(context, (run) =>
          listSuggestions(run, args.status ?? null, intInRange("limit", args.limit ?? 50, listLimit)),
        ),
      auditLog: (_root, args, context) =>
        curatorRead(context, (run) =>
          listAudit(run, args.entityId ?? null, intInRange("limit", args.limit ?? 50, listLimit)),
        ),
      deletedEntities: (_root, args, context) =>
        curatorRead(context, (run) => listDeleted(run, intInRange("limit", args.limit ?? 50, listLimit))),
      curatorChanges: (_root, args, context) => curatorRead(context, (run) => listCuratorChanges(run, args.id ?? null)),
    },
    Mutation: {
      suggestResource: (_root, args, context) => anonymous(context, (run) => storeSuggestion(run, args.input)),
      suggestLink: (_root, args, context) => anonymous(context, (run) => storeLinkSuggestion(run, args.input)),
      approveSuggestion: async (_root, args, context) => {
        // Only a new resource or a link changes the public graph (and so its version).
        const { type } = await curatorRead<Suggestion>(context, (run) => pendingSuggestion(run, args.id));
        const writes = type === "NEW_RESOURCE" || type === "LINK_FOR_RESOURCE" ? graphWriter : writer;
        return decide(context, (d) => approveByType(d, args.id, args.input), writes);
      },
      // A rejection changes no public data: the graph version stays.
      rejectSuggestion: (_root, args, context) =>
        decide(context, (d) => rejectSuggestion(d, args.id, args.reason), writer),
      deleteEntity: (_root, args, context) => decide(context, (d) => deleteEntity(d, args.id)),
      restoreEntity: (_root, args, context) => decide(context, (d) => restoreEntity(d, args.id)),
      addRelationship: (_root, args, context) => decide(context, (d) => addRelationship(d, args.input)),
      updateRelationship: (_root, args, context) => decide(context, (d) => updateRelationship(d, args.input)),
      removeRelationship: (_root, args, context) =>
        decide(context, (d) => removeRelationship(d, args.type, args.from, args.to)),
    },
    Suggestion: {
      // Only curators see how to reach the sender, even the sender's own echo of it.
      contact: (parent, _args, { identity }) => (isCurator(identity) ? parent.contact : null),
    },
  };
}
