import { describe, expect, it } from "vitest";
import { requireHttpUrls } from "./http-urls.js";

describe("curators' URLs are http(s) links", () => {
  it("accepts http(s) links and null, on create and on update", () => {
    expect(() => requireHttpUrls({ input: [{ id: "x", url: "https://example.org/a.pdf" }] })).not.toThrow();
    expect(() =>
      requireHttpUrls({ where: { id: { eq: "x" } }, update: { url: { set: "http://example.org" } } }),
    ).not.toThrow();
    expect(() => requireHttpUrls({ where: { id: { eq: "x" } }, update: { url: { set: null } } })).not.toThrow();
  });

  it.each([
    "javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "ftp://example.org",
    "example.org",
    "https://exa mple.org",
  ])("refuses %s, naming the field", (url) => {
    expect(() => requireHttpUrls({ where: { id: { eq: "x" } }, update: { url: { set: url } } })).toThrow(
      /update\.url must be an http:\/\/ or https:\/\/ link/,
    );
    expect(() => requireHttpUrls({ input: [{ id: "x", url }] })).toThrow(/input\.0\.url must be/);
  });
});
