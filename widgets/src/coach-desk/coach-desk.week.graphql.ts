import { graphql } from '@coachwork/schema/gql';

/** The coach's sessions in a range (today and the coming days), across clients and programs. */
export const weekQuery = graphql(`
  query CwCoachDeskWeek($from: DateTime!, $to: DateTime!) {
    coachDesk {
      timeZone
      sessions(from: $from, to: $to) {
        id
        startsAt
        endsAt
        status
        joinUrl
        participant {
          id
          name
        }
        enrolment {
          id
          program {
            id
            name
          }
        }
        privateNote {
          body
          updatedAt
          capabilities {
            id
          }
        }
      }
    }
  }
`);

/**
 * One session opened on the desk: the participant's goals they share with the coach, the
 * enrolment's earlier sessions with their private notes, and the catalogue to tag.
 */
export const sessionDetailQuery = graphql(`
  query CwCoachDeskSessionDetail($owner: ID!, $enrolment: ID!) {
    goals(first: 20, filter: { owner: $owner }) {
      edges {
        node {
          ...CwCoachDeskClientGoal
        }
      }
    }
    node(id: $enrolment) {
      id
      ... on Enrolment {
        sessions(first: 100, status: [COMPLETED, NO_SHOW]) {
          edges {
            node {
              id
              startsAt
              status
              privateNote {
                body
                updatedAt
                capabilities {
                  id
                  name
                }
              }
            }
          }
        }
      }
    }
    capabilities(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** A session marked held or missed: its new status, or why it could not be. */
export const sessionStatusFields = graphql(`
  fragment CwCoachDeskSessionStatus on SessionPayload {
    session {
      id
      status
    }
    userErrors {
      field
      message
    }
  }
`);

export const completeMutation = graphql(`
  mutation CwCoachDeskComplete($input: SessionIdInput!) {
    completeSession(input: $input) {
      ...CwCoachDeskSessionStatus
    }
  }
`);

export const noShowMutation = graphql(`
  mutation CwCoachDeskNoShow($input: SessionIdInput!) {
    markSessionNoShow(input: $input) {
      ...CwCoachDeskSessionStatus
    }
  }
`);

export const writeNoteMutation = graphql(`
  mutation CwCoachDeskWriteNote($input: WriteSessionNoteInput!) {
    writeSessionNote(input: $input) {
      session {
        id
      }
      note {
        body
        updatedAt
        capabilities {
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
