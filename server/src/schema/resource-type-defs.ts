/**
 * Finding, reading and citing a resource: references in five formats, "more like this", and
 * which version is current. Every answer is built from the graph's own facts.
 */
export const resourceTypeDefs = /* GraphQL */ `
  "Reference formats \`cite\` can produce."
  enum CitationFormat {
    "RIS, for reference managers (Zotero, EndNote, Mendeley)."
    RIS
    "BibTeX, for LaTeX."
    BIBTEX
    "CSL-JSON, the Citation Style Language's data format."
    CSL_JSON
    "Harvard (Cite Them Right) reference list, as plain text."
    HARVARD
    "APA (7th edition) reference list, as plain text."
    APA
  }

  "References for one or more nodes, as a file's text."
  type Citation {
    format: CitationFormat!
    "Media type to save or serve the text as, e.g. application/x-research-info-systems."
    contentType: String!
    "A file name for the text, e.g. positive-and-proactive-guidance.ris."
    filename: String!
    "The references: one entry per node, or a reference list sorted as the style sorts."
    text: String!
  }

  "A resource like another, with what they share and why, in words."
  type SimilarResource {
    node: GraphNode!
    """
    Adamic–Adar score: the sum, over the nodes both link to, of 1 / ln(how many resources link
    to that node), plus 1 / ln 2 when the two are linked directly. Higher is more alike.
    """
    score: Float!
    "The nodes both resources link to, rarest first."
    shared: [GraphNode!]!
    "Why, in plain language: 'Both address seclusion', 'Both published by NHS England', …"
    reasons: [String!]!
  }

  "How the graph knows one resource is a later or earlier version of another."
  enum VersionRelation {
    "DERIVES_FROM with how FOLLOWS_ON, directly or along a chain of them."
    FOLLOWS_ON
    "The resource is PART_OF a collection that a newer collection follows on from."
    NEWER_COLLECTION
    "Same publisher and kind, both with a year, and the same title once years are left out."
    LATER_IN_SERIES
  }

  "Another version of a resource."
  type VersionLink {
    node: GraphNode!
    relation: VersionRelation!
    "What the graph says, in a sentence where 'it' is this version and 'this one' the resource asked about: 'It follows on from this one.'"
    explanation: String!
  }

  "A resource's later and earlier versions, as far as the graph states them."
  type ResourceVersions {
    "Versions that replace it, nearest first. Not empty means a newer version exists."
    newer: [VersionLink!]!
    "Versions it replaces, nearest first."
    older: [VersionLink!]!
  }

  type Query {
    """
    References for resources and legislation, built from the graph: title (in square brackets
    when it is descriptive), publishers as authors (people split into given and family names;
    DEVELOPED_WITH partners when no publisher is recorded), year, the kind as a CSL type, the
    URL when known, and a note naming the source page and anything from general knowledge.
    Authors come in the order the source page credits them; an organisation credited as a
    named person's affiliation is in the note, not an author. \`accessed\` (YYYY-MM-DD, the
    citer's own date) is given as the accessed date of each reference that has a URL, as
    Harvard and APA print it; without it no accessed date is given.
    At most 200 ids; an unknown id, or one that is not a resource or legislation, is refused
    (BAD_USER_INPUT) naming it.
    """
    cite(ids: [ID!]!, format: CitationFormat!, accessed: String): Citation!
    """
    Resources most like this one, best first (limit 1–50), ranked by the nodes they share —
    frameworks in their lineage, restraint types, settings, audiences, jurisdictions,
    organisations, people, collections — each weighted by how rare it is (Adamic–Adar), plus
    direct links between the two. Never the resource itself; empty for an unknown id or a
    node that is not a resource.
    """
    similar(id: ID!, limit: Int = 10): [SimilarResource!]!
    "The answer of similar as a graph: the resource, the similar ones, the nodes they share, and the relationships among them."
    similarGraph(id: ID!, limit: Int = 10): Subgraph!
    "Later and earlier versions of a resource (both empty for an unknown id or when none is recorded)."
    versions(id: ID!): ResourceVersions!
  }
`;
