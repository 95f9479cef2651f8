import { describe, expect, it } from "vitest";
import { pageFile, sitePagePaths, VIEW_PAGES } from "./site-pages.js";

describe("sitePagePaths", () => {
  it("lists the views, each guided route, and each node's pages by id, organisations at /org", () => {
    const pages = sitePagePaths(
      [
        { id: "six-core-strategies", organisation: false },
        { id: "mersey-care", organisation: true },
      ],
      ["for-families"],
    );
    expect(pages.slice(0, VIEW_PAGES.length)).toEqual([...VIEW_PAGES]);
    expect(pages.slice(VIEW_PAGES.length)).toEqual([
      "/routes/for-families",
      "/org/mersey-care",
      "/node/six-core-strategies",
      "/node/six-core-strategies/lineage",
      "/node/six-core-strategies/similar",
    ]);
  });

  it("has every page once", () => {
    const pages = sitePagePaths(
      [
        { id: "a", organisation: false },
        { id: "b", organisation: true },
      ],
      ["r"],
    );
    expect(new Set(pages).size).toBe(pages.length);
  });

  it("encodes ids as the client's links do", () => {
    expect(sitePagePaths([{ id: "a b", organisation: true }], [])).toContain("/org/a%20b");
  });
});

describe("pageFile", () => {
  it("writes each page as PATH/index.html", () => {
    expect(pageFile("/")).toBe("index.html");
    expect(pageFile("/coverage")).toBe("coverage/index.html");
    expect(pageFile("/node/six-core-strategies/lineage")).toBe("node/six-core-strategies/lineage/index.html");
    expect(pageFile("/routes/for-families/")).toBe("routes/for-families/index.html");
  });

  it("decodes segments as a static server decodes the address", () => {
    expect(pageFile("/org/a%20b")).toBe("org/a b/index.html");
  });

  it("refuses a segment that would leave its folder", () => {
    expect(() => pageFile("/node/%2E%2E")).toThrow(/cannot be a folder name/);
    expect(() => pageFile("/node/a%2Fb")).toThrow(/cannot be a folder name/);
    expect(() => pageFile("/node/%E0%A4%A")).toThrow(/Not a valid path segment/);
    expect(() => pageFile("node")).toThrow(/Not a site path/);
  });
});
