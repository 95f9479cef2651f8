import { describe, expect, it } from "vitest";
import { loadGuides } from "./load-guides.js";
import { MIN_READING_EASE, readingEase, guideTexts, unexplainedAcronyms } from "./plain-english.js";

describe("readingEase", () => {
  it("scores short everyday sentences high and dense formal prose low", () => {
    expect(readingEase("You are not alone. Ask us what you want to know. We will help.")).toBeGreaterThan(90);
    expect(
      readingEase(
        "Organisational implementation of multidimensional restrictive-intervention reduction methodologies necessitates comprehensive interdisciplinary evaluation.",
      ),
    ).toBeLessThan(0);
  });

  it("counts a sentence without a full stop as one", () => {
    expect(readingEase("What are my rights in hospital")).toBeCloseTo(readingEase("What are my rights in hospital?"));
  });
});

describe("unexplainedAcronyms", () => {
  it("accepts a known acronym after its expansion in brackets, then on its own", () => {
    expect(unexplainedAcronyms(["Ask the Care Quality Commission (CQC).", "The CQC checks services."])).toEqual([]);
  });

  it("flags a known acronym used before it is explained", () => {
    expect(unexplainedAcronyms(["The CQC checks services.", "The Care Quality Commission (CQC) is one."])).toEqual([
      'CQC: first used without "Care Quality Commission (CQC)"',
    ]);
  });

  it("flags brackets that do not follow the expansion", () => {
    expect(unexplainedAcronyms(["A review (CQC) of care."])).toHaveLength(1);
  });

  it("flags an acronym it does not know, once", () => {
    expect(unexplainedAcronyms(["Ask PALS.", "PALS can help."])).toEqual([
      "PALS: not a known acronym; spell it out, or add it with its expansion",
    ]);
  });

  it("ignores single capitals and capitalised words", () => {
    expect(unexplainedAcronyms(["I'm a parent. Mersey Care and No Force First."])).toEqual([]);
  });
});

describe("the guided routes read as plain English", () => {
  const routes = loadGuides();

  it("has a route for each audience the explorer serves first", () => {
    expect(routes.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        "family-or-carer",
        "person-using-services",
        "ward-staff",
        "school-staff",
        "commissioner-or-inspector",
        "researcher",
      ]),
    );
  });

  it.each(routes.map((r) => [r.id, r] as const))(
    `%s: intro and every explanation score at least ${MIN_READING_EASE} on Flesch reading ease`,
    (_id, route) => {
      const texts = [
        { where: "intro", text: route.intro },
        ...route.steps.map((s) => ({ where: s.id, text: s.explanation })),
      ];
      const tooHard = texts
        .map((t) => ({ ...t, ease: Math.round(readingEase(t.text) * 10) / 10 }))
        .filter((t) => t.ease < MIN_READING_EASE);
      expect(tooHard).toEqual([]);
    },
  );

  it.each(routes.map((r) => [r.id, r] as const))("%s: explains every acronym on first use", (_id, route) => {
    expect(unexplainedAcronyms(guideTexts(route))).toEqual([]);
  });
});
