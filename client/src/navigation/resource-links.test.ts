import { describe, expect, it } from "vitest";
import { findItHref, safeHttpUrl } from "./resource-links";

const query = (href: string) => new URL(href).searchParams.get("q");

describe("links to a resource", () => {
  it("renders only http(s) links", () => {
    expect(safeHttpUrl("https://example.org/toolkit.pdf")).toBe("https://example.org/toolkit.pdf");
    expect(safeHttpUrl("http://example.org")).toBe("http://example.org/");
    for (const bad of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "example.org", "", null]) {
      expect(safeHttpUrl(bad), String(bad)).toBeNull();
    }
  });

  it("searches the web for the exact title and the publisher's name", () => {
    const href = findItHref({
      title: "Post-Incident Debriefing and Support Toolkit",
      publisher: { label: "Restraint Reduction Network" },
    });
    expect(href.startsWith("https://duckduckgo.com/?q=")).toBe(true);
    expect(query(href)).toBe('"Post-Incident Debriefing and Support Toolkit" Restraint Reduction Network');
  });

  it("searches the publisher's own site when the graph knows it", () => {
    const href = findItHref({
      title: "Positive and Proactive guidance",
      publisher: { label: "Department of Health", url: "https://www.gov.uk/dh" },
    });
    expect(query(href)).toBe('"Positive and Proactive guidance" site:www.gov.uk');
  });

  it("searches the words of a descriptive title, which is not the document's own", () => {
    expect(query(findItHref({ title: "Blanket restrictions video", descriptiveTitle: true }))).toBe(
      "Blanket restrictions video",
    );
  });
});
