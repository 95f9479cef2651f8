// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router-dom";
import { afterEach, describe, expect, it } from "vitest";
import { shortestRoutes } from "../../graph/path-steps";
import { edge, node } from "../../graph/test-fixtures";
import { chainOf, OtherRoutes } from "./PathRoutes";

afterEach(cleanup);

// Three routes from the toolkit to the trust: through the framework (stated), through the
// guide (one inferred link) and through the person (one link read from a title).
const data = {
  nodes: [
    node({ id: "toolkit", type: "RESOURCE", label: "Toolkit" }),
    node({ id: "framework", type: "FRAMEWORK", label: "Framework" }),
    node({ id: "guide", type: "RESOURCE", label: "Guide" }),
    node({ id: "person", type: "PERSON", label: "A Person" }),
    node({ id: "trust", type: "ORGANISATION", label: "Trust" }),
  ],
  edges: [
    edge({ type: "DERIVES_FROM", source: "toolkit", target: "framework" }),
    edge({ type: "DEVELOPED_BY", source: "framework", target: "trust" }),
    edge({ type: "DERIVES_FROM", source: "guide", target: "toolkit", basis: "INFERRED", reasoning: "same authors" }),
    edge({ type: "PUBLISHED_BY", source: "guide", target: "trust" }),
    edge({ type: "AFFILIATED_WITH", source: "person", target: "toolkit", basis: "TITLE" }),
    edge({ type: "AFFILIATED_WITH", source: "person", target: "trust" }),
  ],
};

const renderRoutes = (max: number) => {
  const { routes, total } = shortestRoutes(data, "toolkit", "trust", max);
  render(
    <MemoryRouter>
      <OtherRoutes routes={routes} total={total} />
    </MemoryRouter>,
  );
  return { routes, total };
};

describe("OtherRoutes", () => {
  it("lists every route but the first, each with its own weakest link", () => {
    const { routes } = renderRoutes(10);
    expect(routes).toHaveLength(3);
    const section = screen.getByRole("region", { name: "The other 2 routes as short" });
    const items = within(section).getAllByTestId("path-route");
    expect(items).toHaveLength(2);
    expect(items.map((li) => within(li).getByTestId("chain-strength").textContent)).toEqual([
      "This chain rests on one inferred link: Guide derives from Toolkit (Inferred: same authors).",
      "This chain rests on one link read from a title: A Person affiliated with Toolkit (From the title).",
    ]);
    // Each route reads from end to end, an arrow (and, for screen readers, words) showing which way each relationship goes.
    expect(items[0]?.querySelector(".step-line")?.textContent).toBe(
      "Toolkit← derives from (read from right to left) —Guide— published by →Trust",
    );
    expect(
      within(items[0] as HTMLElement)
        .getAllByRole("link")
        .map((a) => a.getAttribute("href")),
    ).toEqual(["/node/toolkit", "/node/guide", "/org/trust"]);
    expect(screen.queryByTestId("path-routes-unlisted")).toBeNull();
  });

  it("counts the routes it does not list", () => {
    renderRoutes(2);
    expect(screen.getAllByTestId("path-route")).toHaveLength(1);
    expect(screen.getByTestId("path-routes-unlisted").textContent).toBe(
      "1 more route is drawn in the graph below but not listed.",
    );
  });

  it("draws nothing for a single route", () => {
    const { container } = render(
      <MemoryRouter>
        <OtherRoutes routes={shortestRoutes(data, "toolkit", "framework", 10).routes} total={1} />
      </MemoryRouter>,
    );
    expect(container.innerHTML).toBe("");
  });

  it("is in the server-rendered markup", () => {
    const { routes, total } = shortestRoutes(data, "toolkit", "trust", 10);
    const html = renderToString(
      <MemoryRouter>
        <OtherRoutes routes={routes} total={total} />
      </MemoryRouter>,
    );
    expect(html.match(/data-testid="chain-strength"/g)).toHaveLength(2);
  });
});

describe("chainOf", () => {
  it("reads each link in its relationship's own direction, whichever way the route runs", () => {
    const route = shortestRoutes(data, "trust", "toolkit", 10).routes[0] ?? [];
    expect(chainOf(route).map((l) => `${l.subject} | ${l.phrase} | ${l.object} | ${l.basis}`)).toEqual([
      "Framework | developed by | Trust | STATED",
      "Toolkit | derives from | Framework | STATED",
    ]);
  });
});
