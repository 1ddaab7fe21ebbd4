/**
 * THE access policy: who may see which field of whom, by the viewer's relation
 * to the person the field is about. Resolvers ask `mayRead` / `requireRead`;
 * they do not decide on their own. The table is data so that the authorisation
 * matrix test can walk the schema and compare every field against it.
 *
 * Relations are computed from rows, never from where a request came from: a
 * session's join link asks about that session, whichever path reached it, so
 * no path through the graph (node → Person → enrolments → sessions, a progress
 * card's enrolment, …) can reach more than the field itself allows.
 */
import type { Caller, ServiceScope } from '../context.js';
import { forbidden } from '../errors.js';
import type { Role } from '../generated/resolvers.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { CoachRow } from '../modules/coaching/sql.js';
import type { EnrolmentRow } from '../modules/programs/sql.js';
import type { SessionRow } from '../modules/sessions/sql.js';

// Stryker disable all: data, pinned literal by literal by the toEqual tests of policy.test.ts (the published table, the rest of the rows, relations, node rows, service-account mutations).
/**
 * How the viewer stands to the subject. `member` is everyone in the subject's
 * organisation (another participant holds only that); `otherOrganisation` is
 * never held by a request, because every row it can load is its own tenant's.
 * The `…Service` relations are a service account's, one per scope it holds
 * (read-analytics, manage-programs, provision); a service account holds no other
 * relation, not even `member`, and no row about one person's coaching names them.
 */
export const relations = [
  'self',
  'directManager',
  'skipLevelManager',
  'currentCoach',
  'formerCoach',
  'programAdmin',
  'orgAdmin',
  'member',
  'otherOrganisation',
  'analyticsService',
  'programsService',
  'provisioningService',
] as const;
// Stryker restore all
export type Relation = (typeof relations)[number];

/**
 * What a relation is granted in a row. Anything but `yes` is a condition:
 * `ifShared` holds while the participant shares the enrolment's progress;
 * `theirSessions` only for sessions the coach holds; `groupsOfK` and
 * `aggregated` release figures about groups only (the aggregating module
 * suppresses groups smaller than the organisation's minimum group size).
 */
export type Grant = 'yes' | 'ifShared' | 'theirSessions' | 'ownNotes' | 'groupsOfK' | 'aggregated';

type Row = Partial<Record<Relation, Grant>>;

// Stryker disable all: data, pinned literal by literal by the toEqual tests of policy.test.ts (the published table, the rest of the rows, relations, node rows, service-account mutations).
const everyoneInTheOrganisation: Row = { member: 'yes' };
const admins: Row = { programAdmin: 'yes', orgAdmin: 'yes' };
/** Facts about the organisation, which every scope needs to make sense of what it reads. */
const services: Row = { analyticsService: 'yes', programsService: 'yes', provisioningService: 'yes' };

/**
 * The product's promise, one row per kind of fact. The first ten rows are the
 * published access table; the rest say who reads the facts that table leaves
 * out (contact details, the admin-only lists, booking and matching).
 */
