import { graphql } from '@coachwork/schema/gql';

/** What the viewer owes: every open 360 request, with the program's capabilities and the draft. */
export const pulseRequestsQuery = graphql(`
  query CwPulseRequests($locale: Locale) {
    pulseRequests {
      subject {
        id
        name
      }
      program {
        id
        name
      }
      phase
      raterType
      capabilities {
        id
        code
        name(locale: $locale)
        description(locale: $locale)
      }
      scale {
        min
        max
      }
      dueAt
      draft {
        capability {
          id
        }
        score
      }
    }
    viewer {
      id
      timeZone
    }
  }
`);

export const savePulseDraftMutation = graphql(`
  mutation CwPulseSaveDraft($input: SavePulseDraftInput!) {
    savePulseDraft(input: $input) {
      userErrors {
        ...CwUserError
      }
    }
  }
`);

export const submitPulseMutation = graphql(`
  mutation CwPulseSubmit($input: SubmitPulseInput!) {
    submitPulse(input: $input) {
      submitted
      userErrors {
        ...CwUserError
      }
    }
  }
`);
