import { graphql } from "../../__generated__";

export const PendingSuggestions = graphql(`
  query PendingSuggestions {
    suggestions(status: PENDING, limit: 100) {
      id
      type
      targetId
      source
      pageText
      title
      url
      summary
      year
      relatedIds
      contact
      submittedAt
    }
  }
`);

export const ApproveMutation = graphql(`
  mutation ApproveSuggestion($id: ID!, $input: ApproveSuggestionInput) {
    approveSuggestion(id: $id, input: $input) {
      id
      status
      resourceId
    }
  }
`);

export const RejectMutation = graphql(`
  mutation RejectSuggestion($id: ID!, $reason: String!) {
    rejectSuggestion(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const RelatedNodeQuery = graphql(`
  query SuggestionRelatedNode($id: ID!) {
    node(id: $id) {
      id
      type
      label
    }
  }
`);
