import { graphql } from '@coachwork/schema/gql';

export const coachFields = graphql(`
  fragment CwSessionBookerCoach on Coach {
    id
    name
    bio
    credential
    languages
    timeZone
    specialties {
      id
      code
      name(locale: $locale)
    }
  }
`);

/** Every session mutation answers with this, so the shared cache updates the rows it shows. */
export const sessionFields = graphql(`
  fragment CwSessionBookerSession on Session {
    id
    startsAt
    endsAt
    status
    sequence
    lateCancellation
    joinUrl
    coach {
      id
      name
    }
    cancellationPolicy {
      lateCancelHours
      lateFrom
      lateNow
      canReschedule
    }
  }
`);

/** Fetched when the participant asks for it: the file is the largest field a session has. */
export const enrolmentsQuery = graphql(`
  query CwSessionBookerViewer {
    viewer {
      id
      timeZone
      enrolments(first: 20) {
        edges {
          node {
            id
            status
            bookingPolicy {
              minNoticeHours
            }
          }
        }
      }
    }
  }
`);

export const enrolmentQuery = graphql(`
  query CwSessionBookerEnrolment(
    $id: ID!
    $from: DateTime!
    $to: DateTime!
    $timeZone: TimeZone
    $locale: Locale
    $slots: Boolean!
  ) {
    node(id: $id) {
      ... on Enrolment {
        id
        status
        viewerCanRespond
        program {
          id
          name
          focusCapabilities {
            id
            code
            name(locale: $locale)
          }
        }
        matchedCoach {
          ...CwSessionBookerCoach
        }
        quota {
          allowed
          used
          remaining
        }
        bookingPolicy {
          sessionMinutes
          minNoticeHours
          horizonDays
          lateCancelHours
        }
        availableSlots(from: $from, to: $to, timeZone: $timeZone) @include(if: $slots) {
          timeZone
          slots {
            startsAt
            endsAt
          }
          nextSlot {
            startsAt
          }
        }
      }
    }
  }
`);

export const sessionsQuery = graphql(`
  query CwSessionBookerSessions($id: ID!) {
    node(id: $id) {
      ... on Enrolment {
        id
        upcoming: sessions(first: 8, upcoming: true, status: [BOOKED]) {
          edges {
            node {
              ...CwSessionBookerSession
            }
          }
        }
        held: sessions(first: 5, status: [COMPLETED]) {
          edges {
            node {
              id
              startsAt
              feedback {
                rating
              }
            }
          }
        }
      }
    }
  }
`);

export const suggestionsQuery = graphql(`
  query CwSessionBookerSuggestions($id: ID!, $locale: Locale) {
    node(id: $id) {
      ... on Enrolment {
        id
        coachSuggestions(first: 3) {
          score
          coach {
            ...CwSessionBookerCoach
          }
          reasons {
            code
            points
            language
            hours
            ratingAverage
            ratingCount
            capability {
              id
              name(locale: $locale)
            }
          }
        }
      }
    }
  }
`);
