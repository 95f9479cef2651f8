import { DERIVATION_HOWS, type NodeLabel, type RelationshipType, type ResourceKind } from "@rrn/model";
import { type Seed, type SeedNode, type SeedRelationship } from "@rrn/graph-seed";
import { createRandom, type Random } from "./random.js";
import {
  AUDIENCES,
  FIRST_NAMES,
  FRAMEWORK_STEMS,
  JURISDICTIONS,
  KIND_WORDS,
  LEGISLATION,
  nameOfSlug,
  ORG_STEMS,
  PLACES,
  QUALIFIERS,
  RESTRAINT_TYPES,
  SETTINGS,
  SURNAMES,
  TOPICS,
} from "./vocabulary.js";

/** The source id every synthetic relationship cites, so nothing is mistaken for curated data. */
export const SYNTHETIC_SOURCE = "bench-synthetic";

export interface SyntheticShape {
  resources: number;
  organisations: number;
  frameworks: number;
  people: number;
}

/**
 * Proportions of the real seed, rounded: about one organisation per five resources, one
 * framework per fifty, one named person per ten. Taxonomies (restraint types, settings, …)
 * stay fixed, as they do in reality.
 */
export function shapeFor(resources: number): SyntheticShape {
  return {
    resources,
    organisations: Math.max(20, Math.round(resources / 5)),
    frameworks: Math.max(10, Math.round(resources / 50)),
    people: Math.max(10, Math.round(resources / 10)),
  };
}

const pad = (n: number): string => String(n).padStart(6, "0");
export const resourceId = (i: number): string => `res-${pad(i)}`;
export const organisationId = (i: number): string => `org-${pad(i)}`;
export const frameworkId = (i: number): string => `fw-${pad(i)}`;
export const personId = (i: number): string => `person-${pad(i)}`;

const KINDS = Object.keys(KIND_WORDS) as ResourceKind[];

class Builder {
  readonly nodes: SeedNode[] = [];
  readonly relationships: SeedRelationship[] = [];
  private readonly keys = new Set<string>();

  node(node: Omit<SeedNode, "file">): void {
    this.nodes.push({ ...node, file: "synthetic" } as SeedNode);
  }

  /** Adds the relationship unless the same type already links the pair (the seed's identity rule). */
  rel(
    type: RelationshipType,
    from: [NodeLabel, string],
    to: [NodeLabel, string],
    extra: { how?: string } = {},
  ): boolean {
    const key = `${type}|${from[1]}|${to[1]}`;
    if (this.keys.has(key) || from[1] === to[1]) return false;
    this.keys.add(key);
    this.relationships.push({
      type,
      from: from[1],
      fromLabel: from[0],
      to: to[1],
      toLabel: to[0],
      ...(extra.how ? { how: extra.how as SeedRelationship["how"] } : {}),
      evidence: `Synthetic benchmark data: ${from[1]} ${type.toLowerCase().replace(/_/g, " ")} ${to[1]}.`,
      source: SYNTHETIC_SOURCE,
      // The synthetic quote says exactly what the edge says.
      basis: "STATED",
      file: "synthetic",
    });
    return true;
  }
}

function addTaxonomies(b: Builder): void {
  for (const id of RESTRAINT_TYPES) {
    b.node({
      label: "RestraintType",
      id,
      record: { id, name: nameOfSlug(id), definition: `${nameOfSlug(id)} restraint.`, summary: `${nameOfSlug(id)}.` },
    });
  }
  const named = [
    ["Setting", SETTINGS],
    ["Audience", AUDIENCES],
    ["Jurisdiction", JURISDICTIONS],
    ["Legislation", LEGISLATION],
  ] as const;
  for (const [label, ids] of named) {
    for (const id of ids) b.node({ label, id, record: { id, name: nameOfSlug(id), summary: `${nameOfSlug(id)}.` } });
  }
}

function addActors(b: Builder, shape: SyntheticShape, rnd: Random): void {
  for (let i = 0; i < shape.organisations; i++) {
    const id = organisationId(i);
    const name = `${rnd.pick(PLACES)} ${rnd.pick(ORG_STEMS)} ${i}`;
    b.node({ label: "Organisation", id, record: { id, name, kind: "PROVIDER", summary: `${name}, a provider.` } });
    // A few organisations sit inside bigger ones (INVOLVE is part of NIHR).
    if (i > 10 && rnd.next() < 0.1)
      b.rel("PART_OF", ["Organisation", id], ["Organisation", organisationId(rnd.skewed(i))]);
  }
  for (let i = 0; i < shape.frameworks; i++) {
    const id = frameworkId(i);
    const name = `${rnd.pick(TOPICS)} ${rnd.pick(FRAMEWORK_STEMS)} ${i}`;
    b.node({ label: "Framework", id, record: { id, name, summary: `The ${name}.` } });
    b.rel("DEVELOPED_BY", ["Framework", id], ["Organisation", organisationId(rnd.skewed(shape.organisations))]);
  }
  for (let i = 0; i < shape.people; i++) {
    const id = personId(i);
    const name = `${rnd.pick(FIRST_NAMES)} ${rnd.pick(SURNAMES)} ${i}`;
    b.node({ label: "Person", id, record: { id, name, role: "author", summary: `${name}, an author.` } });
    b.rel("AFFILIATED_WITH", ["Person", id], ["Organisation", organisationId(rnd.skewed(shape.organisations))]);
  }
}

