import {
  guideSchema,
  type Guide,
  LINEAGE_TARGETS,
  type NodeLabel,
  SELECTION_FACETS,
  type SelectionClause,
} from "@rrn/model";
import { type SeedNode, type SeedRelationship } from "../seed.js";
import type { SeedProblem } from "../validate/problems.js";
import { describeIssue } from "../validate/zod-messages.js";
import { indexSeed, selectFromSeed } from "./resolve-selection.js";

/** How a route record is named in messages: its id, or its position. */
function routeName(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === "string" && id !== "" ? id : `#${index + 1}`;
}

/**
 * Checks each route on its own: its shape (zod, strict), and ids unique among routes and among
 * one route's steps (they appear in URLs).
 */
export function checkGuideRecords(
  file: string,
  records: readonly unknown[],
): { routes: Guide[]; problems: SeedProblem[] } {
  const routes: Guide[] = [];
  const problems: SeedProblem[] = [];
  const routeIds = new Set<string>();
  records.forEach((raw, index) => {
    const record = routeName(raw, index);
    const parsed = guideSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, record, message: describeIssue(issue) });
      return;
    }
    const route = parsed.data;
    if (routeIds.has(route.id)) {
      problems.push({ file, record, message: "duplicate route id" });
      return;
    }
    routeIds.add(route.id);
    const stepIds = new Set<string>();
    for (const step of route.steps) {
      if (stepIds.has(step.id)) problems.push({ file, record: `${route.id}/${step.id}`, message: "duplicate step id" });
      stepIds.add(step.id);
    }
    routes.push(route);
  });
  return { routes, problems };
}

/** The labels an id named by each key of a selection must have. */
const LABELS_OF_KEY: Record<Exclude<keyof SelectionClause, "why" | "kinds">, readonly NodeLabel[]> = {
  resources: ["Resource"],
  lineage: LINEAGE_TARGETS,
  audiences: [SELECTION_FACETS.audiences.label],
  settings: [SELECTION_FACETS.settings.label],
  restraintTypes: [SELECTION_FACETS.restraintTypes.label],
  jurisdictions: [SELECTION_FACETS.jurisdictions.label],
  organisations: [SELECTION_FACETS.organisations.label],
};

/**
 * Resolves every route against the validated seed, in memory: each id a selection names must be
 * a node of the right label, and each step must select at least one resource — a step that
 * answers its question with nothing is an error, not an empty page.
 */
export function checkGuidesAgainstSeed(
  file: string,
  routes: readonly Guide[],
  nodes: readonly SeedNode[],
  relationships: readonly SeedRelationship[],
): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const labelOf = new Map(nodes.map((n) => [n.id, n.label]));
  const index = indexSeed(nodes, relationships);
  for (const route of routes) {
    for (const step of route.steps) {
      const record = `${route.id}/${step.id}`;
      let namesUnknown = false;
      step.select.forEach((clause, i) => {
        for (const [key, labels] of Object.entries(LABELS_OF_KEY) as [keyof typeof LABELS_OF_KEY, NodeLabel[]][]) {
          for (const id of clause[key] ?? []) {
            const label = labelOf.get(id);
            if (label && labels.includes(label)) continue;
            namesUnknown = true;
            problems.push({
              file,
              record,
              message: label
                ? `select[${i}].${key} names "${id}", a ${label}; it must be a ${labels.join(" or ")}`
                : `select[${i}].${key} names "${id}", which no node file defines`,
            });
          }
        }
      });
      // An unknown id already explains an empty selection.
      if (!namesUnknown && selectFromSeed(index, step, route.easyReadFirst === true).length === 0) {
        problems.push({
          file,
          record,
          message: `step "${step.question}" selects no resource in the seed; widen its selection or remove the step`,
        });
      }
    }
  }
  return problems;
}
