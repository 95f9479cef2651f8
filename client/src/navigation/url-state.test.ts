import { describe, expect, it } from "vitest";
import { canonicalQuery, EMPTY_FACETS, facetsToFilter, parseViewState, writeViewState } from "./url-state";

/** The defaults of the views' own parameters, absent from the URL. */
const VIEW_DEFAULTS = {
  showUndated: true,
  asTable: false,
  split: "KIND",
  rankBy: "DEGREE",
  pathContext: false,
  embed: false,
  ids: [] as string[],
} as const;

describe("parseViewState", () => {
  it("reads selection, tab, layout, expansions, direction, toggles and facets", () => {
    const state = parseViewState(
      new URLSearchParams(
        "selected=hope-model&tab=list&layout=dagre&expanded=a,b&direction=up&type=RESOURCE,FRAMEWORK&restraint=seclusion&yearFrom=2015&limit=400&stated=only&affiliated=include",
      ),
    );
    expect(state).toEqual({
      selected: "hope-model",
      tab: "list",
      layout: "dagre",
      expanded: ["a", "b"],
      direction: "UPSTREAM",
      limit: 400,
      statedOnly: true,
      affiliated: true,
      facets: { ...EMPTY_FACETS, types: ["RESOURCE", "FRAMEWORK"], restraintTypes: ["seclusion"], yearFrom: 2015 },
      ...VIEW_DEFAULTS,
    });
  });

  it("falls back to defaults and drops values it does not know, instead of throwing", () => {
    const state = parseViewState(
      new URLSearchParams("tab=pie&layout=spiral&type=DRAGON,RESOURCE&yearTo=soon&limit=-3&stated=all&affiliated=yes"),
    );
    expect(state).toEqual({
      tab: "graph",
      expanded: [],
      direction: "DOWNSTREAM",
      statedOnly: false,
      affiliated: false,
      facets: { ...EMPTY_FACETS, types: ["RESOURCE"] },
      ...VIEW_DEFAULTS,
    });
  });

  it("reads each view's own parameters: search text, path ends, coverage cell, step, timeline and insights choices", () => {
    const query =
      "q=six+core&from=stomp&to=schools&row=seclusion&col=schools&step=3&undated=hide&as=table&split=audience&rank=betweenness";
    const state = parseViewState(new URLSearchParams(query));
    expect([state.query, state.from, state.to, state.row, state.column, state.step]).toEqual([
      "six core",
      "stomp",
      "schools",
      "seclusion",
      "schools",
      3,
    ]);
    expect([state.showUndated, state.asTable, state.split, state.rankBy]).toEqual([
      false,
      true,
      "AUDIENCE",
      "BETWEENNESS",
    ]);
    // Written back, the whole state is the same link.
    expect(writeViewState(new URLSearchParams(), state).toString()).toBe(query);
  });

  it("drops a step that is not a positive whole number and values it does not know", () => {
    const state = parseViewState(new URLSearchParams("step=0&undated=maybe&as=pie&split=colour&rank=fame&q="));
    expect(state.step).toBeUndefined();
    expect(state.query).toBeUndefined();
    expect(state).toMatchObject(VIEW_DEFAULTS);
    expect(parseViewState(new URLSearchParams("step=two")).step).toBeUndefined();
  });

  it("reads a list facet repeated, as a plain HTML form sends its checkboxes, and writes it back joined", () => {
    const params = new URLSearchParams(
      "restraint=physical&restraint=seclusion,physical&type=RESOURCE&type=PERSON&yearFrom=",
    );
    const state = parseViewState(params);
    expect(state.facets.restraintTypes).toEqual(["physical", "seclusion"]);
    expect(state.facets.types).toEqual(["RESOURCE", "PERSON"]);
    expect(state.facets.yearFrom).toBeUndefined();
    expect(writeViewState(params, { facets: { restraintTypes: ["seclusion"] } }).getAll("restraint")).toEqual([
      "seclusion",
    ]);
  });
});

describe("the set view's ids", () => {
  it("reads them in order, once each, comma-separated or repeated as a plain form sends them", () => {
    expect(parseViewState(new URLSearchParams("ids=b,a&ids=c,b")).ids).toEqual(["b", "a", "c"]);
  });

  it("writes them comma-separated and removes them when the set is emptied", () => {
    const params = writeViewState(new URLSearchParams("tab=list"), { ids: ["x", "y"] });
    expect(parseViewState(params).ids).toEqual(["x", "y"]);
    expect(writeViewState(params, { ids: [] }).toString()).toBe("tab=list");
  });

  it("keeps them in the canonical query the server renders a page for", () => {
    expect(canonicalQuery(new URLSearchParams("ids=a,b&junk=1"))).toBe(new URLSearchParams("ids=a,b").toString());
  });
});

