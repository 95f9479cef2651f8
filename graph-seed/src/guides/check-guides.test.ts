import { beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "../load-seed.js";
import type { Guide, SelectionClause } from "@rrn/model";
import type { Seed } from "../seed.js";
import { defaultDataDir, defaultSourcesDir } from "../paths.js";
import { formatProblem } from "../validate/problems.js";
import { readSeedFiles } from "../validate/read-seed-files.js";
import { validateSeed } from "../validate/validate-seed.js";
import { checkGuideRecords, checkGuidesAgainstSeed } from "./check-guides.js";
import { indexSeed, orderSelection, selectFromSeed, type SeedIndex } from "./resolve-selection.js";

/** The real seed; each test writes a small route against it. */
let seed: Seed;
let index: SeedIndex;
beforeAll(async () => {
  seed = await loadSeed();
  index = indexSeed(seed.nodes, seed.relationships);
});

const FILE = "data/routes.yaml";

function route(...select: SelectionClause[]): Guide {
  return {
    id: "test-route",
    title: "A test route",
    audience: "Testers",
    intro: "For the tests.",
    steps: [{ id: "only-step", question: "What is there?", explanation: "Some things.", select }],
  };
}

const problemsOf = (r: Guide) => checkGuidesAgainstSeed(FILE, [r], seed.nodes, seed.relationships).map(formatProblem);

const selected = (r: Guide) => selectFromSeed(index, r.steps[0]!, r.easyReadFirst === true).map((s) => s.id);

const relationsOf = (id: string, type: string) =>
  seed.relationships.filter((r) => r.from === id && r.type === type).map((r) => r.to);

describe("checkGuidesAgainstSeed", () => {
  it("accepts a step that selects resources", () => {
    expect(problemsOf(route({ settings: ["schools"] }))).toEqual([]);
  });

  it("rejects a step whose selection finds nothing, naming the file, route and step", () => {
    // Every facet holds on its own, but no resource is for health visitors in schools.
    expect(problemsOf(route({ audiences: ["health-visitors"], settings: ["schools"] }))).toEqual([
      `${FILE}: test-route/only-step: step "What is there?" selects no resource in the seed; widen its selection or remove the step`,
    ]);
  });

  it("rejects an id no node file defines, and says nothing more about that step", () => {
    expect(problemsOf(route({ audiences: ["no-such-audience"] }))).toEqual([
      `${FILE}: test-route/only-step: select[0].audiences names "no-such-audience", which no node file defines`,
    ]);
  });

  it("rejects an id of the wrong label", () => {
    expect(problemsOf(route({ settings: ["schools"] }, { lineage: ["mersey-care"] }))).toEqual([
      `${FILE}: test-route/only-step: select[1].lineage names "mersey-care", a Organisation; it must be a Framework or Resource`,
    ]);
  });
});

describe("checkGuideRecords", () => {
  const valid = () => structuredClone(route({ settings: ["schools"] })) as unknown as Record<string, unknown>;

  it.each<[string, (r: Record<string, unknown> & { steps: Record<string, unknown>[] }) => void, string]>([
    ["a route without steps", (r) => (r.steps = []), "test-route: steps must have at least one step"],
    ["a step without selections", (r) => (r.steps[0]!.select = []), "steps[0].select must have at least one selection"],
    [
      "a selection with nothing but a reason",
      (r) => (r.steps[0]!.select = [{ why: "Because." }]),
      "a selection must name resources or filter by at least one facet",
    ],
    ["an empty explanation", (r) => (r.steps[0]!.explanation = " "), "steps[0].explanation must not be empty"],
    [
      "a kind outside the enum",
      (r) => (r.steps[0]!.select = [{ kinds: ["TOOLKT"] }]),
      'steps[0].select[0].kinds[0] "TOOLKT" is not one of TOOLKIT',
    ],
    [
      "named resources without a reason",
      (r) => (r.steps[0]!.select = [{ resources: ["why-do-they-hurt"] }]),
      "a selection that names resources needs `why`",
    ],
    ["a misspelt key", (r) => (r.steps[0]!.select = [{ setting: ["schools"] }]), 'unexpected key "setting"'],
  ])("rejects %s", (_name, change, expected) => {
    const r = valid() as Record<string, unknown> & { steps: Record<string, unknown>[] };
    change(r);
    const { problems } = checkGuideRecords(FILE, [r]);
    expect(problems.map(formatProblem).join("\n")).toContain(expected);
  });

  it("rejects duplicate route and step ids", () => {
    const r = valid() as Record<string, unknown> & { steps: Record<string, unknown>[] };
    r.steps.push({ ...r.steps[0]! });
    const { problems } = checkGuideRecords(FILE, [r, valid()]);
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}: test-route/only-step: duplicate step id`,
      `${FILE}: test-route: duplicate route id`,
    ]);
  });
});

describe("validateSeed with routes", () => {
  it("refuses the seed when a route's step is empty", () => {
    const raw = readSeedFiles(defaultDataDir, defaultSourcesDir);
    expect(raw.routes).toBeDefined();
    raw.routes?.records.push(route({ audiences: ["health-visitors"], settings: ["schools"] }));
    const result = validateSeed(raw, defaultDataDir);
    expect("seed" in result).toBe(false);
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/routes\.yaml: test-route\/only-step: step "What is there\?" selects no resource/),
    ]);
  });
});

describe("selectFromSeed", () => {
  it("follows lineage through DERIVES_FROM chains and DESCRIBES, and includes a named resource itself", () => {
    const ids = selected(route({ lineage: ["six-core-strategies"] }));
    // Direct derivatives and the document that sets the framework out, read from the seed.
    const direct = seed.relationships
      .filter((r) => r.to === "six-core-strategies" && (r.type === "DERIVES_FROM" || r.type === "DESCRIBES"))
      .map((r) => r.from);
    expect(direct.length).toBeGreaterThan(0);
    expect(ids).toEqual(expect.arrayContaining(direct));
    // One hop further: whatever derives from a direct derivative.
    const second = seed.relationships.filter((r) => r.type === "DERIVES_FROM" && direct.includes(r.to));
    expect(ids).toEqual(expect.arrayContaining(second.map((r) => r.from)));
    const standards = selected(route({ lineage: ["rrn-training-standards"] }));
    expect(standards).toContain("rrn-training-standards");
  });

  it("ANDs facets and ORs values within one facet, as the overview does", () => {
    const both = selected(route({ settings: ["schools"], kinds: ["GUIDANCE"] }));
    expect(both.length).toBeGreaterThan(0);
    for (const id of both) {
      expect(relationsOf(id, "FOR_SETTING")).toContain("schools");
      expect(index.resources.get(id)?.kind).toBe("GUIDANCE");
    }
    const either = selected(route({ settings: ["schools", "early-years"] }));
    expect(either.length).toBeGreaterThan(selected(route({ settings: ["schools"] })).length);
  });

  it("puts easy-read resources first when the route asks, then earlier clauses, then titles", () => {
    const easy = seed.nodes.find((n) => n.label === "Resource" && n.record.easyRead === true);
    expect(easy).toBeDefined();
    const plain = { ...route({ settings: ["schools"] }) };
    const withEasyRead = { ...plain, easyReadFirst: true as const };
    expect(selected(withEasyRead)[0]).toBe(easy?.id);
    expect(
      orderSelection(
        [
          { id: "b", title: "Beta", easyRead: false, clause: 0 },
          { id: "a", title: "Alpha", easyRead: false, clause: 1 },
          { id: "c", title: "Gamma", easyRead: true, clause: 1 },
          { id: "a", title: "Alpha", easyRead: false, clause: 0 },
        ],
        false,
      ).map((s) => s.id),
    ).toEqual(["a", "b", "c"]);
  });
});
