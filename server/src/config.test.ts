import { describe, expect, it } from "vitest";
import { readConfig } from "./config.js";

describe("readConfig", () => {
  it("allows same-origin only unless CORS_ORIGINS says otherwise", () => {
    expect(readConfig({}).CORS_ORIGINS).toEqual([]);
    expect(readConfig({ CORS_ORIGINS: " https://rrn.example , http://localhost:5173 ," }).CORS_ORIGINS).toEqual([
      "https://rrn.example",
      "http://localhost:5173",
    ]);
  });

  it.each([
    ["a trailing slash", "https://rrn.example/"],
    ["a path", "https://rrn.example/explorer"],
    ["no scheme", "rrn.example"],
    ["another scheme", "ftp://rrn.example"],
    ["a wildcard", "*"],
  ])("refuses an origin with %s, naming the variable", (_why, origin) => {
    expect(() => readConfig({ CORS_ORIGINS: origin })).toThrow(/CORS_ORIGINS: .* is not an origin/);
  });

  it("keeps the pool wait apart from the connect timeout, and a 10 s shutdown grace", () => {
    const config = readConfig({ NEO4J_CONNECT_TIMEOUT_MS: "2000" });
    expect(config.NEO4J_CONNECT_TIMEOUT_MS).toBe(2000);
    expect(config.NEO4J_ACQUISITION_TIMEOUT_MS).toBe(10_000);
    expect(config.SHUTDOWN_GRACE_MS).toBe(10_000);
  });
});
