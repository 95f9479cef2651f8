import { MAX_CHANGE_ITEMS } from "@rrn/model";

/** "What's new": the changes to the public graph, per graph version (./list-changes.ts). */
export const changeTypeDefs = /* GraphQL */ `
  "What a change to the public graph was."
  enum ChangeKind {
    "A seed import that changed something (an import that changes nothing records nothing)."
    IMPORT
    "A curator's edit: a node created or updated, a relationship added, changed or removed."
    EDIT
    "A visitor's suggestion a curator approved: a new resource, or a resource's link."
    SUGGESTION
    "A curator deleted a node (and with it its relationships)."
    DELETE
    "A curator restored a deleted node with its relationships."
    RESTORE
  }

  "What happened to one node or relationship in a change."
  enum ChangeOperation {
    "It was not in the public graph before the change and is now."
    ADDED
    "It was there before and after, with some of its values (a node's properties; a relationship's evidence, basis and the like) different."
    CHANGED
    "It was in the public graph before the change and is not now (a curator removed or deleted it, or the seed no longer has it)."
    REMOVED
  }

  "A node a change names, as it is called now (a deleted node as it was called when deleted)."
  type ChangeNode {
    id: ID!
    label: String!
    "Null when the node is not known any more."
    type: NodeType
    "Whether the node is in the public graph now (a deleted one is not), so a link to its page leads somewhere."
    exists: Boolean!
  }

  "One node or relationship a change added, changed or removed: \`node\` for a node, \`type\`, \`from\` and \`to\` for a relationship."
  type ChangeItem {
    "Whether the change added, changed or removed it."
    change: ChangeOperation!
    "The node, for a node; null for a relationship."
    node: ChangeNode
    "The relationship's type, for a relationship; null for a node."
    type: RelationshipType
    "The node the relationship goes from, for a relationship; null for a node."
    from: ChangeNode
    "The node the relationship goes to, for a relationship; null for a node."
    to: ChangeNode
  }

  """
  One change to the public graph: the write that moved it to \`version\`, from the audit log (who made
  it is for curators only, in \`auditLog\`).
  """
  type GraphChange {
    "Stable: the audit entry's id (a UUID); the Atom feeds' entry ids are urn:uuid:<id>."
    id: ID!
    "The graph version the change produced (as Query.graphVersion)."
    version: String!
    "When it was made (ISO 8601, UTC)."
    at: String!
    "What sort of write it was: a seed import, a curator's edit, an approved suggestion, a delete or a restore."
    kind: ChangeKind!
    "How many nodes and relationships it added, changed or removed; \`items\` lists at most ${MAX_CHANGE_ITEMS} of them."
    itemCount: Int!
    "The nodes and relationships it added, changed or removed: at most ${MAX_CHANGE_ITEMS} of them (\`itemCount\` says how many there were), without any relationship whose type the model no longer has."
    items: [ChangeItem!]!
  }

  type Query {
    """
    What changed in the graph, newest first: every seed import that changed something, curator edit,
    approved suggestion, delete and restore, each under the graph version it produced. With \`node\`,
    only changes that added, changed or removed that node or a relationship touching it (what
    /feeds/node/:id.atom carries). The same list is the "What's new" page (/changes) and the Atom
    feed /feeds/changes.atom.
    """
    changes(node: ID, limit: Int = 50): [GraphChange!]!
  }
`;
