import { graphql } from "../../__generated__";

export const GuideQuery = graphql(`
  query GuidedRoute($id: ID!) {
    route(id: $id) {
      id
      title
      audience
      intro
      steps {
        id
        question
        explanation
        total
        cards {
          why
          resource {
            ...GraphNodeFields
            summary
            url
            easyRead
          }
        }
      }
    }
  }
`);

export const GuidesQuery = graphql(`
  query GuidedRoutes {
    routes {
      id
      title
      audience
      intro
      questions
    }
  }
`);
