import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hasCuratorSettings, localCuratorSecret } from "./local-curation.js";

describe("localCuratorSecret", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rrn-secret-"));
  const file = path.join(dir, "nested", "curator-secret");
  afterEach(() => rmSync(path.join(dir, "nested"), { recursive: true, force: true }));

  it("makes a long random secret once, readable by its owner only, and reuses it", () => {
    const first = localCuratorSecret(file);
    expect(first).toMatch(/^[\w-]{64}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(localCuratorSecret(file)).toBe(first);
  });

  it("tightens a loosened file and replaces a secret too short for HS256", () => {
    const first = localCuratorSecret(file);
    chmodSync(file, 0o644);
    expect(localCuratorSecret(file)).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    writeFileSync(file, "short\n");
    const replaced = localCuratorSecret(file);
    expect(replaced).not.toBe("short");
    expect(replaced.length).toBeGreaterThanOrEqual(32);
  });
});

describe("hasCuratorSettings", () => {
  it("counts any way of verifying tokens as the operator's choice", () => {
    expect(hasCuratorSettings({})).toBe(false);
    expect(hasCuratorSettings({ CURATOR_JWT_ISSUER: "x" })).toBe(false);
    expect(hasCuratorSettings({ CURATOR_JWT_SECRET: "s" })).toBe(true);
    expect(hasCuratorSettings({ CURATOR_JWKS_URL: "https://id.example/jwks" })).toBe(true);
    expect(hasCuratorSettings({ CURATOR_OIDC_ISSUER: "https://id.example" })).toBe(true);
  });
});
