import { describe, expect, it } from "vitest";
import { allTermsQuery, anyTermQuery, escapeLucene, searchTerms } from "./lucene.js";

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

  it("requires every term, each exact, as a prefix, and fuzzy when long enough", () => {
    expect(allTermsQuery("six co")).toBe("(six^4 OR six*^2) AND (co^4 OR co*^2)");
    expect(allTermsQuery("restrian")).toBe("(restrian^4 OR restrian*^2 OR restrian~2)");
    expect(allTermsQuery("core")).toBe("(core^4 OR core*^2 OR core~1)");
  });

  it("splits terms where the standard analyser does, so user syntax never reaches Lucene", () => {
    expect(searchTerms("post-incident debrief")).toEqual(["post", "incident", "debrief"]);
    expect(searchTerms("six* (core) 'quoted' core's v1.5.")).toEqual(["six", "core", "quoted", "core's", "v1.5"]);
    // A colon joins letters into one token for the analyser too; escaped, it is never a field.
    expect(allTermsQuery("title:six*")).toBe("(title\\:six^4 OR title\\:six*^2 OR title\\:six~2)");
  });

  it("offers an any-term fallback only for several terms, and nothing for blank text", () => {
    expect(anyTermQuery("six")).toBeNull();
    expect(anyTermQuery("six core")).toBe("(six^4 OR six*^2) OR (core^4 OR core*^2 OR core~1)");
    expect(allTermsQuery("   ")).toBeNull();
  });
});
