import { type NodeLabel, type NodeRecords, ORGANISATION_KINDS, RESOURCE_KINDS } from "@rrn/model";

/**
 * The properties a curator edits for each node type: every key of the seed's record schema
 * (graph-seed's NodeRecords) but the fixed id. The mapped types make the type check fail here
 * when the model gains a property, so the editor never silently lacks one.
 */

export type FieldKind = "text" | "longtext" | "year" | "url" | "list" | "choice" | "flag" | "facts";

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  /** `choice`: the allowed values (kinds). */
  options?: readonly string[];
  hint?: string;
}

type Spec = Omit<FieldSpec, "key">;
type FieldsOf<L extends NodeLabel> = { [K in Exclude<keyof NodeRecords[L], "id">]-?: Spec };

const summary: Spec = { label: "Summary", kind: "longtext", required: true };
const aliases: Spec = { label: "Also known as", kind: "list", hint: "One name per line." };
const generalKnowledge: Spec = {
  label: "From general knowledge",
  kind: "facts",
  hint: "Tick the properties the source page does not state.",
};
const name: Spec = { label: "Name", kind: "text", required: true };
const year: Spec = { label: "Year", kind: "year", hint: "Four digits, 1800–2100." };

const FIELDS: { [L in NodeLabel]: FieldsOf<L> } = {
  Resource: {
    title: { label: "Title", kind: "text", required: true },
    kind: { label: "Kind", kind: "choice", options: RESOURCE_KINDS, required: true },
    year,
    url: {
      label: "Link to the resource",
      kind: "url",
      hint: "An http:// or https:// address; leave empty when there is none (visitors then get “Find it”).",
    },
    summary,
    aliases,
    easyRead: { label: "An easy-read version exists", kind: "flag" },
    editable: { label: "An editable version exists", kind: "flag" },
    descriptiveTitle: { label: "The title is ours (the page gives none)", kind: "flag" },
    description: {
      label: "What it is (untitled items)",
      kind: "text",
      hint: "For an item the page gives no title: a few words shown under the title, which keeps only the names the page gives.",
    },
    generalKnowledge,
  },
  Organisation: {
    name,
    kind: { label: "Kind", kind: "choice", options: ORGANISATION_KINDS, required: true },
    country: { label: "Country", kind: "text" },
    summary,
    aliases,
    generalKnowledge,
  },
  Framework: { name, origin: { label: "Origin", kind: "text" }, summary, aliases, generalKnowledge },
  RestraintType: {
    name,
    definition: { label: "Definition", kind: "longtext", required: true },
    summary,
    aliases,
    generalKnowledge,
  },
  Setting: { name, summary, aliases, generalKnowledge },
  Audience: { name, summary, aliases, generalKnowledge },
  Jurisdiction: { name, summary, aliases, generalKnowledge },
  Legislation: { name, year, summary, aliases, generalKnowledge },
  Person: { name, role: { label: "Role", kind: "text", required: true }, summary, aliases, generalKnowledge },
};

export function fieldsOf(label: NodeLabel): FieldSpec[] {
  return Object.entries(FIELDS[label]).map(([key, spec]: [string, Spec]) => ({ key, ...spec }));
}

/** A form's values: text for text-like fields, lists for aliases and general-knowledge facts. */
export type FieldValue = string | boolean | string[];
export type FieldValues = Record<string, FieldValue>;

/** The form's starting values from what the API returned for the node (absent = empty). */
export function initialValues(label: NodeLabel, node: Record<string, unknown>): FieldValues {
  const values: FieldValues = {};
  for (const field of fieldsOf(label)) {
    const raw = node[field.key === "title" || field.key === "name" ? "label" : field.key] ?? node[field.key];
    if (field.kind === "flag") values[field.key] = raw === true;
    else if (field.kind === "list" || field.kind === "facts")
      values[field.key] = Array.isArray(raw) ? raw.filter((v): v is string => typeof v === "string") : [];
    else values[field.key] = typeof raw === "string" || typeof raw === "number" ? String(raw) : "";
  }
  return values;
}

/** A value as the API stores it: trimmed text or null, a number, a list without blanks, true or null. */
export function apiValue(field: FieldSpec, value: FieldValue | undefined): string | number | boolean | string[] | null {
  if (field.kind === "flag") return value === true ? true : null;
  if (field.kind === "list" || field.kind === "facts") {
    const list = Array.isArray(value) ? value : [];
    return list.map((v) => v.trim()).filter(Boolean);
  }
  const text = typeof value === "string" ? value.trim() : "";
  if (!text) return null;
  return field.kind === "year" ? Number(text) : text;
}

/** What a problem with a value is, in words, or null when it is fine; the server checks again. */
export function fieldProblem(field: FieldSpec, value: FieldValue | undefined): string | null {
  const v = apiValue(field, value);
  if (field.required && (v === null || (Array.isArray(v) && v.length === 0))) return `${field.label} is required.`;
  if (field.kind === "year" && v !== null && (!Number.isInteger(v) || (v as number) < 1800 || (v as number) > 2100))
    return "Year must be a whole number from 1800 to 2100.";
  if (field.kind === "url" && typeof v === "string" && !/^https?:\/\/\S+$/.test(v))
    return "The link must start with http:// or https://.";
  return null;
}

/** The update the generated mutation takes: `{ key: { set: value } }` for each changed field only. */
export function changedFields(
  label: NodeLabel,
  before: FieldValues,
  after: FieldValues,
): Record<string, { set: string | number | boolean | string[] | null }> {
  const update: Record<string, { set: string | number | boolean | string[] | null }> = {};
  for (const field of fieldsOf(label)) {
    const old = apiValue(field, before[field.key]);
    const next = apiValue(field, after[field.key]);
    if (JSON.stringify(old) !== JSON.stringify(next)) update[field.key] = { set: next };
  }
  return update;
}

/** The create input's properties: every non-empty value. */
export function createdFields(
  label: NodeLabel,
  values: FieldValues,
): Record<string, string | number | boolean | string[]> {
  const input: Record<string, string | number | boolean | string[]> = {};
  for (const field of fieldsOf(label)) {
    const v = apiValue(field, values[field.key]);
    if (v !== null && !(Array.isArray(v) && v.length === 0)) input[field.key] = v;
  }
  return input;
}
