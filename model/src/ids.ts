import { z } from "zod";

/** Entity ids are kebab-case slugs: lower-case letters and digits, single dashes. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id a curator's new node gets from its title or name unless they choose one:
 * "The HOPE Model (2nd ed.)" → "the-hope-model-2nd-ed" (matches ID_PATTERN when non-empty).
 */
export function slugOf(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

export const entityId = z.string().regex(ID_PATTERN, { error: "must be a kebab-case slug (a-z, 0-9, single dashes)" });
