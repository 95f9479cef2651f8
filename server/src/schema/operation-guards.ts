import {
  getArgumentValues,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";
import { badInput } from "./arguments.js";

/** Paging arguments of the generated entity queries, which must not be negative. */
const PAGING = new Set(["limit", "offset", "first"]);

/**
 * Checks for the entity layer that @neo4j/graphql generates, at every depth of the operation:
 * input it passes on unchecked and then fails on is answered BAD_USER_INPUT, naming the
 * argument or field, instead of an internal error. Each was found by fuzzing the API
 * (`npm run fuzz` keeps looking):
 * - a negative `limit`, `offset` or `first` (Neo4j refuses a negative LIMIT or SKIP; the library
 *   throws on a negative `first`);
 * - an explicit null where a filter object belongs (`where: { id: null }`: the library crashes);
 * - a selection of nothing but `__typename` on one of its object types (it writes Cypher that
 *   does not parse, or returns null for a non-null field).
 */
export function checkEntityOperation(info: GraphQLResolveInfo): void {
  for (const node of info.fieldNodes) {
    const field = info.parentType.getFields()[node.name.value];
    if (!field) continue;
    const path = node.name.value;
    checkArguments(field.args, getArgumentValues(field, node, info.variableValues), path);
    if (node.selectionSet) walk(info, getNamedType(field.type) as GraphQLCompositeType, node.selectionSet, path);
  }
}

/**
 * An explicit null for an argument that has a default (`coverage(rows: null)`) reaches the
 * resolver as null rather than the default, which the graph-shaped queries do not expect.
 */
export function refuseNullForDefaults(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): void {
  for (const arg of field.args) {
    if (arg.defaultValue !== undefined && args[arg.name] === null) {
      throw badInput(
        arg.name,
        `${arg.name} cannot be null; leave it out to use the default (${JSON.stringify(arg.defaultValue)}).`,
      );
    }
  }
}

function walk(info: GraphQLResolveInfo, type: GraphQLCompositeType, set: SelectionSetNode, path: string): void {
  if ((isObjectType(type) || isInterfaceType(type)) && onlyTypename(info, set)) {
    throw badInput(path, `${path}: select at least one field of ${type.name} besides __typename.`);
  }
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
      if (!field) continue; // __typename, or a field of a union member reached through a fragment
      const at = `${path}.${selection.name.value}`;
      checkArguments(field.args, getArgumentValues(field, selection, info.variableValues), at);
      if (selection.selectionSet)
        walk(info, getNamedType(field.type) as GraphQLCompositeType, selection.selectionSet, at);
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? info.fragments[selection.name.value] : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? info.schema.getType(fragment.typeCondition.name.value) : type;
      walk(info, (condition ?? type) as GraphQLCompositeType, fragment.selectionSet, path);
    }
  }
}

/** True when a selection set (fragments included) asks for nothing but __typename. */
function onlyTypename(info: GraphQLResolveInfo, set: SelectionSetNode): boolean {
  return set.selections.every((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === "__typename";
    const fragment = s.kind === Kind.FRAGMENT_SPREAD ? info.fragments[s.name.value] : s;
    return fragment ? onlyTypename(info, fragment.selectionSet) : true;
  });
}

function checkArguments(
  definitions: readonly { name: string; type: GraphQLInputType }[],
  values: Record<string, unknown>,
  path: string,
): void {
  for (const { name, type } of definitions) {
    const value = values[name];
    if (PAGING.has(name) && typeof value === "number" && value < 0) {
      throw badInput(name, `${path}(${name}) must be 0 or more (got ${value}).`);
    }
    checkValue(type, value, `${path}(${name})`, name);
  }
}

/** An explicit null where the library expects a filter object (e.g. `where: { id: null }`). */
function checkValue(type: GraphQLInputType, value: unknown, path: string, argumentName: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) {
    checkValue(type.ofType, value, path, argumentName);
  } else if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, i) => checkValue(type.ofType, item, `${path}[${i}]`, argumentName));
  } else if (isInputObjectType(type) && typeof value === "object") {
    const fields = type.getFields();
    for (const [key, inner] of Object.entries(value)) {
      const field = fields[key];
      if (!field) continue;
      if (inner === null && isInputObjectType(getNamedType(field.type)) && !isListType(field.type)) {
        throw badInput(argumentName, `${path}.${key} cannot be null; leave it out to apply no condition.`);
      }
      checkValue(field.type, inner, `${path}.${key}`, argumentName);
    }
  }
}
