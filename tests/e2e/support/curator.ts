import { mintCuratorToken } from "@rrn/common/curator-token";
import { removeTestData } from "@rrn/testkit/neo4j";
import type { Locator, Page } from "playwright-core";
import { inject } from "vitest";
import { openView } from "./app.js";

/**
 * A curator token signed with the e2e server's per-run secret (tests/e2e/setup.ts), minted as
 * `npm start` mints its sign-in link's.
 */
export function curatorToken(name = "E2E Curator"): Promise<string> {
  return mintCuratorToken({ CURATOR_JWT_SECRET: inject("curatorSecret") }, { name, expires: "1h" });
}

/**
 * Removes what a suggest-and-approve journey made: the suggestion (by its title), the resource
 * made from it and their audit entries (whose entity ids end with the run's id).
 */
export async function removeJourneyNodes({ title, run }: { title: string; run: string }): Promise<void> {
  await removeTestData(
    inject("neo4jUri"),
    `MATCH (n) WHERE n.title = $title OR any(e IN coalesce(n.entityIds, []) WHERE e ENDS WITH $run)
     DETACH DELETE n`,
    { title, run },
  );
}

/** Signs in with the link `npm start` prints; the token then lasts for the tab. */
export async function signInAsCurator(page: Page, name = "E2E Curator"): Promise<void> {
  await openView(page, `/curate#token=${await curatorToken(name)}`);
  await page.getByText(`Signed in as ${name}`).waitFor();
}

/** Focus and Enter: how a keyboard user presses a button or follows a link. */
export async function press(target: Locator): Promise<void> {
  await target.focus();
  await target.page().keyboard.press("Enter");
}

/** Picks a closed <select>'s option with the arrow keys, as a keyboard user does. */
export async function selectWithKeys(select: Locator, optionText: string | RegExp): Promise<void> {
  await select.focus();
  const matches = (text: string) =>
    typeof optionText === "string" ? text.trim() === optionText : optionText.test(text.trim());
  const selected = () => select.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.text ?? "");
  await select.page().keyboard.press("Home");
  for (let i = 0; i < 80 && !matches(await selected()); i++) await select.page().keyboard.press("ArrowDown");
  const text = await selected();
  if (!matches(text)) throw new Error(`no option ${String(optionText)} (stopped at "${text}")`);
}

/** Types part of a name into a type-ahead picker, arrows to the option and picks it with Enter. */
export async function pickByName(combobox: Locator, typed: string, option: string): Promise<void> {
  const page = combobox.page();
  await combobox.focus();
  await page.keyboard.type(typed);
  await page
    .getByRole("option", { name: new RegExp(`^${escape(option)}`) })
    .first()
    .waitFor();
  let active = "";
  for (let i = 0; i < 12 && !active.startsWith(option); i++) {
    await page.keyboard.press("ArrowDown");
    active = await combobox.evaluate((input) => {
      const id = input.getAttribute("aria-activedescendant");
      return ((id && document.getElementById(id)?.textContent) || "").trim();
    });
  }
  if (!active.startsWith(option)) throw new Error(`option "${option}" not reached (at "${active}")`);
  await page.keyboard.press("Enter");
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The curator live region's message, once it says `text`. */
export async function announced(page: Page, text: string | RegExp): Promise<string> {
  const status = page.getByTestId("curation-status").filter({ hasText: text });
  await status.first().waitFor();
  return (await status.first().textContent()) ?? "";
}
