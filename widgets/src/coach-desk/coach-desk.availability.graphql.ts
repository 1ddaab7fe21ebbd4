import { graphql } from '@coachwork/schema/gql';

/** The coach's hours as the form edits them; the query and the save answer with the same fields. */
export const hoursFields = graphql(`
  fragment CwCoachDeskHours on CoachAvailability {
    timeZone
    capacity
    activeClients
    weeklyHours {
      weekday
      startTime
      endTime
    }
    exceptions {
      startsOn
      endsOn
      reason
    }
  }
`);

/** A booked session the coach's hours would leave out, and whose it is. */
export const conflictFields = graphql(`
  fragment CwCoachDeskConflict on AvailabilityConflict {
    reason
    session {
      id
      startsAt
      participant {
        id
        name
      }
    }
  }
`);

export const availabilityQuery = graphql(`
  query CwCoachDeskAvailability {
    coachDesk {
      availability {
        ...CwCoachDeskHours
        conflicts {
          ...CwCoachDeskConflict
          session {
            enrolment {
              id
            }
          }
        }
      }
    }
  }
`);

/** Free slots of a kept booking's enrolment, in the coach's hours as they are now. */
export const moveSlotsQuery = graphql(`
  query CwCoachDeskMoveSlots($id: ID!, $from: DateTime!, $to: DateTime!) {
    node(id: $id) {
      id
      ... on Enrolment {
        availableSlots(from: $from, to: $to) {
          slots {
            startsAt
          }
        }
      }
    }
  }
`);

/** Moves a booking; the participant is sent the new time as for any reschedule. */
export const moveSessionMutation = graphql(`
  mutation CwCoachDeskMoveSession($input: RescheduleSessionInput!) {
    rescheduleSession(input: $input) {
      session {
        id
        startsAt
        endsAt
        status
      }
      userErrors {
        field
        message
      }
    }
  }
`);

/** Saves, or answers with the booked sessions the change would leave outside the new hours. */
export const setAvailabilityMutation = graphql(`
  mutation CwCoachDeskSetAvailability($input: SetCoachAvailabilityInput!) {
    setCoachAvailability(input: $input) {
      saved
      availability {
        ...CwCoachDeskHours
      }
      conflicts {
        ...CwCoachDeskConflict
        session {
          endsAt
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`);
