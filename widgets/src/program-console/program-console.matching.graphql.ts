import { graphql } from '@coachwork/schema/gql';

/**
 * An open proposal as the review shows it. The mutations answer with little: their Program and
 * MatchProposal typenames make urql re-fetch this.
 */
export const proposalFields = graphql(`
  fragment CwProgramConsoleProposal on MatchProposal {
    id
    kind
    status
    createdAt
    matchedCount
    unmatchedCount
    fromCoach {
      id
      name
    }
    pairs(first: 50) {
      totalCount
      edges {
        node {
          score
          adjusted
          enrolment {
            id
            person {
              id
              name
              locale
            }
          }
          coach {
            id
            name
          }
          reasons {
            code
            message
          }
        }
      }
    }
    unmatched(first: 50) {
      totalCount
      edges {
        node {
          reason
          message
          enrolment {
            id
            person {
              id
              name
              locale
            }
          }
        }
      }
    }
    coachLoads {
      proposed
      current
      capacity
      coach {
        id
        name
      }
    }
  }
`);

/**
 * What a mutation that computes, adjusts or decides a proposal answers: its counts and its program,
 * so urql re-fetches the program's views (the coaches' handover answers with it too).
 */
export const proposalPayloadFields = graphql(`
  fragment CwProgramConsoleProposalPayload on MatchProposalPayload {
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
`);

export const matchingQuery = graphql(`
  query CwProgramConsoleMatching($id: ID!) {
    node(id: $id) {
      id
      ... on Program {
        status
        viewerCanManage
        enrolmentCounts {
          status
          count
        }
        coachPool {
          coach {
            id
            name
            languages
          }
        }
        openMatchProposal {
          ...CwProgramConsoleProposal
        }
        pendingMatchProposal {
          ...CwProgramConsoleProposalProgress
        }
      }
    }
  }
`);

/** Where a proposal being computed in the background stands. */
export const proposalProgressFields = graphql(`
  fragment CwProgramConsoleProposalProgress on MatchProposal {
    id
    status
    cohortSize
    failure
    failureMessage
  }
`);

/** Polled while a proposal is PENDING or RUNNING, until it is OPEN or FAILED. */
export const proposalProgressQuery = graphql(`
  query CwProgramConsoleProposalProgress($id: ID!) {
    node(id: $id) {
      id
      ... on MatchProposal {
        ...CwProgramConsoleProposalProgress
      }
    }
  }
`);

export const proposeMatchMutation = graphql(`
  mutation CwProgramConsolePropose($input: ProposeProgramMatchInput!) {
    proposeProgramMatch(input: $input) {
      ...CwProgramConsoleProposalPayload
      proposal {
        status
      }
    }
  }
`);

export const adjustMatchMutation = graphql(`
  mutation CwProgramConsoleAdjust($input: AdjustMatchProposalInput!) {
    adjustMatchProposal(input: $input) {
      ...CwProgramConsoleProposalPayload
    }
  }
`);

export const approveMatchMutation = graphql(`
  mutation CwProgramConsoleApprove($input: DecideMatchProposalInput!) {
    approveMatchProposal(input: $input) {
      ...CwProgramConsoleProposalPayload
      proposal {
        status
      }
    }
  }
`);

export const discardMatchMutation = graphql(`
  mutation CwProgramConsoleDiscard($input: DecideMatchProposalInput!) {
    discardMatchProposal(input: $input) {
      ...CwProgramConsoleProposalPayload
      proposal {
        status
      }
    }
  }
`);
