import { GraphQLError, OperationTypeNode, type ValidationRule } from "graphql";

/**
 * Refuses an operation whose root type the schema lacks (today: subscriptions) at validation,
 * answered 400. graphql-js 16 only notices at execution, where it surfaces as an internal error.
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root =
      node.operation === OperationTypeNode.QUERY
        ? schema.getQueryType()
        : node.operation === OperationTypeNode.MUTATION
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (!root) {
      context.reportError(new GraphQLError(`This API does not support ${node.operation} operations.`, { nodes: node }));
    }
  },
});
