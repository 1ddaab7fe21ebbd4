import { graphql } from '@coachwork/schema/gql';

// The cancel and feedback mutations: sent only from the panels, so they load with them
// (session-booker.panels.ts). The answer's session carries session-booker.graphql.ts's fragment,
// so the shared cache updates the rows the booker shows.

export const cancelMutation = graphql(`
  mutation CwSessionBookerCancel($input: CancelSessionInput!) {
    cancelSession(input: $input) {
      session {
        ...CwSessionBookerSession
      }
      userErrors {
        ...CwUserError
      }
    }
  }
`);

export const feedbackMutation = graphql(`
  mutation CwSessionBookerFeedback($input: SubmitSessionFeedbackInput!) {
    submitSessionFeedback(input: $input) {
      feedback {
        rating
      }
      userErrors {
        ...CwUserError
      }
    }
  }
`);

/** The participant's answer to a program's invitation. */
export const respondMutation = graphql(`
  mutation CwSessionBookerRespond($input: RespondToProgramInvitationInput!) {
    respondToProgramInvitation(input: $input) {
      enrolment {
        id
        status
        viewerCanRespond
      }
      userErrors {
        ...CwUserError
      }
    }
  }
`);
