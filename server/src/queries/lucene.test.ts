import { describe, expect, it } from "vitest";
import { escapeLucene, searchPasses, searchTerms } from "./lucene.js";

describe("escapeLucene", () => {
  it("escapes every query-parser metacharacter", () => {
    const specials = `+-&|!(){}[]^"~*?:\\/`;
    const escaped = escapeLucene(specials);
    expect(escaped).toBe(
      specials
        .split("")
        .map((c) => `\\${c}`)
        .join(""),
    );
  });

  it("leaves letters, digits and other punctuation alone", () => {
    expect(escapeLucene("six core's 6CS, ok.")).toBe("six core's 6CS, ok.");
  });
});

describe("query building", () => {
  it("lower-cases terms, so AND/OR/NOT are never operators", () => {
    expect(searchTerms("Six AND NOT Core")).toEqual(["six", "and", "not", "core"]);
  });

  it("tries every term exact or as a prefix first, then with typos, then any term", () => {
    expect(searchPasses("six co")).toEqual([
      "(six^4 OR six*^2) AND (co^4 OR co*^2)",
      "(six^4 OR six*^2) OR (co^4 OR co*^2)",
    ]);
    expect(searchPasses("restrian")).toEqual([
      "(restrian^4 OR restrian*^2)",
      "(restrian^4 OR restrian*^2 OR restrian~2)",
    ]);
    expect(searchPasses("six core")).toEqual([
      "(six^4 OR six*^2) AND (core^4 OR core*^2)",
      "(six^4 OR six*^2) AND (core^4 OR core*^2 OR core~1)",
      "(six^4 OR six*^2) OR (core^4 OR core*^2 OR core~1)",
    ]);
  });

  it("splits terms where the standard analyser does, so user syntax never reaches Lucene", () => {
    expect(searchTerms("post-incident debrief")).toEqual(["post", "incident", "debrief"]);
    expect(searchTerms("six* (core) 'quoted' core's v1.5.")).toEqual(["six", "core", "quoted", "core's", "v1.5"]);
    // A colon joins letters into one token for the analyser too; escaped, it is never a field.
    expect(searchPasses("title:six*")[1]).toBe("(title\\:six^4 OR title\\:six*^2 OR title\\:six~2)");
  });

  it("offers no passes for blank text", () => {
    expect(searchPasses("   ")).toEqual([]);
    expect(searchPasses("- : '")).toEqual([]);
  });
});
