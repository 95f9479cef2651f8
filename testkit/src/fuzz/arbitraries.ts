import fc from "fast-check";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLUnionType,
} from "graphql";
import type { ArgValue, FieldSelection, FuzzOperation, Selection } from "./operation.js";
import { isFragment } from "./operation.js";
import { anyValue, dedupe, floatValue, intValue, RAW_LITERALS, stringValue, unknownName } from "./values.js";

type Composite = GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType;
type AnyField = GraphQLField<unknown, unknown>;

/** Selection depth of ordinary operations; the deep ones go far past the server's limit of 10. */
const MAX_DEPTH = 4;
/** Input objects nest (AND/OR/NOT filters); beyond this only their required fields are set. */
const MAX_INPUT_DEPTH = 3;
/** A huge list's strings together stay under this many characters (about 80 times the body limit). */
const HUGE_BODY_CHARS = 8_000_000;

export interface FuzzInputs {
  schema: GraphQLSchema;
  /** Real node ids, so that many operations find something. */
  ids: readonly string[];
}

/** A root field with its arguments, and the declared type of each (to turn them into variables). */
interface RootField {
  selection: FieldSelection;
  argTypes: Record<string, string>;
}

/**
 * Operations built from the schema itself: every root field, argument and selectable field
 * the server offers, valid or nearly so. Five families, by weight: valid operations (random
 * fields, arguments at and beyond their bounds, hostile strings, literals or variables); the
 * same with one defect (an unknown field or argument, a wrong type, a missing argument, a
 * selection where none belongs, variables of the wrong shape); very deep selections; very
 * wide ones (aliases); and huge lists.
 */
