import { describe, expect, it } from "vitest";
import { ROW_HEIGHT, UNDATED_GROUP, YEAR_WIDTH, timelineLayout, yearGroup, type TimelineItem } from "./timeline-layout";

const item = (id: string, year: number | null, kind = "GUIDANCE"): TimelineItem => ({ id, label: id, year, kind });

describe("timelineLayout", () => {
  it("places resources by year, with gaps for years without any", () => {
    const { positions, span } = timelineLayout([item("a", 2014), item("b", 2018), item("c", 2019)]);
    expect(span).toEqual({ from: 2014, to: 2019 });
    expect(positions.get("a")?.x).toBe(0);
    expect(positions.get("b")?.x).toBe(4 * YEAR_WIDTH);
    expect(positions.get("c")?.x).toBe(5 * YEAR_WIDTH);
  });

  it("stacks one year's resources, kind family by kind family, then by title", () => {
    const { positions, parents } = timelineLayout([
      item("zebra-guide", 2018, "GUIDANCE"),
      item("a-film", 2018, "FILM"),
      item("alpha-guide", 2018, "STANDARD"),
    ]);
    const rows = ["alpha-guide", "zebra-guide", "a-film"].map((id) => positions.get(id)?.y);
    expect(rows).toEqual([0, ROW_HEIGHT, 2 * ROW_HEIGHT]);
    expect(new Set(parents.values())).toEqual(new Set([yearGroup(2018)]));
  });

  it("gives resources without a year their own lane below the tallest year", () => {
    const { positions, parents, groups } = timelineLayout([
      item("a", 2014),
      item("b", 2014),
      item("undated-1", null),
      item("undated-2", null),
    ]);
    expect(parents.get("undated-1")).toBe(UNDATED_GROUP);
    const laneTop = Math.min(positions.get("undated-1")?.y ?? 0, positions.get("undated-2")?.y ?? 0);
    expect(laneTop).toBeGreaterThan(positions.get("b")?.y ?? Infinity);
    expect(groups.map((g) => String(g.data.label))).toEqual(["2014", "No year given"]);
  });

  it("has no span and only the undated lane when nothing has a year", () => {
    const { span, groups } = timelineLayout([item("x", null)]);
    expect(span).toBeNull();
    expect(groups.map((g) => String(g.data.id))).toEqual([UNDATED_GROUP]);
  });
});
