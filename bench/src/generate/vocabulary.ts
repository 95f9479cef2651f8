/**
 * Words the synthetic titles and names are built from, taken from the kind of language the real
 * RRN list uses, so full-text search meets realistic term frequencies: common words ("restraint",
 * "toolkit") match thousands of resources at 100k, rarer ones ("debrief") a few percent.
 */
export const TOPICS = [
  "Reducing Restrictive Practice",
  "Restraint Reduction",
  "Positive Behaviour Support",
  "Post-Incident Debrief",
  "Seclusion and Long-Term Segregation",
  "Safewards",
  "Trauma-Informed Care",
  "De-escalation",
  "Chemical Restraint and STOMP",
  "Human Rights in Care",
  "Co-production with Experts by Experience",
  "Least Restrictive Support",
  "Blanket Restrictions",
  "Physical Intervention",
  "Sensory-Friendly Environments",
  "Family Involvement",
  "Restrictive Practice Data",
  "Reflective Practice",
  "Prone Restraint",
  "Mechanical Restraint",
];

export const QUALIFIERS = [
  "A Practical",
  "The",
  "An Introductory",
  "A Regional",
  "A National",
  "An Easy Read",
  "A Leaders'",
  "A Family",
  "A Quality Improvement",
  "A Staff",
];

export const KIND_WORDS: Record<string, string> = {
  TOOLKIT: "Toolkit",
  GUIDANCE: "Guidance",
  STANDARD: "Standards",
  REPORT: "Report",
  CHECKLIST: "Checklist",
  TOOL: "Tool",
  VIDEO: "Video",
  PODCAST: "Podcast",
  POSITION_PAPER: "Position Paper",
  COURSE: "Course",
  WEBINAR: "Webinar",
  PAPER: "Paper",
  INFOGRAPHIC: "Infographic",
  SURVEY: "Survey",
};

export const PLACES = [
  "Merseyside",
  "Wales",
  "Scotland",
  "Yorkshire",
  "London",
  "the North East",
  "Devon",
  "Cumbria",
  "Birmingham",
  "Ireland",
  "Victoria",
  "New Zealand",
  "Kent",
  "Lancashire",
  "the Midlands",
];

export const ORG_STEMS = [
  "NHS Foundation Trust",
  "Care Group",
  "Council",
  "University",
  "Network",
  "Academy Trust",
  "Health Board",
  "Charity",
  "Partnership",
  "Institute",
];

export const FRAMEWORK_STEMS = [
  "Core Strategies",
  "Model",
  "Principles",
  "Approach",
  "Programme",
  "Pathway",
  "Charter",
  "Framework",
];

export const FIRST_NAMES = [
  "Alex",
  "Sam",
  "Jo",
  "Priya",
  "Tom",
  "Aisha",
  "Mark",
  "Ruth",
  "Owen",
  "Mei",
  "Kofi",
  "Ines",
];
export const SURNAMES = ["Taylor", "Jones", "Patel", "Evans", "Ahmed", "Murphy", "Clarke", "Hughes", "Okafor", "Singh"];

/** Fixed taxonomies: as in the real seed, these do not grow with the number of resources. */
export const RESTRAINT_TYPES = [
  "physical",
  "mechanical",
  "chemical",
  "psychological",
  "environmental",
  "seclusion",
  "long-term-segregation",
  "blanket-restrictions",
];
export const SETTINGS = [
  "mental-health-inpatient",
  "learning-disability-autism",
  "social-care",
  "care-homes",
  "schools",
  "childrens-services",
  "early-years",
  "paediatric-procedures",
  "secure-services",
  "community",
];
export const AUDIENCES = [
  "practitioners",
  "practice-leaders",
  "commissioners",
  "government",
  "people-using-services",
  "families-and-carers",
  "experts-by-experience",
  "school-staff",
  "health-visitors",
  "trainers",
];
export const JURISDICTIONS = [
  "uk",
  "england",
  "wales",
  "scotland",
  "ireland",
  "usa",
  "new-zealand",
  "australia-victoria",
  "international",
];
export const LEGISLATION = [
  "use-of-force-act-2018",
  "mental-capacity-act",
  "mental-health-act",
  "human-rights-act",
  "childrens-act",
];

/** Turns a slug into a readable name: "long-term-segregation" → "Long term segregation". */
export function nameOfSlug(slug: string): string {
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