/**
 * Lineage: each resource belongs to a framework's family (popular frameworks have big ones).
 * A third derive from an earlier member of their family, usually a recent one, which builds
 * chains several levels deep; the rest derive from the framework itself.
 */
function derivation(
  rnd: Random,
  families: string[][],
  shape: SyntheticShape,
): { family: number; parent: [NodeLabel, string] } {
  const family = rnd.skewed(shape.frameworks, 1.5);
  const members = families[family]!;
  if (members.length > 0 && rnd.next() < 0.35) {
    return { family, parent: ["Resource", members[members.length - 1 - rnd.skewed(members.length, 2)]!] };
  }
  return { family, parent: ["Framework", frameworkId(family)] };
}

function addResources(b: Builder, shape: SyntheticShape, rnd: Random): void {
  const families: string[][] = Array.from({ length: shape.frameworks }, () => []);
  for (let i = 0; i < shape.resources; i++) {
    const id = resourceId(i);
    const kind = rnd.pick(KINDS);
    const topic = rnd.pick(TOPICS);
    const setting = SETTINGS[rnd.skewed(SETTINGS.length, 1.5)]!;
    const title = `${rnd.pick(QUALIFIERS)} ${topic} ${KIND_WORDS[kind]} for ${nameOfSlug(setting)} in ${rnd.pick(PLACES)}`;
    b.node({
      label: "Resource",
      id,
      record: {
        id,
        title,
        kind,
        year: rnd.int(1995, 2025),
        summary: `${title}: practical material on ${topic.toLowerCase()} (${i}).`,
        ...(rnd.next() < 0.5 ? { url: `https://example.org/resources/${id}` } : {}),
      },
    });
    const self: [NodeLabel, string] = ["Resource", id];
    const org = (): [NodeLabel, string] => ["Organisation", organisationId(rnd.skewed(shape.organisations))];
    const person = (): [NodeLabel, string] => ["Person", personId(rnd.skewed(shape.people))];
    const earlier = (): [NodeLabel, string] => ["Resource", resourceId(rnd.int(0, Math.max(0, i - 1)))];

    const { family, parent } = derivation(rnd, families, shape);
    families[family]!.push(id);
    const target = rnd.int(5, 8);
    let made = 0;
    const add = (type: RelationshipType, to: [NodeLabel, string], how?: string): void => {
      if (made < target && b.rel(type, self, to, how ? { how } : {})) made++;
    };
    // Every resource has a publisher, a restraint type, a setting, a jurisdiction and a lineage.
    add("PUBLISHED_BY", org());
    add("ADDRESSES", ["RestraintType", RESTRAINT_TYPES[rnd.skewed(RESTRAINT_TYPES.length, 1.5)]!]);
    add("FOR_SETTING", ["Setting", setting]);
    add("APPLIES_IN", ["Jurisdiction", JURISDICTIONS[rnd.skewed(JURISDICTIONS.length, 2)]!]);
    add("DERIVES_FROM", parent, rnd.pick(DERIVATION_HOWS));
    const extras: (() => void)[] = [
      () => add("FOR_AUDIENCE", ["Audience", AUDIENCES[rnd.skewed(AUDIENCES.length, 1.5)]!]),
      () => add("ADDRESSES", ["RestraintType", rnd.pick(RESTRAINT_TYPES)]),
      () => add("COMMISSIONED_BY", org()),
      () => add("DEVELOPED_WITH", rnd.next() < 0.7 ? org() : person()),
      () => add("FEATURES", person()),
      () => add("COMPLIES_WITH", ["Legislation", rnd.pick(LEGISLATION)]),
      () => (i > 0 ? add("REFERENCES", earlier()) : undefined),
      () => (i > 0 ? add("EVALUATES", rnd.next() < 0.5 ? earlier() : ["Framework", frameworkId(family)]) : undefined),
      () => (i > 0 && rnd.next() < 0.3 ? add("PART_OF", earlier()) : undefined),
    ];
    // Bounded: the menu always has enough distinct targets, but never loop forever on bad luck.
    for (let attempt = 0; made < target && attempt < 40; attempt++) rnd.pick(extras)();
    if (i % 50 === 0 && i > 0) add("DESCRIBES", ["Framework", frameworkId(family)]);
  }
}

/**
 * A synthetic graph shaped like the real seed: the same labels and relationship mix,
 * power-law degrees, lineage chains, and titles made of the real list's vocabulary. Built in
 * memory as a `Seed`, so the project's own importer writes it without the source-text check
 * (synthetic evidence quotes no real document).
 */
export function syntheticSeed(resources: number, seedNumber = 42): Seed {
  const shape = shapeFor(resources);
  const rnd = createRandom(seedNumber + resources);
  const b = new Builder();
  addTaxonomies(b);
  addActors(b, shape, rnd);
  addResources(b, shape, rnd);
  return { dataDir: `synthetic:${resources}`, nodes: b.nodes, relationships: b.relationships };
}
