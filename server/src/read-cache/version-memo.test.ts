import { describe, expect, it } from "vitest";
import { createVersionMemo } from "./version-memo.js";

describe("createVersionMemo", () => {
  it("computes an answer once per version and key, and again after the version changes", async () => {
    let version: string | undefined = "1";
    const memo = createVersionMemo(() => version);
    let runs = 0;
    const compute = () => Promise.resolve(`answer ${++runs} at ${version}`);
    expect(await memo.get("coverage", compute)).toBe("answer 1 at 1");
    expect(await memo.get("coverage", compute)).toBe("answer 1 at 1");
    expect(await memo.get("insights", compute)).toBe("answer 2 at 1");
    version = "2";
    expect(await memo.get("coverage", compute)).toBe("answer 3 at 2");
    expect(memo.stats()).toEqual({ entries: 1, hits: 1, computed: 3 });
  });

  it("shares one computation among callers arriving while it runs", async () => {
    const memo = createVersionMemo(() => "1");
    let runs = 0;
    let finish!: (v: string) => void;
    const compute = () => {
      runs += 1;
      return new Promise<string>((resolve) => (finish = resolve));
    };
    const first = memo.get("k", compute);
    const second = memo.get("k", compute);
    finish("done");
    expect(await Promise.all([first, second])).toEqual(["done", "done"]);
    expect(runs).toBe(1);
  });

  it("keeps nothing while the version is unknown, and no failure", async () => {
    const state: { version?: string } = {};
    const memo = createVersionMemo(() => state.version);
    let runs = 0;
    await memo.get("k", () => Promise.resolve(++runs));
    await memo.get("k", () => Promise.resolve(++runs));
    expect(runs).toBe(2);
    expect(memo.stats().entries).toBe(0);

    state.version = "1";
    await expect(memo.get("k", () => Promise.reject(new Error("timeout")))).rejects.toThrow("timeout");
    expect(await memo.get("k", () => Promise.resolve("retried"))).toBe("retried");
  });
});
