import { graphql } from '@coachwork/schema/gql';

/** The program list: what an admin picks a program from. */
export const programListQuery = graphql(`
  query CwProgramConsoleList($status: ProgramStatus) {
    viewer {
      id
      roles
    }
    programs(first: 50, status: $status, manageable: true) {
      totalCount
      edges {
        node {
          id
          name
          status
          startsOn
          endsOn
          sessionsPerParticipant
          enrolments(first: 0) {
            totalCount
          }
        }
      }
    }
  }
`);

/** The open program's name and status for the header (it may be past the list's first page). */
export const programHeaderQuery = graphql(`
  query CwProgramConsoleHeader($id: ID!) {
    node(id: $id) {
      id
      ... on Program {
        name
        status
      }
    }
  }
`);
