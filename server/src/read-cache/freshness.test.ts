import { describe, expect, it } from "vitest";
import { createFreshness, staleHeaders } from "./freshness.js";

const tracker = (current: string | undefined, last?: { version: string; confirmedAt: number }) => ({
  current: () => current,
  lastConfirmed: () => last,
});

describe("freshness", () => {
  it("is fresh while the version is confirmed and the database up", () => {
    expect(createFreshness({ graphVersion: tracker("3-c"), databaseDown: () => false, serveStale: true })()).toEqual({
      state: "fresh",
      version: "3-c",
    });
  });

  it("is stale, with the last confirmed version, while the database is down", () => {
    const last = { version: "3-c", confirmedAt: 1000 };
    const f = createFreshness({ graphVersion: tracker("3-c", last), databaseDown: () => true, serveStale: true });
    expect(f()).toEqual({ state: "stale", version: "3-c", confirmedAt: 1000 });
  });

  it("serves nothing cached when stale serving is off, none was ever confirmed, or the version is unconfirmed", () => {
    const last = { version: "3-c", confirmedAt: 1000 };
    expect(
      createFreshness({ graphVersion: tracker(undefined, last), databaseDown: () => true, serveStale: false })(),
    ).toEqual({ state: "unknown" });
    expect(createFreshness({ graphVersion: tracker(undefined), databaseDown: () => true, serveStale: true })()).toEqual(
      { state: "unknown" },
    );
    // The database back, the version not read again yet.
    expect(
      createFreshness({ graphVersion: tracker(undefined, last), databaseDown: () => false, serveStale: true })(),
    ).toEqual({ state: "unknown" });
  });

  it("says when the data was last confirmed, and its age in seconds", () => {
    expect(staleHeaders(Date.parse("2026-12-07T08:00:00Z"), Date.parse("2026-12-07T08:01:30.5Z"))).toEqual({
      "x-data-stale": "as-of=2026-12-07T08:00:00.000Z",
      age: "90",
    });
  });
});
