import { inject } from "vitest";
import type { Page } from "playwright-core";

export const baseUrl = (): string => inject("baseUrl");

/**
 * Opens a view and waits until the app has taken the server-rendered page over (Shell marks
 * `<html data-hydrated>`): before that a click or typing would reach HTML nothing listens to yet.
 */
export async function openView(page: Page, pathAndQuery: string): Promise<void> {
  await page.goto(`${baseUrl()}${pathAndQuery}`);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** Types into the header search box and waits for the option with the given name. */
export async function searchAndPick(page: Page, text: string, option: string): Promise<void> {
  const box = page.getByRole("combobox", { name: "Search the graph" });
  await box.fill(text);
  const choice = page.getByRole("option", { name: option, exact: true });
  await choice.waitFor();
  await choice.click();
}
