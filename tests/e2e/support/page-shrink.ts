import type { Page } from "playwright-core";

/**
 * Watches the page from now on for what would lose a reader's place, and says what it saw: its
 * lowest height, with what `selector`'s element held then (a loading note, an error, a hidden
 * fallback), and any script that scrolled the window up, with where it was called from. A test
 * that finds the scroll position lost then says why, not only that it moved.
 */
export async function watchPageShrink(page: Page, selector: string): Promise<() => Promise<string>> {
  await page.evaluate((sel) => {
    type Watch = { height: number; what: string; scrolls: string[]; patched?: boolean };
    const w = window as unknown as { __shrink?: Watch };
    const patched = w.__shrink?.patched ?? false;
    const watch: Watch = {
      height: document.documentElement.scrollHeight,
      what: "never shrank",
      scrolls: [
        `watching from ${Math.round(performance.now())} ms, history key ${(history.state as { key?: string } | null)?.key ?? "-"}`,
      ],
      patched,
    };
    w.__shrink = watch;
    const note = () => {
      const height = document.documentElement.scrollHeight;
      const current = w.__shrink;
      if (!current || height >= current.height) return;
      const parts = Array.from(document.querySelector(sel)?.children ?? []).map(
        (c) =>
          `${c.tagName.toLowerCase()}.${c.className || "-"}[${Math.round(c.getBoundingClientRect().height)}px]` +
          `${c.getAttribute("data-testid") ? ` (${c.getAttribute("data-testid")})` : ""}`,
      );
      current.height = height;
      current.what = `${height}px high at scroll ${Math.round(scrollY)}; ${sel} held: ${parts.join(", ")}`;
    };
    new ResizeObserver(note).observe(document.documentElement);
    new MutationObserver(note).observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["style", "hidden", "class"],
    });
    if (!patched) {
      watch.patched = true;
      // Every scroll of the window, with where the focused control then sat in the page.
      addEventListener("scroll", () => {
        const active = document.activeElement;
        const box = active?.getBoundingClientRect();
        const list = active?.closest("fieldset");
        w.__shrink?.scrolls.push(
          `scroll to ${Math.round(scrollY)} at ${Math.round(performance.now())} ms (page ${document.documentElement.scrollHeight}px, ` +
            `focus at ${box ? Math.round(box.top + scrollY) : "-"}, its list scrolled ${list?.scrollTop ?? "-"})`,
        );
      });
      const original = window.scrollTo.bind(window);
      window.scrollTo = (...args: unknown[]) => {
        const top = typeof args[0] === "object" ? (args[0] as ScrollToOptions | null)?.top : (args[1] as number);
        if (typeof top === "number" && top < scrollY)
          w.__shrink?.scrolls.push(
            `scrollTo(${top}) from ${Math.round(scrollY)} at ${Math.round(performance.now())} ms on ` +
              `${location.search || "/"} (history key ${(history.state as { key?: string } | null)?.key ?? "-"}, ` +
              `saved ${sessionStorage.getItem("react-router-scroll-positions") ?? "-"}): ${new Error().stack ?? ""}`,
          );
        (original as (...a: unknown[]) => void)(...args);
      };
    }
  }, selector);
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __shrink?: { what: string; scrolls: string[] } };
      const scrolls = w.__shrink?.scrolls ?? [];
      return `the page's lowest point: ${w.__shrink?.what ?? "not watched"}; scrolls: ${scrolls.join(" | ")}`;
    });
}
