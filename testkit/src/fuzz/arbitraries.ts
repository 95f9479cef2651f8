import fc from "fast-check";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
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
import { toJson } from "./operation.js";
import { anyValue, floatValue, intValue, stringValue } from "./values.js";
import { deepOperation } from "./deep-operation.js";
import { defectArbitrary } from "./defects.js";

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

  // One root field and up to one more. Not `fc.array(…, { minLength: 1 })`: fast-check shrinks an
  // array's length by dropping items from its start only, so a failure caused by the first root
  // could never lose the second. An optional tail of its own shrinks to nothing.
  const validOperation: fc.Arbitrary<FuzzOperation> = kind.chain((k) =>
    fc
      .record({ first: rootField(k), more: fc.array(rootField(k), { maxLength: 1 }), asVariables: fc.boolean() })
      .map(({ first, more, asVariables }) => build(k, [first, ...more], asVariables)),
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
      variables.push({ name: variable, declared: argTypes[name] ?? "String", value: toJson(value) });
      return [name, { variable }] as const;
    }),
  }));
  return { kind, selections, variables };
}
