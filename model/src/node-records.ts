import { z } from "zod";
import type { NodeLabel } from "./labels.js";
import { ORGANISATION_KINDS, RESOURCE_KINDS } from "./kinds.js";
import { DEFAULT_SOURCE } from "./relationship-types.js";
import { entityId } from "./ids.js";
import { reasoningText, relationshipFields, withRelationshipRule } from "./relationship-rule.js";

/**
 * The shape of one record in each data file. Objects are strict so that a misspelt key
 * (`titel:`) is an error rather than a silently dropped property. Rules that need more than one
 * record (unique ids, existing ends, evidence in the source) live in check-graph.ts.
 */

export const slug = entityId;

const text = z.string().trim().min(1, { error: "must not be empty" });
const year = z.int({ error: "must be a whole number (a year)" }).min(1800).max(2100);
/** Flags are written only when they hold, so a file never says `easyRead: false`. */
const flag = z.literal(true, { error: "must be true when present (leave it out otherwise)" });
const textList = z.array(text, { error: "must be a list of strings" });

/**
 * Every record starts with these; `generalKnowledge` (see `provenance`) goes last. The order of
 * keys is the order of fields in the API's generated types (id and the display key first).
 */
const common = {
  id: slug,
  summary: text,
  aliases: textList.optional().meta({ description: "Other names the node is known by (used by search)." }),
};
const provenance = {
  generalKnowledge: textList
    .optional()
    .meta({ description: "Names of properties that come from general knowledge rather than the source page." }),
};
const named = { ...common, name: text };

export const resourceRecord = z.strictObject({
  ...common,
  title: text,
  kind: z.enum(RESOURCE_KINDS).meta({ description: "TOOLKIT, GUIDANCE, STANDARD, REPORT, CHECKLIST, VIDEO, …" }),
  year: year.optional(),
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  easyRead: flag.optional().meta({ description: "An easy-read version exists." }),
  editable: flag.optional().meta({ description: "An editable version exists." }),
  descriptiveTitle: flag
    .optional()
    .meta({ description: "The title is ours, describing an item the page gives no title." }),
  description: text.optional().meta({
    description:
      "For an item the page gives no title: what it is, in a few of our words, shown under its title. The title then holds only names the page gives (who, which event or body), so searches and citations use them.",
  }),
  ...provenance,
});

/**
 * The single definition of each node type's properties: the seed validator checks records
 * against it, the importer writes exactly these keys, and the API's entity types and GraphNode
 * fields are generated from it (server/src/schema/model-fields.ts; `npm run regenerate`).
 */
export const NODE_RECORD_SCHEMAS = {
  Resource: resourceRecord,
  Organisation: z.strictObject({ ...named, kind: z.enum(ORGANISATION_KINDS), country: text.optional(), ...provenance }),
  Framework: z.strictObject({
    ...named,
    origin: text.optional().meta({ description: "Where the framework comes from." }),
    ...provenance,
  }),
  RestraintType: z.strictObject({ ...named, definition: text, ...provenance }),
  Setting: z.strictObject({ ...named, ...provenance }),
  Audience: z.strictObject({ ...named, ...provenance }),
  Jurisdiction: z.strictObject({ ...named, ...provenance }),
  Legislation: z.strictObject({ ...named, year: year.optional(), ...provenance }),
  Person: z.strictObject({
    ...named,
    role: text.meta({ description: "Their public or professional role." }),
    ...provenance,
  }),
} as const satisfies Record<NodeLabel, z.ZodType>;

export type NodeRecords = { [L in NodeLabel]: z.infer<(typeof NODE_RECORD_SCHEMAS)[L]> };
export type NodeRecord = NodeRecords[NodeLabel];
export type ResourceRecord = NodeRecords["Resource"];

/** Every property a record of the label may carry: the keys the seed owns on its nodes. */
export function recordKeys(label: NodeLabel): string[] {
  return Object.keys(NODE_RECORD_SCHEMAS[label].shape);
}

/** The confirmation is for a quote read as stating the relationship; other bases say their own why. */
export const CONFIRMED_BY_MESSAGE = "`confirmedBy` belongs on basis STATED only (INFERRED says why in `reasoning`)";

/** A relationship as written in a seed file: the shared relationship rule, plus slugs for its ends and source. */
export const relationshipRecord = withRelationshipRule(
  z.strictObject({
    from: slug,
    ...relationshipFields,
    to: slug,
    source: slug.default(DEFAULT_SOURCE),
    /**
     * On a STATED relationship whose quote names neither end by name or alias ("this toolkit",
     * "they"): one line saying why the quote still states it about these two nodes, which the
     * validator then accepts and the report shows as confirmed.
     */
    confirmedBy: reasoningText.optional(),
  }),
).superRefine((r, ctx) => {
  if (r.confirmedBy && r.basis !== "STATED") {
    ctx.addIssue({ code: "custom", message: CONFIRMED_BY_MESSAGE, path: [] });
  }
});

export type RelationshipRecord = z.infer<typeof relationshipRecord>;
