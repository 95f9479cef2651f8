import { describe, expect, it } from "vitest";
import { HEAT_SHADES, shadeFor } from "./heat-scale";

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("shadeFor", () => {
  it("leaves gaps white and darkens with the count", () => {
    expect(shadeFor(0, 5).background).toBe("#ffffff");
    const shades = [1, 2, 3, 4, 5].map((c) => HEAT_SHADES.indexOf(shadeFor(c, 5).background));
    expect(shades).toEqual([...shades].sort((a, b) => a - b));
    expect(shadeFor(5, 5).background).toBe(HEAT_SHADES.at(-1));
  });

  it("keeps the printed count at WCAG AA contrast (4.5:1) on every shade", () => {
    for (let count = 0; count <= 12; count++) {
      const { background, color } = shadeFor(count, 12);
      expect(contrast(background, color), `count ${count} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
