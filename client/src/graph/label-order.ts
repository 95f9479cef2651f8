/**
 * The one order for names on screen: case-blind, leading quotes and punctuation set aside (so
 * "‘How I should be cared for…’" sorts under H), then as written. No `Intl.Collator` and no
 * `localeCompare`: in Chromium the first builds ICU's collation data at a cost of ~13 ms (~50 ms
 * on a throttled phone, in the page's takeover), the second a collator per call with a locale;
 * and a comparison by code points sorts alike on the server and in every browser, so a
 * server-rendered list hydrates as it was sent.
 */
export function compareLabels(a: string, b: string): number {
  const x = sortKey(a);
  const y = sortKey(b);
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortKey(label: string): string {
  return label.replace(/^[^\p{L}\p{N}]+/u, "").toLowerCase();
}
