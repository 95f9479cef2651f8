import { describe, expect, it } from "vitest";
import { guideRows } from "./guide-csv";
import { firstSentence, type Guide } from "./GuideResourceCard";

const resource = {
  id: "talk-first",
  type: "RESOURCE" as const,
  label: "Talk first",
  kind: "GUIDANCE",
  year: 2019,
  degree: 4,
  distance: null,
  summary: "A short guide. It says more.",
  url: "https://example.org/talk-first",
  easyRead: true,
};

const guide: Guide = {
  id: "family-or-carer",
  title: "I'm a family member or carer",
  audience: "Families and carers",
  intro: "",
  steps: [
    {
      id: "s1",
      question: "What should I ask?",
      explanation: "",
      total: 1,
      cards: [{ why: "Plain questions", resource }],
    },
    { id: "s2", question: "Who can help?", explanation: "", total: 0, cards: [] },
  ],
};

describe("a guide as a spreadsheet", () => {
  it("has one row per resource card, with its step, question, reason and a link back to the explorer", () => {
    expect(guideRows(guide, "https://explorer.test")).toEqual([
      ["step", "question", "resource", "kind", "year", "easy_read", "why", "summary", "url", "explorer_link"],
      [
        1,
        "What should I ask?",
        "Talk first",
        "GUIDANCE",
        2019,
        "yes",
        "Plain questions",
        "A short guide. It says more.",
        "https://example.org/talk-first",
        "https://explorer.test/node/talk-first",
      ],
    ]);
  });
});

describe("a card's one line", () => {
  it("is the summary's first sentence, or all of it when it has one", () => {
    expect(firstSentence("A short guide. It says more.")).toBe("A short guide.");
    expect(firstSentence("Version 2.1 of the guide")).toBe("Version 2.1 of the guide");
    expect(firstSentence(null)).toBe("");
  });
});
