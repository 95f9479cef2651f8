// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { edge } from "../../graph/test-fixtures";
import { renderAt, type Answers } from "../../test-support/render";
import { DetailPanel, type DetailPanelProps } from "./DetailPanel";

afterEach(cleanup);

const act = {
  id: "mental-health-units-act",
  type: "LEGISLATION",
  label: "Mental Health Units (Use of Force) Act 2018",
  kind: null,
  year: 2018,
  degree: 2,
  distance: null,
  summary: "Seni's Law.",
  url: null,
  generalKnowledge: ["year"],
  easyRead: false,
  aliases: ["Seni's Law"],
  definition: null,
  origin: null,
  role: null,
  country: "England",
  editable: false,
  descriptiveTitle: false,
  description: null,
};

const neighbourhood = {
  nodes: [
    { id: act.id, type: "LEGISLATION", label: act.label, url: null },
    { id: "guidance", type: "RESOURCE", label: "Statutory guidance", url: null },
    { id: "england", type: "JURISDICTION", label: "England", url: null },
  ],
  edges: [
    edge({
      type: "COMPLIES_WITH",
      source: "guidance",
      target: act.id,
      evidence: "Statutory guidance for the Act",
    }),
    edge({
      type: "APPLIES_IN",
      source: act.id,
      target: "england",
      basis: "INFERRED",
      reasoning: "An Act of Parliament.",
    }),
  ],
  truncated: false,
};

const answers =
  (node: typeof act | null): Answers =>
  (name) =>
    name === "NodeDetail"
      ? { node, neighbourhood: node ? neighbourhood : { nodes: [], edges: [], truncated: false } }
      : undefined;

function renderPanel(props: Partial<DetailPanelProps> = {}, node: typeof act | null = act) {
  return renderAt(<DetailPanel id={act.id} {...props} />, { answers: answers(node) });
}

describe("DetailPanel", () => {
  it("says what the node is, marking facts from general knowledge, and lists its relationships with their quotes", async () => {
    renderPanel();
    const panel = await screen.findByTestId("detail-panel");
    expect(within(panel).getByRole("heading", { level: 2 }).textContent).toBe(act.label);
    expect(within(panel).getByText("Seni's Law.")).toBeTruthy();
    expect(within(panel).getByText(/Also known as Seni's Law/)).toBeTruthy();
    const year = within(panel).getByText("Year").closest("div");
    expect(year?.textContent).toBe("Year2018General knowledge");
    expect(within(panel).getByText("Country").closest("div")?.textContent).toBe("CountryEngland");
    const relationships = within(panel).getByRole("heading", { name: /^Relationships/ });
    expect(relationships.textContent).toBe("Relationships 2");
    expect(within(panel).getByRole("link", { name: "Statutory guidance" }).getAttribute("href")).toBe("/node/guidance");
    expect(within(panel).getByText("“Statutory guidance for the Act”")).toBeTruthy();
    expect(within(panel).getByRole("link", { name: "Show lineage" }).getAttribute("href")).toBe(
      `/node/${act.id}/lineage`,
    );
  });

  it("opens the citation panel for a document, and closes it with focus back on Cite", async () => {
    const user = userEvent.setup();
    renderPanel();
    const cite = await screen.findByRole("button", { name: "Cite" });
    expect(cite.getAttribute("aria-expanded")).toBe("false");
    await user.click(cite);
    expect(cite.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("heading", { name: "Cite this legislation" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Close citing" }));
    expect(screen.queryByTestId("cite-panel")).toBeNull();
    expect(document.activeElement).toBe(cite);
  });

  it("offers Expand when the view can expand, else a link to the neighbours unless they are shown", async () => {
    const user = userEvent.setup();
    const onExpand = vi.fn();
    renderPanel({ onExpand });
    await user.click(await screen.findByRole("button", { name: "Expand neighbours" }));
    expect(onExpand).toHaveBeenCalledWith(act.id);
    expect(screen.queryByRole("link", { name: "Explore neighbours" })).toBeNull();
    cleanup();

    renderPanel();
    expect((await screen.findByRole("link", { name: "Explore neighbours" })).getAttribute("href")).toBe(
      `/node/${act.id}`,
    );
    cleanup();

    renderPanel({ neighboursShown: true });
    await screen.findByTestId("detail-panel");
    expect(screen.queryByRole("link", { name: "Explore neighbours" })).toBeNull();
  });

  it("closes from its close button, and says so when the node has gone", async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderPanel({ onClose });
    await user.click(await screen.findByRole("button", { name: "Close details" }));
    expect(onClose).toHaveBeenCalledTimes(1);
    cleanup();

    renderPanel({}, null);
    expect(await screen.findByText("This node is no longer in the graph.")).toBeTruthy();
  });
});
