import { flesch } from "flesch";
import { syllable } from "syllable";
import type { Guide } from "@rrn/model";

/**
 * Plain-English checks for the guided routes, used by their unit test: Flesch reading ease
 * (wooorm's `flesch` formula over `syllable` counts) and acronyms explained on first use. Routes
 * are read by people who may be upset and in a hurry, so both are held to every intro and
 * explanation rather than checked by eye.
 */

/** 60–70 is plain English: easily understood by 13- to 15-year-olds. */
export const MIN_READING_EASE = 60;

/** Words: runs of letters (with inner apostrophes or hyphens) and digits. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Sentences end in . ! or ? (a run of them counts once); text without one is one sentence. */
function sentenceCount(text: string): number {
  return Math.max(1, (text.match(/[.!?]+(?=\s|$)/g) ?? []).length);
}

export function readingEase(text: string): number {
  const list = words(text);
  return flesch({
    sentence: sentenceCount(text),
    word: list.length,
    syllable: list.reduce((sum, w) => sum + syllable(w), 0),
  });
}

/**
 * Acronyms the routes may use, with the words they stand for. The first time a route uses one it
 * must follow those words in brackets ("Care Quality Commission (CQC)"); later it may stand alone.
 */
export const KNOWN_ACRONYMS: Readonly<Record<string, string>> = {
  NHS: "National Health Service",
  CQC: "Care Quality Commission",
  NICE: "National Institute for Health and Care Excellence",
  RRN: "Restraint Reduction Network",
  STOMP: "stopping over-medication of people with a learning disability, autism or both",
  WHO: "World Health Organization",
};

/** A word of two or more capitals (digits allowed after the first letter): NHS, CQC, STOMP. */
const ACRONYM = /\b[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*\b/g;

/** A route's text in reading order: title, intro, then each step's question and explanation. */
export function guideTexts(route: Guide): string[] {
  return [route.title, route.intro, ...route.steps.flatMap((s) => [s.question, s.explanation])];
}

/**
 * Acronyms a route uses without explaining them on first use: unknown ones (not in
 * KNOWN_ACRONYMS), and known ones whose first use does not follow their expansion in brackets.
 */
export function unexplainedAcronyms(texts: readonly string[]): string[] {
  const problems: string[] = [];
  const explained = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(ACRONYM)) {
      const acronym = match[0];
      if (explained.has(acronym)) continue;
      const expansion = KNOWN_ACRONYMS[acronym];
      if (!expansion) {
        problems.push(`${acronym}: not a known acronym; spell it out, or add it with its expansion`);
        explained.add(acronym);
        continue;
      }
      const before = text.slice(0, match.index).trimEnd();
      const bracketed = before.endsWith("(") && text.charAt(match.index + acronym.length) === ")";
      const spelledOut = before.slice(0, -1).trimEnd().toLowerCase().endsWith(expansion.toLowerCase());
      if (!bracketed || !spelledOut) problems.push(`${acronym}: first used without "${expansion} (${acronym})"`);
      explained.add(acronym);
    }
  }
  return problems;
}
