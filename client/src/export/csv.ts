/**
 * CSV as spreadsheets read it: cells quoted when needed, CRLF line ends, and formula-like text
 * neutralised. Its own module, so the views that offer CSV (guides, insights) do not load the
 * graph serialisers.
 */
export type CsvValue = string | number | boolean | null | undefined;

function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // Quote when needed; a leading =,+,-,@ is neutralised so spreadsheets never run it as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csv(rows: CsvValue[][]): string {
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
