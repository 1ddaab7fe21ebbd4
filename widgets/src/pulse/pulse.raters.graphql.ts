import { graphql } from '@coachwork/schema/gql';

/** The viewer's own SELF requests of open phases: who rates them, whom they may ask, until when. */
export const raterChoicesQuery = graphql(`
  query CwPulseRaterChoices {
    pulseRaterChoices {
      program {
        id
        name
      }
      phase
      ratersCutoffAt
      raterLimits {
        minReports
        maxReports
        minPeers
        maxPeers
      }
      raters {
        person {
          id
          name
        }
        raterType
      }
      raterCandidates {
        person {
          id
          name
        }
        raterType
      }
    }
    viewer {
      id
      timeZone
    }
  }
`);

export const setPulseRatersMutation = graphql(`
  mutation CwPulseSetRaters($input: SetPulseRatersInput!) {
    setPulseRaters(input: $input) {
      request {
        phase
      }
      userErrors {
        ...CwUserError
      }
    }
  }
`);
