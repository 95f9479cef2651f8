// @vitest-environment happy-dom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderAt } from "../../test-support/render";
import { SearchBox } from "./SearchBox";

afterEach(cleanup);

describe("SearchBox", () => {
  it("is a GET search form to /search sending q, so it works without scripts", () => {
    renderAt(<SearchBox label="Search the graph" />, {});
    const form = screen.getByRole("search", { name: "Search the graph" });
    expect(form.getAttribute("method")).toBe("get");
    expect(form.getAttribute("action")).toBe("/search");
    const input = screen.getByRole("combobox", { name: "Search the graph" });
    expect(input.getAttribute("name")).toBe("q");
    expect(form.contains(input)).toBe(true);
    const submit = screen.getByRole("button", { name: "Search" });
    expect(submit.getAttribute("type")).toBe("submit");
  });

  it("with scripts, its button opens the results page in place", async () => {
    const user = userEvent.setup();
    const { where } = renderAt(<SearchBox label="Search the graph" />, { url: "/coverage?row=x" });
    await user.type(screen.getByRole("combobox", { name: "Search the graph" }), "  seclusion ");
    await user.click(screen.getByRole("button", { name: "Search" }));
    expect(where().get("q")).toBe("seclusion");
    expect(where().get("row")).toBeNull();
  });

  it("in pick mode is a field of the surrounding form, under the name it is given", () => {
    renderAt(<SearchBox label="From" onPick={vi.fn()} name="from" />, {});
    expect(screen.queryByRole("search")).toBeNull();
    expect(screen.getByRole("combobox", { name: "From" }).getAttribute("name")).toBe("from");
  });
});