export function operationArbitrary({ schema, ids }: FuzzInputs): fc.Arbitrary<FuzzOperation> {
  const inputMemo = new Map<string, fc.Arbitrary<ArgValue>>();
  const selectionMemo = new Map<string, fc.Arbitrary<Selection[]>>();
  const strings = stringValue(ids);
  const wrong = anyValue(ids);

  const scalarValue = (name: string): fc.Arbitrary<ArgValue> => {
    switch (name) {
      case "Int":
        return intValue();
      case "Float":
        return floatValue();
      case "Boolean":
        return fc.boolean();
      case "String":
      case "ID":
        return strings;
      default:
        // Custom scalars (dates, big integers): text or numbers, right or wrong.
        return fc.oneof(
          strings,
          intValue(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        );
    }
  };

  const inputValue = (type: GraphQLInputType, depth: number): fc.Arbitrary<ArgValue> => {
    const key = `${String(type)}@${depth}`;
    const known = inputMemo.get(key);
    if (known) return known;
    let arb: fc.Arbitrary<ArgValue>;
    if (isNonNullType(type)) {
      arb = nonNullValue(type.ofType, depth);
    } else {
      arb = fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: nonNullValue(type, depth) });
    }
    inputMemo.set(key, arb);
    return arb;
  };

  const nonNullValue = (type: GraphQLInputType, depth: number): fc.Arbitrary<ArgValue> => {
    if (isNonNullType(type)) return nonNullValue(type.ofType, depth);
    if (isListType(type)) {
      const item = fc.constant(null).chain(() => inputValue(type.ofType, depth + 1));
      return fc.array(item, { maxLength: 3 }).map((list) => ({ list }));
    }
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name)).map((e) => ({ enum: e }));
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
      const optional = depth < MAX_INPUT_DEPTH ? fields.filter((f) => !required.includes(f)) : [];
      return fc
        .subarray(optional, { maxLength: Math.min(3, optional.length) })
        .chain((chosen) =>
          fc
            .tuple(
              ...[...required, ...chosen].map((f) => inputValue(f.type, depth + 1).map((v) => [f.name, v] as const)),
            )
            .map((pairs) => ({ fields: pairs })),
        );
    }
    return scalarValue(type.name);
  };

  const argumentsOf = (args: readonly GraphQLArgument[]) => {
    const required = args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    const optional = args.filter((a) => !required.includes(a));
    return fc
      .subarray(optional, { maxLength: Math.min(3, optional.length) })
      .chain((chosen) =>
        fc.tuple(...[...required, ...chosen].map((a) => inputValue(a.type, 0).map((v) => [a.name, v] as const))),
      );
  };

  const fieldSelection = (field: AnyField, depth: number): fc.Arbitrary<FieldSelection> => {
    const named = getNamedType(field.type);
    const selections: fc.Arbitrary<Selection[]> = isLeafType(named)
      ? fc.constant([])
      : fc.constant(null).chain(() => selectionsOf(named as Composite, depth + 1));
    return fc
      .record({
        alias: fc.option(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/), { freq: 6, nil: undefined }),
        args: argumentsOf(field.args),
        selections,
      })
      .map((f) => ({ ...f, name: field.name }));
  };

  const selectionsOf = (type: Composite, depth: number): fc.Arbitrary<Selection[]> => {
    const key = `${type.name}@${depth}`;
    const known = selectionMemo.get(key);
    if (known) return known;
    let arb: fc.Arbitrary<Selection[]>;
    if (isUnionType(type)) {
      const typename: Selection = { name: "__typename", args: [], selections: [] };
      arb = fc
        .subarray([...type.getTypes()], { minLength: 1, maxLength: Math.min(2, type.getTypes().length) })
        .chain((types) =>
          fc.tuple(...types.map((t) => selectionsOf(t, depth).map((selections) => ({ on: t.name, selections })))),
        )
        .map((fragments) => [typename, ...fragments]);
    } else {
      const fields = Object.values(type.getFields()) as AnyField[];
      const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
      const usable = depth >= MAX_DEPTH ? leaves : fields;
      arb =
        usable.length === 0
          ? fc.constant([{ name: "__typename", args: [], selections: [] }])
          : fc
              .subarray(usable, { minLength: 1, maxLength: Math.min(4, usable.length) })
              .chain((chosen) => fc.tuple(...chosen.map((f) => fieldSelection(f, depth))));
    }
    selectionMemo.set(key, arb);
    return arb;
  };

  const rootFields = (kind: "query" | "mutation"): AnyField[] => {
    const root = kind === "query" ? schema.getQueryType() : schema.getMutationType();
    return root ? (Object.values(root.getFields()) as AnyField[]) : [];
  };

  const rootField = (kind: "query" | "mutation"): fc.Arbitrary<RootField> =>
    fc.constantFrom(...rootFields(kind)).chain((field) =>
      fieldSelection(field, 0).map((selection) => ({
        selection,
        argTypes: Object.fromEntries(field.args.map((a) => [a.name, String(a.type)])),
      })),
    );

  const kind = fc.oneof(
    { weight: 5, arbitrary: fc.constant("query" as const) },
    { weight: 1, arbitrary: fc.constant("mutation" as const) },
  );

  const validOperation: fc.Arbitrary<FuzzOperation> = kind.chain((k) =>
    fc
      .record({ roots: fc.array(rootField(k), { minLength: 1, maxLength: 2 }), asVariables: fc.boolean() })
      .map(({ roots, asVariables }) => build(k, roots, asVariables)),
  );

  const defective: fc.Arbitrary<FuzzOperation> = fc
    .tuple(validOperation, defectArbitrary(ids, wrong))
    .map(([op, defect]) => defect(op));

  const deep: fc.Arbitrary<FuzzOperation> = fc
    .array(fc.nat(), { minLength: 8, maxLength: 30 })
    .map((path) => deepOperation(schema, path, ids));

  const wide: fc.Arbitrary<FuzzOperation> = fc
    .tuple(rootField("query"), fc.integer({ min: 10, max: 150 }))
    .map(([root, n]) =>
      build(
        "query",
        Array.from({ length: n }, (_, i) => ({ ...root, selection: { ...root.selection, alias: `a${i}` } })),
        false,
      ),
    );

  const huge: fc.Arbitrary<FuzzOperation> = fc
    .record({
      root: rootField("query"),
      size: fc.constantFrom(100, 1000, 5000, 50_000),
      item: strings,
      asVariables: fc.boolean(),
    })
    .map(({ root, size, item, asVariables }) => {
      // Far past the server's body limit either way, but small enough to build and send: 50,000
      // copies of a 20,000-character string would be a 1 GB body, longer than a JavaScript string.
      const capped = typeof item === "string" ? item.slice(0, Math.floor(HUGE_BODY_CHARS / size)) : item;
      const list = { list: Array.from({ length: size }, () => capped) };
      const [first] = root.selection.args;
      const args = first ? [[first[0], list] as const, ...root.selection.args.slice(1)] : [["ids", list] as const];
      return build("query", [{ ...root, selection: { ...root.selection, args } }], asVariables);
    });

  return fc.oneof(
    { weight: 5, arbitrary: validOperation },
    { weight: 4, arbitrary: defective },
    { weight: 1, arbitrary: deep },
    { weight: 1, arbitrary: wide },
    { weight: 1, arbitrary: huge },
  );
}

/** An operation from root fields; with `asVariables`, their arguments become declared variables. */
function build(kind: "query" | "mutation", roots: RootField[], asVariables: boolean): FuzzOperation {
  if (!asVariables) return { kind, selections: roots.map((r) => r.selection), variables: [] };
  const variables: { name: string; declared: string; value: unknown }[] = [];
  const selections = roots.map(({ selection, argTypes }) => ({
    ...selection,
    args: selection.args.map(([name, value]) => {
      // Raw literals have no JSON form; they stay in the document.
      if (value !== null && typeof value === "object" && "raw" in value) return [name, value] as const;
      const variable = `v${variables.length}`;
      variables.push({ name: variable, declared: argTypes[name] ?? "String", value: jsonOf(value) });
      return [name, { variable }] as const;
    }),
  }));
  return { kind, selections, variables };
}

