/** The choices the approval editor offers for the relationship added with an approved suggestion. */
// Replaced by generated enums once the schema exposes them.

/** Relationship types a curator can attach. */
export const RELATIONSHIP_TYPES = [
  "DERIVES_FROM",
  "PUBLISHED_BY",
  "COMMISSIONED_BY",
  "DEVELOPED_WITH",
  "DESCRIBES",
  "EVALUATES",
  "ADDRESSES",
  "FOR_SETTING",
  "FOR_AUDIENCE",
  "APPLIES_IN",
  "COMPLIES_WITH",
  "REFERENCES",
  "PART_OF",
  "FEATURES",
];

/** How a DERIVES_FROM relationship derives. */
export const HOWS = ["ADAPTS", "ENCOMPASSES", "IMPLEMENTS", "BASED_ON", "FOLLOWS_ON"];
