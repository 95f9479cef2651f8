/** Sequential blues, light to dark; the count is always printed, so colour is never the only cue. */
export const HEAT_SHADES = ["#f4f7fb", "#dbe8f5", "#b9d3ec", "#8fb7de", "#5f95c9", "#3a74b0", "#245a94"];

export function shadeFor(count: number, max: number): { background: string; color: string } {
  if (count === 0 || max === 0) return { background: "#ffffff", color: "#5b6773" };
  const step = Math.min(HEAT_SHADES.length - 1, Math.max(1, Math.ceil((count / max) * (HEAT_SHADES.length - 1))));
  return { background: HEAT_SHADES[step] ?? "#ffffff", color: step >= 5 ? "#ffffff" : "#14212e" };
}
