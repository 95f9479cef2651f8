import { parseArgs } from "node:util";

interface Range {
  default?: number;
  min: number;
  max: number;
}

/**
 * Whole-number options of the fuzz and soak commands (`--name 10`): unknown options and
 * values that are not whole numbers in range are refused with a message naming the option.
 * Returns each option's value (or its default) by name.
 */
export function wholeNumberOptions<K extends string>(spec: Record<K, Range>): (key: K) => number | undefined {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: Object.fromEntries(Object.keys(spec).map((k) => [k, { type: "string" as const }])),
      allowPositionals: false,
    }));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  }
  const checked = new Map<string, number | undefined>();
  for (const [key, { default: fallback, min, max }] of Object.entries<Range>(spec)) {
    const raw = values[key];
    const value = typeof raw === "string" ? Number(raw) : fallback;
    if (typeof raw === "string" && (!Number.isInteger(value) || value! < min || value! > max)) {
      console.error(`--${key} must be a whole number from ${min} to ${max} (got ${JSON.stringify(raw)})`);
      process.exit(2);
    }
    checked.set(key, value);
  }
  return (key) => checked.get(key);
}
