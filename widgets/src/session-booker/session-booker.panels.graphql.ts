import { graphql } from '@coachwork/schema/gql';

// The choose-coach, book, reschedule, cancel and feedback mutations: sent only from a panel (the
// coach picker, the confirmation, cancel, feedback), so they load with the panels (session-booker.panels.ts). The answer's session carries session-booker.graphql.ts's fragment,
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

export const bookMutation = graphql(`
  mutation CwSessionBookerBook($input: BookSessionInput!) {
    bookSession(input: $input) {
      session {
        ...CwSessionBookerSession
      }
      userErrors {
        ...CwUserError
      }
    }
  }
`);

export const rescheduleMutation = graphql(`
  mutation CwSessionBookerReschedule($input: RescheduleSessionInput!) {
    rescheduleSession(input: $input) {
      session {
        ...CwSessionBookerSession
      }
      userErrors {
        ...CwUserError
      }
    }
  }
`);

export const chooseCoachMutation = graphql(`
  mutation CwSessionBookerChooseCoach($input: ChooseCoachInput!) {
    chooseCoach(input: $input) {
      enrolment {
        id
        status
      }
      userErrors {
        ...CwUserError
      }
    }
  }
`);
