import type {
  CentralityMeasure,
  CoverageSplit,
  GraphFacet,
  GraphFilter,
  LineageDirection,
  NodeType,
} from "../__generated__/graphql";
import type { LayoutName } from "../graph/layouts";
import { NODE_TYPES } from "../graph/visual-encoding";

/**
 * The part of a view's state that lives in the URL, so that a shared link reproduces what the
 * sender saw: selection, tab, layout, expansions, facets and each view's own choices. Every view
 * reads and writes its query string through this one module (via hooks/use-view-state.ts).
 * Parsing is forgiving (unknown values are dropped, never thrown), writing omits defaults so
 * links stay short.
 */
export type ViewTab = "graph" | "list";

/**
 * The value of an id facet (`restraint`, `setting`, `audience`, `jurisdiction`, `org`) that
 * means "not recorded": resources with no value of that facet at all (`setting=schools&restraint=none`).
 * It is one more alternative within its facet, so it works as a plain checkbox or option.
 */
export const NOT_RECORDED = "none";

export interface Facets {
  types: NodeType[];
  restraintTypes: string[];
  settings: string[];
  audiences: string[];
  jurisdictions: string[];
  organisations: string[];
  /** Resource kinds (TOOLKIT, GUIDANCE, …). */
  kinds: string[];
  yearFrom?: number;
  yearTo?: number;
}

export interface ViewState {
  selected?: string;
  tab: ViewTab;
  layout?: LayoutName;
  /** Neighbourhood view: nodes expanded after the focus, in order (so back/undo works). */
  expanded: string[];
  direction: LineageDirection;
  /** "Show more": how many nodes the user asked for, when more than the view's default. */
  limit?: number;
  /** List tab: only the relationships their quote states outright. */
  statedOnly: boolean;
  /** Organisation view: also what the organisation's affiliated people made or appear in. */
  affiliated: boolean;
  facets: Facets;
  /** Search page: what was searched for (`q`). */
  query?: string;
  /** Path view: the two ends (`from`, `to`). */
  from?: string;
  to?: string;
  /** Coverage view: the chosen cell (`row`, `col`). */
  row?: string;
  column?: string;
  /** Suggestion page: the resource whose link is suggested (`resource`). */
  linkFor?: string;
  /** Guide: the 1-based step asked for (`step`); the view keeps it within the guide. */
  step?: number;
  /** Path view: also paths through shared context, a setting, audience, … both ends share (`context=include`). */
  pathContext: boolean;
  /** Timeline: resources without a year drawn in their lane (`undated=hide` leaves them out). */
  showUndated: boolean;
  /** Insights: the numbers as tables rather than charts (`as=table`). */
  asTable: boolean;
  /** Insights: what splits each coverage cell (`split=audience`). */
  split: CoverageSplit;
  /** Insights: how the most-connected lists rank (`rank=betweenness`). */
  rankBy: CentralityMeasure;
  /** Any view drawn bare, for another site's frame (`embed=1`): no header, navigation or footer. */
  embed: boolean;
  /** Set view: the members, in the order they were added (`ids=a,b,c`). */
  ids: string[];
}

export const EMPTY_FACETS: Facets = {
  types: [],
  restraintTypes: [],
  settings: [],
  audiences: [],
  jurisdictions: [],
  organisations: [],
  kinds: [],
};

const LAYOUTS: readonly LayoutName[] = ["fcose", "dagre", "concentric", "grid"];

/** URL parameter for each list facet. */
export const FACET_PARAMS = {
  types: "type",
  restraintTypes: "restraint",
  settings: "setting",
  audiences: "audience",
  jurisdictions: "jurisdiction",
  organisations: "org",
  kinds: "kind",
} as const satisfies Record<Exclude<keyof Facets, "yearFrom" | "yearTo">, string>;

export type ListFacet = keyof typeof FACET_PARAMS;

/** Free-text and id parameters, kept as given. */
const TEXT_PARAMS = {
  query: "q",
  from: "from",
  to: "to",
  row: "row",
  column: "col",
  linkFor: "resource",
} as const satisfies Partial<Record<keyof ViewState, string>>;

