import { describe, expect, it } from "vitest";
import { EMPTY_FACETS, facetsToFilter, parseViewState, writeViewState } from "./url-state";

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
    });
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
});
