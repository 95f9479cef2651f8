import { ID_PATTERN } from "@rrn/model";
import { ENTITY } from "../queries/graph-model.js";
import { defaultFieldResolver, GraphQLError, type GraphQLSchema } from "graphql";
import type { GraphWriter } from "../neo4j/write.js";
import { badInput } from "../schema/arguments.js";
import type { GraphContext } from "../context.js";
import { curationDisabled, requireCurator } from "./access.js";
import { appendAudit, snapshotEntities } from "./audit-log.js";
import { refreshDegrees } from "./degrees.js";
import { requireEdgeProvenance } from "./edge-provenance.js";
import { requireHttpUrls } from "./http-urls.js";

/** The plural names @neo4j/graphql gives the labels' create/update mutations. */
const GENERATED =
  /^(create|update)(Resources|Organisations|Frameworks|RestraintTypes|Settings|Audiences|Jurisdictions|Legislations|People)$/;

/**
 * The full-text index reads aliases as one string (`aliasText`, as the importer writes it), so a
 * curator's aliases are searchable at once.
 */
const REFRESH_ALIAS_TEXT = `UNWIND $ids AS eid MATCH (n:${ENTITY} {id: eid})
  WITH n, CASE WHEN size(coalesce(n.aliases, [])) > 0 THEN apoc.text.join(n.aliases, " | ") END AS text
  WHERE n.aliasText IS NULL <> (text IS NULL) OR n.aliasText <> text
  SET n.aliasText = text`;

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
      const linked = linkedIds(args);
      return deps.writer.write(async (scope) => {
        const { run, transaction } = scope;
        const before = kind === "update" ? await snapshotEntities(run, ids) : null;
        let result: unknown;
        try {
          result = await resolve(source, args, { ...context, executionContext: transaction }, info);
        } catch (err) {
          throw withCode(err);
        }
        await refreshDegrees(run, [...ids, ...linked]);
        await run(REFRESH_ALIAS_TEXT, { ids });
        await appendAudit(scope, {
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Ids of every entity a connect or disconnect names. Each item must name exactly one entity by id
 * (`where: { node: { id: { eq: "…" } } }`), as updates do, and link only that entity (no
 * connect or disconnect nested inside it): then every far end of the write is known before it
 * runs, so its degree can be recounted, and the audit log says exactly what was linked. (A
 * connect without `where` would link every node of the type.)
 */
function linkedIds(args: Record<string, unknown>): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown, path: string[]): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, String(i)]));
    if (!isObject(value)) return;
    for (const [key, v] of Object.entries(value)) {
      if (key !== "connect" && key !== "disconnect") {
        // The mutation's own `where` selects what to update; it links nothing.
        if (!(key === "where" && path.length === 0)) walk(v, [...path, key]);
        continue;
      }
      (Array.isArray(v) ? v : [v]).forEach((item, i) => {
        const at = [...path, key, String(i)].join(".");
        if (isObject(item) && ("connect" in item || "disconnect" in item)) {
          throw badInput(
            at,
            `${at}: nested connects and disconnects are not available; link each entity in its own update.`,
          );
        }
        const id = namedId(isObject(item) ? item.where : undefined);
        if (id === null) {
          throw badInput(
            `${at}.where`,
            `${at}.where must name one entity by id: where: { node: { id: { eq: "…" } } }.`,
          );
        }
        found.add(id);
      });
    }
  };
  walk(args, []);
  return found;
}

/** The id in `{ node: { id: { eq: "x" } } }` and nothing else, or null. */
function namedId(where: unknown): string | null {
  if (!isObject(where) || Object.keys(where).length !== 1 || !isObject(where.node)) return null;
  const node = where.node;
  if (Object.keys(node).length !== 1 || !isObject(node.id) || Object.keys(node.id).length !== 1) return null;
  return typeof node.id.eq === "string" ? node.id.eq : null;
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
