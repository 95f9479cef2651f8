import { describe, expect, it } from "vitest";
import { normaliseText, SourceText } from "./normalise-text.js";

describe("normaliseText", () => {
  it("straightens curly quotes", () => {
    expect(normaliseText("\u2018REsTRAIN Yourself\u2019 and \u201cSix Core\u201d")).toBe(
      `'REsTRAIN Yourself' and "Six Core"`,
    );
  });

  it("turns en dashes, em dashes and non-breaking hyphens into hyphens", () => {
    expect(normaliseText("2019\u20132020 \u2014 post\u2011incident")).toBe("2019-2020 - post-incident");
  });

  it("collapses runs of whitespace, line breaks and non-breaking spaces, and trims", () => {
    expect(normaliseText("  Training\u00a0Standards \n\n  2019\t(2nd edition) ")).toBe(
      "Training Standards 2019 (2nd edition)",
    );
  });

  it("keeps case, spelling and punctuation otherwise", () => {
    expect(normaliseText("Organisation, Behaviour!")).toBe("Organisation, Behaviour!");
  });
});

describe("SourceText", () => {
  const source = new SourceText("The \u2018HOPE\u2019 model \u2013 developed by\nMersey Care.");

  it("finds a quote typed with straight quotes, a hyphen and one line", () => {
    expect(source.contains("'HOPE' model - developed by Mersey Care")).toBe(true);
  });

  it("does not find a quote with a changed word or case", () => {
    expect(source.contains("'HOPE' model - designed by Mersey Care")).toBe(false);
    expect(source.contains("the 'HOPE' model")).toBe(false);
  });

  it("never finds an empty quote", () => {
    expect(source.contains("   ")).toBe(false);
  });

  it("reports the first shared run of n words", () => {
    expect(source.sharedRun("We like the 'HOPE' model - developed elsewhere", 4)).toBe("'HOPE' model - developed");
    expect(source.sharedRun("Nothing shared here at all", 3)).toBeUndefined();
  });
});
