import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { searchNodes, type IndexedNode } from "./search";

/** A few nodes shaped as the export indexes them (server/src/export/search-index.ts). */
const node = (id: string, label: string, extra: Partial<IndexedNode> = {}): IndexedNode => ({
  id,
  type: "RESOURCE",
  label,
  kind: null,
  year: null,
  degree: 1,
  summary: null,
  aliases: [],
  ...extra,
});
const NODES = [
  node("six-core-strategies", "Six Core Strategies", { type: "FRAMEWORK", aliases: ["6CS"] }),
  node("six-core-checklist", "Six Core Strategies Checklist"),
  node("restrain-yourself", "REsTRAIN Yourself Toolkit", { summary: "Restraint reduction in six NHS trusts." }),
  node("core-values", "Core values for services"),
  node("post-incident", "Post-incident support", { summary: "Debriefs after restraint." }),
];

function index(): MiniSearch {
  // The export's options, through a JSON round trip as the browser receives them.
  const options = {
    idField: "id",
    fields: ["label", "aliases", "summary"],
    storeFields: ["id", "type", "label", "kind", "year", "degree", "summary", "aliases"],
  };
  const built = new MiniSearch(options);
  built.addAll(NODES);
  return MiniSearch.loadJS(JSON.parse(JSON.stringify(built)) as Parameters<typeof MiniSearch.loadJS>[0], options);
}

const ids = (text: string, limit = 10) => searchNodes(index(), text, limit).map((n) => n.id);

describe("static search", () => {
  it("puts an exact name first, then names that start with the text, shortest first", () => {
    expect(ids("six core strategies").slice(0, 2)).toEqual(["six-core-strategies", "six-core-checklist"]);
    expect(ids("six co").slice(0, 2)).toEqual(["six-core-strategies", "six-core-checklist"]);
  });

  it("finds an alias exactly", () => {
    expect(ids("6cs")[0]).toBe("six-core-strategies");
  });

  it("needs every term before it settles for some", () => {
    expect(ids("core values")).toEqual(["core-values"]);
    expect(ids("core nonsenseword")).toContain("core-values");
  });

  it("forgives a typo in a longer word, as the live search does", () => {
    expect(ids("restrian")).toContain("restrain-yourself");
    expect(ids("toolkti")).toContain("restrain-yourself");
  });

  it("splits at hyphens and reads summaries", () => {
    expect(ids("post-incident")[0]).toBe("post-incident");
    expect(ids("debriefs")).toEqual(["post-incident"]);
  });

  it("keeps to the limit and answers nothing to blank text", () => {
    expect(ids("six", 1)).toHaveLength(1);
    expect(ids("   ")).toEqual([]);
  });

  it("returns what a search answer carries", () => {
    expect(searchNodes(index(), "6cs", 1)[0]).toMatchObject({
      id: "six-core-strategies",
      type: "FRAMEWORK",
      label: "Six Core Strategies",
      aliases: ["6CS"],
    });
  });
});
