import { mkdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium } from "@rrn/testkit/browser";
import { artifactsDir } from "@rrn/testkit/paths";

export const screenshotDir = path.join(artifactsDir, "screenshots");

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
  /** False: browse with scripts off (the no-script journey). */
  javaScriptEnabled?: boolean;
}

/** A fresh browser per test file, watching every page for CSP violations. */
export async function openBrowser({
  bypassCSP = false,
  javaScriptEnabled = true,
}: BrowserOptions = {}): Promise<BrowserSession> {
  const { context, close } = await launchChromium({ bypassCSP, acceptDownloads: true, javaScriptEnabled });
  const violations: string[] = [];
  // Chromium prints most violations to the console, but not all: a blocked eval that the page
  // catches (a library testing whether eval works) is only an event. Say those too.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(
        `Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  const watch = (page: Page) =>
    page.on("console", (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
  context.pages().forEach(watch);
  context.on("page", watch);
  return { context, cspViolations: () => [...violations], close };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
