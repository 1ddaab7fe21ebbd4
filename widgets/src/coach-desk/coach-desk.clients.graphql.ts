import { graphql } from '@coachwork/schema/gql';

/** The coach's current clients: program, pace, sessions left and the goals they share. */
export const clientsQuery = graphql(`
  query CwCoachDeskClients {
    coachDesk {
      clients {
        id
        status
        pace
        person {
          id
          name
        }
        program {
          id
          name
        }
        quota {
          allowed
          used
          remaining
        }
        progress {
          goals {
            total
            onTrack
          }
          nextSession {
            id
            startsAt
          }
        }
      }
    }
  }
`);

/** A goal a client shares with their coach, as the client list and an opened session show it. */
export const clientGoalFields = graphql(`
  fragment CwCoachDeskClientGoal on Goal {
    id
    title
    progress
    status
    capability {
      id
      name
    }
  }
`);

/** One client's shared goals, loaded when the coach opens them. */
export const clientGoalsQuery = graphql(`
  query CwCoachDeskClientGoals($owner: ID!) {
    goals(first: 20, filter: { owner: $owner }) {
      edges {
        node {
          ...CwCoachDeskClientGoal
          targetDate
        }
      }
    }
  }
`);
