/**
 * Resource kinds, grouped into families with one colour each, for the timeline (and its key).
 * Twenty-one hues could not be told apart, so kinds that serve alike share a family; the exact
 * kind is always written beside the colour (caption, key, list), never left to colour alone.
 * Colours are from the Okabe–Ito colour-blind-safe set, darkened where needed for 3:1 against
 * white (WCAG 1.4.11).
 */
export interface KindFamily {
  id: string;
  label: string;
  colour: string;
  kinds: readonly string[];
}

export const KIND_FAMILIES: readonly KindFamily[] = [
  {
    id: "guidance",
    label: "Guidance and standards",
    colour: "#0072B2",
    kinds: ["GUIDANCE", "STANDARD", "POSITION_PAPER"],
  },
  { id: "tools", label: "Toolkits, tools and checklists", colour: "#B06A00", kinds: ["TOOLKIT", "TOOL", "CHECKLIST"] },
  {
    id: "evidence",
    label: "Reports and research",
    colour: "#009E73",
    kinds: ["REPORT", "RESEARCH", "PAPER", "SURVEY", "BOOK"],
  },
  {
    id: "media",
    label: "Films, videos and other media",
    colour: "#CC79A7",
    kinds: ["VIDEO", "FILM", "PODCAST", "ANIMATION", "INFOGRAPHIC", "WEBINAR"],
  },
  { id: "learning", label: "Courses and events", colour: "#D55E00", kinds: ["COURSE", "EVENT"] },
  { id: "collections", label: "Collections and websites", colour: "#6A5ACD", kinds: ["COLLECTION", "WEBSITE"] },
];

/** A kind this build does not know (the API may add kinds before the client learns them). */
export const OTHER_KIND_FAMILY: KindFamily = { id: "other", label: "Other kinds", colour: "#666666", kinds: [] };

/** Every kind the families cover, in family order: the options of the kind filter. */
export const KNOWN_KINDS: readonly string[] = KIND_FAMILIES.flatMap((f) => f.kinds);

export function kindFamily(kind: string | null | undefined): KindFamily {
  return KIND_FAMILIES.find((f) => kind !== null && kind !== undefined && f.kinds.includes(kind)) ?? OTHER_KIND_FAMILY;
}
