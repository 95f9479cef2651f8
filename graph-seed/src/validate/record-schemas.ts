import { z } from "zod";
import type { NodeLabel } from "../model/labels.js";
import { ORGANISATION_KINDS, RESOURCE_KINDS } from "../model/kinds.js";
import { DEFAULT_SOURCE } from "../model/relationship-types.js";
import { entityId, relationshipFields, withRelationshipRule } from "../model/relationship-rule.js";

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

const common = {
  id: slug,
  summary: text,
  aliases: textList.optional(),
  /** Names the properties of this record that come from general knowledge, not the page. */
  generalKnowledge: textList.optional(),
};
const named = { ...common, name: text };

export const resourceRecord = z.strictObject({
  ...common,
  title: text,
  kind: z.enum(RESOURCE_KINDS),
  year: year.optional(),
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  easyRead: flag.optional(),
  editable: flag.optional(),
  /** The page gives no title, so ours describes the item. */
  descriptiveTitle: flag.optional(),
});

export const NODE_RECORD_SCHEMAS = {
  Resource: resourceRecord,
  Organisation: z.strictObject({ ...named, kind: z.enum(ORGANISATION_KINDS), country: text.optional() }),
  Framework: z.strictObject({ ...named, origin: text.optional() }),
  RestraintType: z.strictObject({ ...named, definition: text }),
  Setting: z.strictObject(named),
  Audience: z.strictObject(named),
  Jurisdiction: z.strictObject(named),
  Legislation: z.strictObject({ ...named, year: year.optional() }),
  Person: z.strictObject({ ...named, role: text }),
} as const satisfies Record<NodeLabel, z.ZodType>;

export type NodeRecords = { [L in NodeLabel]: z.infer<(typeof NODE_RECORD_SCHEMAS)[L]> };
export type NodeRecord = NodeRecords[NodeLabel];
export type ResourceRecord = NodeRecords["Resource"];

/** Every property a record of the label may carry: the keys the seed owns on its nodes. */
export function recordKeys(label: NodeLabel): string[] {
  return Object.keys(NODE_RECORD_SCHEMAS[label].shape);
}

/** A relationship as written in a seed file: the shared relationship rule, plus slugs for its ends and source. */
export const relationshipRecord = withRelationshipRule(
  z.strictObject({
    from: slug,
    ...relationshipFields,
    to: slug,
    source: slug.default(DEFAULT_SOURCE),
  }),
);

export type RelationshipRecord = z.infer<typeof relationshipRecord>;
