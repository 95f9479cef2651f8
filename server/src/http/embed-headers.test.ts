import { describe, expect, it } from "vitest";
import { isEmbedUrl, pageSecurity } from "./embed-headers.js";
import { fixedHeadersOf } from "./security.js";

const frameAncestors = (headers: Record<string, string>) =>
  /frame-ancestors ([^;]*)/.exec(headers["content-security-policy"] ?? "")?.[1];

describe("embeddable views' headers", () => {
  it("knows an embed URL by embed=1 in its query only", () => {
    expect(isEmbedUrl("/path?from=a&embed=1")).toBe(true);
    expect(isEmbedUrl("/path?embed=true")).toBe(false);
    expect(isEmbedUrl("/path/embed=1")).toBe(false);
    expect(isEmbedUrl("/")).toBe(false);
  });

  it("lets EMBED_ORIGINS frame embed pages, with no X-Frame-Options, and keeps every other page unframeable", () => {
    const security = pageSecurity({ embedOrigins: ["https://trust.example", "http://localhost:8080"] });
    const embed = fixedHeadersOf(security.embed);
    expect(frameAncestors(embed)).toBe("https://trust.example http://localhost:8080");
    expect(embed["x-frame-options"]).toBeUndefined();
    // The rest of the policy is the site's.
    expect(embed["content-security-policy"]).toContain("script-src 'self'");

    const site = fixedHeadersOf(security.site);
    expect(frameAncestors(site)).toBe("'none'");
    expect(site["x-frame-options"]).toBe("DENY");
  });

  it("asks search engines not to list an embed page (the view's own page is the one to find)", () => {
    for (const embedOrigins of [[], ["https://trust.example"]]) {
      const security = pageSecurity({ embedOrigins });
      expect(fixedHeadersOf(security.embed)["x-robots-tag"]).toBe("noindex");
      expect(fixedHeadersOf(security.site)["x-robots-tag"]).toBeUndefined();
    }
  });

  it("frames nothing at all when EMBED_ORIGINS is empty", () => {
    const embed = fixedHeadersOf(pageSecurity({}).embed);
    expect(frameAncestors(embed)).toBe("'none'");
    expect(embed["x-frame-options"]).toBe("DENY");
  });

  it("chooses by the request's URL", () => {
    const security = pageSecurity({ embedOrigins: ["https://trust.example"] });
    const headersFor = (url: string) =>
      fixedHeadersOf((req, res, next) => security.middleware(Object.assign(req, { originalUrl: url }), res, next));
    expect(frameAncestors(headersFor("/node/x?embed=1"))).toBe("https://trust.example");
    expect(frameAncestors(headersFor("/node/x"))).toBe("'none'");
  });
});
