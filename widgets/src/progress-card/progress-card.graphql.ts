import { graphql } from '@coachwork/schema/gql';

export const progressCardQuery = graphql(`
  query CwProgressCard($enrolment: ID, $person: ID, $locale: Locale) {
    viewer {
      id
      timeZone
    }
    progressCard(enrolment: $enrolment, person: $person) {
      availability
      person {
        id
        name
      }
      progress {
        enrolment {
          id
          status
        }
        program {
          id
          name
        }
        coach {
          id
          name
        }
        sessions {
          planned
          completed
          upcoming
          noShows
          lateCancellations
          remaining
        }
        nextSession {
          id
          startsAt
          endsAt
        }
        attendance {
          attended
          missed
          rate
        }
        cadence {
          status
          meanDaysBetweenSessions
          targetDaysBetweenSessions
          expectedByNow
        }
        goals {
          total
          onTrack
          meanProgress
        }
        capabilities {
          capability {
            id
            code
            name(locale: $locale)
          }
          baseline {
            phase
            mean
            raters
            withheld
          }
          latest {
            phase
            mean
            raters
            withheld
          }
          delta
        }
        sharedWithManager
        viewerCanChangeSharing
      }
    }
  }
`);

export const progressSharingMutation = graphql(`
  mutation CwProgressCardSharing($input: SetProgressSharingInput!) {
    setProgressSharing(input: $input) {
      progress {
        sharedWithManager
      }
      userErrors {
        ...CwUserError
      }
    }
  }
`);
