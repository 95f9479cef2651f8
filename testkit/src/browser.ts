import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/**
 * Debian's Chromium (the `chromium` package), never a browser downloaded at install time: only
 * Debian's packages, npm and Maven Central are reachable from the machines this runs on.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export interface LaunchOptions {
  /** Lets inline scripts in past the page's CSP (axe-core injection). */
  bypassCSP?: boolean;
  acceptDownloads?: boolean;
  /** False: a reader with scripts off (the explorer must still be usable). */
  javaScriptEnabled?: boolean;
}

export interface LaunchedChromium {
  context: BrowserContext;
  /** Closes the browser; if close() hangs, kills its process. Never rejects, never hangs. */
  close: () => Promise<void>;
}

const CLOSE_TIMEOUT_MS = 10_000;

/**
 * Chromium processes started with this profile folder: the folder is a fresh temp dir made by
 * launchChromium, so this finds only the browser we launched, never anyone else's.
 */
function processesUsing(userDataDir: string): number[] {
  if (process.platform !== "linux") return [];
  const flag = `--user-data-dir=${userDataDir}`;
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      if (args.includes(flag)) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

/**
 * Debian's headless Chromium in a fresh profile (Playwright's persistent context owns
 * --user-data-dir), shared by the e2e tests and the UI benchmark so both measure the same
 * browser. Reduced motion: layouts settle at once; tests and the bench wait for the layoutstop.
 */
export async function launchChromium({
  bypassCSP = false,
  acceptDownloads = false,
  javaScriptEnabled = true,
}: LaunchOptions = {}): Promise<LaunchedChromium> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "rrn-chromium-"));
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
    acceptDownloads,
    locale: "en-GB",
    reducedMotion: "reduce",
    bypassCSP,
    javaScriptEnabled,
  });
  let closing: Promise<void> | undefined;
  const close = async (): Promise<void> => {
    // A page busy in software WebGL once kept context.close() waiting for ever: give it a
    // bounded time, then end the browser's processes ourselves.
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), CLOSE_TIMEOUT_MS);
    });
    const outcome = await Promise.race([
      context.close().then(
        () => "closed" as const,
        () => "failed" as const,
      ),
      timedOut,
    ]);
    clearTimeout(timer);
    if (outcome !== "closed") {
      for (const pid of processesUsing(userDataDir)) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return {
    context,
    close: () => (closing ??= close()),
  };
}
