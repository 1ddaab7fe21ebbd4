import { graphql } from '@coachwork/schema/gql';

/** Whether the viewer may and still can answer this week's wellbeing pulse. */
export const wellbeingPulseQuery = graphql(`
  query CwPulseWellbeing {
    viewer {
      id
      wellbeing {
        period
        answered
        eligible
      }
    }
  }
`);

export const answerWellbeingMutation = graphql(`
  mutation CwPulseAnswerWellbeing($input: AnswerWellbeingPulseInput!) {
    answerWellbeingPulse(input: $input) {
      answer {
        period
      }
      userErrors {
        ...CwUserError
      }
    }
  }
`);