export const accessTable = {
  goalsPrivate: { self: 'yes' },
  goalsCoach: { self: 'yes', currentCoach: 'yes' },
  goalsManager: { self: 'yes', directManager: 'yes', skipLevelManager: 'yes', currentCoach: 'yes' },
  /** Sessions used, pace, shared goals. */
  progressCard: { self: 'yes', directManager: 'ifShared', currentCoach: 'yes' },
  /** Session times, join link, calendar. */
  sessions: { self: 'yes', currentCoach: 'theirSessions' },
  sessionNotes: { currentCoach: 'ownNotes' },
  /** Own means and deltas, from enough anonymous raters, never per rater. */
  individual360: { self: 'yes', directManager: 'ifShared', currentCoach: 'ifShared' },
  /** Enrolment status, sessions used: the operational roster. */
  roster: { self: 'yes', currentCoach: 'yes', ...admins, programsService: 'yes' },
  /** Heatmap and outcomes. */
  aggregates: {
    analyticsService: 'groupsOfK',
    directManager: 'groupsOfK',
    skipLevelManager: 'groupsOfK',
    programAdmin: 'groupsOfK',
    orgAdmin: 'groupsOfK',
  },
  /**
   * About a coach: `self` is the coach, who sees their own aggregated rating;
   * admins see it from the organisation's minimum group size of ratings on;
   * participants (who choose coaches) and managers see no rating at all.
   */
  coachRatings: { self: 'aggregated', programAdmin: 'groupsOfK', orgAdmin: 'groupsOfK' },

  /**
   * Names, reporting lines, headcount, the capability catalogue, programs,
   * coaches' public profiles: facts about the organisation, not figures about
   * anyone's behaviour.
   */
  organisation: { ...everyoneInTheOrganisation, ...services },
  /** The viewer as a person (`Query.viewer`): a service account is none. */
  viewerSelf: everyoneInTheOrganisation,
  /** The viewer's own things and their organisation's lists, scoped by the resolver to what is the viewer's. */
  viewerOwn: { ...everyoneInTheOrganisation, ...services },
  /** Contact details and account facts: email, locale, time zone, roles, time in role. */
  profile: {
    self: 'yes',
    directManager: 'yes',
    skipLevelManager: 'yes',
    currentCoach: 'yes',
    ...admins,
    provisioningService: 'yes',
  },
  /** The whole people directory with search. */
  peopleDirectory: { ...admins, provisioningService: 'yes' },
  /** Every enrolment of a program, and its exports. */
  programRoster: { ...admins, programsService: 'yes' },
  /**
   * A program's setup beyond its public description (population rules and counts, enrolment counts,
   * admins, coach pool, match proposals): its own program admins and org admins.
   */
  programManagement: { ...admins, programsService: 'yes' },
  /** Who did what: org admins alone, since entries span every program. */
  auditLog: { orgAdmin: 'yes' },
  /**
   * The organisation's webhook subscriptions and their delivery log: org admins alone, since what a
   * subscription receives spans every program (bodies carry IDs and roster facts only).
   */
  webhookSubscriptions: { orgAdmin: 'yes' },
  /** The learning platforms registered for LTI launches (their endpoints and e-mail linking rule) and the grades they refused. */
  ltiRegistrations: { orgAdmin: 'yes' },
  /**
   * The LMS courses Coachwork was launched from (platform, course label and title, whether its roster
   * can be read): admins, who invite a course's learners to the programs they manage.
   */
  ltiCourses: { ...admins },
  /**
   * The organisation's LRS (endpoint, user name, agent naming) and the xAPI statements it refused:
   * org admins alone, since statements span every program and name people.
   */
  xapi: { orgAdmin: 'yes' },
  /**
   * SCIM credentials and group mappings (who may provision the organisation's people) and how long
   * what deprovisioned people wrote is kept.
   */
  provisioning: { orgAdmin: 'yes' },
  /** Signing keys, the identity provider and service accounts: org admins alone. */
  integrations: { orgAdmin: 'yes' },
  /** Refetching an enrolment: whoever sees its roster line or its progress card. */
  enrolment: {
    self: 'yes',
    directManager: 'ifShared',
    currentCoach: 'yes',
    ...admins,
    programsService: 'yes',
  },
  /** The card's frame: whether there is progress to see (NOT_SHARED tells the manager to ask). */
  progressCardFrame: { self: 'yes', directManager: 'yes', currentCoach: 'yes' },
  /** Open slots of the matched coach: the participant books, the coach or an admin books for them. */
  booking: { self: 'yes', currentCoach: 'yes', ...admins },
  /** Coach suggestions for an enrolment. */
  matching: { self: 'yes', ...admins },
  /** One participant's rating and comment of one session: the author's alone; coaches and admins see aggregates. */
  sessionFeedback: { self: 'yes' },
  /**
   * One person's wellbeing pulse answers: theirs alone. Managers, coaches and admins see them only
   * inside the heatmap's WELLBEING figure (the `aggregates` row).
   */
  wellbeingAnswers: { self: 'yes' },
  /**
   * The probation thresholds: org admins alone, since they judge every coach of the organisation
   * (a program admin manages coaches of their programs, not the rule that spans them all).
   */
  coachQualitySettings: { orgAdmin: 'yes' },
  /** A coach's capacity, load and quality status: `self` is the coach. */
  coachOperations: { self: 'yes', ...admins },
} as const satisfies Record<string, Row>;
// Stryker restore all

export type Category = keyof typeof accessTable;

/**
 * Which row decides each field. `inherit`: whoever may see the object sees the
 * field (its own visibility is decided where the object is returned). `node`:
 * the object the ID names decides (see `nodeCategory`).
 */
export type FieldRule = Category | 'inherit' | 'node';

const inheritAll = (type: string, fields: string[]): Record<string, FieldRule> =>
  Object.fromEntries(fields.map((field) => [`${type}.${field}`, 'inherit' as const]));

const connection = (name: string): Record<string, FieldRule> => ({
  ...inheritAll(`${name}Connection`, ['edges', 'pageInfo', 'totalCount']),
  ...inheritAll(`${name}Edge`, ['cursor', 'node']),
});

