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

/** A coach's quality status after a pause, a reinstatement or the end of a probation, and who still has to move. */
export const coachStatusPayloadFields = graphql(`
  fragment CwProgramConsoleCoachStatus on CoachStatusPayload {
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
`);

/** The organisation's probation thresholds, as read and as saved. */
export const qualitySettingsFields = graphql(`
  fragment CwProgramConsoleQualitySettings on CoachQualitySettings {
    probationBelow
    restoreAtOrAbove
    minRatings
    window
  }
`);

/** A pause or reinstatement answers with the coach's new status, so the pool's row updates. */
export const pauseCoachMutation = graphql(`
  mutation CwProgramConsolePauseCoach($input: CoachStatusInput!) {
    pauseCoach(input: $input) {
      ...CwProgramConsoleCoachStatus
    }
  }
`);

export const reinstateCoachMutation = graphql(`
  mutation CwProgramConsoleReinstateCoach($input: CoachStatusInput!) {
    reinstateCoach(input: $input) {
      ...CwProgramConsoleCoachStatus
    }
  }
`);

export const handoverMutation = graphql(`
  mutation CwProgramConsoleHandover($input: ProposeCoachHandoverInput!) {
    proposeCoachHandover(input: $input) {
      ...CwProgramConsoleProposalPayload
    }
  }
`);

/** Ends a coach's probation: kept (ACTIVE) or removed from coaching (PAUSED). */
export const endProbationMutation = graphql(`
  mutation CwProgramConsoleEndProbation($input: EndCoachProbationInput!) {
    endCoachProbation(input: $input) {
      ...CwProgramConsoleCoachStatus
    }
  }
`);

/** The organisation's probation thresholds (org admins only). */
export const qualitySettingsQuery = graphql(`
  query CwProgramConsoleQualitySettings {
    coachQualitySettings {
      ...CwProgramConsoleQualitySettings
    }
  }
`);

export const setQualitySettingsMutation = graphql(`
  mutation CwProgramConsoleSetQualitySettings($input: CoachQualitySettingsInput!) {
    setCoachQualitySettings(input: $input) {
      settings {
        ...CwProgramConsoleQualitySettings
      }
      userErrors {
        field
        message
      }
    }
  }
`);
