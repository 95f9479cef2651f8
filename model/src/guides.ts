import { z } from "zod";
import { RESOURCE_KINDS } from "./kinds.js";
import type { NodeLabel } from "./labels.js";
import { entityId } from "./ids.js";
import type { RelationshipType } from "./relationship-types.js";

/**
 * The shape of `graph-seed/data/routes.yaml`: guides (the explorer's "guided routes", at
 * /routes) for people who don't think in graphs. A guide is an ordered list of plain-language
 * questions; each is answered by a
 * selection of resources made from the graph (never a copy of the graph's data), so a resource
 * added later with the same audience, setting or lineage joins the guide by itself.
 */

/** The file, beside the label files. */
export const GUIDES_FILE = "routes.yaml";

/**
 * Facets a selection can filter resources by: the relationship from the resource and the label
 * at its other end. The same facets, with the same meaning, as the overview's filters.
 */
export const SELECTION_FACETS = {
  audiences: { relationships: ["FOR_AUDIENCE"], label: "Audience" },
  settings: { relationships: ["FOR_SETTING"], label: "Setting" },
  restraintTypes: { relationships: ["ADDRESSES"], label: "RestraintType" },
  jurisdictions: { relationships: ["APPLIES_IN"], label: "Jurisdiction" },
  organisations: { relationships: ["PUBLISHED_BY", "COMMISSIONED_BY", "DEVELOPED_WITH"], label: "Organisation" },
} as const satisfies Record<string, { relationships: readonly RelationshipType[]; label: NodeLabel }>;

export type SelectionFacet = keyof typeof SELECTION_FACETS;
export const SELECTION_FACET_NAMES = Object.keys(SELECTION_FACETS) as SelectionFacet[];

/**
 * Lineage: a resource belongs to the lineage of a framework or resource when a chain of
 * DERIVES_FROM relationships leads to it, optionally ending in DESCRIBES (the document that
 * sets a framework out); the named resource itself belongs too. Chains longer than this are
 * not followed.
 */
export const LINEAGE_RELATIONSHIPS = ["DERIVES_FROM", "DESCRIBES"] as const satisfies readonly RelationshipType[];
export const LINEAGE_MAX_HOPS = 6;
export const LINEAGE_TARGETS: readonly NodeLabel[] = ["Framework", "Resource"];

/** A step shows at most this many resources; the rest are counted. */
export const MAX_STEP_RESOURCES = 12;

const text = z.string().trim().min(1, { error: "must not be empty" });
const ids = z.array(entityId, { error: "must be a list of ids" }).min(1, { error: "must list at least one id" });

/**
 * One way of choosing resources: every facet given must hold (AND), the values within one facet
 * are alternatives (OR) — as in the overview's filters. `resources` names resources directly.
 * `why` says in our words why these resources are here; without it, the reason is built from
 * what matched (audience, setting, lineage, …).
 */
export const selectionClause = z
  .strictObject({
    resources: ids.optional(),
    audiences: ids.optional(),
    settings: ids.optional(),
    restraintTypes: ids.optional(),
    jurisdictions: ids.optional(),
    organisations: ids.optional(),
    kinds: z.array(z.enum(RESOURCE_KINDS)).min(1, { error: "must list at least one kind" }).optional(),
    lineage: ids.optional(),
    why: text.optional(),
  })
  .refine((c) => Object.entries(c).some(([key, value]) => key !== "why" && value !== undefined), {
    error: "a selection must name resources or filter by at least one facet (audiences, settings, lineage, …)",
  })
  // The graph says why a facet matched; only the guide's author can say why a named resource is here.
  .refine((c) => c.resources === undefined || c.why !== undefined, {
    error: "a selection that names resources needs `why`: say in our own words why they answer the question",
  });

export type SelectionClause = z.infer<typeof selectionClause>;

export const guideStep = z.strictObject({
  id: entityId,
  /** A question as the visitor would ask it. */
  question: text,
  /** Why these resources answer it, in our own words and plain English. */
  explanation: text,
  /** Alternatives (OR): a resource is chosen when any clause selects it; earlier clauses rank first. */
  select: z
    .array(selectionClause, { error: "must be a list of selections" })
    .min(1, { error: "must have at least one selection" }),
});

export type GuideStepRecord = z.infer<typeof guideStep>;

export const guideSchema = z.strictObject({
  id: entityId,
  title: text,
  /** Who the guide is for, in plain words. */
  audience: text,
  intro: text,
  /** Put easy-read resources first in every step: for audiences who need them. */
  easyReadFirst: z.literal(true, { error: "must be true when present (leave it out otherwise)" }).optional(),
  steps: z.array(guideStep, { error: "must be a list of steps" }).min(1, { error: "must have at least one step" }),
});

export type Guide = z.infer<typeof guideSchema>;