// Stryker disable all: one mutant per field name (several hundred); policy.test.ts checks the table
// against the schema (a name emptied or a list dropped leaves a field without a rule) and each rule
// names a row, and the authorisation matrix checks every field's answers.
export const fieldAccess: Record<string, FieldRule> = {
  'Query.node': 'node',
  'Query.nodes': 'node',
  'Query.goal': 'node',
  'Query.viewer': 'viewerSelf',
  'Query.organisation': 'viewerOwn',
  'Query.capabilities': 'viewerOwn',
  'Query.capability': 'viewerOwn',
  'Query.coaches': 'viewerOwn',
  'Query.orgUnits': 'viewerOwn',
  'Query.programs': 'viewerOwn',
  'Query.goals': 'viewerOwn',
  'Query.teamProgressCards': 'viewerOwn',
  'Query.people': 'peopleDirectory',
  'Query.progressCard': 'progressCardFrame',
  'Query.heatmap': 'aggregates',
  /** The viewer's own desk (null unless they are a coach); its lists are filtered per item below. */
  'Query.coachDesk': 'viewerOwn',
  /** The 360 ratings the viewer owes: only requests naming the viewer as the rater are ever listed. */
  'Query.pulseRequests': 'viewerOwn',
  /** The viewer's own SELF requests: only requests naming the viewer as rater and subject. */
  'Query.pulseRaterChoices': 'viewerOwn',

  ...inheritAll('Person', ['id', 'name', 'jobLevel', 'orgUnit', 'manager', 'organisation', 'directReports']),
  'Person.email': 'profile',
  'Person.locale': 'profile',
  'Person.timeZone': 'profile',
  'Person.roles': 'profile',
  'Person.inRoleSince': 'profile',
  'Person.enrolments': 'roster',
  'Person.wellbeing': 'wellbeingAnswers',
  ...inheritAll('WellbeingPulse', ['period', 'answered', 'eligible', 'latest']),
  ...inheritAll('WellbeingAnswer', ['period', 'energy', 'workload', 'support', 'answeredAt']),

  ...inheritAll('OrgUnit', ['id', 'name', 'kind', 'depth', 'parent', 'children', 'manager', 'peopleCount']),
  ...inheritAll('Organisation', ['id', 'name', 'slug', 'locales', 'timeZone', 'minGroupSize']),
  ...inheritAll('Capability', ['id', 'code', 'name', 'description']),
  ...inheritAll('PageInfo', ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']),

  ...inheritAll('Program', [
    'id',
    'name',
    'objective',
    'kpi',
    'status',
    'focusCapabilities',
    'sessionsPerParticipant',
    'durationWeeks',
    'languages',
    'startsOn',
    'endsOn',
  ]),
  ...inheritAll('Program', [
    'names',
    'objectives',
    'kpis',
    'cadenceDays',
    'sessionMinutes',
    'policy',
    'capacity',
    'outcomeSummary',
    'createdAt',
    'publishedAt',
    'closedAt',
    'viewerCanManage',
  ]),
  'Program.viewerEnrolment': 'viewerOwn',
  'Program.enrolments': 'programRoster',
  'Program.rosterCsv': 'programRoster',
  'Program.kpiCsv': 'programRoster',
  'Program.sessionsCsv': 'programRoster',
  'Program.targetPopulation': 'programManagement',
  'Program.population': 'programManagement',
  'Program.enrolmentCounts': 'programManagement',
  'Program.admins': 'programManagement',
  'Program.participation': 'programManagement',
  'Program.coachPool': 'programManagement',
  'Program.openMatchProposal': 'programManagement',
  'Program.pendingMatchProposal': 'programManagement',
  'Program.pulsePhases': 'programManagement',
  ...inheritAll('PulsePhaseWindow', [
    'phase',
    'opensAt',
    'closesAt',
    'ratersCutoffAt',
    'raterLimits',
    'requested',
    'submitted',
  ]),
  ...inheritAll('PulseRaterLimits', ['minReports', 'maxReports', 'minPeers', 'maxPeers']),
  // A request reaches only its rater (Query.pulseRequests, the payloads of their own mutations). Its
  // draft is the rater's own answers; `raters` answers only on the rater's own SELF request and says
  // who is asked, never who answered or what (`raterCandidates` likewise: who may be asked, all
  // of whom the directory already shows); no path reads another rater's answer.
  ...inheritAll('PulseRequest', [
    'subject',
    'program',
    'phase',
    'raterType',
    'capabilities',
    'scale',
    'draft',
    'dueAt',
    'raters',
    'raterLimits',
    'ratersCutoffAt',
    'raterCandidates',
  ]),
  ...inheritAll('PulseScale', ['min', 'max']),
  ...inheritAll('PulseAnswer', ['capability', 'score']),
  ...inheritAll('PulseRater', ['person', 'raterType']),
  ...inheritAll('ProgramKpi', ['id', 'name', 'names', 'unit', 'baseline', 'target', 'values']),
  ...inheritAll('KpiValue', ['recordedOn', 'value', 'note', 'recordedBy', 'recordedAt']),
  ...inheritAll('LocalisedText', ['locale', 'text']),
  ...inheritAll('ProgramPolicy', ['minNoticeHours', 'horizonDays', 'lateCancelHours', 'bufferMinutes']),
  ...inheritAll('PopulationRules', [
    'orgUnits',
    'excludedOrgUnits',
    'jobLevels',
    'minDaysInRole',
    'maxDaysInRole',
    'managesManagers',
    'timeZones',
    'locales',
    'includedPeople',
    'excludedPeople',
  ]),
  ...inheritAll('PopulationOrgUnit', ['orgUnit', 'includeSubtree']),
  ...inheritAll('PopulationPreview', ['count', 'overlapCount', 'overlaps', 'sample', 'userErrors']),
  ...inheritAll('ProgramOverlap', ['program', 'count']),
  ...inheritAll('EnrolmentStatusCount', ['status', 'count']),
  ...inheritAll('ParticipationWeek', [
    'weekStarting',
    'activeParticipants',
    'sessionsHeld',
    'participantsWithSessions',
    'withheld',
  ]),
  ...inheritAll('UserError', ['field', 'code', 'message']),
  'Query.programPopulationPreview': 'programManagement',
  'Query.auditLog': 'auditLog',
  'Query.webhookSubscriptions': 'webhookSubscriptions',
  'Query.ltiRegistrations': 'ltiRegistrations',
  'Query.ltiFailedGradeDeliveries': 'ltiRegistrations',
  'Query.ltiCourses': 'ltiCourses',
  ...inheritAll('LtiCourse', [
    'id',
    'issuer',
    'contextId',
    'label',
    'title',
    'rosterAvailable',
    'lastLaunchAt',
  ]),
  'Program.ltiRosterImports': 'programManagement',
  ...inheritAll('LtiRosterImport', [
    'id',
    'status',
    'course',
    'programId',
    'requestedAt',
    'finishedAt',
    'memberCount',
    'invitedCount',
    'alreadyEnrolledCount',
    'skippedCount',
    'unknownMembers',
    'error',
  ]),
  ...inheritAll('LtiUnknownMember', ['userId', 'name', 'email', 'reason']),
  ...inheritAll('LtiGradeDeliveryFailure', [
    'reason',
    'gradeLinkId',
    'personId',
    'issuer',
    'resourceLinkId',
    'lineItemUrl',
    'responseStatus',
    'responseBodyExcerpt',
    'error',
    'lastAttemptAt',
  ]),
  'Query.xapiLrsConfig': 'xapi',
  'Query.xapiFailedDeliveries': 'xapi',
  ...inheritAll('XapiLrsConfig', [
    'endpoint',
    'homePage',
    'username',
    'version',
    'mboxAgents',
    'keyedAgentNames',
    'enabled',
    'updatedAt',
  ]),
  ...inheritAll('XapiStatementDelivery', [
    'statementId',
    'verb',
    'statement',
    'status',
    'attempts',
    'lastAttemptAt',
    'responseStatus',
    'responseBodyExcerpt',
    'error',
    'createdAt',
  ]),
  ...inheritAll('LtiRegistration', [
    'id',
    'issuer',
    'clientId',
    'deploymentIds',
    'jwksUrl',
    'jwks',
    'authLoginUrl',
    'accessTokenUrl',
    'emailLinkDomains',
    'createdAt',
  ]),
  ...inheritAll('WebhookSubscription', [
    'id',
    'url',
    'description',
    'eventTypes',
    'status',
    'disabledAt',
    'secretHint',
    'secretCreatedAt',
    'consecutiveFailures',
    'createdAt',
    'deliveries',
  ]),
  ...inheritAll('WebhookDelivery', [
    'id',
    'eventId',
    'eventType',
    'body',
    'status',
    'createdAt',
    'nextAttemptAt',
    'attempts',
  ]),
  ...inheritAll('WebhookDeliveryAttempt', [
    'at',
    'responseStatus',
    'responseBodyExcerpt',
    'error',
    'durationMs',
  ]),
  'Query.scimCredentials': 'provisioning',
  'Query.scimGroupMappings': 'provisioning',
  'Query.deprovisioningSettings': 'provisioning',
  ...inheritAll('DeprovisioningSettings', ['contentRetentionDays']),
  ...inheritAll('ScimCredential', [
    'id',
    'label',
    'prefix',
    'createdAt',
    'createdBy',
    'lastUsedAt',
    'revokedAt',
  ]),
  ...inheritAll('ScimGroupMapping', ['id', 'groupName', 'orgUnit', 'role']),
  ...inheritAll('AuditEntry', [
    'id',
    'action',
    'actor',
    'serviceAccount',
    'at',
    'program',
    'subjectId',
    'before',
    'after',
  ]),
  'Query.integrations': 'integrations',
  ...inheritAll('Integrations', ['signingKeys', 'jwksUrl', 'identityProvider', 'serviceAccounts']),
  ...inheritAll('SigningKey', ['id', 'kid', 'algorithm', 'publicJwk', 'createdAt', 'revokedAt']),
  ...inheritAll('IdentityProvider', ['issuer', 'audience', 'matchVerifiedEmail']),
  ...inheritAll('ServiceAccount', [
    'id',
    'name',
    'clientId',
    'scopes',
    'createdAt',
    'revokedAt',
    'lastUsedAt',
  ]),

  ...inheritAll('MatchProposal', [
    'id',
    'program',
    'kind',
    'status',
    'fromCoach',
    'createdBy',
    'createdAt',
    'decidedBy',
    'decidedAt',
    'cohortSize',
    'startedAt',
    'computedAt',
    'failure',
    'failureMessage',
    'matchedCount',
    'unmatchedCount',
    'totalScore',
    'optimalityGap',
    'pairs',
    'unmatched',
    'coachLoads',
  ]),
  ...inheritAll('ProposedMatch', ['enrolment', 'coach', 'score', 'reasons', 'adjusted']),
  ...inheritAll('UnmatchedParticipant', ['enrolment', 'reason', 'message']),
  ...inheritAll('ProposalCoachLoad', ['coach', 'proposed', 'current', 'capacity']),
  ...inheritAll('ProgramCoach', [
    'coach',
    'capacity',
    'activeClients',
    'addedAt',
    'ratingTrend',
    'feedbackComments',
  ]),
  ...inheritAll('CoachRatingMonth', ['month', 'average', 'withheld']),
  // Reached only through Program.coachPool (the program's own admins and org admins); the comments are
  // that program's sessions' only, released in batches of at least minGroupSize distinct authors.
  ...inheritAll('CoachFeedbackComments', ['comments', 'withheld', 'minGroupSize']),
  ...inheritAll('CoachFeedbackComment', ['month', 'text']),
  'Query.coachQualitySettings': 'coachQualitySettings',
  ...inheritAll('CoachQualitySettings', ['probationBelow', 'restoreAtOrAbove', 'minRatings', 'window']),
  ...inheritAll('CoachStatusChange', ['from', 'to', 'reason', 'actor', 'at']),
  'Coach.statusHistory': 'coachOperations',

  ...inheritAll('Enrolment', [
    'id',
    'person',
    'program',
    'status',
    'enrolledAt',
    'coach',
    'matchedCoach',
    'respondedAt',
    'waitlistPosition',
    'viewerCanRespond',
  ]),
  'Enrolment.history': 'roster',
  'Enrolment.lastActivityAt': 'roster',
  'Enrolment.pace': 'roster',
  'Enrolment.daysSinceLastSession': 'roster',
  ...inheritAll('EnrolmentEvent', ['from', 'to', 'at', 'actor', 'reason']),
  'Enrolment.bookingPolicy': 'booking',
  'Enrolment.availableSlots': 'booking',
  'Enrolment.quota': 'roster',
  'Enrolment.sessions': 'sessions',
  'Enrolment.coachSuggestions': 'matching',
  'Enrolment.progress': 'progressCard',
  ...inheritAll('BookingPolicy', [
    'sessionMinutes',
    'bufferMinutes',
    'minNoticeHours',
    'horizonDays',
    'lateCancelHours',
    'bookableFrom',
    'bookableUntil',
  ]),
  ...inheritAll('SessionQuota', ['allowed', 'used', 'remaining']),
  ...inheritAll('SlotWindow', ['timeZone', 'from', 'to', 'slots', 'nextSlot']),
  ...inheritAll('TimeSlot', ['startsAt', 'endsAt']),

  ...inheritAll('Session', [
    'id',
    'coach',
    'participant',
    'enrolment',
    'startsAt',
    'endsAt',
    'language',
    'status',
    'sequence',
    'cancelledAt',
    'lateCancellation',
    'cancellationPolicy',
  ]),
  'Session.joinUrl': 'sessions',
  'Session.calendar': 'sessions',
  'Session.feedback': 'sessionFeedback',
  ...inheritAll('CancellationPolicy', ['lateCancelHours', 'lateFrom', 'lateNow', 'canReschedule']),
  ...inheritAll('CalendarFile', ['filename', 'contentType', 'ics']),
  ...inheritAll('SessionFeedback', ['rating', 'capabilities', 'comment', 'submittedAt']),
  'Session.privateNote': 'sessionNotes',
  ...inheritAll('SessionNote', ['body', 'capabilities', 'updatedAt']),
  // The desk is the coach's own; each session it lists passes the `sessions` row and each client the
  // `roster` row (a former client's enrolment and sessions are not listed).
  ...inheritAll('CoachDesk', ['timeZone', 'sessions', 'clients', 'coach', 'availability']),
  // The desk's availability is the viewer's own coach row, found from their token, never another's.
  ...inheritAll('CoachAvailability', [
    'timeZone',
    'weeklyHours',
    'exceptions',
    'capacity',
    'activeClients',
    'conflicts',
  ]),
  // Each conflict's session also passes the `sessions` row (a former client's booking is dropped).
  ...inheritAll('AvailabilityConflict', ['session', 'reason']),
  ...inheritAll('AvailabilityWindow', ['weekday', 'startTime', 'endTime']),
  ...inheritAll('AvailabilityException', ['startsOn', 'endsOn', 'reason']),

  ...inheritAll('Coach', [
    'id',
    'person',
    'name',
    'bio',
    'languages',
    'timeZone',
    'specialties',
    'credential',
  ]),
  'Coach.rating': 'coachRatings',
  'Coach.capacity': 'coachOperations',
  'Coach.activeClients': 'coachOperations',
  'Coach.qualityStatus': 'coachOperations',
  ...inheritAll('CoachRating', ['average', 'count', 'withheld']),
  ...inheritAll('CoachSuggestion', ['coach', 'score', 'reasons']),
  ...inheritAll('MatchReason', [
    'code',
    'message',
    'points',
    'language',
    'hours',
    'capability',
    'ratingAverage',
    'ratingCount',
  ]),

  ...inheritAll('Goal', [
    'id',
    'owner',
    'capability',
    'title',
    'description',
    'targetDate',
    'status',
    'progress',
    'visibility',
    'archivedAt',
    'completedAt',
    'createdAt',
    'updatedAt',
    'milestones',
    'latestCheckIn',
    'checkIns',
    'viewerCanEdit',
  ]),
  ...inheritAll('GoalMilestone', ['id', 'title', 'position', 'done', 'doneAt']),
  ...inheritAll('GoalCheckIn', ['id', 'progress', 'note', 'mood', 'confidence', 'checkedInAt', 'author']),

  ...inheritAll('ProgressCard', ['person', 'availability']),
  'ProgressCard.progress': 'progressCard',
  ...inheritAll('CoachingProgress', [
    'enrolment',
    'program',
    'coach',
    'sessions',
    'attendance',
    'cadence',
    'goals',
    'capabilities',
    'sharedWithManager',
    'viewerCanChangeSharing',
  ]),
  'CoachingProgress.nextSession': 'sessions',
  ...inheritAll('SessionTally', [
    'planned',
    'completed',
    'upcoming',
    'noShows',
    'lateCancellations',
    'remaining',
  ]),
  ...inheritAll('Attendance', ['attended', 'missed', 'rate']),
  ...inheritAll('Cadence', [
    'status',
    'meanDaysBetweenSessions',
    'targetDaysBetweenSessions',
    'expectedByNow',
    'daysSinceLastSession',
  ]),
  ...inheritAll('GoalSummary', ['total', 'onTrack', 'meanProgress', 'byStatus']),
  ...inheritAll('GoalStatusCount', ['status', 'count']),
  // A figure the viewer may not read arrives withheld (no mean, no rater count), as a figure below the rater threshold does.
  ...inheritAll('CapabilityProgress', ['capability', 'baseline', 'latest']),
  'CapabilityProgress.delta': 'individual360',
  ...inheritAll('AssessmentFigure', ['phase', 'withheld']),
  'AssessmentFigure.mean': 'individual360',
  'AssessmentFigure.raters': 'individual360',

  ...inheritAll('Heatmap', [
    'metric',
    'unit',
    'path',
    'program',
    'period',
    'periods',
    'minGroupSize',
    'participationTarget',
    'columns',
    'total',
    'rows',
    'asOf',
    'stale',
    'csv',
  ]),
  ...inheritAll('HeatmapColumn', ['capability', 'organisation']),
  ...inheritAll('HeatmapRow', ['unit', 'level', 'peopleCount', 'hasChildren', 'cells']),
  ...inheritAll('HeatmapCell', [
    'value',
    'count',
    'suppressed',
    'reason',
    'effectSize',
    'belowParticipationTarget',
  ]),
  ...inheritAll('HeatmapEffectSize', ['d', 'low', 'high']),

  ...connection('Person'),
  ...connection('OrgUnit'),
  ...connection('Capability'),
  ...connection('Program'),
  ...connection('AuditEntry'),
  ...connection('ProposedMatch'),
  ...connection('UnmatchedParticipant'),
  ...connection('Enrolment'),
  ...connection('Session'),
  ...connection('Coach'),
  ...connection('Goal'),
  ...connection('GoalCheckIn'),
  ...connection('ProgressCard'),
};
// Stryker restore all

// Stryker disable all: data, pinned literal by literal by the toEqual tests of policy.test.ts (the published table, the rest of the rows, relations, node rows, service-account mutations).
/** Which row decides whether an object may be refetched by its global ID. */
export const nodeCategory = {
  Person: 'organisation',
  OrgUnit: 'organisation',
  Organisation: 'organisation',
  Capability: 'organisation',
  Coach: 'organisation',
  /** A program's name, objective and rules describe the organisation, not anyone in it (its roster is `programRoster`). */
  Program: 'organisation',
  /** A proposal is about its program's participants: its managers only. */
  MatchProposal: 'programManagement',
  Enrolment: 'enrolment',
  Session: 'sessions',
  /** Goals, their milestones and check-ins follow the goal's visibility. */
  Goal: 'byVisibility',
  GoalMilestone: 'byVisibility',
  GoalCheckIn: 'byVisibility',
} as const;

export const goalCategory = {
  PRIVATE: 'goalsPrivate',
  COACH: 'goalsCoach',
  MANAGER: 'goalsManager',
} as const satisfies Record<string, Category>;
// Stryker restore all

/** Whether the row grants anything to any of the relations (conditions aside). */
export function rowGrants(category: Category, held: Iterable<Relation>): Grant[] {
  const row: Row = accessTable[category];
  return [...held].flatMap((relation) => (row[relation] ? [row[relation]] : []));
}

/** What a field, an object or a list is about. */
export type Subject =
  | { kind: 'person'; personId: string }
  | { kind: 'enrolment'; enrolment: EnrolmentRow }
  | { kind: 'session'; session: SessionRow }
  | { kind: 'coach'; coach: Pick<CoachRow, 'personId'> }
  | { kind: 'program'; programId: string }
  | { kind: 'organisation' }
  /**
   * Aggregate figures (the heatmap): the organisation's when `programId` is null, else one program's.
   * A program admin stands as one only towards their own programs' aggregates.
   */
  | { kind: 'aggregates'; programId: string | null };

export function hasRole(caller: Caller, ...roles: Role[]): boolean {
  return roles.some((role) => caller.viewer.roles.includes(role));
}

const LIVE_ENROLMENT: ReadonlySet<EnrolmentRow['status']> = new Set(['INVITED', 'ACTIVE']);

const scopeRelation = {
  'read-analytics': 'analyticsService',
  'manage-programs': 'programsService',
  provision: 'provisioningService',
} as const satisfies Record<ServiceScope, Relation>;

// Stryker disable all: data, pinned literal by literal by the toEqual tests of policy.test.ts (the published table, the rest of the rows, relations, node rows, service-account mutations).
/**
 * The mutations a service account may run, by scope: the write half of the `…Service` rows. A
 * service account stands in no relation to any person, so what it may change is what a program's
 * administration changes (setup, lifecycle, invitations, enrolment status, the coach pool and
 * matching), never a person's own answers (accepting an invitation, choosing a coach), nobody's
 * roles (assigning program admins) and no coach's standing (pausing a coach). Anything not listed
 * is refused before it runs (http/apollo.ts); each listed resolver still asks `managesProgram`.
 */
export const serviceAccountMutations = {
  'read-analytics': [],
  'manage-programs': [
    'createProgram',
    'updateProgram',
    'publishProgram',
    'pauseProgram',
    'resumeProgram',
    'closeProgram',
    'archiveProgram',
    'recordProgramKpiValue',
    'refreshProgramPopulation',
    'inviteToProgram',
    'changeEnrolmentStatus',
    'proposeProgramMatch',
    'adjustMatchProposal',
    'approveMatchProposal',
    'discardMatchProposal',
    'rematchEnrolment',
    'addProgramCoaches',
    'updateProgramCoach',
    'removeProgramCoach',
  ],
  provision: [],
} as const satisfies Record<ServiceScope, readonly string[]>;
// Stryker restore all

/** Whether a service account with these scopes may run the mutation (a person: decided elsewhere). */
export function serviceAccountMayRun(scopes: readonly ServiceScope[], mutation: string): boolean {
  return scopes.some((scope) => (serviceAccountMutations[scope] as readonly string[]).includes(mutation));
}

/** Whether the caller is a service account holding the scope. */
export function holdsScope(caller: Caller, scope: ServiceScope): boolean {
  return caller.viewer.serviceAccount?.scopes.includes(scope) ?? false;
}

function roleRelations(caller: Caller): Relation[] {
  const account = caller.viewer.serviceAccount;
  if (account) return account.scopes.map((scope) => scopeRelation[scope]);
  const held: Relation[] = ['member'];
  if (hasRole(caller, 'ORG_ADMIN')) held.push('orgAdmin');
  return held;
}

/**
 * A program admin stands as one only to the programs assigned to them and to what is in those
 * programs: their enrolments and sessions, the people enrolled, the coaches of their pools or matched
 * in them, and to those programs' aggregates. The role alone grants it only for the organisation's
 * directory.
 */
export async function administersProgram(caller: Caller, programId: string): Promise<boolean> {
  if (!hasRole(caller, 'PROGRAM_ADMIN')) return false;
  return (await caller.loaders.programs.administeredProgramIds()).has(programId);
}

/** Whether the viewer may edit the program, change its enrolments and run its matching. */
export async function managesProgram(caller: Caller, programId: string): Promise<boolean> {
  if (holdsScope(caller, 'manage-programs')) return true;
  return hasRole(caller, 'ORG_ADMIN') || (await administersProgram(caller, programId));
}

/** FORBIDDEN unless the viewer manages the program (an org admin, or a program admin assigned to it). */
export async function requireManagesProgram(caller: Caller, programId: string): Promise<void> {
  if (!(await managesProgram(caller, programId))) throw forbidden('programs.notYourProgram');
}

async function programAdminRelation(caller: Caller, subject: Subject): Promise<Relation[]> {
  if (!hasRole(caller, 'PROGRAM_ADMIN')) return [];
  const { programs } = caller.loaders;
  let holds = false;
  switch (subject.kind) {
    case 'organisation':
      holds = true;
      break;
    case 'program':
      holds = (await programs.administeredProgramIds()).has(subject.programId);
      break;
    case 'aggregates':
      holds = subject.programId !== null && (await programs.administeredProgramIds()).has(subject.programId);
      break;
    case 'enrolment':
      holds = (await programs.administeredProgramIds()).has(subject.enrolment.programId);
      break;
    case 'session': {
      const enrolment = await programs.enrolmentById.load(subject.session.enrolmentId);
      holds = !!enrolment && (await programs.administeredProgramIds()).has(enrolment.programId);
      break;
    }
    case 'person':
      holds = await programs.administersPerson.load(subject.personId);
      break;
    case 'coach':
      holds = await programs.administersCoach.load(subject.coach.personId);
      break;
  }
  return holds ? ['programAdmin'] : [];
}

/** Self and the reporting line; a manager acts as one only under a token that keeps the MANAGER role. */
async function lineRelations(caller: Caller, personId: string): Promise<Relation[]> {
  const viewerId = caller.viewer.personId;
  if (personId === viewerId) return ['self'];
  if (!hasRole(caller, 'MANAGER')) return [];
  const chain = await caller.loaders.people.managerChain.load(personId);
  const at = chain.indexOf(viewerId);
  if (at === 0) return ['directManager'];
  return at > 0 ? ['skipLevelManager'] : [];
}

/**
 * A coach coaches an enrolment while it is matched with them and not over
 * (INVITED or ACTIVE); afterwards they are its former coach and keep nothing.
 */
function coachRelation(caller: Caller, enrolment: EnrolmentRow): Relation[] {
  if (!hasRole(caller, 'COACH') || enrolment.coachPersonId !== caller.viewer.personId) return [];
  return [LIVE_ENROLMENT.has(enrolment.status) ? 'currentCoach' : 'formerCoach'];
}

/**
 * Authority over a session stays with the coach who held it, and only while
 * they still coach its enrolment: a coach who took the enrolment over gains
 * none of the earlier coach's sessions, and a former coach keeps none. Reads
 * (through `relationsTo`) and the booking module's writes both ask this.
 */
export function holdsSession(
  viewerPersonId: string,
  sessionCoachPersonId: string | null,
  enrolment: { coachPersonId: string | null; status: string },
): boolean {
  return (
    sessionCoachPersonId === viewerPersonId &&
    enrolment.coachPersonId === viewerPersonId &&
    LIVE_ENROLMENT.has(enrolment.status as EnrolmentRow['status'])
  );
}

export async function relationsTo(caller: Caller, subject: Subject): Promise<Set<Relation>> {
  const held = new Set<Relation>(roleRelations(caller));
  const add = (more: Relation[]) => more.forEach((relation) => held.add(relation));
  add(await programAdminRelation(caller, subject));
  const viewerId = caller.viewer.personId;
  switch (subject.kind) {
    case 'person': {
      add(await lineRelations(caller, subject.personId));
      if (hasRole(caller, 'COACH') && subject.personId !== viewerId) {
        const clients = await caller.loaders.programs.viewerClients();
        if (clients.has(subject.personId)) held.add('currentCoach');
      }
      break;
    }
    case 'enrolment':
      add(await lineRelations(caller, subject.enrolment.personId));
      add(coachRelation(caller, subject.enrolment));
      break;
    case 'session': {
      const { session: row } = subject;
      add(await lineRelations(caller, row.participantId));
      const enrolment = await caller.loaders.programs.enrolmentById.load(row.enrolmentId);
      const coach = await caller.loaders.coaching.byId.load(row.coachId);
      if (enrolment && coach?.personId === viewerId && hasRole(caller, 'COACH')) {
        held.add(holdsSession(viewerId, coach.personId, enrolment) ? 'currentCoach' : 'formerCoach');
      }
      break;
    }
    case 'coach':
      if (subject.coach.personId === viewerId) held.add('self');
      break;
    case 'program':
      break;
    case 'organisation':
    case 'aggregates':
      // Managers read aggregates of their own subtree; the aggregating module scopes the subtree.
      if (hasRole(caller, 'MANAGER')) add(['directManager', 'skipLevelManager']);
      break;
  }
  return held;
}

async function sharedWithManager(caller: Caller, subject: Subject): Promise<boolean> {
  if (subject.kind === 'enrolment') return subject.enrolment.sharedWithManager;
  if (subject.kind === 'session') {
    const enrolment = await caller.loaders.programs.enrolmentById.load(subject.session.enrolmentId);
    return enrolment?.sharedWithManager ?? false;
  }
  return false;
}

/** Whether a grant's condition holds for this subject. */
async function satisfied(
  caller: Caller,
  grant: Grant,
  relation: Relation,
  subject: Subject,
): Promise<boolean> {
  switch (grant) {
    case 'ifShared':
      return sharedWithManager(caller, subject);
    case 'theirSessions':
      // For a session, `currentCoach` already means its own coach; for an enrolment the list is filtered per session.
      return relation === 'currentCoach';
    default:
      return true;
  }
}

export async function mayRead(caller: Caller, category: Category, subject: Subject): Promise<boolean> {
  return (await grantsOf(caller, category, subject)).size > 0;
}

/**
 * Every grant the viewer holds under `category` for this subject, conditions
 * checked. For rows whose grants release different things (`aggregated` for
 * the coach, `groupsOfK` for admins), the module asks which one holds.
 */
export async function grantsOf(caller: Caller, category: Category, subject: Subject): Promise<Set<Grant>> {
  const row: Row = accessTable[category];
  const held = new Set<Grant>();
  for (const relation of await relationsTo(caller, subject)) {
    const grant = row[relation];
    if (grant && (await satisfied(caller, grant, relation, subject))) held.add(grant);
  }
  return held;
}

/** FORBIDDEN naming the field, for a field the viewer may not read. */
export async function requireRead(
  caller: Caller,
  category: Category,
  subject: Subject,
  field: string,
): Promise<void> {
  if (!(await mayRead(caller, category, subject))) throw forbidden('access.personalField', { field });
}

/**
 * Holds either admin role, whatever it is scoped to: for organisation-wide lists (the directory);
 * anything about one program asks `managesProgram`. `refusal` is the whole sentence to show.
 */
export function isAdmin(caller: Caller): boolean {
  return hasRole(caller, 'ORG_ADMIN', 'PROGRAM_ADMIN') || holdsScope(caller, 'manage-programs');
}

export function requireAdmin(caller: Caller, refusal: MessageKey): void {
  if (!isAdmin(caller)) throw forbidden(refusal);
}

/** The subset of `items` the viewer may read under `category`, each judged on its own subject. */
export async function readable<T>(
  caller: Caller,
  category: Category,
  items: readonly T[],
  subjectOf: (item: T) => Subject,
): Promise<T[]> {
  const verdicts = await Promise.all(items.map((item) => mayRead(caller, category, subjectOf(item))));
  return items.filter((_item, index) => verdicts[index]);
}
