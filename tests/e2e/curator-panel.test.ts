import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openView } from "./support/app.js";
import { seriousViolations } from "./support/axe.js";
import { screenshot } from "./support/browser.js";
import { announced, pickByName, press, selectWithKeys, signInAsCurator } from "./support/curator.js";
import { withBrowserPage } from "./support/with-browser-page.js";
import { removeTestData } from "@rrn/testkit/neo4j";

/**
 * A curator does the whole job in the explorer, with the keyboard only: creates a node of a
 * type other than resource, edits its properties, links a seed resource to it with the pickers
 * (seeing the link drawn first), changes and removes that link, reads its history, deletes it
 * and restores it from its page and from the Curate page. Every step says what it did.
 */
const run = randomUUID().slice(0, 6);
const actName = `Quillwort Restraint Act ${run}`;
const actId = `quillwort-restraint-act-${run}`;
const resourceTitle = "Restraint Inequalities Toolkit";

const panel = (page: Page) => page.getByTestId("detail-panel");

describe("journey: a curator's work in the explorer, by keyboard", () => {
  // axe is injected as a script, which the app's Content Security Policy would refuse.
  const browser = withBrowserPage({ bypassCSP: true });
  // The node is this test's own (its relationships go with it); so are its audit entries.
  afterAll(() =>
    removeTestData(
      inject("neo4jUri"),
      `MATCH (n) WHERE n.id = $actId OR $actId IN coalesce(n.entityIds, []) DETACH DELETE n`,
      { actId },
    ),
  );

  it("creates a legislation node from the Curate page", async () => {
    const page = browser.page();
    await signInAsCurator(page);
    const form = page.getByRole("form", { name: "Create a legislation" });
    await selectWithKeys(page.getByRole("combobox", { name: "Type" }), "Legislation");
    await form.waitFor();
    await form.getByRole("textbox", { name: "Name (required)" }).fill(actName);
    await form.getByRole("textbox", { name: "Year" }).fill("2021");
    await form.getByRole("textbox", { name: "Summary (required)" }).fill("A made-up act for this test.");
    expect(await form.getByRole("textbox", { name: "Id (its address in links)" }).inputValue()).toBe(actId);
    await press(form.getByRole("button", { name: "Create legislation" }));
    expect(await announced(page, `Created: ${actName}`)).toContain("(a legislation)");
    await press(form.getByRole("link", { name: `Open ${actName}` }));
    await page.waitForURL(new RegExp(`/node/${actId}`));
    await panel(page).getByRole("heading", { name: actName }).waitFor();
  });

  it("edits the new node's properties", async () => {
    const page = browser.page();
    await openView(page, `/node/${actId}?selected=${actId}`);
    await press(panel(page).getByRole("button", { name: "Edit properties" }));
    const form = panel(page).getByRole("form", { name: `Edit ${actName}` });
    // Opening moves focus into the form.
    expect(await form.evaluate((f) => f.contains(document.activeElement))).toBe(true);
    await form.getByRole("textbox", { name: "Year" }).fill("2022");
    await form.getByRole("textbox", { name: "Also known as" }).fill("QRA");
    await screenshot(page, "curator-edit-properties");
    expect(await seriousViolations(page)).toEqual([]);
    await press(form.getByRole("button", { name: "Save" }));
    expect(await announced(page, `Saved ${actName}`)).toContain("changed year, also known as");
    await panel(page).getByText("2022").waitFor();
    await panel(page).getByText("Also known as QRA").waitFor();
    // Closing puts focus back on the button that opened it.
    await page.waitForFunction(() => document.activeElement?.textContent === "Edit properties");
  });

  it("Escape closes a form without saving", async () => {
    const page = browser.page();
    await press(panel(page).getByRole("button", { name: "Edit properties" }));
    await panel(page).getByRole("textbox", { name: "Year" }).fill("1999");
    await page.keyboard.press("Escape");
    await panel(page)
      .getByRole("form", { name: `Edit ${actName}` })
      .waitFor({ state: "detached" });
    expect(await panel(page).getByText("1999").count()).toBe(0);
  });

  it("adds a relationship with the pickers, seeing it drawn before saving", async () => {
    const page = browser.page();
    await press(panel(page).getByRole("button", { name: "Add a relationship" }));
    const form = panel(page).getByRole("form", { name: "Add a relationship" });
    await selectWithKeys(form.getByRole("combobox", { name: "Relationship" }), "Complied with by");
    await pickByName(form.getByRole("combobox", { name: "From (the other end)" }), "inequalities", resourceTitle);
    const preview = form.getByTestId("relationship-preview");
    await preview.getByRole("img", { name: `${resourceTitle} complies with ${actName}` }).waitFor();
    await form.getByRole("textbox", { name: /^Evidence/ }).fill("A toolkit that follows the act.");
    await form.getByRole("textbox", { name: /^Source/ }).fill("https://example.org/quillwort");
    await selectWithKeys(form.getByRole("combobox", { name: "How the quote supports it" }), /^Inferred/);
    await form.getByRole("textbox", { name: /^Why the quote supports it/ }).fill("Test link, read from the quote.");
    await screenshot(page, "curator-add-relationship");
    expect(await seriousViolations(page)).toEqual([]);
    await press(form.getByRole("button", { name: "Add relationship" }));
    expect(await announced(page, "Added:")).toContain(`Added: ${resourceTitle} complies with ${actName}`);
    await panel(page).getByRole("link", { name: resourceTitle }).waitFor();
  });

  it("changes the relationship's evidence and then removes it", async () => {
    const page = browser.page();
    const sentence = `${resourceTitle} complies with ${actName}`;
    await press(panel(page).getByRole("button", { name: `Change: ${sentence}` }));
    const form = panel(page).getByRole("form", { name: `Change complied with by ${resourceTitle}` });
    await selectWithKeys(form.getByRole("combobox", { name: "How the quote supports it" }), /^Stated/);
    expect(await form.getByRole("textbox", { name: /^Why the quote supports it/ }).count()).toBe(0);
    await press(form.getByRole("button", { name: "Save changes" }));
    expect(await announced(page, "Changed the evidence of:")).toContain(sentence);
    await page.waitForFunction(() => !document.querySelector('[data-testid="detail-panel"] .badge.inferred'));

    await press(panel(page).getByRole("button", { name: `Remove: ${sentence}` }));
    // The question takes focus on its confirming button.
    await page.waitForFunction(() => document.activeElement?.textContent === "Yes, remove");
    await page.keyboard.press("Enter");
    expect(await announced(page, "Removed:")).toContain(sentence);
    await panel(page).getByRole("link", { name: resourceTitle }).waitFor({ state: "detached" });
  });

  it("reads the node's history in plain words", async () => {
    const page = browser.page();
    await press(panel(page).getByRole("button", { name: "Show history" }));
    const history = panel(page).getByRole("list", { name: "History, newest first" });
    await history.waitFor();
    const text = (await history.textContent()) ?? "";
    expect(text).toContain("Created");
    expect(text).toContain("year: 2021 → 2022");
    expect(text).toContain("E2E Curator");
    expect(text).toContain(`Added: ${resourceTitle} complies with this`);
    expect(text).toContain("basis: Inferred → Stated");
    expect(text).toContain(`Removed: ${resourceTitle} complies with this`);
    // What of it the seed import keeps as the curators': all of it, since the files do not have it.
    await panel(page)
      .getByRole("region", { name: /^Kept over the seed files/ })
      .getByText("Made by a curator")
      .waitFor();
    await screenshot(page, "curator-history");
  });

  it("deletes the node and restores it from its page", async () => {
    const page = browser.page();
    await press(panel(page).getByRole("button", { name: "Delete…" }));
    await page.waitForFunction(() => document.activeElement?.textContent === "Yes, delete");
    await page.keyboard.press("Enter");
    expect(await announced(page, "Deleted:")).toContain(actName);
    await page.getByTestId("not-found").waitFor();
    await press(page.getByRole("button", { name: `Restore ${actName}` }));
    expect(await announced(page, "Restored:")).toContain(actName);
    await panel(page).getByRole("heading", { name: actName }).waitFor();
  });

  it("deletes it again and restores it from the Curate page's list", async () => {
    const page = browser.page();
    await press(panel(page).getByRole("button", { name: "Delete…" }));
    await page.waitForFunction(() => document.activeElement?.textContent === "Yes, delete");
    await page.keyboard.press("Enter");
    await announced(page, "Deleted:");
    await openView(page, "/curate");
    const deleted = page.getByRole("region", { name: /^Deleted/ });
    await press(deleted.getByRole("button", { name: `Restore ${actName}` }));
    expect(await announced(page, "Restored:")).toContain(actName);
    await openView(page, `/node/${actId}?selected=${actId}`);
    await panel(page).getByRole("heading", { name: actName }).waitFor();
    expect(browser.session().cspViolations()).toEqual([]);
  });
});

