// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { accessedToday, MAX_CITE_IDS } from "../api/cite";
import { renderAt, type Answers } from "../test-support/render";
import { CitePanel } from "./CitePanel";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const HARVARD = ["Ref A (2019)", "Ref B (2020)", "Ref C (2021)", "Ref D (2022)", "Ref E (2023)"].join("\n");

const answers: Answers = (name, variables) =>
  name === "Cite"
    ? {
        cite: {
          format: variables.format,
          contentType: "text/plain",
          filename: "references.txt",
          text: variables.format === "HARVARD" ? HARVARD : "APA text",
        },
      }
    : undefined;

function renderCite(ids: string[]) {
  const onClose = vi.fn();
  const view = renderAt(<CitePanel ids={ids} what="these resources" onClose={onClose} />, { answers });
  return { onClose, ...view };
}

/** After userEvent.setup(), which puts its own clipboard on the navigator. */
function stubClipboard(writeText: (text: string) => Promise<void>) {
  return vi.spyOn(navigator.clipboard, "writeText").mockImplementation(writeText);
}

describe("CitePanel", () => {
  it("opens with focus on its heading and previews the first Harvard references", async () => {
    renderCite(["a", "b", "c", "d", "e"]);
    const heading = screen.getByRole("heading", { name: "Cite these resources" });
    expect(document.activeElement).toBe(heading);
    const preview = screen.getByRole("region", { name: "Harvard references" });
    await waitFor(() => expect(preview.textContent).toContain("Ref A (2019)"));
    expect(preview.textContent).toContain("Ref C (2021)");
    expect(preview.textContent).not.toContain("Ref D");
    expect(preview.textContent).toContain("and 2 more");
  });

  it("copies the references to the clipboard and says so", async () => {
    const user = userEvent.setup();
    const writeText = stubClipboard(() => Promise.resolve());
    const { sent } = renderCite(["a", "b"]);
    await waitFor(() => expect(screen.getByTestId("cite-preview").textContent).toContain("Ref A"));
    await user.click(screen.getByRole("button", { name: /Copy APA/ }));
    await waitFor(() =>
      expect(screen.getByTestId("cite-status").textContent).toBe("APA references copied to the clipboard."),
    );
    expect(writeText).toHaveBeenCalledWith("APA text");
    expect(sent.filter((s) => s.name === "Cite").map((s) => s.variables)).toEqual([
      // The visitor's own date, as the accessed date of any reference with a URL.
      { ids: ["a", "b"], format: "HARVARD", accessed: accessedToday() },
      { ids: ["a", "b"], format: "APA", accessed: accessedToday() },
    ]);
  });

  it("shows the text to copy by hand when the clipboard is refused", async () => {
    const user = userEvent.setup();
    stubClipboard(() => Promise.reject(new Error("denied")));
    renderCite(["a"]);
    await waitFor(() => expect(screen.getByTestId("cite-preview").textContent).toContain("Ref A"));
    await user.click(screen.getByRole("button", { name: /Copy Harvard/ }));
    const manual = await screen.findByRole("textbox", { name: "References to copy" });
    expect((manual as HTMLTextAreaElement).value).toBe(HARVARD);
    expect(screen.getByTestId("cite-status").textContent).toMatch(/Copying was not allowed here/);
  });

  it("closes on Escape and on its close button", async () => {
    const user = userEvent.setup();
    const { onClose } = renderCite(["a"]);
    await user.keyboard("{Escape}");
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("button", { name: "Close citing" }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it("cites at most the API's bound and says the rest are left out", () => {
    const ids = Array.from({ length: MAX_CITE_IDS + 5 }, (_, i) => `r${i}`);
    const { sent } = renderCite(ids);
    expect(screen.getByText(`The first ${MAX_CITE_IDS} of ${ids.length} are cited`, { exact: false })).toBeTruthy();
    expect(sent[0]?.variables.ids).toHaveLength(MAX_CITE_IDS);
  });
});
