import { graphql } from '@coachwork/schema/gql';

export const coachesQuery = graphql(`
  query CwProgramConsoleCoaches($id: ID!) {
    viewer {
      id
      roles
    }
    node(id: $id) {
      id
      ... on Program {
        status
        viewerCanManage
        coachPool {
          capacity
          activeClients
          ratingTrend {
            month
            average
            withheld
          }
          feedbackComments {
            withheld
            minGroupSize
            comments {
              month
              text
            }
          }
          coach {
            id
            name
            languages
            qualityStatus
            capacity
            activeClients
            rating {
              average
              count
            }
          }
        }
      }
    }
  }
`);

/** A pause or reinstatement answers with the coach's new status, so the pool's row updates. */
export const pauseCoachMutation = graphql(`
  mutation CwProgramConsolePauseCoach($input: CoachStatusInput!) {
    pauseCoach(input: $input) {
      coach {
        id
        qualityStatus
      }
      clientsToMove
      userErrors {
        field
        message
      }
    }
  }
`);

export const reinstateCoachMutation = graphql(`
  mutation CwProgramConsoleReinstateCoach($input: CoachStatusInput!) {
    reinstateCoach(input: $input) {
      coach {
        id
        qualityStatus
      }
      clientsToMove
      userErrors {
        field
        message
      }
    }
  }
`);

export const handoverMutation = graphql(`
  mutation CwProgramConsoleHandover($input: ProposeCoachHandoverInput!) {
    proposeCoachHandover(input: $input) {
      proposal {
        id
        matchedCount
        unmatchedCount
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

/** Ends a coach's probation: kept (ACTIVE) or removed from coaching (PAUSED). */
export const endProbationMutation = graphql(`
  mutation CwProgramConsoleEndProbation($input: EndCoachProbationInput!) {
    endCoachProbation(input: $input) {
      coach {
        id
        qualityStatus
      }
      clientsToMove
      userErrors {
        field
        message
      }
    }
  }
`);

/** The organisation's probation thresholds (org admins only). */
export const qualitySettingsQuery = graphql(`
  query CwProgramConsoleQualitySettings {
    coachQualitySettings {
      probationBelow
      restoreAtOrAbove
      minRatings
      window
    }
  }
`);

export const setQualitySettingsMutation = graphql(`
  mutation CwProgramConsoleSetQualitySettings($input: CoachQualitySettingsInput!) {
    setCoachQualitySettings(input: $input) {
      settings {
        probationBelow
        restoreAtOrAbove
        minRatings
        window
      }
      userErrors {
        field
        message
      }
    }
  }
`);
