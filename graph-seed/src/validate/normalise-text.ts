/**
 * Evidence quotes are compared with the source after normalising typography, because the page
 * mixes curly and straight quotes, dashes and non-breaking spaces, and curators type whichever
 * their keyboard gives them. Wording, spelling and case must still match.
 */
const REPLACEMENTS: readonly (readonly [RegExp, string])[] = [
  [/\u00a0/g, " "],
  [/[\u2018\u2019]/g, "'"],
  [/[\u201c\u201d]/g, '"'],
  [/[\u2011\u2013\u2014]/g, "-"],
];

export function normaliseText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  return out.replace(/\s+/g, " ").trim();
}

/** A source document, normalised once so that every quote is checked against the same text. */
export class SourceText {
  private readonly normalised: string;

  constructor(raw: string) {
    this.normalised = normaliseText(raw);
  }

  contains(quote: string): boolean {
    const q = normaliseText(quote);
    return q.length > 0 && this.normalised.includes(q);
  }

  /** The first run of `n` consecutive words of `text` that the source also contains, if any. */
  sharedRun(text: string, n: number): string | undefined {
    const words = normaliseText(text).split(" ");
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n).join(" ");
      if (this.normalised.includes(run)) return run;
    }
    return undefined;
  }
}
