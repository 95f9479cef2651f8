// The client's GraphQL operations as typed documents, for other workspaces: the integration
// tests send exactly what the views send, so a changed query is tested, never a stale copy.
export * from "./__generated__/graphql";
