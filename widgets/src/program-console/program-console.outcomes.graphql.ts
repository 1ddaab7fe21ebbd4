import { graphql } from '@coachwork/schema/gql';

export const outcomesQuery = graphql(`
  query CwProgramConsoleOutcomes($id: ID!) {
    node(id: $id) {
      id
      ... on Program {
        name
        status
        viewerCanManage
        publishedAt
        closedAt
        enrolmentCounts {
          status
          count
        }
        kpis {
          id
          name
          unit
          baseline
          target
          values {
            recordedOn
            value
            note
          }
        }
        outcomeSummary {
          locale
          text
        }
      }
    }
  }
`);

export const recordKpiMutation = graphql(`
  mutation CwProgramConsoleRecordKpi($input: RecordProgramKpiValueInput!) {
    recordProgramKpiValue(input: $input) {
      kpi {
        id
        values {
          recordedOn
          value
          note
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`);

/** The exports, asked for when the admin clicks (never cached: each click is today's file). */
export const rosterCsvQuery = graphql(`
  query CwProgramConsoleRosterCsv($id: ID!, $locale: Locale) {
    node(id: $id) {
      id
      ... on Program {
        rosterCsv(locale: $locale)
      }
    }
  }
`);

export const sessionsCsvQuery = graphql(`
  query CwProgramConsoleSessionsCsv($id: ID!, $locale: Locale) {
    node(id: $id) {
      id
      ... on Program {
        sessionsCsv(locale: $locale)
      }
    }
  }
`);

export const kpiCsvQuery = graphql(`
  query CwProgramConsoleKpiCsv($id: ID!, $locale: Locale) {
    node(id: $id) {
      id
      ... on Program {
        kpiCsv(locale: $locale)
      }
    }
  }
`);
