import { graphql } from '@coachwork/schema/gql';

export const availabilityQuery = graphql(`
  query CwCoachDeskAvailability {
    coachDesk {
      availability {
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
        conflicts {
          reason
          session {
            id
            startsAt
            participant {
              id
              name
            }
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
      conflicts {
        reason
        session {
          id
          startsAt
          endsAt
          participant {
            id
            name
          }
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`);
