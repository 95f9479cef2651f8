import { describe, expect, it } from "vitest";
import { createGraphVersionTracker } from "./tracker.js";

/** A database read the test answers by hand. */
function pendingReads() {
  const waiting: ((version: string) => void)[] = [];
  return {
    read: () => new Promise<string>((resolve) => waiting.push(resolve)),
    answer: (version: string) => waiting.shift()?.(version),
  };
}

describe("graph version tracker", () => {
  it("follows what it reads, and tells listeners of each change once", async () => {
    let now = 0;
    const changes: string[] = [];
    const reads = pendingReads();
    const tracker = createGraphVersionTracker({ read: reads.read, pollMs: 1000, maxAgeMs: 3000, now: () => now });
    tracker.onChange((v) => changes.push(v));
    expect(tracker.current()).toBeUndefined();
    const first = tracker.refresh();
    reads.answer("1-a");
    await first;
    expect(tracker.current()).toBe("1-a");
    const same = tracker.refresh();
    reads.answer("1-a");
    await same;
    expect(changes).toEqual(["1-a"]);
    now = 3001;
    // Not confirmed for longer than maxAge: nothing is served from it.
    expect(tracker.current()).toBeUndefined();
  });

  it("never lets a read that began before a local write set the older version back", async () => {
    const reads = pendingReads();
    const tracker = createGraphVersionTracker({ read: reads.read, pollMs: 1000, maxAgeMs: 3000 });
    const seed = tracker.refresh();
    reads.answer("1-a");
    await seed;
    const slow = tracker.refresh();
    tracker.advance("2-b");
    reads.answer("1-a");
    await slow;
    expect(tracker.current()).toBe("2-b");
  });
});

describe("graph version tracker during an outage", () => {
  it("keeps the last confirmed version after distrust, but serves nothing as current until a read succeeds", async () => {
    let now = 100;
    const reads = pendingReads();
    const tracker = createGraphVersionTracker({ read: reads.read, pollMs: 1000, maxAgeMs: 3000, now: () => now });
    expect(tracker.lastConfirmed()).toBeUndefined();
    const first = tracker.refresh();
    reads.answer("1-a");
    await first;
    now = 500;
    tracker.distrust();
    expect(tracker.current()).toBeUndefined();
    expect(tracker.lastConfirmed()).toEqual({ version: "1-a", confirmedAt: 100 });
    const again = tracker.refresh();
    reads.answer("1-a");
    await again;
    expect(tracker.current()).toBe("1-a");
    expect(tracker.lastConfirmed()).toEqual({ version: "1-a", confirmedAt: 500 });
  });
});
