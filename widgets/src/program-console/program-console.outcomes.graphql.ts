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
        participation {
          weekStarting
          activeParticipants
          participantsWithSessions
          sessionsHeld
          withheld
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

/** The exports, asked for when the admin clicks (never from the cache: each click is today's file). */
export const exportQuery = graphql(`
  query CwProgramConsoleExport(
    $id: ID!
    $locale: Locale
    $roster: Boolean!
    $sessions: Boolean!
    $kpis: Boolean!
  ) {
    node(id: $id) {
      id
      ... on Program {
        rosterCsv(locale: $locale) @include(if: $roster)
        sessionsCsv(locale: $locale) @include(if: $sessions)
        kpiCsv(locale: $locale) @include(if: $kpis)
      }
    }
  }
`);