function jsonOf(v: ArgValue): unknown {
  if (v === null || typeof v !== "object") return v;
  if ("enum" in v) return v.enum;
  if ("raw" in v) return v.raw;
  if ("variable" in v) return null;
  if ("list" in v) return v.list.map(jsonOf);
  return Object.fromEntries(v.fields.map(([k, x]) => [k, jsonOf(x)]));
}

type Defect = (op: FuzzOperation) => FuzzOperation;

/** Changes one thing about a valid operation so that it is nearly, but not quite, valid. */
function defectArbitrary(ids: readonly string[], wrong: fc.Arbitrary<ArgValue>): fc.Arbitrary<Defect> {
  const onFirstRoot =
    (change: (f: FieldSelection) => FieldSelection): Defect =>
    (op) => {
      const [first, ...rest] = op.selections;
      if (!first || isFragment(first)) return op;
      return { ...op, selections: [change(first), ...rest] };
    };
  const declaredTypes = fc.oneof(
    fc.constantFrom(
      "String",
      "String!",
      "Int",
      "[Int!]!",
      "ID",
      "Boolean",
      "Float",
      "[[String]]",
      "GraphFilter",
      "JSON",
    ),
    unknownName(),
  );
  return fc.oneof(
    // A field the type lacks, at the top or one level down.
    fc.tuple(unknownName(), fc.boolean()).map(([name, nested]): Defect =>
      onFirstRoot((f) => {
        const extra = { name, args: [], selections: [] };
        if (!nested || f.selections.length === 0) return { ...f, selections: [...f.selections, extra] };
        return { ...f, selections: [extra, ...f.selections] };
      }),
    ),
    fc
      .tuple(unknownName(), wrong)
      .map(([name, value]): Defect =>
        onFirstRoot((f) => ({ ...f, args: dedupe([...f.args, [name, value] as const]) })),
      ),
    // A wrongly typed argument (or variable value).
    fc.tuple(fc.nat(), wrong).map(([i, value]): Defect => (op) => {
      if (op.variables.length > 0) {
        const at = i % op.variables.length;
        return { ...op, variables: op.variables.map((v, j) => (j === at ? { ...v, value: jsonOf(value) } : v)) };
      }
      return onFirstRoot((f) =>
        f.args.length === 0
          ? f
          : { ...f, args: f.args.map(([k, v], j) => [k, j === i % f.args.length ? value : v] as const) },
      )(op);
    }),
    // Required arguments left out.
    fc.constant(onFirstRoot((f) => ({ ...f, args: [] }))),
    // A selection set on a leaf, or none on an object.
    fc.constant(
      onFirstRoot((f) =>
        f.selections.length === 0
          ? { ...f, selections: [{ name: "id", args: [], selections: [] }] }
          : { ...f, selections: [] },
      ),
    ),
    // Variables: undeclared, declared with the wrong type, or not an object at all.
    fc.constant(
      onFirstRoot((f) => ({ ...f, args: [...f.args, ["undeclaredArg", { variable: "undeclared" }] as const] })),
    ),
    fc.tuple(fc.nat(), declaredTypes).map(
      ([i, declared]): Defect =>
        (op) =>
          op.variables.length === 0
            ? { ...op, variables: [{ name: "unused", declared, value: null }] }
            : {
                ...op,
                variables: op.variables.map((v, j) => (j === i % op.variables.length ? { ...v, declared } : v)),
              },
    ),
    fc
      .oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.constantFrom<unknown>(
          "a string",
          42,
          true,
          [1, 2, 3],
          [],
          "{}",
          JSON.parse('{"__proto__":{"polluted":true}}'),
        ),
        stringValue(ids),
      )
      .map((value): Defect => (op) => ({ ...op, variablesOverride: { value } })),
    // An inline fragment on a type the field cannot return, or a conflicting alias.
    unknownName().map((type): Defect =>
      onFirstRoot((f) => ({ ...f, selections: [...f.selections, { on: `X${type}`, selections: [] }] })),
    ),
    fc.constant<Defect>((op) => {
      const [first] = op.selections;
      if (!first || isFragment(first)) return op;
      const twin = { ...first, alias: "same", args: [...first.args, ["limit", 1] as const] };
      return { ...op, selections: [{ ...first, alias: "same" }, twin] };
    }),
    fc.constantFrom(...RAW_LITERALS).map((raw): Defect =>
      onFirstRoot((f) => ({
        ...f,
        args: f.args.length ? [[f.args[0]![0], { raw }] as const, ...f.args.slice(1)] : [["id", { raw }] as const],
      })),
    ),
  );
}

/**
 * A selection that follows object-typed fields `path.length` levels down (each step picks the
 * field `path[i]` modulo the choices), ending in __typename; required arguments get a plain
 * value. Shrinking shortens the path.
 */
function deepOperation(schema: GraphQLSchema, path: readonly number[], ids: readonly string[]): FuzzOperation {
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
