import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium, never a downloaded one (DESIGN.md §7). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const screenshotDir = path.resolve(import.meta.dirname, "../../artifacts/screenshots");

export interface BrowserSession {
  context: BrowserContext;
  /** Console messages reporting Content-Security-Policy violations, from every page so far. */
  cspViolations: () => string[];
  close: () => Promise<void>;
}

export interface BrowserOptions {
  /**
   * Lets axe-core be injected as an inline script. Only the accessibility scan uses it; every
   * journey runs under the server's real CSP so a violation in the app shows up there.
   */
  bypassCSP?: boolean;
}

/** A fresh profile per session (Playwright's persistent context owns --user-data-dir). */
export async function openBrowser({ bypassCSP = false }: BrowserOptions = {}): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "rrn-e2e-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    locale: "en-GB",
    // Layouts settle at once: tests wait for the layoutstop, not for animations.
    reducedMotion: "reduce",
    bypassCSP,
  });
  const violations: string[] = [];
  const watch = (page: Page) =>
    page.on("console", (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
  context.pages().forEach(watch);
  context.on("page", watch);
  return {
    context,
    cspViolations: () => [...violations],
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
