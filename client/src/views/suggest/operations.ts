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

/** The resource a link is suggested for: its name for the page, and the link it has now, if any. */
export const SuggestLinkResourceQuery = graphql(`
  query SuggestLinkResource($id: ID!) {
    node(id: $id) {
      id
      type
      label
      url
    }
  }
`);

export const SuggestLinkMutation = graphql(`
  mutation SuggestLink($input: LinkSuggestionInput!) {
    suggestLink(input: $input) {
      id
      title
      status
    }
  }
`);
