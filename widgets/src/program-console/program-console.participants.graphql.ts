import { graphql } from '@coachwork/schema/gql';

/** One page of the roster, filtered by status and searched by name or e-mail. */
export const rosterQuery = graphql(`
  query CwProgramConsoleRoster($id: ID!, $status: EnrolmentStatus, $search: String, $after: String) {
    node(id: $id) {
      id
      ... on Program {
        status
        viewerCanManage
        sessionsPerParticipant
        enrolmentCounts {
          status
          count
        }
        enrolments(first: 25, status: $status, search: $search, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              status
              enrolledAt
              respondedAt
              waitlistPosition
              lastActivityAt
              pace
              daysSinceLastSession
              quota {
                used
                allowed
              }
              person {
                id
                name
                orgUnit {
                  id
                  name
                }
              }
              coach {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const changeEnrolmentMutation = graphql(`
  mutation CwProgramConsoleChangeEnrolment($input: ChangeEnrolmentStatusInput!) {
    changeEnrolmentStatus(input: $input) {
      enrolment {
        id
        status
        program {
          id
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const rematchMutation = graphql(`
  mutation CwProgramConsoleRematch($input: RematchEnrolmentInput!) {
    rematchEnrolment(input: $input) {
      enrolment {
        id
        status
        coach {
          id
          name
        }
        program {
          id
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`);

/** Reminds who has not answered their invitation or booked a session (at most once a day each). */
export const remindMutation = graphql(`
  mutation CwProgramConsoleRemind($input: RemindProgramParticipantsInput!) {
    remindProgramParticipants(input: $input) {
      remindedCount
      alreadyRemindedCount
      userErrors {
        field
        code
        message
      }
    }
  }
`);
