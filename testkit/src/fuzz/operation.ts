/**
 * A fuzzed GraphQL operation as data, so fast-check can generate it from the schema and shrink
 * it field by field, and one printer that turns it into the HTTP request body.
 */

/** An argument value, printed as a GraphQL literal or sent as a variable's JSON. */
export type ArgValue =
  | null
  | boolean
  | number
  | string
  | { readonly enum: string }
  /** Printed verbatim: literals JSON cannot express (2147483648, 1e400, bare words). */
  | { readonly raw: string }
  | { readonly list: readonly ArgValue[] }
  | { readonly fields: readonly (readonly [string, ArgValue])[] }
  /** A reference to one of the operation's variables. */
  | { readonly variable: string };

export interface FieldSelection {
  readonly alias?: string | undefined;
  readonly name: string;
  readonly args: readonly (readonly [string, ArgValue])[];
  readonly selections: readonly Selection[];
}

export interface InlineFragment {
  readonly on: string;
  readonly selections: readonly Selection[];
}

export type Selection = FieldSelection | InlineFragment;

export interface FuzzOperation {
  readonly kind: "query" | "mutation";
  readonly selections: readonly Selection[];
  /** Declared variables with the JSON sent for each; `declared` may not be the argument's type. */
  readonly variables: readonly { readonly name: string; readonly declared: string; readonly value: unknown }[];
  /** When set, sent as the request's `variables` instead of the object above (a wrong shape). */
  readonly variablesOverride?: { readonly value: unknown } | undefined;
}

export const isFragment = (s: Selection): s is InlineFragment => "on" in s;

function printValue(v: ArgValue): string {
  if (v === null) return "null";
  if (typeof v === "boolean" || typeof v === "number") return String(v);
  // JSON's string escapes are GraphQL's (a lone surrogate's \u escape is refused by the parser,
  // which is one of the things worth trying).
  if (typeof v === "string") return JSON.stringify(v);
  if ("variable" in v) return `$${v.variable}`;
  if ("enum" in v) return v.enum;
  if ("raw" in v) return v.raw;
  if ("list" in v) return `[${v.list.map(printValue).join(", ")}]`;
  return `{${v.fields.map(([k, x]) => `${k}: ${printValue(x)}`).join(", ")}}`;
}

/** The JSON a variable carries for a value (enums by name; raw literals as their text). */
export function toJson(v: ArgValue): unknown {
  if (v === null || typeof v !== "object") return v;
  if ("enum" in v) return v.enum;
  if ("raw" in v) return v.raw;
  if ("variable" in v) return null;
  if ("list" in v) return v.list.map(toJson);
  return Object.fromEntries(v.fields.map(([k, x]) => [k, toJson(x)]));
}

function printSelections(selections: readonly Selection[], indent: string): string {
  if (selections.length === 0) return "";
  const inner = `${indent}  `;
  const lines = selections.map((s) => {
    if (isFragment(s)) return `${inner}... on ${s.on}${printSelections(s.selections, inner)}`;
    const alias = s.alias ? `${s.alias}: ` : "";
    const args = s.args.length > 0 ? `(${s.args.map(([k, v]) => `${k}: ${printValue(v)}`).join(", ")})` : "";
    return `${inner}${alias}${s.name}${args}${printSelections(s.selections, inner)}`;
  });
  return ` {\n${lines.join("\n")}\n${indent}}`;
}

/** The document's text. */
export function printDocument(op: FuzzOperation): string {
  const declared = op.variables.map((v) => `$${v.name}: ${v.declared}`).join(", ");
  const header = declared ? `${op.kind} Fuzz(${declared})` : op.kind;
  return `${header}${printSelections(op.selections, "")}`;
}

/** The POST /graphql body. */
export function requestBody(op: FuzzOperation): { query: string; variables: unknown } {
  const variables = op.variablesOverride
    ? op.variablesOverride.value
    : Object.fromEntries(op.variables.map((v) => [v.name, v.value]));
  return { query: printDocument(op), variables };
}

/**
 * Every string the request itself carries (argument values, names it made up), so that an
 * error message quoting them back is not mistaken for the server leaking something.
 */
export function inputStrings(op: FuzzOperation): string[] {
  const out = new Set<string>();
  const fromJson = (v: unknown): void => {
    if (typeof v === "string") out.add(v);
    else if (Array.isArray(v)) v.forEach(fromJson);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        out.add(k);
        fromJson(x);
      }
    }
  };
  const fromValue = (v: ArgValue): void => fromJson(toJson(v));
  const walk = (selections: readonly Selection[]): void => {
    for (const s of selections) {
      if (isFragment(s)) {
        out.add(s.on);
      } else {
        out.add(s.name);
        if (s.alias) out.add(s.alias);
        for (const [k, v] of s.args) {
          out.add(k);
          fromValue(v);
        }
      }
      walk(s.selections);
    }
  };
  walk(op.selections);
  for (const v of op.variables) {
    out.add(v.declared);
    fromJson(v.value);
  }
  if (op.variablesOverride) fromJson(op.variablesOverride.value);
  return [...out];
}
