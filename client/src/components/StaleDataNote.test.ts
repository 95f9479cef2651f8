import { describe, expect, it } from "vitest";
import { staleAsOf, watchStaleAnswers } from "./StaleDataNote";

const answer = (status: number, headers: Record<string, string> = {}) =>
  Promise.resolve(new Response("{}", { status, headers }));

describe("watchStaleAnswers", () => {
  it("marks the data stale from X-Data-Stale, and fresh again at the next answer without it", async () => {
    expect(staleAsOf()).toBeNull();
    await watchStaleAnswers(() => answer(200, { "x-data-stale": "as-of=2026-12-07T08:00:00.000Z" }))("/graphql");
    expect(staleAsOf()).toBe("2026-12-07T08:00:00.000Z");
    // A failure says nothing about freshness.
    await watchStaleAnswers(() => answer(503))("/graphql");
    expect(staleAsOf()).toBe("2026-12-07T08:00:00.000Z");
    await watchStaleAnswers(() => answer(200))("/graphql");
    expect(staleAsOf()).toBeNull();
  });
});
