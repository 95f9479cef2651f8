import { describe, expect, it } from "vitest";
import { centralityBars, coverageRows, kindBars, tallyTable, yearBars, type Insights } from "./insight-data";

describe("insight figures", () => {
  it("draws every year from the first to the last, empty years at 0 and without a link", () => {
    const bars = yearBars([
      { year: 2015, count: 2 },
      { year: 2018, count: 1 },
    ]);
    expect(bars.map((b) => [b.label, b.value])).toEqual([
      ["2015", 2],
      ["2016", 0],
      ["2017", 0],
      ["2018", 1],
    ]);
    expect(bars[0]?.href).toBe("/?yearFrom=2015&yearTo=2015");
    expect(bars[1]?.href).toBeUndefined();
    expect(bars[3]?.valueText).toBe("1 resource");
    expect(yearBars([])).toEqual([]);
  });

  it("names a missing kind in words and links only the kinds given", () => {
    const bars = kindBars([
      { key: "TOOLKIT", label: "TOOLKIT", count: 3 },
      { key: "", label: "", count: 1 },
    ]);
    expect(bars.map((b) => [b.label, b.href])).toEqual([
      ["Toolkit", "/?kind=TOOLKIT"],
      ["Kind not given", undefined],
    ]);
  });

  it("ranks by connections or by bridging, each bar opening the node selected", () => {
    const list = [
      {
        degree: 7,
        betweenness: 0.12345,
        node: { id: "hope model", type: "FRAMEWORK" as const, label: "HOPE", kind: null },
      },
    ];
    expect(centralityBars(list, "DEGREE")[0]).toMatchObject({ value: 7, valueText: "7 connections" });
    expect(centralityBars(list, "BETWEENNESS")[0]).toMatchObject({
      value: 0.123,
      valueText: "betweenness 0.123",
      href: "/node/hope%20model?selected=hope%20model",
    });
  });

  it("writes a tally as a table, a name a link where there is somewhere to go", () => {
    const table = tallyTable(
      "Kind",
      [
        { key: "REPORT", label: "Report", count: 2 },
        { key: "", label: "", count: 1 },
      ],
      (t) => (t.key ? `/?kind=${t.key}` : undefined),
    );
    expect(table).toEqual([
      ["Kind", "Resources"],
      [["Report", "/?kind=REPORT"], 2],
      ["", 1],
    ]);
  });

  it("writes coverage as one CSV row per cell part, naming a missing part for the split asked for", () => {
    const coverage = {
      splitBy: "AUDIENCE",
      rows: [],
      columns: [],
      parts: [],
      cells: [
        {
          row: "seclusion",
          column: "schools",
          count: 3,
          parts: [
            { key: "families", label: "Families", count: 2 },
            { key: "", label: "", count: 1 },
          ],
        },
      ],
      rowsUnrecorded: [],
      columnsUnrecorded: [],
    } satisfies Insights["coverage"];
    expect(coverageRows(coverage, "AUDIENCE")).toEqual([
      ["restraint_type", "setting", "audience", "resources"],
      ["seclusion", "schools", "families", 2],
      ["seclusion", "schools", "not recorded", 1],
    ]);
    expect(coverageRows(coverage, "KIND")[2]).toEqual(["seclusion", "schools", "not given", 1]);
  });
});
