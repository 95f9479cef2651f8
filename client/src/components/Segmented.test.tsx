// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Segmented } from "./Segmented";

afterEach(cleanup);

const OPTIONS = [
  { value: "chart", label: "Charts" },
  { value: "table", label: "Tables" },
  { value: "map", label: "Map" },
] as const;

function Harness({ onChange }: { onChange: (v: string) => void }) {
  const [value, setValue] = useState<(typeof OPTIONS)[number]["value"]>("chart");
  return (
    <Segmented
      label="Show as"
      value={value}
      options={OPTIONS}
      onChange={(v) => {
        setValue(v);
        onChange(v);
      }}
    />
  );
}

describe("Segmented", () => {
  it("is a named radio group with the chosen option checked and the only one in the tab order", () => {
    render(<Harness onChange={() => undefined} />);
    const group = screen.getByRole("radiogroup", { name: "Show as" });
    const radios = screen.getAllByRole("radio");
    expect(group.contains(radios[0] ?? null)).toBe(true);
    expect(radios.map((r) => r.getAttribute("aria-checked"))).toEqual(["true", "false", "false"]);
    expect(radios.map((r) => r.tabIndex)).toEqual([0, -1, -1]);
  });

  it("chooses by click", async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.click(screen.getByRole("radio", { name: "Tables" }));
    expect(onChange).toHaveBeenCalledWith("table");
    expect(screen.getByRole("radio", { name: "Tables" }).getAttribute("aria-checked")).toBe("true");
    expect(screen.getByRole("radio", { name: "Charts" }).getAttribute("aria-checked")).toBe("false");
  });

  it("moves the choice and focus with the arrow keys, wrapping at both ends", async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Harness onChange={onChange} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "Charts" }));
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "Tables" }));
    expect(screen.getByRole("radio", { name: "Tables" }).getAttribute("aria-checked")).toBe("true");
    await user.keyboard("{ArrowDown}{ArrowRight}");
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "Charts" }));
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "Map" }));
    expect(onChange.mock.calls.map(([v]) => v as string)).toEqual(["table", "map", "chart", "map"]);
  });

  it("renders link options when each has a URL: the href works without scripts, a click calls onChange", async () => {
    const onChange = vi.fn();
    render(
      <Segmented
        label="Split by"
        value="kind"
        options={[
          { value: "kind", label: "Kind" },
          { value: "audience", label: "Audience" },
        ]}
        onChange={onChange}
        hrefFor={(v) => (v === "kind" ? "/insights" : `/insights?split=${v}`)}
      />,
    );
    const audience = screen.getByRole("radio", { name: "Audience" });
    expect(audience.tagName).toBe("A");
    expect(audience.getAttribute("href")).toBe("/insights?split=audience");
    expect(screen.getByRole("radio", { name: "Kind" }).getAttribute("href")).toBe("/insights");
    expect(screen.getByRole("radio", { name: "Kind" }).getAttribute("aria-checked")).toBe("true");
    await userEvent.click(audience);
    expect(onChange).toHaveBeenCalledWith("audience");
    // Space chooses, as on a radio button.
    screen.getByRole("radio", { name: "Kind" }).focus();
    await userEvent.keyboard(" ");
    expect(onChange).toHaveBeenLastCalledWith("kind");
  });
});
