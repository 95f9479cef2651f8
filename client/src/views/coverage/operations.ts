import { graphql } from "../../__generated__";

export const CoverageQuery = graphql(`
  query Coverage {
    coverage(rows: RESTRAINT_TYPE, columns: SETTING) {
      rows {
        id
        label
      }
      columns {
        id
        label
      }
      cells {
        row
        column
        count
        frameworks
      }
      rowsUnrecorded {
        id
        count
      }
      columnsUnrecorded {
        id
        count
      }
      withoutRowType
      withoutColumnType
    }
  }
`);

export const CellResourcesQuery = graphql(`
  query CoverageCellResources($row: ID!, $column: ID!) {
    coverageCell(rows: RESTRAINT_TYPE, columns: SETTING, row: $row, column: $column, limit: 500) {
      count
      truncated
      resources {
        ...GraphNodeFields
      }
    }
  }
`);
