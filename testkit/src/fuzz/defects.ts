import fc from "fast-check";
import type { ArgValue, FieldSelection, FuzzOperation } from "./operation.js";
import { isFragment, toJson } from "./operation.js";
import { dedupe, RAW_LITERALS, stringValue, unknownName } from "./values.js";

export type Defect = (op: FuzzOperation) => FuzzOperation;

/** Changes one thing about a valid operation so that it is nearly, but not quite, valid. */
export function defectArbitrary(ids: readonly string[], wrong: fc.Arbitrary<ArgValue>): fc.Arbitrary<Defect> {
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
        return { ...op, variables: op.variables.map((v, j) => (j === at ? { ...v, value: toJson(value) } : v)) };
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
