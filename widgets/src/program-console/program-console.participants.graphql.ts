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

/** What a change to an enrolment answers: its status and its program, so urql re-fetches the roster. */
export const enrolmentChangeFields = graphql(`
  fragment CwProgramConsoleEnrolmentChange on Enrolment {
    id
    status
    program {
      id
    }
  }
`);

export const changeEnrolmentMutation = graphql(`
  mutation CwProgramConsoleChangeEnrolment($input: ChangeEnrolmentStatusInput!) {
    changeEnrolmentStatus(input: $input) {
      enrolment {
        ...CwProgramConsoleEnrolmentChange
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
        ...CwProgramConsoleEnrolmentChange
        coach {
          id
          name
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
