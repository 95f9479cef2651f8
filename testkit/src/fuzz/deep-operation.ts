import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLUnionType,
} from "graphql";
import type { ArgValue, FuzzOperation, Selection } from "./operation.js";

type Composite = GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType;
type AnyField = GraphQLField<unknown, unknown>;

/**
 * A selection that follows object-typed fields `path.length` levels down (each step picks the
 * field `path[i]` modulo the choices), ending in __typename; required arguments get a plain
 * value. Shrinking shortens the path.
 */
export function deepOperation(schema: GraphQLSchema, path: readonly number[], ids: readonly string[]): FuzzOperation {
  const query = schema.getQueryType();
  if (!query) return { kind: "query", selections: [], variables: [] };
  const walk = (type: Composite, i: number): Selection[] => {
    const leaf: Selection = { name: "__typename", args: [], selections: [] };
    if (i >= path.length) return [leaf];
    const step = path[i]!;
    if (isUnionType(type)) {
      const options = type.getTypes();
      const target = options[step % options.length]!;
      return [leaf, { on: target.name, selections: walk(target, i + 1) }];
    }
    const composite = (Object.values(type.getFields()) as AnyField[]).filter(
      (f) =>
        isObjectType(getNamedType(f.type)) ||
        isInterfaceType(getNamedType(f.type)) ||
        isUnionType(getNamedType(f.type)),
    );
    if (composite.length === 0) return [leaf];
    const field = composite[step % composite.length]!;
    return [
      {
        name: field.name,
        args: field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, plainValue(a.type, ids)] as const),
        selections: walk(getNamedType(field.type) as Composite, i + 1),
      },
    ];
  };
  return { kind: "query", selections: walk(query, 0), variables: [] };
}

/** A simple valid value for a required argument on the deep path. */
function plainValue(type: GraphQLInputType, ids: readonly string[]): ArgValue {
  if (isNonNullType(type)) return plainValue(type.ofType, ids);
  if (isListType(type)) return { list: [plainValue(type.ofType, ids)] };
  if (isEnumType(type)) return { enum: type.getValues()[0]?.name ?? "X" };
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return { fields: required.map((f) => [f.name, plainValue(f.type, ids)] as const) };
  }
  if (type.name === "Int" || type.name === "Float") return 1;
  if (type.name === "Boolean") return true;
  return ids[0] ?? "x";
}
