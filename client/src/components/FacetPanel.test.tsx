// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EMPTY_FACETS, parseViewState, type Facets } from "../navigation/url-state";
import { renderAt, type Answers } from "../test-support/render";
import { FacetPanel } from "./FacetPanel";

afterEach(cleanup);

const values = (...nodes: [string, string, number?][]) => ({
  nodes: nodes.map(([id, label, degree = 3]) => ({ id, label, degree })),
});

const answers: Answers = (name) =>
  name === "FacetOptions"
    ? {
        restraintTypes: values(["seclusion", "Seclusion"], ["chemical", "Chemical restraint"]),
        settings: values(["schools", "Schools"], ["inpatient", "Inpatient wards"]),
        audiences: values(["families", "Families"]),
        jurisdictions: values(["england", "England"]),
        organisations: values(["bild", "BILD", 12], ["one-off", "One-off publisher", 1]),
      }
    : undefined;

function renderPanel(facets: Facets, props: { showTypes?: boolean; showYears?: boolean } = {}) {
  const onChange = vi.fn();
  renderAt(<FacetPanel facets={facets} onChange={onChange} {...props} />, { answers });
  return onChange;
}

describe("FacetPanel", () => {
  it("offers each facet's values from the graph, sorted by name, organisations only when they connect, then “Not recorded”", async () => {
    renderPanel(EMPTY_FACETS);
    const restraint = screen.getByRole("group", { name: "Restraint type" });
    await waitFor(() => expect(within(restraint).getAllByRole("checkbox")).toHaveLength(3));
    expect(
      within(restraint)
        .getAllByRole("checkbox")
        .map((c) => c.parentElement?.textContent),
    ).toEqual(["Chemical restraint", "Seclusion", "Not recorded"]);
    // Without scripts the form sends it as the facet's own parameter: restraint=none.
    const notRecorded = within(restraint).getByRole<HTMLInputElement>("checkbox", { name: "Not recorded" });
    expect([notRecorded.name, notRecorded.value]).toEqual(["restraint", "none"]);
    const orgs = screen.getByRole("group", { name: "Organisation" });
    expect(
      within(orgs)
        .getAllByRole("checkbox")
        .map((c) => c.parentElement?.textContent),
    ).toEqual(["BILD", "Not recorded"]);
  });

  it("adds a value to its facet when checked, and takes it away when unchecked", async () => {
    const user = userEvent.setup();
    const onChange = renderPanel({ ...EMPTY_FACETS, settings: ["inpatient"] });
    await user.click(await screen.findByRole("checkbox", { name: "Schools" }));
    expect(onChange).toHaveBeenLastCalledWith({ settings: ["inpatient", "schools"] });
    await user.click(screen.getByRole("checkbox", { name: "Inpatient wards" }));
    expect(onChange).toHaveBeenLastCalledWith({ settings: [] });
    await user.click(screen.getByRole("checkbox", { name: /Frameworks/ }));
    expect(onChange).toHaveBeenLastCalledWith({ types: ["FRAMEWORK"] });
  });

  it("shows how many are chosen, opens those facets, and clears every facet at once", async () => {
    const user = userEvent.setup();
    const onChange = renderPanel({ ...EMPTY_FACETS, settings: ["schools"], yearFrom: 2015 });
    const settings = screen.getByRole("group", { name: "Setting" }).closest("details");
    expect(settings?.open).toBe(true);
    expect(settings?.querySelector("summary .count")?.textContent).toBe("1");
    expect(screen.getByRole("group", { name: "Audience" }).closest("details")?.open).toBe(false);
    await user.click(screen.getByRole("button", { name: "Clear all" }));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_FACETS, yearFrom: undefined, yearTo: undefined });
  });

  it("offers no Clear all when nothing is chosen", () => {
    renderPanel(EMPTY_FACETS);
    expect(screen.queryByRole("button", { name: "Clear all" })).toBeNull();
  });

  it("commits a year only once it has four digits, and clearing it", async () => {
    const user = userEvent.setup();
    const onChange = renderPanel(EMPTY_FACETS);
    const from = screen.getByRole("spinbutton", { name: "From" });
    await user.type(from, "201");
    expect(onChange).not.toHaveBeenCalled();
    await user.type(from, "9");
    expect(onChange).toHaveBeenLastCalledWith({ yearFrom: 2019 });
    await user.clear(from);
    expect(onChange).toHaveBeenLastCalledWith({ yearFrom: undefined });
  });

  it("leaves out the type and year controls where the view has its own", () => {
    renderPanel(EMPTY_FACETS, { showTypes: false, showYears: false });
    expect(screen.queryByRole("checkbox", { name: /Frameworks/ })).toBeNull();
    expect(screen.queryByRole("spinbutton", { name: "From" })).toBeNull();
  });

  it("is a GET form to the same page whose submission, without scripts, is the URL the script would write", async () => {
    const facets: Facets = { ...EMPTY_FACETS, restraintTypes: ["seclusion"], types: ["RESOURCE"], yearFrom: 2010 };
    renderAt(<FacetPanel facets={facets} onChange={vi.fn()} />, {
      url: "/timeline?selected=checklist&restraint=seclusion&type=RESOURCE&yearFrom=2010",
      answers,
    });
    const form = screen.getByRole<HTMLFormElement>("form", { name: "Filters" });
    expect(form.getAttribute("method")).toBe("get");
    expect(form.getAttribute("action")).toBe("/timeline");
    const schools = await screen.findByRole<HTMLInputElement>("checkbox", { name: "Schools" });
    expect([schools.getAttribute("name"), schools.getAttribute("value")]).toEqual(["setting", "schools"]);
    // A reader ticks Schools and Chemical restraint and submits: what the browser would send.
    schools.checked = true;
    screen.getByRole<HTMLInputElement>("checkbox", { name: "Chemical restraint" }).checked = true;
    const sent = new URLSearchParams(
      [...new FormData(form)].map(([k, v]) => [k, typeof v === "string" ? v : ""] as [string, string]),
    );
    const state = parseViewState(sent);
    expect(state.selected).toBe("checklist");
    expect(state.facets).toMatchObject({
      restraintTypes: ["chemical", "seclusion"],
      settings: ["schools"],
      types: ["RESOURCE"],
      yearFrom: 2010,
    });
  });
});
