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
  'auth.tokenAlgorithm':
    'The embed token must be signed with HS256, or with RS256, ES256 or EdDSA and a key the organisation registered.',
  'auth.tokenMalformed': 'The embed token is malformed: expected a signed JWT.',
  'auth.tokenNoKid': 'The embed token has no `kid` header naming its organisation.',
  'auth.tokenOrgMismatch': 'The embed token’s `org` claim does not match the organisation that signed it.',
  'auth.tokenSubjectNotId': 'The embed token’s subject is not a person id.',
  'auth.tokenSubjectNotMember': 'The embed token’s subject is not a person of its organisation.',
  'auth.personGone': 'The embed token’s person no longer exists in this organisation.',
  'auth.organisationGone': 'The embed token’s organisation no longer exists.',
  'auth.tokenUnknownKey':
    'The embed token’s `kid` names no public key its organisation registered (or `org` names no organisation with keys of its own).',
  'auth.tokenKeysUnavailable':
    'The organisation’s public keys could not be fetched from its JWKS URL; try again shortly.',
  'auth.serviceTokenInvalid':
    'The access token is unknown or expired, or its service account was revoked; ask /oauth/token for a new one.',
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
  'access.serviceAccountScope':
    'A service account may not read `{field}`: its scopes do not cover it, and service accounts never see personal coaching data.',
  'access.serviceAccountReadOnly': 'Service accounts read; they cannot change anything yet.',
  'integrations.orgAdminsOnly':
    'Only organisation admins manage keys, identity providers and service accounts.',
  'integrations.keyRejected':
    'The key was not registered: {problem, select, private {this is a private key; register its public key and replace the private one, which has now been exposed} unreadable {it is neither a JWK nor a PEM public key} mismatch {it is not a key for the chosen algorithm} weak {RSA keys need at least 2048 bits} other {it is not usable}}.',
  'integrations.kidInvalid': 'A `kid` is 1–128 letters, digits or `._:-`.',
  'integrations.kidTaken': 'The organisation already has a key with this `kid`; a rotation uses a new one.',
  'integrations.urlInvalid': 'Use an https URL (http only on localhost).',
  'integrations.nameInvalid': "A service account's name is 1–100 characters.",
  'integrations.scopesRequired': 'Give the service account at least one scope.',
  'integrations.audienceRequired': 'Give the client id the ID tokens are issued to.',

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
  'programs.notYourProgram': 'You do not manage this program: ask an organisation admin to assign you to it.',
  'programs.createAdminsOnly': 'Programs are created by program and organisation admins.',
  'programs.previewAdminsOnly': 'Population previews are for program and organisation admins.',
  'programs.assignAdminsOrgAdminsOnly': 'Only organisation admins assign program admins.',
  'programs.organisationMissing': 'Your organisation could not be found.',
  'programs.notProgramId': 'This is not a program ID.',
  'programs.notKpiId': 'This is not a KPI ID.',
  'programs.kpiNotFound': 'This program has no such KPI.',
  'programs.enrolmentNotFound': 'This enrolment does not exist.',
  'programs.translationRequired': 'Give the text in at least one language.',
  'programs.localeNotOffered': 'Your organisation does not offer the language {locale}.',
  'programs.localeTwice': 'The language {locale} is given twice.',
  'programs.textLength': 'Use between 1 and {max, number} characters.',
  'programs.numberRange': 'Enter a whole number from {min, number} to {max, number}.',
  'programs.notFinite': 'Enter a number.',
  'programs.languagesRequired': 'Choose at least one coaching language.',
  'programs.endsBeforeStart': 'The end date is before the start date.',
  'programs.endsInPast': 'The program’s end date has passed: move it before publishing.',
  'programs.tooManyFocus': 'Choose at most {max, number} focus capabilities.',
  'programs.tooManyKpis': 'A program has at most {max, number} KPIs.',
  'programs.capabilityNotFound': 'Your organisation has no capability {code}.',
  'programs.readOnlyInStatus': 'A {status} program cannot be changed.',
  'programs.languagesOnlyAdded': 'Once published, languages can only be added, not removed.',
  'programs.quotaOnlyGrows': 'Once published, the session quota can only grow (now {current, number}).',
  'programs.sessionMinutesFixed': 'Once published, the session length cannot change.',
  'programs.startPassed': 'The program has started: its start date can no longer move.',
  'programs.capacityBelowParticipants':
    '{count, plural, one {# person has} other {# people have}} already taken a place: capacity cannot go below that.',
  'programs.cannot.publish': 'Only a draft can be published; this program is {status}.',
  'programs.cannot.pause': 'Only an active program can be paused; this one is {status}.',
  'programs.cannot.resume': 'Only a paused program can be resumed; this one is {status}.',
  'programs.cannot.close': 'Only an active or paused program can be closed; this one is {status}.',
  'programs.cannot.archive':
    'Only a closed program or an unpublished draft can be archived; this one is {status}.',
  'programs.notActive': 'This needs an active program; this one is {status}.',
  'programs.populationEmpty': 'Nobody matches the target population: widen the rules before publishing.',
  'programs.sessionsStillBooked':
    '{count, plural, one {# session is} other {# sessions are}} still booked in the future: cancel or hold them before closing.',
  'programs.kpiDateInFuture': 'A value cannot be recorded for a day that has not come yet.',
  'programs.notInvited': 'This invitation has already been answered ({status}).',
  'programs.enrolmentChangeNotAllowed': 'An enrolment cannot go from {from} to {to}.',
  'programs.notAProgramAdmin': 'This person does not have the program admin role.',
  'programs.alreadyAssigned': 'This person already manages this program.',
  'programs.notAssigned': 'This person is not assigned to this program.',
  'programs.ruleTooManyEntries': 'A rule holds at most {max, number} entries.',
  'programs.ruleNotOrgUnitId': 'This is not an org unit ID.',
  'programs.ruleNotPersonId': 'This is not a person ID.',
  'programs.ruleUnknownOrgUnit': 'Your organisation has no such org unit.',
  'programs.ruleUnknownPerson': 'Your organisation has no such person.',
  'programs.ruleDaysRange': 'Enter a number of days from 0 to {max, number}.',
  'programs.ruleDaysInverted': 'The most days in role is below the fewest.',
  'programs.csvParticipant': 'Participant',
  'programs.csvOrgUnit': 'Org unit',
  'programs.csvStatus': 'Status',
  'programs.csvCoach': 'Coach',
  'programs.csvSessionsUsed': 'Sessions used',
  'programs.csvLastActivity': 'Last activity',
  'programs.csvCount': 'Count',
  'programs.csvWithheld': 'withheld (fewer than {min, number})',
  'programs.csvKpi': 'KPI',
  'programs.csvUnit': 'Unit',
  'programs.csvBaseline': 'Baseline',
  'programs.csvTarget': 'Target',
  'programs.csvRecordedOn': 'Recorded on',
  'programs.csvValue': 'Value',
  'programs.csvWeek': 'Week starting',
  'programs.csvBooked': 'Booked',
  'programs.csvCompleted': 'Held',
  'programs.csvCancelled': 'Cancelled',
  'programs.csvNoShows': 'No-shows',
  'audit.orgAdminsOnly': 'The audit log is for organisation admins.',
  'programMatching.notProposalId': 'This is not a match proposal ID.',
  'programMatching.proposalNotFound': 'This match proposal does not exist.',
  'programMatching.proposalNotOpen': 'This proposal is {status}: only an open proposal can change.',
  'programMatching.proposalStale':
    '{count, plural, one {# pair no longer fits} other {# pairs no longer fit}} (capacity or status changed since the proposal): propose again.',
  'programMatching.notInProposal': 'This participant is not in the proposal.',
  'programMatching.enrolmentMoved': 'This participant’s enrolment changed since the proposal.',
  'programMatching.coachNotInPool': 'This coach is not in the program’s coach pool.',
  'programMatching.noSharedLanguage': 'This coach does not speak the participant’s language.',
  'programMatching.coachFull': 'This coach has no place left.',
  'programMatching.noEligibleCoach': 'No other coach who speaks the participant’s language has a place left.',
  'programMatching.enrolmentNotLive': 'Only an accepted or active participant can be matched.',
  'programMatching.coachHasClients':
    'This coach still has {count, plural, one {# participant} other {# participants}} in the program: move them first.',
  'programMatching.alreadyPaused': 'This coach is already paused.',
  'programMatching.notPaused': 'Only a paused coach can be reinstated.',
  'programMatching.coachNotYours': 'This coach serves none of your programs.',
  'programMatching.unmatched':
    '{reason, select, NO_SHARED_LANGUAGE {No coach in the pool speaks this person’s language.} NO_CAPACITY {Coaches who speak this person’s language have no place left.} NO_ACTIVE_COACH {No coach in the pool is active.} EMPTY_POOL {The program has no coaches.} CAPACITY_TAKEN_BY_OTHERS {Suitable coaches’ places went to better-fitting participants.} other {Taken out of the proposal by hand.}}',
} as const;
