import { ID_PATTERN } from "@rrn/graph-seed/model";
import { defaultFieldResolver, GraphQLError, type GraphQLSchema } from "graphql";
import type { GraphWriter } from "../neo4j/write.js";
import { badInput } from "../schema/arguments.js";
import type { GraphContext } from "../context.js";
import { curationDisabled, requireCurator } from "./access.js";
import { appendAudit, snapshotEntities } from "./audit-log.js";
import { requireEdgeProvenance } from "./edge-provenance.js";
import { requireHttpUrls } from "./http-urls.js";

const GENERATED = /^(create|update)(Resources|Organisations|Frameworks)$/;

export interface GeneratedMutationDeps {
  writer: GraphWriter;
  enabled: boolean;
}

/**
 * Puts every mutation @neo4j/graphql generated behind the curator gate, the provenance rule and
 * the audit log: the library's own Cypher runs inside our write transaction
 * (`executionContext`), between a snapshot of the entities before and after, and the audit
 * entry is written in the same transaction. `customFields` are ours and guard themselves.
 */
export function guardGeneratedMutations(
  schema: GraphQLSchema,
  customFields: ReadonlySet<string>,
  deps: GeneratedMutationDeps,
): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  for (const field of Object.values(mutation.getFields())) {
    if (customFields.has(field.name)) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    const kind = GENERATED.exec(field.name)?.[1];
    field.resolve = async (source, args: Record<string, unknown>, context: GraphContext, info) => {
      if (!deps.enabled) throw curationDisabled();
      const curator = requireCurator(context);
      // A generated mutation we did not plan for is refused rather than let through unaudited.
      if (kind === undefined) throw badInput(field.name, `${field.name} is not available.`);
      requireEdgeProvenance(args);
      requireHttpUrls(args);
      const ids = kind === "create" ? createdIds(args) : [updatedId(args)];
      return deps.writer.write(async ({ run, transaction }) => {
        const before = kind === "update" ? await snapshotEntities(run, ids) : null;
        let result: unknown;
        try {
          result = await resolve(source, args, { ...context, executionContext: transaction }, info);
        } catch (err) {
          throw withCode(err);
        }
        await appendAudit(run, {
          actor: curator.name,
          action: field.name,
          entityIds: ids,
          input: args,
          before,
          after: await snapshotEntities(run, ids),
          requestId: context.requestId,
        });
        return result;
      });
    };
  }
}

function createdIds(args: Record<string, unknown>): string[] {
  const input = Array.isArray(args.input) ? (args.input as unknown[]) : [];
  return input.map((item, i) => {
    const id = typeof item === "object" && item !== null && "id" in item ? item.id : undefined;
    if (typeof id !== "string" || !ID_PATTERN.test(id) || id.length > 200) {
      throw badInput(`input.${i}.id`, `input.${i}.id must be a kebab-case id such as "my-new-toolkit".`);
    }
    return id;
  });
}

/** Curator updates address one entity by id, so the audit log can say exactly what changed. */
function updatedId(args: Record<string, unknown>): string {
  const where = args.where as { id?: { eq?: unknown } } | undefined;
  const id = where?.id?.eq;
  if (!where || Object.keys(where).length !== 1 || typeof id !== "string" || Object.keys(where.id!).length !== 1) {
    throw badInput("where", 'Curator updates address one entity: where: { id: { eq: "…" } }.');
  }
  return id;
}

/**
 * The library's errors carry no code; give them the ones our clients act on. Its error classes
 * are not exported, so they are told apart by the name each one sets.
 */
function withCode(err: unknown): unknown {
  const name = err instanceof Error ? err.name : "";
  if (name === "Neo4jGraphQLAuthenticationError") {
    return new GraphQLError("This operation needs a curator token.", {
      extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
    });
  }
  if (name === "Neo4jGraphQLForbiddenError") {
    return new GraphQLError("Only curators may change the graph.", {
      extensions: { code: "FORBIDDEN", http: { status: 403 } },
    });
  }
  if (name === "Neo4jGraphQLConstraintValidationError" || isUniqueConflict(err)) {
    return badInput("input", "An entity with this id already exists.");
  }
  return err;
}

function isUniqueConflict(err: unknown): boolean {
  return err instanceof Error && /already exists with label/i.test(err.message);
}
