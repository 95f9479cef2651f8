import { describe, expect, it } from "vitest";
import { viewOf } from "./routes.js";

describe("the url of a view file", () => {
  it("takes a path and query of this explorer", () => {
    const view = viewOf("/path?from=a&to=b&context=include");
    expect(view.path).toBe("/path");
    expect(Object.fromEntries(view.query)).toEqual({ from: "a", to: "b", context: "include" });
  });

  it.each([
    [undefined, /url=/],
    ["", /url=/],
    [["/a", "/b"], /url=/],
    ["node/hope-model", /starting with one \//],
    ["https://elsewhere.example/node/x", /starting with one \//],
    ["//elsewhere.example/node/x", /starting with one \//],
    ["/\\elsewhere.example", /starting with one \//],
    [`/node/${"x".repeat(2100)}`, /longer than/],
  ])("refuses %j", (raw, message) => {
    expect(() => viewOf(raw)).toThrow(message);
  });
});
