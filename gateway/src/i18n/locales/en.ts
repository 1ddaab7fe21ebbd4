/**
 * English: the source catalogue. Every other locale must have exactly these keys
 * with the same placeholders (src/i18n/catalogue.test.ts). Messages are ICU
 * MessageFormat; numbers and dates inside them are formatted with `Intl` in the
 * request's locale (`{max, number}`, `{date, date, calendar}`). Tags are not
 * parsed, so `Bearer <token>` is literal text.
 */
export const en = {
  // Embed tokens and the HTTP layer (answered before any resolver runs).
  'auth.signInFirst': 'Sign in first: send an embed token as `Authorization: Bearer <token>`.',
  'auth.bearerHeader': 'The Authorization header must be `Bearer <embed token>`.',
  'auth.tokenExpired':
    'The embed token expired at {expiredAt, time, instant}; ask the token provider for a new one.',
  'auth.tokenExpiredEarlier': 'The embed token has expired; ask the token provider for a new one.',
  'auth.tokenSignature':
    'The embed token’s signature does not match any signing key the gateway holds for its `kid`.',
  'auth.tokenLifetime':
    'The embed token lives too long: `exp` may be at most {maxHours, number} hours after `iat`, and `iat` no older than that; mint a shorter-lived one.',
  'auth.tokenClaim':
    'The embed token’s `{claim}` claim {reason, select, missing {is missing} other {is invalid}}.',
  'auth.tokenAlgorithm': 'The embed token must be signed with HS256.',
  'auth.tokenMalformed': 'The embed token is malformed: expected a signed JWT.',
  'auth.tokenNoKid': 'The embed token has no `kid` header naming its organisation.',
  'auth.tokenOrgMismatch': 'The embed token’s `org` claim does not match the organisation that signed it.',
  'auth.tokenSubjectNotId': 'The embed token’s subject is not a person id.',
  'auth.tokenSubjectNotMember': 'The embed token’s subject is not a person of its organisation.',
  'auth.personGone': 'The embed token’s person no longer exists in this organisation.',
  'auth.organisationGone': 'The embed token’s organisation no longer exists.',
  'http.originNotAllowed': 'The origin {origin} is not allowed to embed this organisation.',
  'http.methodNotAllowed': '{method} is not supported on /graphql; use GET or POST.',
  'http.bodyTooLarge': 'The request body exceeds {limit, number} bytes.',
  'http.invalidJson': 'The request body is not valid JSON.',
  'http.batchTooLarge':
    'A batched request may hold at most {max, number} operations; this one has {count, number}.',
  'limits.tooCostly':
    'This request would cost {cost, number} points; one request may cost at most {max, number}. Ask for smaller pages (`first`), fewer fields or fewer operations.',
  'limits.rateLimited':
    'Too many requests: this one costs {cost, number} points and {available, number} are left. Try again in {seconds, plural, one {# second} other {# seconds}}.',
  'limits.responseTooLarge':
    'The answer would exceed {limit, number} bytes; ask for smaller pages (`first`) or fewer fields.',
  'http.internal':
    'Internal server error. The gateway logged the details under this response’s x-request-id.',

  // Who may see what.
  'access.peopleDirectoryAdminsOnly': 'The people directory listing is for program and organisation admins.',
  'access.enrolmentListAdminsOnly': 'A program’s enrolment list is for program and organisation admins.',
  'access.bulkMatchingAdminsOnly': 'Bulk matching is for program and organisation admins.',
  'access.personalField': 'You may not see `{field}` for this person.',

  // IDs, paging and node lookups.
  'core.tooManyIds': '`ids` may hold at most {max, number} IDs.',
  'core.badCursor': '`after` is not a cursor returned by this connection.',
  'core.pageSize': '`first` must be between 0 and {max, number}.',
  'core.wrongIdType': '`{argument}` is not an ID of type {type}.',

  // Programs and enrolments.
  'programs.enrolmentPersonMissing': 'The enrolment’s person does not exist.',
  'programs.enrolmentProgramMissing': 'The enrolment’s program does not exist.',
  'programs.notEnrolmentId': 'This is not an enrolment ID.',
  'programs.enrolmentNotYours': 'This enrolment does not exist or is not yours.',
  'programs.programNotFound': 'This program does not exist.',

  // Coaches and matching.
  'coaching.coachPrivateField': '`Coach.{field}` is visible only to the coach and to admins.',
  'coaching.enrolmentSubjectMissing': 'The enrolment’s person or program does not exist.',
  'coaching.coachPersonMissing': 'The coach’s person record does not exist.',
  'coaching.suggestionsForbidden': 'Coach suggestions are for the participant and admins.',
  'coaching.reasonLanguage': 'Speaks {language}',
  'coaching.reasonHoursOverlap': '{hours, number} h a week overlap with your working hours',
  'coaching.reasonSpecialty': 'Specialises in {capability}',
  'coaching.reasonGoalFit': 'Fits your goal on {capability}',
  'coaching.reasonRating': '{average, number, ::.0} from {count, plural, one {# rating} other {# ratings}}',
  'coaching.notCoachId': 'This is not a coach ID.',
  'coaching.coachNotActive': 'This coach is not taking new clients at the moment.',
  'coaching.coachFull': 'This coach has just filled their last place. Please choose another coach.',
  'coaching.noSharedLanguage': 'This coach does not speak your language.',
  'coaching.enrolmentNotFound': 'This enrolment does not exist.',
  'coaching.enrolmentClosed': 'This enrolment is no longer open for matching.',
  'coaching.alreadyMatched': 'This enrolment already has a coach.',
  'coaching.coachNotFound': 'This coach does not exist.',
  'coaching.ownCoach': 'You cannot be your own coach.',

  // Sessions: reading, booking, rescheduling, cancelling, closing.
  'sessions.enrolmentNotFound': 'The enrolment does not exist.',
  'sessions.enrolmentField':
    '`Enrolment.{field}` is visible only to the participant, their coach, managers and admins.',
  'sessions.notSessionId': 'This is not a session ID.',
  'sessions.coachMissing': 'The session’s coach does not exist.',
  'sessions.participantMissing': 'The session’s participant does not exist.',
  'sessions.enrolmentMissing': 'The session’s enrolment does not exist.',
  'sessions.coachOrParticipantMissing': 'The session’s coach or participant does not exist.',
  'sessions.feedbackForbidden': 'Session feedback is visible to the participant, the coach and admins.',
  'sessions.slotRangeOrder': '`to` must be after `from`.',
  'sessions.slotRangeTooLong': 'Ask for at most {days, number} days of slots at once.',
  'sessions.capabilityNotFound': 'One of the capabilities does not exist.',
  // The session's calendar file (.ics).
  'calendar.summary': 'Coaching: {participant} with {coach}',
  'calendar.join': 'Join: {url}',
  'calendar.fallbackProgram': 'Coaching',
  'booking.slotTaken': 'This time was just taken. Please pick another slot.',
  'booking.inPast': 'This time is in the past.',
  'booking.tooSoon': 'This time is too soon: the program needs more notice.',
  'booking.beyondHorizon': 'This time is too far ahead to book yet.',
  'booking.outsideAvailability': 'The coach is not available at this time.',
  'booking.participantBusy': 'You already have a session at this time.',
  'booking.enrolmentNotActive': 'Sessions can only be booked in an active enrolment.',
  'booking.programNotRunning': 'This program is not running at the moment.',
  'booking.chooseCoachFirst': 'Choose a coach before booking a session.',
  'booking.quotaUsed':
    '{count, plural, one {The one session of this program is used.} other {All # sessions of this program are used.}}',
  'booking.sessionNotYours': 'This session does not exist or is not yours.',
  'booking.onlyBookedReschedule': 'Only a booked session can be rescheduled.',
  'booking.tooLateToMove':
    'Sessions cannot be moved in the last {hours, plural, one {hour} other {# hours}} before they start; you can still cancel.',
  'booking.alreadyAtTime': 'The session is already at this time.',
  'booking.reasonTooLong': 'The reason may be at most {max, number} characters.',
  'booking.onlyBookedCancel': 'Only a booked session can be cancelled.',
  'booking.alreadyStarted': 'This session has already started.',
  'booking.onlyCoachCloses': 'Only the coach or an admin can record how a session went.',
  'booking.onlyBookedClose': 'Only a booked session can be marked held or missed.',
  'booking.notStarted': 'This session has not started yet.',

  // Session feedback.
  'feedback.ratingRange': 'Rate the session from {min, number} to {max, number}.',
  'feedback.commentTooLong': 'The comment may be at most {max, number} characters.',
  'feedback.tooManyCapabilities': 'Pick at most {max, number} capabilities.',
  'feedback.alreadyRated': 'You have already rated this session.',
  'feedback.sessionNotYours': 'This session does not exist or is not yours to rate.',
  'feedback.notHeld': 'Only a session that took place can be rated.',

  // Goals, milestones and check-ins.
  'goals.unknownCapability': '“{code}” is not a capability of this organisation.',
  'goals.archived': 'The goal is archived; restore it first.',
  'goals.sharedOnly': 'These goals are shared only with the person’s coach, managers and admins.',
  'goals.tooManyMilestonesOnCreate': 'A new goal may have at most {max, number} milestones.',
  'goals.tooManyMilestones': 'A goal may have at most {max, number} milestones.',
  'goals.milestoneNotFound': 'There is no milestone with this ID that you can see.',
  'goals.reorderMismatch': 'List every milestone of this goal exactly once, in the new order.',
  'goals.titleRequired': 'Give a title.',
  'goals.titleTooLong': 'A title may have at most {max, number} characters; this one has {length, number}.',
  'goals.textTooLong': 'This may have at most {max, number} characters; it has {length, number}.',
  'goals.progressRange': 'Progress is a whole number from 0 to 100; got {value, number}.',
  'goals.scaleRange': 'Give a whole number from 1 to 5; got {value, number}.',
  'goals.targetDatePast':
    'The target date {date, date, calendar} is in the past; pick {today, date, calendar} or later.',
  'goals.completedIsFull': 'A completed goal is at 100%; leave progress out or give 100.',
  'goals.fullIsCompleted': 'A goal at 100% is complete; lower its progress to give it another status.',
  'goals.notFound': 'There is no goal with this ID that you can see.',
  'goals.ownerOnly': 'Only the goal’s owner can change it.',

  // The viewer's own preferences.
  'viewer.preferencesRequired': 'Give a locale, a time zone, or both.',
  'viewer.localeNotOffered': '{organisation} offers {offered}; “{locale}” is not one of them.',
  'viewer.localeInvalid': 'This locale is not valid.',
  'viewer.timeZoneInvalid': 'This time zone is not valid.',

  // Progress cards and sharing.
  'progress.participantOnly':
    'Progress is visible only to the participant, their manager (if they share it) and their coach.',
  'progress.personOnly':
    'Progress is visible only to the person, their manager (if they share it) and their coach.',
  'progress.personNotFound': 'There is no person with this ID in your organisation.',
  'progress.enrolmentNotFound': 'There is no enrolment with this ID in your organisation.',
  'progress.enrolmentOrPerson': 'Give `enrolment` or `person`, not both.',
  'progress.enrolmentPersonGone': 'The enrolment’s person no longer exists.',
  'progress.enrolmentNotVisible': 'There is no enrolment with this ID that you can see.',
  'progress.participantDecides': 'Only the participant decides whether to share their progress.',
  'progress.capabilityGone': 'The capability {code} no longer exists.',

  // Analytics: the heatmap and its CSV export.
  'analytics.unitNotFound': 'No such org unit in this organisation.',
  'analytics.adminsOnly': 'The heatmap is for program and organisation admins.',
  'analytics.ownSubtreeOnly': 'Managers may see the heatmap of their own part of the organisation only.',
  'analytics.depthRange': '`depth` must be between 1 and {max, number}.',
  'analytics.periodFormat': '`period` must be a calendar quarter such as 2026-Q1.',
  'analytics.programNotFound': 'No such program in this organisation.',
  'analytics.unknownCapabilities': 'Unknown capability codes: {codes}.',
  'analytics.csvUnit': 'Unit',
  'analytics.csvKind': 'Kind',
  'analytics.csvLevel': 'Level',
  'analytics.csvManagers': 'Managers',
  'analytics.csvOrganisation': 'Organisation',
  'analytics.csvSuppressed':
    '{reason, select, BELOW_MIN_GROUP_SIZE {suppressed (below min group size)} COMPLEMENTARY {suppressed (complementary)} FILTER_REMAINDER {suppressed (filter remainder)} other {suppressed}}',
  'reminder.greeting': 'Hello {name},',
  'reminder.invitation.subject': 'Coaching session booked: {when}',
  'reminder.invitation.body':
    'Your coaching session with {other} is booked for {when}. The attached calendar file adds it to your calendar, and a new one follows if the session moves.',
  'reminder.cancelled.subject': 'Coaching session cancelled: {when}',
  'reminder.cancelled.body':
    'Your coaching session with {other} on {when} has been cancelled. The attached calendar file removes it from your calendar.',
  'reminder.dayBefore.subject': 'Tomorrow: coaching with {other} at {time}',
  'reminder.hourBefore.subject': 'In one hour: coaching with {other}',
  'reminder.upcoming.body': 'Your coaching session with {other} starts on {when}.',
  'reminder.join': 'Join: {url}',
  'reminder.missed.subject': 'Your coaching session was missed',
  'reminder.missed.body':
    'Your coaching session with {other} on {when} was recorded as missed. You can book a new time where you booked this one.',
  'reminder.feedback.subject': 'How was your session with {other}?',
  'reminder.feedbackReminder.subject': 'Reminder: rate your session with {other}',
  'reminder.feedback.body':
    'Your coaching session with {other} on {when} is done. Please rate it where you booked it: it takes under a minute and helps your coach.',
  'reminder.signature': 'Coachwork: an automatic message, replies are not read.',
  'coachDesk.rangeBackwards': 'The range must end after it starts.',
  'coachDesk.rangeTooLong': 'Ask for at most {days, number} days at a time.',
  'coachDesk.noteTooLong': 'A note can be at most {max, number} characters long.',
  'coachDesk.tooManyCapabilities': 'Tag at most {max, number} capabilities.',
  'coachDesk.sessionCancelled': 'This session was cancelled; there is nothing to note.',
  'coachDesk.sessionNotStarted': 'Notes can be written once the session has started.',
} as const;
