import { MAX_STEP_RESOURCES } from "@rrn/model";

/**
 * Guided routes: plain-language questions for one kind of visitor, each answered by resources
 * selected from the graph at request time (routes are defined in graph-seed/data/routes.yaml).
 */
export const guideTypeDefs = /* GraphQL */ `
  "A guided route: questions one kind of visitor often asks, each answered by resources chosen from the graph."
  type Route {
    "Stable kebab-case id, used in the route's URL."
    id: ID!
    title: String!
    "Who the route is for, in plain words."
    audience: String!
    "A short welcome that says what the route covers, in plain English."
    intro: String!
    "The questions, in the order the route asks them."
    steps: [RouteStep!]!
    "The steps' questions alone, in order: what a list of routes shows, without resolving any step."
    questions: [String!]!
  }

  "One question of a guided route and the resources that answer it."
  type RouteStep {
    "Stable kebab-case id, unique within its route."
    id: ID!
    "The question as a visitor would ask it."
    question: String!
    "Why these resources answer the question, in plain English."
    explanation: String!
    """
    The resources that answer the question: easy-read versions first where the route's audience
    needs them, then in the order the route's selections list them. At most ${MAX_STEP_RESOURCES}; total
    says how many the selection matched.
    """
    resources: [GraphNode!]!
    "The same resources, in the same order, each with the reason it is here."
    cards: [RouteCard!]!
    "How many resources the step's selection matched in the graph."
    total: Int!
  }

  "A resource as a route shows it, with why it answers the step."
  type RouteCard {
    resource: GraphNode!
    "What in the graph put it here: its audience, setting, lineage, … or the route's own reason."
    why: String!
  }

  type Query {
    "The guided routes, in the order the explorer offers them."
    routes: [Route!]!
    "One guided route by id, or null when there is none."
    route(id: ID!): Route
  }
`;
