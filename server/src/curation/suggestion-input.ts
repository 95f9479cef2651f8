import { ID_PATTERN } from "@rrn/model";
import { z } from "zod";
import { badInput } from "../schema/arguments.js";

/**
 * Size and shape limits of an anonymous suggestion, checked before anything is stored. The
 * HTTP body limit bounds the request; these bound what one suggestion may put in the queue.
 */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const suggestionInput = z.object({
  title: z.string().trim().min(1, "a title is required").max(200, "at most 200 characters"),
  url: optionalText(500).refine((v) => v === null || /^https?:\/\/\S+$/i.test(v), "must be an http(s) link"),
  summary: optionalText(2000),
  kind: optionalText(40),
  year: z
    .number()
    .int()
    .min(1900)
    .max(2100)
    .nullish()
    .transform((v) => v ?? null),
  relatedIds: z
    .array(z.string().max(200).regex(ID_PATTERN, "must be an entity id (kebab-case)"))
    .max(10, "at most 10 related ids")
    .nullish()
    .transform((v) => [...new Set(v ?? [])]),
  contact: optionalText(200),
});

export type SuggestionFields = z.infer<typeof suggestionInput>;

export function parseSuggestionInput(input: unknown): SuggestionFields {
  const parsed = suggestionInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = `input.${issue.path.join(".")}`;
    throw badInput(field, `${field}: ${issue.message}.`);
  }
  return parsed.data;
}
