import type { z } from "zod";

/** `aliases.1` → `aliases[1]`, so a message points at the list item. */
function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("");
}

const TYPE_NAMES: Record<string, string> = { array: "a list", object: "a mapping", int: "a whole number" };

/**
 * Turns zod's issues into messages a curator can act on without reading zod's vocabulary:
 * `missing kind`, `kind "TOOLKT" is not one of TOOLKIT, GUIDANCE, …`, `unexpected key "titel"`.
 * Messages our schemas set themselves (`must be a kebab-case slug …`) are kept as written.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = pathText(issue.path);
  if (issue.code === "unrecognized_keys") {
    return `unexpected key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  }
  if (issue.code === "invalid_type" && issue.input === undefined) return `missing ${where}`;
  // A missing enum value (`basis`, `kind`) is reported by zod as an invalid value.
  if (issue.code === "invalid_value" && issue.input === undefined) {
    return `missing ${where} (one of ${issue.values.map(String).join(", ")})`;
  }
  if (issue.code === "invalid_type" && where === "") return "a record must be a mapping of keys to values";
  // zod's own messages start "Invalid …" or "Too …"; anything else is one of ours.
  if (!/^(Invalid|Too)\b/.test(issue.message)) return `${where} ${issue.message}`.trim();
  switch (issue.code) {
    case "invalid_type":
      return `${where} must be ${TYPE_NAMES[issue.expected] ?? `a ${issue.expected}`}`;
    case "invalid_value":
      return `${where} ${JSON.stringify(issue.input)} is not one of ${issue.values.map(String).join(", ")}`;
    default:
      return `${where} ${issue.message}`.trim();
  }
}