type TextKey = keyof typeof TEXT_PARAMS;

/**
 * A list parameter: comma-separated as the explorer writes it (`type=RESOURCE,PERSON`), or
 * repeated as a plain HTML form submits its checkboxes without scripts (`type=RESOURCE&type=PERSON`).
 */
function list(params: URLSearchParams, key: string): string[] {
  return [
    ...new Set(
      params
        .getAll(key)
        .flatMap((raw) => raw.split(","))
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

function year(params: URLSearchParams, key: string): number | undefined {
  const raw = params.get(key);
  if (!raw || !/^\d{4}$/.test(raw)) return undefined;
  return Number(raw);
}

export function parseViewState(params: URLSearchParams): ViewState {
  const layout = params.get("layout");
  const facets: Facets = {
    types: list(params, FACET_PARAMS.types).filter((t): t is NodeType => (NODE_TYPES as string[]).includes(t)),
    restraintTypes: list(params, FACET_PARAMS.restraintTypes),
    settings: list(params, FACET_PARAMS.settings),
    audiences: list(params, FACET_PARAMS.audiences),
    jurisdictions: list(params, FACET_PARAMS.jurisdictions),
    organisations: list(params, FACET_PARAMS.organisations),
    kinds: list(params, FACET_PARAMS.kinds),
  };
  const yearFrom = year(params, "yearFrom");
  const yearTo = year(params, "yearTo");
  if (yearFrom !== undefined) facets.yearFrom = yearFrom;
  if (yearTo !== undefined) facets.yearTo = yearTo;

  const state: ViewState = {
    tab: params.get("tab") === "list" ? "list" : "graph",
    expanded: list(params, "expanded"),
    direction: params.get("direction") === "up" ? "UPSTREAM" : "DOWNSTREAM",
    statedOnly: params.get("stated") === "only",
    affiliated: params.get("affiliated") === "include",
    pathContext: params.get("context") === "include",
    facets,
    showUndated: params.get("undated") !== "hide",
    asTable: params.get("as") === "table",
    split: params.get("split") === "audience" ? "AUDIENCE" : "KIND",
    rankBy: params.get("rank") === "betweenness" ? "BETWEENNESS" : "DEGREE",
    embed: params.get("embed") === "1",
    ids: list(params, "ids"),
  };
  const selected = params.get("selected");
  if (selected) state.selected = selected;
  for (const [key, param] of Object.entries(TEXT_PARAMS) as [TextKey, string][]) {
    const value = params.get(param);
    if (value) state[key] = value;
  }
  const step = Number(params.get("step"));
  if (Number.isInteger(step) && step > 0) state.step = step;
  if (layout && (LAYOUTS as string[]).includes(layout)) state.layout = layout as LayoutName;
  const limit = Number(params.get("limit"));
  if (Number.isInteger(limit) && limit > 0) state.limit = Math.min(limit, 5000);
  return state;
}

export type ViewStatePatch = Partial<Omit<ViewState, "facets">> & { facets?: Partial<Facets> };

/** Applies a patch to the current parameters; keys set to undefined are removed. */
export function writeViewState(current: URLSearchParams, patch: ViewStatePatch): URLSearchParams {
  const next = new URLSearchParams(current);
  const setOrDelete = (key: string, value: string | undefined): void => {
    if (value === undefined || value === "") next.delete(key);
    else next.set(key, value);
  };
  if ("selected" in patch) setOrDelete("selected", patch.selected);
  if ("tab" in patch) setOrDelete("tab", patch.tab === "list" ? "list" : undefined);
  if ("layout" in patch) setOrDelete("layout", patch.layout);
  if ("expanded" in patch) setOrDelete("expanded", patch.expanded?.join(","));
  if ("ids" in patch) setOrDelete("ids", patch.ids?.join(","));
  if ("limit" in patch) setOrDelete("limit", patch.limit?.toString());
  if ("direction" in patch) setOrDelete("direction", patch.direction === "UPSTREAM" ? "up" : undefined);
  if ("statedOnly" in patch) setOrDelete("stated", patch.statedOnly ? "only" : undefined);
  if ("affiliated" in patch) setOrDelete("affiliated", patch.affiliated ? "include" : undefined);
  if ("pathContext" in patch) setOrDelete("context", patch.pathContext ? "include" : undefined);
  for (const [key, param] of Object.entries(TEXT_PARAMS) as [TextKey, string][]) {
    if (key in patch) setOrDelete(param, patch[key]);
  }
  if ("step" in patch) setOrDelete("step", patch.step?.toString());
  if ("showUndated" in patch) setOrDelete("undated", patch.showUndated === false ? "hide" : undefined);
  if ("asTable" in patch) setOrDelete("as", patch.asTable ? "table" : undefined);
  if ("split" in patch) setOrDelete("split", patch.split === "AUDIENCE" ? "audience" : undefined);
  if ("rankBy" in patch) setOrDelete("rank", patch.rankBy === "BETWEENNESS" ? "betweenness" : undefined);
  if ("embed" in patch) setOrDelete("embed", patch.embed ? "1" : undefined);
  if (patch.facets) {
    for (const [facet, param] of Object.entries(FACET_PARAMS) as [ListFacet, string][]) {
      if (facet in patch.facets) setOrDelete(param, patch.facets[facet]?.join(","));
    }
    if ("yearFrom" in patch.facets) setOrDelete("yearFrom", patch.facets.yearFrom?.toString());
    if ("yearTo" in patch.facets) setOrDelete("yearTo", patch.facets.yearTo?.toString());
  }
  return next;
}

/**
 * The query string a view reads, in one spelling: what `params` means to the views, defaults
 * and unknown parameters left out, sorted. Two URLs with the same canonical query render the
 * same page, so the server renders and caches a page once per canonical query.
 */
export function canonicalQuery(params: URLSearchParams): string {
  const canonical = writeViewState(new URLSearchParams(), parseViewState(params));
  canonical.sort();
  return canonical.toString();
}

export function hasActiveFacets(facets: Facets): boolean {
  return (
    Object.keys(FACET_PARAMS).some((k) => facets[k as ListFacet].length > 0) ||
    facets.yearFrom !== undefined ||
    facets.yearTo !== undefined
  );
}

/** The facets whose values are node ids (and so can be "not recorded"), with the API's name for each. */
export const ID_FACETS = {
  restraintTypes: "RESTRAINT_TYPES",
  settings: "SETTINGS",
  audiences: "AUDIENCES",
  jurisdictions: "JURISDICTIONS",
  organisations: "ORGANISATIONS",
} as const satisfies Partial<Record<ListFacet, GraphFacet>>;

export type IdFacet = keyof typeof ID_FACETS;

/** The id facet the API calls `facet`. */
export function idFacetOf(facet: GraphFacet): IdFacet {
  return (Object.keys(ID_FACETS) as IdFacet[]).find((f) => ID_FACETS[f] === facet) as IdFacet;
}

/** Facets → the API's GraphFilter; empty facets are left out so the server sees no filter. */
export function facetsToFilter(facets: Facets): GraphFilter | null {
  if (!hasActiveFacets(facets)) return null;
  const filter: GraphFilter = {};
  if (facets.types.length) filter.types = facets.types;
  const notRecorded: GraphFacet[] = [];
  for (const facet of Object.keys(ID_FACETS) as IdFacet[]) {
    const ids = facets[facet].filter((id) => id !== NOT_RECORDED);
    if (ids.length) filter[facet] = ids;
    if (facets[facet].includes(NOT_RECORDED)) notRecorded.push(ID_FACETS[facet]);
  }
  if (notRecorded.length) filter.notRecorded = notRecorded;
  if (facets.kinds.length) filter.kinds = facets.kinds;
  if (facets.yearFrom !== undefined) filter.yearFrom = facets.yearFrom;
  if (facets.yearTo !== undefined) filter.yearTo = facets.yearTo;
  return filter;
}
