import { describe, expect, it } from "vitest";
import { embedUrl, fullViewPath, iframeCode } from "./embed-code";

describe("embed code", () => {
  it("adds embed=1 to the view's own query and leaves the selection out", () => {
    expect(embedUrl("https://rrn.example", "/path", "?from=a&to=b&selected=a")).toBe(
      "https://rrn.example/path?from=a&to=b&embed=1",
    );
  });

  it("links back to the same view without embed", () => {
    expect(fullViewPath("/node/x/lineage", "?direction=up&embed=1")).toBe("/node/x/lineage?direction=up");
    expect(fullViewPath("/", "?embed=1")).toBe("/");
  });

  it("escapes the address and title inside the iframe's attributes", () => {
    const code = iframeCode("https://rrn.example/path?from=a&to=b&embed=1", 'Paths "A" & <B>');
    expect(code).toContain('src="https://rrn.example/path?from=a&amp;to=b&amp;embed=1"');
    expect(code).toContain('title="Paths &quot;A&quot; &amp; &lt;B&gt; — Restraint Reduction Explorer"');
    expect(code).toMatch(/^<iframe [^>]*><\/iframe>$/);
  });
});
