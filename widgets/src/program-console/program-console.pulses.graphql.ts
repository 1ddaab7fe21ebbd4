import { graphql } from '@coachwork/schema/gql';

/** The program's 360 phases, PRE before MID before POST, with their windows and answers so far. */
export const pulsePhasesQuery = graphql(`
  query CwProgramConsolePulsePhases($id: ID!) {
    node(id: $id) {
      id
      ... on Program {
        status
        viewerCanManage
        pulsePhases {
          phase
          opensAt
          closesAt
          ratersCutoffAt
          raterLimits {
            minReports
            maxReports
            minPeers
            maxPeers
          }
          requested
          submitted
        }
      }
    }
  }
`);

export const openPulsePhaseMutation = graphql(`
  mutation CwProgramConsoleOpenPulsePhase($input: OpenPulsePhaseInput!) {
    openPulsePhase(input: $input) {
      phase {
        phase
        opensAt
        closesAt
        requested
      }
      userErrors {
        ...CwUserError
      }
    }
  }
`);

export const closePulsePhaseMutation = graphql(`
  mutation CwProgramConsoleClosePulsePhase($input: ClosePulsePhaseInput!) {
    closePulsePhase(input: $input) {
      phase {
        phase
        closesAt
        submitted
      }
      userErrors {
        ...CwUserError
      }
    }
  }
`);