describe("writeViewState", () => {
  it("round-trips through the URL", () => {
    const params = writeViewState(new URLSearchParams(), {
      selected: "mersey-care",
      tab: "list",
      expanded: ["x"],
      statedOnly: true,
      affiliated: true,
      facets: { settings: ["schools"], yearTo: 2020 },
    });
    const state = parseViewState(params);
    expect(state.statedOnly).toBe(true);
    expect(state.affiliated).toBe(true);
    expect(state.selected).toBe("mersey-care");
    expect(state.tab).toBe("list");
    expect(state.expanded).toEqual(["x"]);
    expect(state.facets.settings).toEqual(["schools"]);
    expect(state.facets.yearTo).toBe(2020);
  });

  it("omits defaults and removes cleared keys, keeping links short", () => {
    const start = new URLSearchParams("selected=a&tab=list&setting=schools&q=keep&stated=only&affiliated=include");
    const params = writeViewState(start, {
      selected: undefined,
      tab: "graph",
      direction: "DOWNSTREAM",
      statedOnly: false,
      affiliated: false,
      facets: { settings: [] },
    });
    expect(params.toString()).toBe("q=keep");
  });

  it("writes each view's own parameters under their short names and removes them at their defaults", () => {
    const params = writeViewState(new URLSearchParams("tab=list"), {
      query: "hope",
      from: "a",
      to: "b",
      row: "r",
      column: "c",
      step: 2,
      showUndated: false,
      asTable: true,
      split: "AUDIENCE",
      rankBy: "BETWEENNESS",
    });
    expect(params.toString()).toBe(
      "tab=list&q=hope&from=a&to=b&row=r&col=c&step=2&undated=hide&as=table&split=audience&rank=betweenness",
    );
    expect(parseViewState(params)).toMatchObject({ query: "hope", from: "a", to: "b", row: "r", column: "c", step: 2 });
    const cleared = writeViewState(params, {
      query: undefined,
      from: undefined,
      to: undefined,
      row: undefined,
      column: undefined,
      step: undefined,
      ...VIEW_DEFAULTS,
    });
    expect(cleared.toString()).toBe("tab=list");
  });
});

describe("the suggestion page's resource", () => {
  it("reads, writes and keeps `resource` in the canonical query, so the server renders the link form", () => {
    const state = parseViewState(new URLSearchParams("resource=unrestrained-podcast&utm=x"));
    expect(state.linkFor).toBe("unrestrained-podcast");
    expect(writeViewState(new URLSearchParams(), { linkFor: state.linkFor }).toString()).toBe(
      "resource=unrestrained-podcast",
    );
    expect(canonicalQuery(new URLSearchParams("utm=x&resource=unrestrained-podcast"))).toBe(
      "resource=unrestrained-podcast",
    );
    expect(writeViewState(new URLSearchParams("resource=a"), { linkFor: undefined }).toString()).toBe("");
  });
});

describe("the embeddable view", () => {
  it("reads embed=1 only, and keeps it in the canonical query, so an embedded page is rendered and cached apart", () => {
    expect(parseViewState(new URLSearchParams("embed=1")).embed).toBe(true);
    expect(parseViewState(new URLSearchParams("embed=yes")).embed).toBe(false);
    expect(canonicalQuery(new URLSearchParams("embed=1&from=a&to=b"))).toBe("embed=1&from=a&to=b");
    expect(canonicalQuery(new URLSearchParams("embed=0&from=a"))).toBe("from=a");
    expect(writeViewState(new URLSearchParams("embed=1&from=a"), { to: "b" }).toString()).toBe("embed=1&from=a&to=b");
  });
});

describe("facetsToFilter", () => {
  it("sends no filter when nothing is chosen", () => {
    expect(facetsToFilter(EMPTY_FACETS)).toBeNull();
  });

  it("sends only the chosen facets, under the API's names", () => {
    expect(facetsToFilter({ ...EMPTY_FACETS, organisations: ["nhs-england"], yearFrom: 2019 })).toEqual({
      organisations: ["nhs-england"],
      yearFrom: 2019,
    });
  });

  it("sends “not recorded” (none) as notRecorded, beside the facet's ids, from a form's repeated values too", () => {
    const state = parseViewState(new URLSearchParams("setting=schools&restraint=physical-restraint&restraint=none"));
    expect(state.facets.restraintTypes).toEqual(["physical-restraint", "none"]);
    expect(facetsToFilter(state.facets)).toEqual({
      settings: ["schools"],
      restraintTypes: ["physical-restraint"],
      notRecorded: ["RESTRAINT_TYPES"],
    });
    expect(facetsToFilter(parseViewState(new URLSearchParams("audience=none")).facets)).toEqual({
      notRecorded: ["AUDIENCES"],
    });
  });

  it("reads and writes the path view's shared-context switch (left out unless context=include)", () => {
    expect(parseViewState(new URLSearchParams("from=a&to=b")).pathContext).toBe(false);
    expect(parseViewState(new URLSearchParams("context=include")).pathContext).toBe(true);
    expect(writeViewState(new URLSearchParams("from=a"), { pathContext: true }).toString()).toBe(
      "from=a&context=include",
    );
    expect(writeViewState(new URLSearchParams("context=include"), { pathContext: false }).toString()).toBe("");
  });

  it("reads and sends the kind facet", () => {
    const state = parseViewState(new URLSearchParams("kind=TOOLKIT,REPORT"));
    expect(state.facets.kinds).toEqual(["TOOLKIT", "REPORT"]);
    expect(facetsToFilter(state.facets)).toEqual({ kinds: ["TOOLKIT", "REPORT"] });
  });
});
