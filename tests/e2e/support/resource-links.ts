import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";
import { openView } from "./app.js";

type Box = NonNullable<Awaited<ReturnType<Locator["boundingBox"]>>>;

/**
 * A resource's page, opened at the page's viewport: where its "Find it" and "Know where this is?
 * Suggest the link" sit on screen (each size checks them its own way), the suggestion's link
 * checked to name the resource.
 */
export async function resourceLinks(page: Page, id: string): Promise<{ suggest: Locator; boxes: [string, Box][] }> {
  await openView(page, `/node/${id}`);
  const findIt = page.locator(".get-resource").getByRole("link", { name: /^Find it/ });
  const suggest = page.getByRole("link", { name: "Know where this is? Suggest the link" });
  expect(await suggest.getAttribute("href")).toBe(`/suggest?resource=${id}`);
  const boxes: [string, Box][] = [];
  for (const [name, link] of [
    ["Find it", findIt],
    ["Suggest the link", suggest],
  ] as const) {
    const box = await link.boundingBox();
    expect(box, name).not.toBeNull();
    boxes.push([name, box!]);
  }
  return { suggest, boxes };
}

/** Following "Suggest the link" opens the suggestion for that resource. */
export async function followSuggestLink(page: Page, suggest: Locator, id: string): Promise<void> {
  await suggest.click();
  await page.waitForURL((url) => url.pathname === "/suggest");
  expect(new URL(page.url()).searchParams.get("resource")).toBe(id);
  await page.getByRole("heading", { level: 1, name: "Suggest the link" }).waitFor();
}
