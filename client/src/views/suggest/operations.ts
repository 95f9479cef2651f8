import { graphql } from "../../__generated__";

export const SuggestMutation = graphql(`
  mutation SuggestResource($input: SuggestionInput!) {
    suggestResource(input: $input) {
      id
      title
      status
    }
  }
`);