describe("screenshots: the curator's panel and the Curate page, narrow and wide", () => {
  const browser = withBrowserPage();
  for (const width of [390, 1366]) {
    it(`at ${width} px`, async () => {
      const page = browser.page();
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      await signInAsCurator(page);
      await page.getByRole("heading", { name: /^Suggestions waiting/ }).waitFor();
      await screenshot(page, `curate-page-${width}`);
      await page.getByRole("heading", { name: "Create a node" }).scrollIntoViewIfNeeded();
      await screenshot(page, `curate-create-${width}`);
      await openView(page, "/node/restraint-inequalities-toolkit?selected=restraint-inequalities-toolkit");
      const tools = page.getByTestId("curator-tools");
      await press(tools.getByRole("button", { name: "Add a relationship" }));
      const form = tools.getByRole("form", { name: "Add a relationship" });
      await selectWithKeys(form.getByRole("combobox", { name: "Relationship" }), "Derives from");
      await pickByName(form.getByRole("combobox", { name: "To (the other end)" }), "six core", "Six Core Strategies");
      await form.getByTestId("relationship-preview").waitFor();
      await form.scrollIntoViewIfNeeded();
      await screenshot(page, `curator-panel-${width}`);
      await page.keyboard.press("Escape");
      await form.waitFor({ state: "detached" });
    });
  }
});
