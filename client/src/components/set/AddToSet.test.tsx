// @vitest-environment happy-dom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderAt } from "../../test-support/render";
import { AddToSet } from "./AddToSet";
import { MAX_SET_SIZE, readWorkingSet, toggleInWorkingSet, writeWorkingSet } from "./working-set";

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe("the working set", () => {
  it("adds at the end, once each, removes, and keeps at most the set's size", () => {
    toggleInWorkingSet(["a", "b"], true);
    toggleInWorkingSet(["b", "c"], true);
    expect(readWorkingSet()).toEqual(["a", "b", "c"]);
    toggleInWorkingSet(["b"], false);
    expect(readWorkingSet()).toEqual(["a", "c"]);
    writeWorkingSet(Array.from({ length: MAX_SET_SIZE + 5 }, (_, i) => `n${i}`));
    expect(readWorkingSet()).toHaveLength(MAX_SET_SIZE);
  });

  it("reads anything but a list of ids as an empty set", () => {
    localStorage.setItem("rrn:set", "{not json");
    expect(readWorkingSet()).toEqual([]);
    localStorage.setItem("rrn:set", JSON.stringify({ ids: ["a"] }));
    expect(readWorkingSet()).toEqual([]);
  });
});

describe("AddToSet", () => {
  it("adds the node in place, then offers the set's link with it in", async () => {
    writeWorkingSet(["first"]);
    renderAt(<AddToSet id="hope-model" label="HOPE model" />, {});
    const add = screen.getByRole("button", { name: /^Add to set\s?: HOPE model$/ });
    // Without scripts it is a link to a set of this node (and, here, the one already built).
    expect(add.getAttribute("href")).toBe("/set?ids=first,hope-model");
    await userEvent.click(add);
    expect(readWorkingSet()).toEqual(["first", "hope-model"]);
    expect(screen.getByRole("button", { name: /^In set ✓\s?: HOPE model$/ }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("link", { name: "Open set (2)" }).getAttribute("href")).toBe("/set?ids=first,hope-model");
    // It stayed on the page: the click did not follow the link.
    expect(screen.getByTestId("where").textContent).toBe("");
  });
});
