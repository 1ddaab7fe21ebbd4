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
