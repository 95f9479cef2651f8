// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router-dom";
import { Provider } from "urql";
import userEvent from "@testing-library/user-event";
import { useEffect } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sampleGraph } from "../graph/test-fixtures";
import { fakeClient, renderAt } from "../test-support/render";
import type { GraphCanvasProps } from "./GraphCanvas";
import { GraphWorkspace, type GraphWorkspaceProps } from "./GraphWorkspace";

// happy-dom has no 2D canvas for Cytoscape to draw on: the canvas stands in as an element that
// shows what the workspace handed it, and says it has drawn; the e2e tier draws the real one in
// Chromium.
vi.mock("./GraphCanvas", () => ({
  GraphCanvas: ({ label, layout, selectedId, sketchBounds, onDrawn }: GraphCanvasProps) => {
    useEffect(() => onDrawn?.(), [onDrawn]);
    return (
      <div
        role="application"
        aria-label={label}
        data-layout={layout}
        data-selected={selectedId ?? ""}
        data-sketch-bounds={sketchBounds ? "yes" : "no"}
      />
    );
  },
}));

afterEach(cleanup);

const base: GraphWorkspaceProps = { title: "Sample", data: sampleGraph, drawing: { defaultLayout: "grid" } };

describe("GraphWorkspace", () => {
  it("opens on the Graph tab; the List tab shows the same nodes and is kept in the URL", async () => {
    const user = userEvent.setup();
    const { where } = renderAt(<GraphWorkspace {...base} />, {});
    const graphTab = screen.getByRole("tab", { name: "Graph" });
    expect(graphTab.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel", { name: "Graph" })).toBeTruthy();
    expect(document.getElementById("panel-list")?.hidden).toBe(true);

    await user.click(screen.getByRole("tab", { name: "List" }));
    expect(where().get("tab")).toBe("list");
    expect(screen.getByRole("tab", { name: "List" }).getAttribute("aria-selected")).toBe("true");
    expect(document.getElementById("panel-graph")?.hidden).toBe(true);
    const list = screen.getByRole("tabpanel", { name: "List" });
    for (const n of sampleGraph.nodes) expect(within(list).getAllByText(n.label).length).toBeGreaterThan(0);
  });

  it("moves between the tabs with the arrow keys, focus following", async () => {
    const user = userEvent.setup();
    const { where } = renderAt(<GraphWorkspace {...base} />, {});
    screen.getByRole("tab", { name: "Graph" }).focus();
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "List" }));
    expect(where().get("tab")).toBe("list");
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Graph" }));
    expect(where().get("tab")).toBeNull();
  });

  it("puts the view's toolbar beside the tabs and its notice above the panels", () => {
    renderAt(
      <GraphWorkspace
        {...base}
        toolbar={<button type="button">Undo expansion</button>}
        notice={<p role="note">Only some nodes</p>}
      />,
      {},
    );
    const undo = screen.getByRole("button", { name: "Undo expansion" });
    expect(undo.closest(".workspace-bar")).toBe(screen.getByRole("tablist").closest(".workspace-bar"));
    const notice = screen.getByRole("note");
    const graphPanel = screen.getByRole("tabpanel", { name: "Graph" });
    expect(notice.compareDocumentPosition(graphPanel) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("asks to select something until the URL selects a node, then shows its details and announces it", async () => {
    const user = userEvent.setup();
    const { where } = renderAt(<GraphWorkspace {...base} />, { url: "/?tab=list" });
    const details = screen.getByRole("complementary", { name: "Details" });
    expect(within(details).getByRole("heading", { name: "Select something" })).toBeTruthy();

    const row = screen.getByRole("link", { name: /Six Core Strategies checklist/ });
    expect(row.getAttribute("href")).toBe("/?tab=list&selected=checklist");
    await user.click(row);
    expect(where().get("selected")).toBe("checklist");
    await waitFor(() =>
      expect(screen.getByTestId("selection-announcer").textContent).toBe(
        "Selected Six Core Strategies checklist, resource",
      ),
    );
    // The panel's own query is still loading: the hint is gone.
    expect(within(details).queryByRole("heading", { name: "Select something" })).toBeNull();
    expect(within(details).getByTestId("loading").textContent).toMatch(/^Loading details/);
  });

  it("draws with the view's default layout until the URL chooses another, and hands the canvas the selection", async () => {
    renderAt(<GraphWorkspace {...base} />, { url: "/?selected=mersey-care" });
    const canvas = await screen.findByRole("application", { name: "Sample" });
    expect(canvas.dataset.layout).toBe("grid");
    expect(canvas.dataset.selected).toBe("mersey-care");
    cleanup();
    renderAt(<GraphWorkspace {...base} />, { url: "/?layout=dagre" });
    expect((await screen.findByRole("application", { name: "Sample" })).dataset.layout).toBe("dagre");
  });

  it("draws the SVG sketch at the API's positions in its first render, then hands over to the canvas", async () => {
    const layout = sampleGraph.nodes.map((n, i) => ({ id: n.id, x: i * 100, y: (i % 2) * 80 }));
    renderAt(<GraphWorkspace {...base} data={{ ...sampleGraph, layout }} />, {});
    // Synchronously, before any chunk loads: the sketch, and no canvas yet.
    expect(screen.getByRole("img", { name: /^Sample: a drawing of 4 nodes/ })).toBeTruthy();
    expect(screen.queryByRole("application")).toBeNull();
    const canvas = await screen.findByRole("application", { name: "Sample" });
    expect(canvas.dataset.sketchBounds).toBe("yes");
    await waitFor(() => expect(screen.queryByTestId("graph-sketch")).toBeNull());
    // In the same box the sketch had.
    expect(canvas.parentElement?.classList.contains("graph-box")).toBe(true);
  });

  it("keeps the box and says there is no drawing yet when the API sent no positions", () => {
    renderAt(<GraphWorkspace {...base} />, {});
    expect(screen.getByTestId("graph-sketch").textContent).toMatch(/No drawing yet/);
    expect(screen.getByTestId("graph-sketch").parentElement?.classList.contains("graph-box")).toBe(true);
  });

  it("puts the view's aside in the side panel instead of the details", () => {
    renderAt(<GraphWorkspace {...base} aside={<p>Chosen by the view</p>} />, { url: "/?selected=checklist" });
    const details = screen.getByRole("complementary", { name: "Details" });
    expect(within(details).getByText("Chosen by the view")).toBeTruthy();
    expect(within(details).queryByTestId("loading")).toBeNull();
  });

  it("makes the tabs links to ?tab=graph|list that keep the rest of the URL", () => {
    renderAt(<GraphWorkspace {...base} />, { url: "/node/x?selected=checklist&layout=dagre" });
    expect(screen.getByRole("tab", { name: "List" }).getAttribute("href")).toBe(
      "/node/x?selected=checklist&layout=dagre&tab=list",
    );
    expect(screen.getByRole("tab", { name: "Graph" }).getAttribute("href")).toBe(
      "/node/x?selected=checklist&layout=dagre",
    );
  });
});

/** The HTML a reader without scripts gets: the server's render, where no effect ever runs. */
function serverMarkup(url: string): HTMLElement {
  const { client } = fakeClient(() => undefined);
  const html = renderToString(
    <Provider value={client}>
      <MemoryRouter initialEntries={[url]}>
        <GraphWorkspace {...base} />
      </MemoryRouter>
    </Provider>,
  );
  const root = document.createElement("div");
  root.innerHTML = html;
  return root;
}

describe("GraphWorkspace without scripts", () => {
  it("has the list, with every node as a link that selects it, in the HTML of ?tab=list", () => {
    const root = serverMarkup("/node/x?tab=list");
    const list = root.querySelector("#panel-list");
    expect(list?.hasAttribute("hidden")).toBe(false);
    const links = [...(list?.querySelectorAll<HTMLAnchorElement>("a.row-select") ?? [])];
    expect(links.map((a) => a.textContent).sort()).toEqual(sampleGraph.nodes.map((n) => n.label).sort());
    expect(links.find((a) => a.textContent === "Mersey Care NHS Foundation Trust")?.getAttribute("href")).toBe(
      "/node/x?tab=list&selected=mersey-care",
    );
  });

  it("leaves the list out of the Graph tab's HTML (its rows would cost the canvas), with a link to it", () => {
    const root = serverMarkup("/node/x");
    expect(root.querySelector("#panel-list a.row-select")).toBeNull();
    expect(root.querySelector('a[role="tab"]#tab-list')?.getAttribute("href")).toBe("/node/x?tab=list");
  });

  it("has a GET form for the layout, an Apply button and a note on what needs scripts", () => {
    const root = serverMarkup("/node/x?selected=checklist");
    const select = root.querySelector<HTMLSelectElement>('select[name="layout"]');
    const form = select?.closest("form");
    expect(form?.getAttribute("method")).toBe("get");
    expect(form?.getAttribute("action")).toBe("/node/x");
    // The rest of the URL rides along, or the page would lose its selection.
    expect(form?.querySelector('input[type="hidden"][name="selected"]')?.getAttribute("value")).toBe("checklist");
    expect(form?.querySelector('noscript button[type="submit"]')?.textContent).toBe("Apply");
    expect(root.querySelector("noscript .noscript-note")?.textContent).toMatch(/JavaScript is off/);
    // Zooming needs the canvas: disabled in the HTML.
    expect(root.querySelector('button[aria-label="Zoom in"]')?.hasAttribute("disabled")).toBe(true);
  });
});
