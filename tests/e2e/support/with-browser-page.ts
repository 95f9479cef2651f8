import type { Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { openBrowser, type BrowserOptions, type BrowserSession } from "./browser.js";

export interface BrowserPage {
  /** The page every test of the block uses. */
  page: () => Page;
  /** Its browser session (CSP violations, the context for downloads and new pages). */
  session: () => BrowserSession;
}

/**
 * A fresh browser and one page for the describe block (or file) it is called in: opened in
 * beforeAll, closed in afterAll. Accessors rather than values, because the hooks run after the
 * block has been collected; call them inside tests and hooks only.
 */
export function withBrowserPage(options: BrowserOptions = {}): BrowserPage {
  let session: BrowserSession | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    session = await openBrowser(options);
    page = await session.context.newPage();
  });
  afterAll(async () => session?.close());

  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("withBrowserPage: the browser opens in beforeAll; use it inside tests");
    return value;
  };
  return { page: () => opened(page), session: () => opened(session) };
}
