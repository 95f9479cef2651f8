import type { ElementDefinition, Position } from "./cytoscape-instance";
import { KIND_FAMILIES, kindFamily } from "./kind-colours";
import { compareLabels } from "./label-order";

/**
 * The timeline's preset layout, computed from the years: x by year (one column per year, gaps
 * for years without resources, so distance reads as time), resources of one year stacked, and
 * resources without a year in their own lane below. Each year and the undated lane is a compound
 * group, whose title names it on the canvas. Pure, so it is unit-tested without a canvas.
 */

export interface TimelineItem {
  id: string;
  label: string;
  year: number | null;
  kind: string | null;
}

export interface TimelineLayout {
  positions: Map<string, Position>;
  /** Resource id → its year's (or the undated lane's) group id. */
  parents: Map<string, string>;
  groups: ElementDefinition[];
  /** The years present, oldest first; null when no resource has a year. */
  span: { from: number; to: number } | null;
}

export const YEAR_WIDTH = 190;
export const ROW_HEIGHT = 95;
/** Space between the last row of the years and the undated lane's title. */
const LANE_GAP = 140;

export const UNDATED_GROUP = "timeline-undated";
export const yearGroup = (year: number): string => `timeline-year-${year}`;

const familyOrder = (kind: string | null): number => {
  const family = kindFamily(kind);
  const index = KIND_FAMILIES.indexOf(family);
  return index === -1 ? KIND_FAMILIES.length : index;
};

/** Same kind family together, then by title, so a year's stack reads the same each time. */
function byKindThenLabel(a: TimelineItem, b: TimelineItem): number {
  return familyOrder(a.kind) - familyOrder(b.kind) || compareLabels(a.label, b.label);
}

export function timelineLayout(items: readonly TimelineItem[]): TimelineLayout {
  const positions = new Map<string, Position>();
  const parents = new Map<string, string>();
  const groups: ElementDefinition[] = [];

  const byYear = new Map<number, TimelineItem[]>();
  const undated: TimelineItem[] = [];
  for (const item of items) {
    if (item.year === null) undated.push(item);
    else byYear.set(item.year, [...(byYear.get(item.year) ?? []), item]);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const first = years[0];
  const last = years.at(-1);

  let tallest = 0;
  for (const year of years) {
    const stack = (byYear.get(year) ?? []).sort(byKindThenLabel);
    tallest = Math.max(tallest, stack.length);
    const group = yearGroup(year);
    groups.push({ group: "nodes", data: { id: group, label: String(year) }, classes: "year-group" });
    stack.forEach((item, row) => {
      positions.set(item.id, { x: (year - (first ?? year)) * YEAR_WIDTH, y: row * ROW_HEIGHT });
      parents.set(item.id, group);
    });
  }

  if (undated.length > 0) {
    // As wide as the years (at least four columns), so the lane sits under them.
    const columns = Math.max(4, first === undefined || last === undefined ? 0 : last - first + 1);
    const top = years.length > 0 ? tallest * ROW_HEIGHT + LANE_GAP : 0;
    groups.push({ group: "nodes", data: { id: UNDATED_GROUP, label: "No year given" }, classes: "year-group" });
    [...undated].sort(byKindThenLabel).forEach((item, i) => {
      positions.set(item.id, { x: (i % columns) * YEAR_WIDTH, y: top + Math.floor(i / columns) * ROW_HEIGHT });
      parents.set(item.id, UNDATED_GROUP);
    });
  }

  return {
    positions,
    parents,
    groups,
    span: first === undefined || last === undefined ? null : { from: first, to: last },
  };
}
