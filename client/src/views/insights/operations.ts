import { graphql } from "../../__generated__";

export const InsightsQueryDocument = graphql(`
  query Insights($split: CoverageSplit!, $rankBy: CentralityMeasure!) {
    insights(split: $split, rankBy: $rankBy) {
      resourceCount
      undated
      withoutJurisdiction
      unrecorded {
        facet
        count
      }
      betweennessComputed
      byYear {
        year
        count
      }
      byKind {
        key
        label
        count
      }
      byJurisdiction {
        key
        label
        count
      }
      byOrganisation {
        key
        label
        count
      }
      mostConnectedResources {
        degree
        betweenness
        node {
          id
          type
          label
          kind
        }
      }
      mostConnectedFrameworks {
        degree
        betweenness
        node {
          id
          type
          label
          kind
        }
      }
      coverage {
        splitBy
        rows {
          key
          label
          count
        }
        columns {
          key
          label
          count
        }
        parts {
          key
          label
          count
        }
        cells {
          row
          column
          count
          parts {
            key
            label
            count
          }
        }
        rowsUnrecorded {
          key
          count
        }
        columnsUnrecorded {
          key
          count
        }
      }
    }
  }
`);
