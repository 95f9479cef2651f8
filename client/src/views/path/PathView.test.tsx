// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderAt, type Answers } from "../../test-support/render";
import PathView from "./PathView";

afterEach(cleanup);

const mersey = { id: "mersey-care", label: "Mersey Care NHS Foundation Trust", type: "ORGANISATION" };
const answers: Answers = (name, variables) => {
  if (name === "Paths")
    return {
      fromNode:
        variables.from === "six-core-strategies"
          ? { id: "six-core-strategies", label: "Six Core Strategies", type: "FRAMEWORK" }
          : null,
      toNode: variables.to === mersey.id ? mersey : null,
      paths: { nodes: [], edges: [], truncated: false, total: 0 },
    };
  if (name === "TypeAhead")
    return {
      search: [
        { id: "six-core-strategies", type: "FRAMEWORK", label: "Six Core Strategies", kind: null, year: null },
        { id: "six-core-checklist", type: "RESOURCE", label: "Six Core Strategies checklist", kind: null, year: 2011 },
      ],
    };
  return undefined;
};

describe("PathView without scripts", () => {
  it("is a GET form to /path sending the two ends as from and to", () => {
    renderAt(<PathView />, { url: "/path", answers });
    const form = screen.getByRole("form", { name: "Path ends" });
    expect(form.getAttribute("method")).toBe("get");
    expect(form.getAttribute("action")).toBe("/path");
    expect(screen.getByRole("combobox", { name: "From" }).getAttribute("name")).toBe("from");
    expect(screen.getByRole("combobox", { name: "To" }).getAttribute("name")).toBe("to");
  });

  it("offers the things matching an end typed as words, each a link to the path with that end chosen", async () => {
    renderAt(<PathView />, { url: "/path?from=six+core&to=mersey-care", answers });
    const choices = await screen.findByRole("region", { name: "Choose the “From” end" });
    const links = within(choices).getAllByRole("link");
    expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Six Core Strategies", "/path?from=six-core-strategies&to=mersey-care"],
      ["Six Core Strategies checklist", "/path?from=six-core-checklist&to=mersey-care"],
    ]);
    // The words stay in the box, to correct them.
    expect(screen.getByRole<HTMLInputElement>("combobox", { name: "From" }).value).toBe("six core");
  });
});
