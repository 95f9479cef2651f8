import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { replaceFolder } from "./replace-folder.js";

describe("replaceFolder", () => {
  let root: string;
  const folder = (name: string, marker: string) => {
    const dir = path.join(root, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "marker"), marker);
    return dir;
  };
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "rrn-replace-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("puts the new folder in place of the old and leaves nothing else behind", async () => {
    folder("site", "old");
    const staging = folder("site.partial", "new");
    await replaceFolder(staging, path.join(root, "site"));
    expect(readFileSync(path.join(root, "site", "marker"), "utf8")).toBe("new");
    expect(readdirSync(root)).toEqual(["site"]);
  });

  it("writes a first export where there was none", async () => {
    await replaceFolder(folder("staged", "new"), path.join(root, "site"));
    expect(readFileSync(path.join(root, "site", "marker"), "utf8")).toBe("new");
  });

  it("keeps the previous export when the new one cannot be moved in", async () => {
    folder("site", "old");
    await expect(replaceFolder(path.join(root, "missing"), path.join(root, "site"))).rejects.toThrow();
    expect(readFileSync(path.join(root, "site", "marker"), "utf8")).toBe("old");
    expect(readdirSync(root)).toEqual(["site"]);
  });
});
