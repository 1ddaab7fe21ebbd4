/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A calendar date without a time or zone, ISO 8601 (`2026-03-01`). */
  Date: { input: string; output: string };
  /** An instant in time, ISO 8601 with an offset, always serialised in UTC (`2026-03-01T09:30:00.000Z`). */
  DateTime: { input: string; output: string };
  /** A BCP 47 language tag (`en`, `fr-CA`, `ar`), canonicalised. */
  Locale: { input: string; output: string };
  /** An IANA time zone name (`Europe/Paris`), validated against the runtime's tz database. */
  TimeZone: { input: string; output: string };
};

/** A progress note on one of the viewer's goals. */
export type AddGoalCheckInInput = {
  /** 1–5. */
  confidence?: InputMaybe<Scalars['Int']['input']>;
  /** Global ID of the viewer's goal. */
  goalId: Scalars['ID']['input'];
  /** 1–5. */
  mood?: InputMaybe<Scalars['Int']['input']>;
  /** Up to 4,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The goal's new progress, 0–100. */
  progress: Scalars['Int']['input'];
};

/** A milestone to append to a goal. */
export type AddGoalMilestoneInput = {
  /** Global ID of the viewer's goal. */
  goalId: Scalars['ID']['input'];
  /** 1–300 characters. */
  title: Scalars['String']['input'];
};

/** Adds coaches to a program's pool. */
export type AddProgramCoachesInput = {
  /** Their capacity in this program, 1–200; omitted: only their overall capacity limits them. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Coaches to add (at most 200); those already in the pool are left as they are. */
  coachIds: Array<Scalars['ID']['input']>;
  /** The program. */
  programId: Scalars['ID']['input'];
};

/** A public key to register. */
export type AddSigningKeyInput = {
  /** The algorithm the key signs with. */
  algorithm: SigningAlgorithm;
  /** The `kid` tokens signed with the key will carry: letters, digits and `._:-`, at most 128 characters, unique in the organisation. */
  kid: Scalars['String']['input'];
  /** The public key, as a JWK (JSON) or an SPKI PEM (`-----BEGIN PUBLIC KEY-----`). A private key is refused. */
  publicKey: Scalars['String']['input'];
};

/** The result of `addSigningKey`. */
export type AddSigningKeyPayload = {
  __typename?: 'AddSigningKeyPayload';
  /** The registered key; null when `userErrors` is not empty. */
  signingKey?: Maybe<SigningKey>;
  /** Why the key was not registered. */
  userErrors: Array<UserError>;
};

/** Changes one pair of an OPEN proposal by hand. */
export type AdjustMatchProposalInput = {
  /** The coach to give them; null takes them out of the proposal (left unmatched). */
  coachId?: InputMaybe<Scalars['ID']['input']>;
  /** The participant's enrolment (in the proposal). */
  enrolmentId: Scalars['ID']['input'];
  /** The OPEN proposal. */
  proposalId: Scalars['ID']['input'];
};

/** The viewer's answer to this period's wellbeing pulse. */
export type AnswerWellbeingPulseInput = {
  /** Energy, 1–5 (1 drained, 5 full of energy). */
  energy: Scalars['Int']['input'];
  /**
   * The person answering: the viewer only (their own answer); defaults to the
   * viewer. Anyone else is refused with FORBIDDEN.
   */
  person?: InputMaybe<Scalars['ID']['input']>;
  /** Support, 1–5 (1 not at all, 5 fully supported). */
  support: Scalars['Int']['input'];
  /** Workload, 1–5 (1 unmanageable, 5 entirely manageable). */
  workload: Scalars['Int']['input'];
};

/** The outcome of `answerWellbeingPulse`. */
export type AnswerWellbeingPulsePayload = {
  __typename?: 'AnswerWellbeingPulsePayload';
  /** The answer as stored; null when refused. */
  answer?: Maybe<WellbeingAnswer>;
  /**
   * What the person can fix: an item outside 1–5 (INVALID), another person's answer
   * (FORBIDDEN), no live enrolment (FORBIDDEN), or an answer for this period
   * already given (CONFLICT).
   */
  userErrors: Array<UserError>;
};

/**
 * A 360 figure: the mean rating (1–5) that the manager, reports and peers gave in
 * one pulse (self-ratings left out), and how many raters it rests on. A pulse's
 * figure appears when the pulse closes, never rating by rating. Withheld (no
 * mean, no count) when fewer reports and peers answered than the organisation's
 * minimum group size: they are the raters promised anonymity, and each must stay
 * hidden among at least that many. Also withheld from a coach or manager the
 * participant does not share their progress with.
 */
export type AssessmentFigure = {
  __typename?: 'AssessmentFigure';
  /** Mean rating, 1–5; null when withheld. */
  mean?: Maybe<Scalars['Float']['output']>;
  /** The pulse it comes from. */
  phase: AssessmentPhase;
  /** How many raters (manager, reports, peers) the mean rests on; null when withheld. */
  raters?: Maybe<Scalars['Int']['output']>;
  /** Whether the figure is held back (too few raters, or not shared with the viewer). */
  withheld: Scalars['Boolean']['output'];
};

/** Which 360 pulse a figure comes from: before, halfway through, or after the program. */
export type AssessmentPhase =
  /** Halfway through. */
  | 'MID'
  /** After the program. */
  | 'POST'
  /** Before the program: the baseline. */
  | 'PRE';

/** How reliably the participant turns up. */
export type Attendance = {
  __typename?: 'Attendance';
  /** Completed sessions. */
  attended: Scalars['Int']['output'];
  /** No-shows and late cancellations. */
  missed: Scalars['Int']['output'];
  /** attended ÷ (attended + missed), 0–1; null before any session was due. */
  rate?: Maybe<Scalars['Float']['output']>;
};

/** What an admin did. One value per kind of change; `before` and `after` hold the changed object's state. */
export type AuditAction =
  /** Coaches were added to a program's pool. */
  | 'COACHES_ADDED'
  /**
   * A coach changed their own weekly hours, days off or capacity (the subject is the coach). `before`
   * and `after` hold the hours, the days off (never the reason given) and the capacity; `after` also
   * lists the booked sessions the coach chose to keep outside the new availability.
   */
  | 'COACH_AVAILABILITY_CHANGED'
  /** A coach's capacity in a program changed. */
  | 'COACH_CAPACITY_CHANGED'
  /** An admin chose a coach for a participant's enrolment (a participant choosing their own coach is not an admin action and is not recorded). */
  | 'COACH_CHOSEN_FOR_PARTICIPANT'
  /** A coach was paused. */
  | 'COACH_PAUSED'
  /** A coach's probation ended: kept (ACTIVE again) or removed from coaching (PAUSED). */
  | 'COACH_PROBATION_ENDED'
  /** The organisation's probation thresholds were changed. */
  | 'COACH_QUALITY_SETTINGS_CHANGED'
  /** A paused coach was reinstated. */
  | 'COACH_REINSTATED'
  /** A coach was removed from a program's pool. */
  | 'COACH_REMOVED'
  /**
   * What a deprovisioned person wrote was erased once the retention had run out; the subject is the
   * person, `after` holds the retention and how many rows of each kind were erased (never the content).
   */
  | 'CONTENT_ERASED'
  /** The content retention after deprovisioning was changed (`before` and `after` hold `contentRetentionDays`). */
  | 'CONTENT_RETENTION_SET'
  /** One enrolment was given another coach. */
  | 'ENROLMENT_REMATCHED'
  /** An admin changed an enrolment's status (withdrew, completed, re-invited). */
  | 'ENROLMENT_STATUS_CHANGED'
  /** The JWKS URL or the OpenID Connect provider was changed. */
  | 'IDENTITY_SETTINGS_CHANGED'
  /** A KPI value was recorded. */
  | 'KPI_VALUE_RECORDED'
  /** A pair of a match proposal was changed by hand. */
  | 'MATCH_ADJUSTED'
  /** A match proposal was approved and its coaches set. */
  | 'MATCH_APPROVED'
  /** A match proposal was discarded. */
  | 'MATCH_DISCARDED'
  /** A match proposal was computed. */
  | 'MATCH_PROPOSED'
  /** People were invited by hand. */
  | 'PARTICIPANTS_INVITED'
  /** An admin reminded a program's people to answer their invitation or to book a session. */
  | 'PARTICIPANTS_REMINDED'
  /** A program's population was re-evaluated. */
  | 'POPULATION_REFRESHED'
  /** A program admin was assigned to a program. */
  | 'PROGRAM_ADMIN_ASSIGNED'
  /** A program admin was removed from a program. */
  | 'PROGRAM_ADMIN_UNASSIGNED'
  /** A program was archived. */
  | 'PROGRAM_ARCHIVED'
  /** The program's unmatched enrolments were matched in one run (bulkMatchProgram without dryRun). */
  | 'PROGRAM_BULK_MATCHED'
  /** A program was closed with its outcome summary. */
  | 'PROGRAM_CLOSED'
  /** A program was created. */
  | 'PROGRAM_CREATED'
  /** A program was paused. */
  | 'PROGRAM_PAUSED'
  /** A program was published (DRAFT → ACTIVE). */
  | 'PROGRAM_PUBLISHED'
  /** A paused program was resumed. */
  | 'PROGRAM_RESUMED'
  /** A program's setup was edited. */
  | 'PROGRAM_UPDATED'
  /** A SCIM credential was issued (its label and prefix in `after`; never the secret). */
  | 'SCIM_CREDENTIAL_ISSUED'
  /** A SCIM credential was revoked. */
  | 'SCIM_CREDENTIAL_REVOKED'
  /** The mapping of a pushed SCIM group was removed. */
  | 'SCIM_GROUP_MAPPING_REMOVED'
  /** A pushed SCIM group was mapped to an org unit or a role, or its mapping changed. */
  | 'SCIM_GROUP_MAPPING_SET'
  /** A service account called the gateway; `after` holds the operation's name and type and the request id. */
  | 'SERVICE_ACCOUNT_CALLED'
  /** A service account was created. */
  | 'SERVICE_ACCOUNT_CREATED'
  /** A service account was revoked. */
  | 'SERVICE_ACCOUNT_REVOKED'
  /**
   * A coach (from their desk) or an admin moved a booked session to another time (the subject is the
   * session); `before` and `after` hold its start and end. A participant moving their own booking is
   * not an admin action and is not recorded.
   */
  | 'SESSION_RESCHEDULED'
  /** A public key for embed tokens was registered. */
  | 'SIGNING_KEY_ADDED'
  /** A public key for embed tokens was revoked. */
  | 'SIGNING_KEY_REVOKED'
  /** Failed xAPI statements were queued again for the LRS (`after` holds how many and which statement IDs). */
  | 'XAPI_STATEMENTS_REPLAYED';

/** One admin action: who did what to what, when, and the state before and after. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done. */
  action: AuditAction;
  /** Who did it; null when that person has left the organisation, or when a service account did it. */
  actor?: Maybe<Person>;
  /** The object's state after, as a JSON object text; null for a deletion. */
  after?: Maybe<Scalars['String']['output']>;
  /** When it was done. */
  at: Scalars['DateTime']['output'];
  /** The object's state before, as a JSON object text; null for a creation. */
  before?: Maybe<Scalars['String']['output']>;
  /** Opaque identifier of the entry. */
  id: Scalars['ID']['output'];
  /** The program it concerned, when it concerned one. */
  program?: Maybe<Program>;
  /** The service account that did it; null when a person did. */
  serviceAccount?: Maybe<ServiceAccount>;
  /** Global ID of the object changed (a program, an enrolment, a coach, a proposal). */
  subjectId: Scalars['ID']['output'];
};

/** Audit entries, newest first, a page at a time. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** This page's edges. */
  edges: Array<AuditEntryEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Every entry matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A page edge of audit entries. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** Narrows the audit log. */
export type AuditLogFilter = {
  /** Only these actions. */
  actions?: InputMaybe<Array<AuditAction>>;
  /** Only entries by this person. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries about this program. */
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries at or after this instant. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A booked, coming session the proposed availability would no longer offer. */
export type AvailabilityConflict = {
  __typename?: 'AvailabilityConflict';
  /** Why it no longer fits. */
  reason: AvailabilityConflictReason;
  /** The session (BOOKED, not yet started). */
  session: Session;
};

/** Why a booked session does not fit a proposed availability. */
export type AvailabilityConflictReason =
  /** The session is not inside one of the new weekly windows. */
  | 'OUTSIDE_WEEKLY_HOURS'
  /** The session falls on a new day off. */
  | 'TIME_OFF';

/** Whole days, inclusive, in the coach's zone, on which the weekly hours do not apply (time off, holidays). */
export type AvailabilityException = {
  __typename?: 'AvailabilityException';
  /** Last day off (inclusive). */
  endsOn: Scalars['Date']['output'];
  /** Why, as the coach wrote it (at most 500 characters); null when none. */
  reason?: Maybe<Scalars['String']['output']>;
  /** First day off. */
  startsOn: Scalars['Date']['output'];
};

/** Days off to keep, whole days in the coach's zone. */
export type AvailabilityExceptionInput = {
  /** Last day off (inclusive), on or after `startsOn`. */
  endsOn: Scalars['Date']['input'];
  /** Why, at most 500 characters; never shown to participants. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** First day off. */
  startsOn: Scalars['Date']['input'];
};

/** One weekly window in which the coach takes sessions, in the coach's time zone. */
export type AvailabilityWindow = {
  __typename?: 'AvailabilityWindow';
  /** End, `HH:MM` wall-clock time in the coach's zone, after the start. */
  endTime: Scalars['String']['output'];
  /** Start, `HH:MM` wall-clock time in the coach's zone. */
  startTime: Scalars['String']['output'];
  /** ISO weekday: 1 is Monday, 7 is Sunday. */
  weekday: Scalars['Int']['output'];
};

/** One weekly window to offer, in the coach's time zone. */
export type AvailabilityWindowInput = {
  /** End, `HH:MM` (24-hour clock), after the start; `24:00` is not accepted, use `23:59`. */
  endTime: Scalars['String']['input'];
  /** Start, `HH:MM` (24-hour clock). */
  startTime: Scalars['String']['input'];
  /** ISO weekday: 1 is Monday, 7 is Sunday. */
  weekday: Scalars['Int']['input'];
};

/** The slot to book for an enrolment. */
export type BookSessionInput = {
  /** Global ID of the enrolment: the viewer's own, or one the viewer coaches or administers. */
  enrolmentId: Scalars['ID']['input'];
  /** One of availableSlots' startsAt. */
  startsAt: Scalars['DateTime']['input'];
};

/** The program's booking rules for an enrolment. */
export type BookingPolicy = {
  __typename?: 'BookingPolicy';
  /** Earliest bookable instant now (minimum notice). */
  bookableFrom: Scalars['DateTime']['output'];
  /** Latest bookable start now (horizon). */
  bookableUntil: Scalars['DateTime']['output'];
  /** Minutes kept free between two of the coach's sessions. */
  bufferMinutes: Scalars['Int']['output'];
  /** Days ahead a session may be booked, at most. */
  horizonDays: Scalars['Int']['output'];
  /** Hours before the start inside which a participant's cancellation is late and counts against the quota. */
  lateCancelHours: Scalars['Int']['output'];
  /** Hours ahead a session must be booked, at least. */
  minNoticeHours: Scalars['Int']['output'];
  /** Length of one session, in minutes. */
  sessionMinutes: Scalars['Int']['output'];
};

/** Which program to match. */
export type BulkMatchProgramInput = {
  /** Compute and report without writing. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** Global ID of the program. */
  programId: Scalars['ID']['input'];
};

/** The outcome of `bulkMatchProgram`. */
export type BulkMatchProgramPayload = {
  __typename?: 'BulkMatchProgramPayload';
  /** The enrolments matched by this call, with their coach; empty on a dry run. */
  enrolments: Array<Enrolment>;
  /** Enrolments that got a coach (or would, on a dry run). */
  matchedCount: Scalars['Int']['output'];
  /** Proven upper bound on how far totalScore is from the best possible, as a fraction (0.001 = 0.1 %). */
  optimalityGap: Scalars['Float']['output'];
  /** Sum of the matched pairs' scores (each 0–100). */
  totalScore: Scalars['Float']['output'];
  /** Unmatched enrolments left without one (no coach fits, or capacity ran out). */
  unmatchedCount: Scalars['Int']['output'];
  /** NOT_FOUND when the program does not exist; empty on success. */
  userErrors: Array<UserError>;
};

/** Pace of an enrolment against the program's plan. */
export type Cadence = {
  __typename?: 'Cadence';
  /** Days since the last completed session; null before the first. */
  daysSinceLastSession?: Maybe<Scalars['Int']['output']>;
  /** Sessions the plan expects completed by now. */
  expectedByNow: Scalars['Int']['output'];
  /** Mean days between consecutive completed sessions; null with fewer than two. */
  meanDaysBetweenSessions?: Maybe<Scalars['Float']['output']>;
  /** On track, behind, or not applicable. */
  status: CadenceStatus;
  /** Days between sessions that finishes the program on time: its duration ÷ its sessions. */
  targetDaysBetweenSessions: Scalars['Float']['output'];
};

/**
 * Pace against the program's plan. The plan spreads the program's sessions evenly
 * over its duration from the enrolment date; a participant is on track while no
 * more than one session behind it.
 */
export type CadenceStatus =
  /** More than one session behind the plan. */
  | 'BEHIND'
  /** Every planned session is done, or the enrolment is completed. */
  | 'FINISHED'
  /** Invited, not started yet. */
  | 'NOT_STARTED'
  /** No more than one session behind the plan. */
  | 'ON_TRACK'
  /** The participant left the program. */
  | 'WITHDRAWN';

/** A session's invitation as an iCalendar (RFC 5545) file, ready to download or attach. */
export type CalendarFile = {
  __typename?: 'CalendarFile';
  /** MIME type with the iTIP method, e.g. `text/calendar; charset=utf-8; method=REQUEST` (CANCEL once cancelled). */
  contentType: Scalars['String']['output'];
  /** Suggested file name, e.g. `coaching-session-2026-03-01.ics` (`-cancelled` before `.ics` once cancelled). */
  filename: Scalars['String']['output'];
  /** The RFC 5545 text. */
  ics: Scalars['String']['output'];
};

/** The session to cancel. */
export type CancelSessionInput = {
  /** Why, up to 1,000 characters; kept with the session. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Global ID of a BOOKED session that has not started. */
  sessionId: Scalars['ID']['input'];
};

/** What cancelling or moving a session would mean now. */
export type CancellationPolicy = {
  __typename?: 'CancellationPolicy';
  /** Whether the viewer may reschedule now (the participant cannot inside the late window). */
  canReschedule: Scalars['Boolean']['output'];
  /** Hours before the start inside which a cancellation is late. */
  lateCancelHours: Scalars['Int']['output'];
  /** From this instant on, cancelling is late. */
  lateFrom: Scalars['DateTime']['output'];
  /** Whether cancelling now would be late (and use up one of the program's sessions). */
  lateNow: Scalars['Boolean']['output'];
};

/** A behaviour programs target (the catalogue is extensible per organisation). Everyone in the organisation sees the catalogue. */
export type Capability = Node & {
  __typename?: 'Capability';
  /** Stable code, e.g. DELEGATION. */
  code: Scalars['String']['output'];
  /** What the behaviour looks like in practice, chosen in the same language as `name`; null when the organisation wrote none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Global opaque ID. */
  id: Scalars['ID']['output'];
  /** The name in `locale`, else in the language the gateway answers in (the token's locale, else Accept-Language, else the organisation's default, else English). */
  name: Scalars['String']['output'];
};

/** A behaviour programs target (the catalogue is extensible per organisation). Everyone in the organisation sees the catalogue. */
export type CapabilityDescriptionArgs = {
  locale?: InputMaybe<Scalars['Locale']['input']>;
};

/** A behaviour programs target (the catalogue is extensible per organisation). Everyone in the organisation sees the catalogue. */
export type CapabilityNameArgs = {
  locale?: InputMaybe<Scalars['Locale']['input']>;
};

/** A page of the capability catalogue, by code. */
export type CapabilityConnection = {
  __typename?: 'CapabilityConnection';
  /** The capabilities on this page. */
  edges: Array<CapabilityEdge>;
  /** Where this page sits; `endCursor` fetches the next. */
  pageInfo: PageInfo;
  /** How many capabilities the organisation's catalogue holds. */
  totalCount: Scalars['Int']['output'];
};

/** One capability in a page of the catalogue. */
export type CapabilityEdge = {
  __typename?: 'CapabilityEdge';
  /** Opaque position of this edge; pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The capability. */
  node: Capability;
};

/** The 360 figures of one focus capability. */
export type CapabilityProgress = {
  __typename?: 'CapabilityProgress';
  /** The PRE pulse; null before it was taken. */
  baseline?: Maybe<AssessmentFigure>;
  /** The capability rated. */
  capability: Capability;
  /** latest − baseline, when neither is withheld. */
  delta?: Maybe<Scalars['Float']['output']>;
  /** The most recent later pulse (POST, else MID); null before one was taken. */
  latest?: Maybe<AssessmentFigure>;
};

/** Changes one enrolment's status as an admin. */
export type ChangeEnrolmentStatusInput = {
  /** The enrolment. */
  enrolmentId: Scalars['ID']['input'];
  /** Why, kept in the enrolment's history and the audit log (up to 500 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** WITHDRAWN, COMPLETED, or INVITED (to re-invite a DECLINED or WITHDRAWN person). */
  status: EnrolmentStatus;
};

/** The result of changeEnrolmentStatus. */
export type ChangeEnrolmentStatusPayload = {
  __typename?: 'ChangeEnrolmentStatusPayload';
  /** The enrolment after the change; null when userErrors is not empty. */
  enrolment?: Maybe<Enrolment>;
  /** Why the change is not allowed from the enrolment's status. */
  userErrors: Array<UserError>;
};

/** Which coach an enrolment gets. */
export type ChooseCoachInput = {
  /** Global ID of a Coach (not their Person). */
  coachId: Scalars['ID']['input'];
  /** Global ID of the enrolment; it must be the viewer's own unless the viewer is an admin (NOT_FOUND otherwise). */
  enrolmentId: Scalars['ID']['input'];
};

/** The outcome of `chooseCoach`. */
export type ChooseCoachPayload = {
  __typename?: 'ChooseCoachPayload';
  /** The enrolment with its coach set; null when userErrors is not empty. */
  enrolment?: Maybe<Enrolment>;
  /** Why the choice was refused: INVALID (coach not active, no shared language), CONFLICT (coach full), NOT_FOUND. Empty on success. */
  userErrors: Array<UserError>;
};

/** Closes an ACTIVE or PAUSED program. */
export type CloseProgramInput = {
  /** The outcome summary, in one or more of the organisation's locales (1–2000 characters each). */
  outcomeSummary: Array<LocalisedTextInput>;
  /** The program. */
  programId: Scalars['ID']['input'];
};

/** The result of closeProgram. */
export type CloseProgramPayload = {
  __typename?: 'CloseProgramPayload';
  /** Participants marked COMPLETED by closing. */
  completedCount: Scalars['Int']['output'];
  /** The CLOSED program; null when userErrors is not empty. */
  program?: Maybe<Program>;
  /** Why it cannot close (e.g. sessions still booked in the future: cancel or hold them first). */
  userErrors: Array<UserError>;
  /** Open invitations and waitlist places withdrawn by closing. */
  withdrawnCount: Scalars['Int']['output'];
};

/** Closes an open 360 pulse phase now, releasing its figures. */
export type ClosePulsePhaseInput = {
  /** Which phase. */
  phase: AssessmentPhase;
  /** The program (a Program ID). */
  programId: Scalars['ID']['input'];
};

/** The result of closePulsePhase. */
export type ClosePulsePhasePayload = {
  __typename?: 'ClosePulsePhasePayload';
  /** The phase as closed; null when refused. */
  phase?: Maybe<PulsePhaseWindow>;
  /** What the admin can fix: no such phase, or one not open. */
  userErrors: Array<UserError>;
};

/**
 * A coach's profile. Everyone in the organisation sees the public profile; capacity,
 * load and quality status are for the coach and for program or organisation admins
 * (FORBIDDEN otherwise). A coach's clients are never listed here.
 */
export type Coach = Node & {
  __typename?: 'Coach';
  /** Clients matched now (invited or active enrolments). Coach and admins only. */
  activeClients?: Maybe<Scalars['Int']['output']>;
  /** The coach's self-description; null when they wrote none. */
  bio?: Maybe<Scalars['String']['output']>;
  /** Most clients the coach takes at once. Coach and admins only. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** Professional accreditation. */
  credential: CoachCredential;
  /** Global opaque ID (a Coach ID, not the ID of the coach's Person). */
  id: Scalars['ID']['output'];
  /** Languages the coach coaches in. */
  languages: Array<Scalars['Locale']['output']>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** The coach's person record. */
  person: Person;
  /** Whether the coach is offered in matching. Coach and admins only. */
  qualityStatus?: Maybe<CoachQualityStatus>;
  /**
   * The coach's aggregated rating from session feedback. The coach sees their own;
   * program and organisation admins see it once at least the organisation's
   * minimum group size of participants' ratings exist (withheld before); everyone
   * else (participants, managers, other coaches) gets null. The figure moves only
   * in steps: it takes in new ratings once at least the organisation's minimum
   * group size of participants have rated since the last step, so no reading
   * before and after one rating tells what that rating was.
   */
  rating?: Maybe<CoachRating>;
  /** Capabilities the coach specialises in. */
  specialties: Array<Capability>;
  /** Pauses and reinstatements, newest first (at most 50). The coach and admins only (null for others). */
  statusHistory?: Maybe<Array<CoachStatusChange>>;
  /** The time zone the coach works in. */
  timeZone: Scalars['TimeZone']['output'];
};

/** What the coach offers to participants: weekly hours, days off and how many clients they take. */
export type CoachAvailability = {
  __typename?: 'CoachAvailability';
  /** Clients matched now (invited or active enrolments). */
  activeClients: Scalars['Int']['output'];
  /** Most clients the coach takes at once. */
  capacity: Scalars['Int']['output'];
  /**
   * Booked sessions that have not started and no longer fit these hours or fall on a day off: the
   * bookings the coach kept when they changed their availability, soonest first. Each stays booked
   * until the coach moves it (`rescheduleSession`, to one of its enrolment's `availableSlots`) or
   * cancels it.
   */
  conflicts: Array<AvailabilityConflict>;
  /** Days off that end today or later, soonest first. */
  exceptions: Array<AvailabilityException>;
  /** The zone the weekly hours and the days off are in (the coach's). */
  timeZone: Scalars['TimeZone']['output'];
  /** Weekly windows in effect today or later, by weekday and start. */
  weeklyHours: Array<AvailabilityWindow>;
};

/** A page of coaches, by name. */
export type CoachConnection = {
  __typename?: 'CoachConnection';
  /** The coaches on this page. */
  edges: Array<CoachEdge>;
  /** Where this page sits; `endCursor` fetches the next. */
  pageInfo: PageInfo;
  /** How many coaches the organisation has. */
  totalCount: Scalars['Int']['output'];
};

/** The coach's professional accreditation. */
export type CoachCredential =
  /** European Mentoring and Coaching Council accreditation. */
  | 'EMCC'
  /** International Coaching Federation, Associate Certified Coach. */
  | 'ICF_ACC'
  /** International Coaching Federation, Master Certified Coach. */
  | 'ICF_MCC'
  /** International Coaching Federation, Professional Certified Coach. */
  | 'ICF_PCC'
  /** Another accreditation, or none recorded. */
  | 'OTHER';

/** The signed-in coach's working view: their sessions across every client and program, and their current clients. */
export type CoachDesk = {
  __typename?: 'CoachDesk';
  /** The coach's weekly hours, days off and capacity. */
  availability: CoachAvailability;
  /**
   * Current clients: enrolments matched with this coach that are invited or active, by participant
   * name. A client whose enrolment ends or moves to another coach is no longer listed.
   */
  clients: Array<Enrolment>;
  /** The coach's own profile (with their own aggregated rating). */
  coach: Coach;
  /**
   * The coach's sessions starting in [from, to), every status, soonest first. At most 31 days
   * (longer ranges are refused with BAD_USER_INPUT) and 200 sessions.
   */
  sessions: Array<Session>;
  /** The coach's time zone, in which the desk shows days and weeks. */
  timeZone: Scalars['TimeZone']['output'];
};

/** The signed-in coach's working view: their sessions across every client and program, and their current clients. */
export type CoachDeskSessionsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

/** One coach in a page of coaches. */
export type CoachEdge = {
  __typename?: 'CoachEdge';
  /** Opaque position of this edge; pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The coach. */
  node: Coach;
};

/** One participant's comment on a coach, with no author. */
export type CoachFeedbackComment = {
  __typename?: 'CoachFeedbackComment';
  /** First day of the month the comment's batch was released (not when it was written). */
  month: Scalars['Date']['output'];
  /** What the participant wrote. */
  text: Scalars['String']['output'];
};

/** The comments a program's admins may read about one coach. */
export type CoachFeedbackComments = {
  __typename?: 'CoachFeedbackComments';
  /** The released comments, newest batch first; within a batch in no order that says who wrote when. */
  comments: Array<CoachFeedbackComment>;
  /** The organisation's minimum group size the batches are counted in. */
  minGroupSize: Scalars['Int']['output'];
  /** True while nothing is shown: fewer than `minGroupSize` distinct participants have commented. */
  withheld: Scalars['Boolean']['output'];
};

/** The thresholds of the automatic probation rule, for the whole organisation (a coach's quality status is one state across all their programs). */
export type CoachQualitySettings = {
  __typename?: 'CoachQualitySettings';
  /** Ratings needed before the rule acts, 1–100 (at most `window`). */
  minRatings: Scalars['Int']['output'];
  /** A rolling average below this (1–5, one decimal) puts an ACTIVE coach on probation. */
  probationBelow: Scalars['Float']['output'];
  /** A coach on probation is ACTIVE again at or above this (1–5, one decimal, at least `probationBelow`). */
  restoreAtOrAbove: Scalars['Float']['output'];
  /** How many of the coach's latest ratings the rolling average covers, 1–200. */
  window: Scalars['Int']['output'];
};

/** New probation thresholds; all four are set together. */
export type CoachQualitySettingsInput = {
  /** Ratings needed before the rule acts, 1–100 (at most `window`). */
  minRatings: Scalars['Int']['input'];
  /** A rolling average below this (1–5, one decimal) puts an ACTIVE coach on probation. */
  probationBelow: Scalars['Float']['input'];
  /** A coach on probation is ACTIVE again at or above this (1–5, one decimal, at least `probationBelow`). */
  restoreAtOrAbove: Scalars['Float']['input'];
  /** How many of the coach's latest ratings the rolling average covers, 1–200. */
  window: Scalars['Int']['input'];
};

/** The result of `setCoachQualitySettings`. */
export type CoachQualitySettingsPayload = {
  __typename?: 'CoachQualitySettingsPayload';
  /** The settings now in force; null when the input was refused. */
  settings?: Maybe<CoachQualitySettings>;
  /** Why the input was refused (each names its field). */
  userErrors: Array<UserError>;
};

/** Whether a coach is offered in matching. */
export type CoachQualityStatus =
  /** In good standing: offered in matching while they have capacity. */
  | 'ACTIVE'
  /** Taken out of matching by an admin. */
  | 'PAUSED'
  /** Ratings fell below the organisation's threshold: not offered in matching until they recover. */
  | 'PROBATION';

/** Ratings from session feedback, aggregated over every rating the coach received up to the latest step (see `Coach.rating`). */
export type CoachRating = {
  __typename?: 'CoachRating';
  /** Mean of all ratings (1–5), one decimal; null before the first rating and while withheld. */
  average?: Maybe<Scalars['Float']['output']>;
  /** How many ratings the mean rests on; null while withheld. */
  count?: Maybe<Scalars['Int']['output']>;
  /**
   * True when the viewer is an admin and fewer ratings exist than the organisation's
   * minimum group size: average and count are then null, so no single participant's
   * rating can be read from them.
   */
  withheld: Scalars['Boolean']['output'];
};

/** A coach's ratings in one month. */
export type CoachRatingMonth = {
  __typename?: 'CoachRatingMonth';
  /** Mean rating 1–5 (one decimal); null when withheld (too few raters) or none. */
  average?: Maybe<Scalars['Float']['output']>;
  /** First day of the month. */
  month: Scalars['Date']['output'];
  /** Whether the average is withheld: too few people rated, or the month has not ended yet. */
  withheld: Scalars['Boolean']['output'];
};

/** A change of a coach's quality status, with its reason. */
export type CoachStatusChange = {
  __typename?: 'CoachStatusChange';
  /** Who made the change; null for the automatic probation rule or a person who has left. */
  actor?: Maybe<Person>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The status before. */
  from: CoachQualityStatus;
  /** Why (given when pausing or reinstating; the automatic probation rule otherwise). */
  reason?: Maybe<Scalars['String']['output']>;
  /** The status after. */
  to: CoachQualityStatus;
};

/** Pauses or reinstates a coach, with a reason. */
export type CoachStatusInput = {
  /** The coach. */
  coachId: Scalars['ID']['input'];
  /** Why, 1–500 characters; kept in the coach's status history and the audit log. */
  reason: Scalars['String']['input'];
};

/** The result of pausing or reinstating a coach. */
export type CoachStatusPayload = {
  __typename?: 'CoachStatusPayload';
  /** Live clients the coach still has (move them with proposeCoachHandover). */
  clientsToMove: Scalars['Int']['output'];
  /** The coach after the change; null when userErrors is not empty. */
  coach?: Maybe<Coach>;
  /** What to fix (already paused, not paused, …). */
  userErrors: Array<UserError>;
};

/** A suggested coach with its score (0–100) and every reason for it. */
export type CoachSuggestion = {
  __typename?: 'CoachSuggestion';
  /** The suggested coach. */
  coach: Coach;
  /** Every reason behind the score, LANGUAGE first. */
  reasons: Array<MatchReason>;
  /**
   * The sum of the reasons' points (0–100). Where the viewer may not see the coach's
   * rating, the rating's points are left out of it, so it cannot be worked back from the score.
   */
  score: Scalars['Float']['output'];
};

/**
 * Where one enrolment stands: sessions, attendance, pace, goals and 360 deltas.
 * The participant and their current coach; their direct manager only while the
 * participant shares it. Never an admin (admins see aggregates only).
 */
export type CoachingProgress = {
  __typename?: 'CoachingProgress';
  /** Sessions attended versus missed. */
  attendance: Attendance;
  /** Pace against the program's plan. */
  cadence: Cadence;
  /** One entry per focus capability of the program, in the program's order. */
  capabilities: Array<CapabilityProgress>;
  /** The matched coach's person record. */
  coach?: Maybe<Person>;
  /** The enrolment it describes. */
  enrolment: Enrolment;
  /**
   * The enrolment's goals (archived ones left out). Only goals shared with the
   * viewer count: private goals count for their owner alone.
   */
  goals: GoalSummary;
  /** The next booked session that has not ended yet. */
  nextSession?: Maybe<Session>;
  /** The enrolment's program. */
  program: Program;
  /** Sessions planned, held, upcoming, missed and remaining. */
  sessions: SessionTally;
  /** Whether the participant shares this progress with their manager. */
  sharedWithManager: Scalars['Boolean']['output'];
  /** The participant may turn sharing on or off. */
  viewerCanChangeSharing: Scalars['Boolean']['output'];
};

/** Ticks a milestone off, or reopens it. */
export type CompleteGoalMilestoneInput = {
  /** false reopens the milestone. */
  done?: InputMaybe<Scalars['Boolean']['input']>;
  /** Global ID of a milestone of the viewer's goal. */
  milestoneId: Scalars['ID']['input'];
};

/** The LRS to send to. */
export type ConfigureXapiLrsInput = {
  /** False records and sends nothing until it is true again; true when left out. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The LRS's xAPI endpoint: https (http only for localhost). */
  endpoint: Scalars['String']['input'];
  /** The organisation's home page, an https URL. */
  homePage: Scalars['String']['input'];
  /** Name account agents by a keyed hash of the person instead of their API ID; leave it out to keep the current choice (off the first time). Not with `mboxAgents`. */
  keyedAgentNames?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name people by their e-mail (`mbox`) instead of an opaque account; false (off) when left out: the organisation opts in. */
  mboxAgents?: InputMaybe<Scalars['Boolean']['input']>;
  /** The Basic authentication password; leave it out to keep the stored one (required the first time). */
  password?: InputMaybe<Scalars['String']['input']>;
  /** The Basic authentication user name. */
  username: Scalars['String']['input'];
  /** The xAPI version the LRS speaks; V1_0_3 when left out. */
  version?: InputMaybe<XapiVersion>;
};

/** The result of configureXapiLrs. */
export type ConfigureXapiLrsPayload = {
  __typename?: 'ConfigureXapiLrsPayload';
  /** The configuration as it is now; null when refused. */
  config?: Maybe<XapiLrsConfig>;
  /** What to fix when refused. */
  userErrors: Array<UserError>;
};

/** A new goal for the viewer. */
export type CreateGoalInput = {
  /** A capability code of the organisation's catalogue, e.g. DELEGATION. */
  capability: Scalars['String']['input'];
  /** Up to 4,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Milestone titles in order (at most 20). */
  milestones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Today or later in the viewer's time zone. */
  targetDate?: InputMaybe<Scalars['Date']['input']>;
  /** 1–300 characters. */
  title: Scalars['String']['input'];
  /** Who besides the viewer may read it; the coach by default. */
  visibility?: InputMaybe<GoalVisibility>;
};

/** A new program, created as a DRAFT. Only `names`, `objectives` and `languages` are required. */
export type CreateProgramInput = {
  /** Days between two sessions, 1–90; default 14. */
  cadenceDays?: InputMaybe<Scalars['Int']['input']>;
  /** Most participants at once, 1–100000; omitted: no limit. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Weeks each participant's coaching runs, 1–104; default 12. */
  durationWeeks?: InputMaybe<Scalars['Int']['input']>;
  /** Last day; optional, not before `startsOn`. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Capability codes the coaching focuses on, in order (at most 5). */
  focusCapabilities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** KPIs with their baselines and targets (at most 10). */
  kpis?: InputMaybe<Array<ProgramKpiInput>>;
  /** Coaching languages, at least one, each one of the organisation's locales. */
  languages: Array<Scalars['Locale']['input']>;
  /** The name in one or more of the organisation's locales, 1–200 characters each. */
  names: Array<LocalisedTextInput>;
  /** The business objective in one or more of the organisation's locales, 1–2000 characters each. */
  objectives: Array<LocalisedTextInput>;
  /** Booking and cancellation policy; defaults 24 h notice, 60 days ahead, 24 h late cancellation, 15 min buffer. */
  policy?: InputMaybe<ProgramPolicyInput>;
  /** Minutes per session, 15–240; default 60. */
  sessionMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Sessions each participant may book, 1–52; default 6. */
  sessionsPerParticipant?: InputMaybe<Scalars['Int']['input']>;
  /** First day; optional. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Who the program is for. */
  targetPopulation?: InputMaybe<PopulationRulesInput>;
};

/** The result of createProgram. */
export type CreateProgramPayload = {
  __typename?: 'CreateProgramPayload';
  /** The new DRAFT program; null when userErrors is not empty. */
  program?: Maybe<Program>;
  /** What to fix in the input. */
  userErrors: Array<UserError>;
};

/** A service account to create. */
export type CreateServiceAccountInput = {
  /** A name that says who uses it, 1–100 characters. */
  name: Scalars['String']['input'];
  /** What its access tokens may do; at least one. */
  scopes: Array<ServiceScope>;
};

/** The result of `createServiceAccount`. */
export type CreateServiceAccountPayload = {
  __typename?: 'CreateServiceAccountPayload';
  /** The client secret, shown this once: only a hash of it is kept. Null when `userErrors` is not empty. */
  clientSecret?: Maybe<Scalars['String']['output']>;
  /** The new service account; null when `userErrors` is not empty. */
  serviceAccount?: Maybe<ServiceAccount>;
  /** Why it was not created. */
  userErrors: Array<UserError>;
};

/** A new subscription. */
export type CreateWebhookSubscriptionInput = {
  /** A note to recognise it, at most 200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The events to send, at least one. */
  eventTypes: Array<WebhookEventType>;
  /** The receiver's URL: https, resolving to public addresses only (outside dev mode). */
  url: Scalars['String']['input'];
};

/** Approves or discards an OPEN proposal. */
export type DecideMatchProposalInput = {
  /** The OPEN proposal. */
  proposalId: Scalars['ID']['input'];
};

/** Which subscription to delete. */
export type DeleteWebhookSubscriptionInput = {
  /** The subscription. */
  subscriptionId: Scalars['ID']['input'];
};

/** A deleted subscription. */
export type DeleteWebhookSubscriptionPayload = {
  __typename?: 'DeleteWebhookSubscriptionPayload';
  /** The ID of the subscription deleted; null when refused. */
  deletedSubscriptionId?: Maybe<Scalars['ID']['output']>;
  /** What to fix when refused. */
  userErrors: Array<UserError>;
};

/**
 * How long what people wrote is kept after their deprovisioning (SCIM `active: false` or DELETE). Once
 * it has run out, a daily sweep erases their goal and milestone titles (replaced by a neutral "—"),
 * goal descriptions, check-in notes on their goals, their session feedback comments and the coach's
 * private notes of their sessions. Statuses, progress, moods, ratings, dates and counts are kept, so
 * figures do not move. A person reactivated before then loses nothing.
 */
export type DeprovisioningSettings = {
  __typename?: 'DeprovisioningSettings';
  /** Days after a person's deactivation before what they wrote is erased; null keeps it forever (the default). */
  contentRetentionDays?: Maybe<Scalars['Int']['output']>;
};

/** Ends a coach's probation with an outcome. */
export type EndCoachProbationInput = {
  /** The coach, on PROBATION. */
  coachId: Scalars['ID']['input'];
  /** Keep or remove. */
  outcome: ProbationOutcome;
  /** Why, 1–500 characters; kept in the coach's status history and the audit log. */
  reason: Scalars['String']['input'];
};

/**
 * A person's place in a program. Readable by the person, their current coach and
 * admins, and by their manager while the participant shares their progress.
 */
export type Enrolment = Node & {
  __typename?: 'Enrolment';
  /**
   * Open slots of the matched coach starting in [from, to) (at most 31 days),
   * after the minimum notice and before the horizon; empty until a coach is matched.
   * `timeZone` defaults to the viewer's. The participant, their coach and admins only.
   */
  availableSlots: SlotWindow;
  /** The program's booking rules as they apply now. The participant, their coach and admins (FORBIDDEN otherwise). */
  bookingPolicy: BookingPolicy;
  /** The matched coach's person record, once matched. */
  coach?: Maybe<Person>;
  /**
   * The best coaches for this enrolment, highest score first. Only coaches who are
   * ACTIVE, have capacity left and speak the participant's language are suggested.
   * The participant and admins only.
   */
  coachSuggestions: Array<CoachSuggestion>;
  /** Days since the last session held; null before the first. Same readers as the roster (FORBIDDEN otherwise). */
  daysSinceLastSession?: Maybe<Scalars['Int']['output']>;
  /** When the enrolment was created (invited or waitlisted). */
  enrolledAt: Scalars['DateTime']['output'];
  /** Every status change, oldest first: who made it, when and why. Same readers as the roster. */
  history: Array<EnrolmentEvent>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The latest activity: the last session held or booked, else the answer to the invitation, else the enrolment. Same readers as the roster (FORBIDDEN otherwise). */
  lastActivityAt?: Maybe<Scalars['DateTime']['output']>;
  /** The matched coach's profile, once matched. */
  matchedCoach?: Maybe<Coach>;
  /** Pace against the program's cadence (sessions held against those planned by now). Same readers as the roster (FORBIDDEN otherwise). */
  pace?: Maybe<CadenceStatus>;
  /** The participant. */
  person: Person;
  /** The program. */
  program: Program;
  /** The enrolment's progress; null when the viewer may not see it. */
  progress?: Maybe<CoachingProgress>;
  /** Sessions allowed, used and remaining. The participant, their current coach and admins (FORBIDDEN otherwise). */
  quota: SessionQuota;
  /** When the person accepted or declined; null before they answered. */
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The enrolment's sessions, soonest first (a coach sees those they hold). `upcoming`
   * keeps those not yet ended. The participant and their current coach (FORBIDDEN otherwise).
   */
  sessions: SessionConnection;
  /** Where the person is in the program. */
  status: EnrolmentStatus;
  /** Whether the viewer may accept or decline this invitation now (the participant, while INVITED and the program ACTIVE). */
  viewerCanRespond: Scalars['Boolean']['output'];
  /** Place on the waitlist (1 = next) while WAITLISTED; null otherwise. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

/**
 * A person's place in a program. Readable by the person, their current coach and
 * admins, and by their manager while the participant shares their progress.
 */
export type EnrolmentAvailableSlotsArgs = {
  from: Scalars['DateTime']['input'];
  timeZone?: InputMaybe<Scalars['TimeZone']['input']>;
  to: Scalars['DateTime']['input'];
};

/**
 * A person's place in a program. Readable by the person, their current coach and
 * admins, and by their manager while the participant shares their progress.
 */
export type EnrolmentCoachSuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A person's place in a program. Readable by the person, their current coach and
 * admins, and by their manager while the participant shares their progress.
 */
export type EnrolmentSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<SessionStatus>>;
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Enrolments, a page at a time. */
export type EnrolmentConnection = {
  __typename?: 'EnrolmentConnection';
  /** This page's edges. */
  edges: Array<EnrolmentEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Every enrolment matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A page edge of enrolments. */
export type EnrolmentEdge = {
  __typename?: 'EnrolmentEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The enrolment. */
  node: Enrolment;
};

/** One change of an enrolment's status. */
export type EnrolmentEvent = {
  __typename?: 'EnrolmentEvent';
  /** Who changed it; null for the system (publishing, re-evaluating the population) or a person who has left. */
  actor?: Maybe<Person>;
  /** When it changed. */
  at: Scalars['DateTime']['output'];
  /** The status before; null for the enrolment's first event. */
  from?: Maybe<EnrolmentStatus>;
  /** Why, when a reason was given (a withdrawal's reason, a decline's reason). */
  reason?: Maybe<Scalars['String']['output']>;
  /** The status after. */
  to: EnrolmentStatus;
};

/** Where a person is in a program. Each change is kept with who made it and when (`Enrolment.history`). */
export type EnrolmentStatus =
  /** The person accepted; waiting to be matched with a coach. */
  | 'ACCEPTED'
  /** Matched with a coach and coaching. */
  | 'ACTIVE'
  /** Finished the program (their sessions are done, or the program closed). */
  | 'COMPLETED'
  /** The person declined the invitation (final unless invited again). */
  | 'DECLINED'
  /** Invited by a program admin (or by publishing); waiting for the person to accept or decline. */
  | 'INVITED'
  /** Eligible but the program is full; invited in order (`waitlistPosition`) when a place frees up. */
  | 'WAITLISTED'
  /** Left the program: withdrawn by an admin, left the organisation or no longer in the population. */
  | 'WITHDRAWN';

/** How many enrolments a program has in one status. */
export type EnrolmentStatusCount = {
  __typename?: 'EnrolmentStatusCount';
  /** Enrolments in it. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: EnrolmentStatus;
};

/**
 * A development goal a person works on, tied to one capability. Readable by whoever
 * its `visibility` admits; only the owner changes it.
 */
export type Goal = Node & {
  __typename?: 'Goal';
  /** Set while the goal is archived; archived goals are left out of `goals` unless asked for. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The capability the goal develops. */
  capability: Capability;
  /** Check-ins, newest first. */
  checkIns: GoalCheckInConnection;
  /** When it reached COMPLETED; null otherwise. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Longer text, up to 4,000 characters; null when none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Global opaque ID. */
  id: Scalars['ID']['output'];
  /** The most recent check-in, if any. */
  latestCheckIn?: Maybe<GoalCheckIn>;
  /** In the owner's order. */
  milestones: Array<GoalMilestone>;
  /** The person whose goal it is. */
  owner: Person;
  /** 0–100. */
  progress: Scalars['Int']['output'];
  /** Where the goal stands. */
  status: GoalStatus;
  /** The day the owner aims to reach it; null when open-ended. */
  targetDate?: Maybe<Scalars['Date']['output']>;
  /** Short title, 1–300 characters. */
  title: Scalars['String']['output'];
  /** When anything about it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Whether the viewer may change this goal (only its owner may). */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Who besides the owner may read it. */
  visibility: GoalVisibility;
};

/**
 * A development goal a person works on, tied to one capability. Readable by whoever
 * its `visibility` admits; only the owner changes it.
 */
export type GoalCheckInsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A dated progress note; read by whoever may read the goal. */
export type GoalCheckIn = Node & {
  __typename?: 'GoalCheckIn';
  /** Who recorded it (the goal's owner). */
  author: Person;
  /** When it was recorded. */
  checkedInAt: Scalars['DateTime']['output'];
  /** How confident the owner is of reaching the goal, 1 (low) to 5 (high); null when not given. */
  confidence?: Maybe<Scalars['Int']['output']>;
  /** Global opaque ID. */
  id: Scalars['ID']['output'];
  /** How the owner felt, 1 (low) to 5 (high); null when not given. */
  mood?: Maybe<Scalars['Int']['output']>;
  /** What happened, up to 4,000 characters; null when none. */
  note?: Maybe<Scalars['String']['output']>;
  /** The goal's progress as of this check-in, 0–100. */
  progress: Scalars['Int']['output'];
};

/** A page of a goal's check-ins, newest first. */
export type GoalCheckInConnection = {
  __typename?: 'GoalCheckInConnection';
  /** The check-ins on this page. */
  edges: Array<GoalCheckInEdge>;
  /** Where this page sits; `endCursor` fetches the next. */
  pageInfo: PageInfo;
  /** How many check-ins the goal has. */
  totalCount: Scalars['Int']['output'];
};

/** One check-in in a page of check-ins. */
export type GoalCheckInEdge = {
  __typename?: 'GoalCheckInEdge';
  /** Opaque position of this edge; pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The check-in. */
  node: GoalCheckIn;
};

/** The outcome of `addGoalCheckIn`. */
export type GoalCheckInPayload = {
  __typename?: 'GoalCheckInPayload';
  /** The new check-in; null when userErrors is not empty. */
  checkIn?: Maybe<GoalCheckIn>;
  /** The goal with its new progress and status. */
  goal?: Maybe<Goal>;
  /** Why the check-in was refused. Empty on success. */
  userErrors: Array<UserError>;
};

/** A page of goals, by target date. */
export type GoalConnection = {
  __typename?: 'GoalConnection';
  /** The goals on this page. */
  edges: Array<GoalEdge>;
  /** Where this page sits; `endCursor` fetches the next. */
  pageInfo: PageInfo;
  /** How many goals match in all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One goal in a page of goals. */
export type GoalEdge = {
  __typename?: 'GoalEdge';
  /** Opaque position of this edge; pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The goal. */
  node: Goal;
};

/** Narrows `Query.goals`; the conditions combine with AND. */
export type GoalFilter = {
  /** false (default): active goals; true: archived goals only. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** A capability code, e.g. DELEGATION. */
  capability?: InputMaybe<Scalars['String']['input']>;
  /**
   * Whose goals: the viewer when omitted. For someone else, only the goals they
   * share with the viewer (their current coach, their managers); FORBIDDEN when the
   * viewer is none of these.
   */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Only goals in one of these statuses. */
  status?: InputMaybe<Array<GoalStatus>>;
};

/** Names one of the viewer's goals. */
export type GoalIdInput = {
  /** Global ID of the goal. */
  goalId: Scalars['ID']['input'];
};

/** A step towards a goal; read by whoever may read the goal. */
export type GoalMilestone = Node & {
  __typename?: 'GoalMilestone';
  /** Whether the owner ticked it off. */
  done: Scalars['Boolean']['output'];
  /** When it was ticked off; null while open. */
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  /** Global opaque ID. */
  id: Scalars['ID']['output'];
  /** 0-based place in the goal's order. */
  position: Scalars['Int']['output'];
  /** 1–300 characters. */
  title: Scalars['String']['output'];
};

/** The outcome of a milestone mutation. */
export type GoalMilestonePayload = {
  __typename?: 'GoalMilestonePayload';
  /** The milestone's goal after the change. */
  goal?: Maybe<Goal>;
  /** The milestone after the change; null when userErrors is not empty. */
  milestone?: Maybe<GoalMilestone>;
  /** Why the change was refused. Empty on success. */
  userErrors: Array<UserError>;
};

/** The outcome of a goal mutation. */
export type GoalPayload = {
  __typename?: 'GoalPayload';
  /** The goal after the change; null when userErrors is not empty. */
  goal?: Maybe<Goal>;
  /** Why the change was refused (INVALID, REQUIRED, NOT_FOUND, FORBIDDEN for a goal the viewer may read but not change). Empty on success. */
  userErrors: Array<UserError>;
};

/** Where a goal stands. */
export type GoalStatus =
  /** Dropped by its owner; kept for the record. */
  | 'ABANDONED'
  /** Reached 100% or marked complete. */
  | 'COMPLETED'
  /** Some progress, not yet complete. */
  | 'IN_PROGRESS'
  /** No progress recorded yet. */
  | 'NOT_STARTED';

/** How many goals are in one status. */
export type GoalStatusCount = {
  __typename?: 'GoalStatusCount';
  /** Goals in it. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: GoalStatus;
};

/** Figures over the goals of an enrolment's participant that the viewer may see. */
export type GoalSummary = {
  __typename?: 'GoalSummary';
  /** Every status, zeros included, in the enum's order. */
  byStatus: Array<GoalStatusCount>;
  /** Mean progress (0–100) of the goals counted; null when there are none. */
  meanProgress?: Maybe<Scalars['Float']['output']>;
  /**
   * Completed goals, and open goals whose progress is within 10 points of a
   * straight line from creation to their target date (open goals without a target
   * date count while they are in progress).
   */
  onTrack: Scalars['Int']['output'];
  /** Goals counted. */
  total: Scalars['Int']['output'];
};

/**
 * Who besides the owner may read a goal. Only the owner ever changes it.
 * PRIVATE: the owner alone. COACH: also the owner's coach. MANAGER: also the
 * owner's managers (any level above them), plus the coach. Admins never read one
 * person's goals. Private goals are never returned to anyone but the owner.
 */
export type GoalVisibility =
  /** The owner and their current coach. */
  | 'COACH'
  /** The owner, their current coach and every manager above them. */
  | 'MANAGER'
  /** The owner alone. */
  | 'PRIVATE';

/**
 * A grid of figures, org units by capabilities, about groups only: every cell about
 * fewer people than the organisation's minimum group size is suppressed.
 */
export type Heatmap = {
  __typename?: 'Heatmap';
  /** When the aggregates were last rebuilt. */
  asOf?: Maybe<Scalars['DateTime']['output']>;
  /** The capabilities, in the order the cells follow. */
  columns: Array<HeatmapColumn>;
  /** The same view as CSV (RFC 4180), suppressed cells written as suppressed. */
  csv: Scalars['String']['output'];
  /** What the cells measure. */
  metric: HeatmapMetric;
  /** The organisation's minimum group size the suppression applied. */
  minGroupSize: Scalars['Int']['output'];
  /**
   * The participation rate (a share, 0–1) a unit should reach: a PARTICIPATION_RATE
   * cell under it carries `belowParticipationTarget`. The same for every metric and
   * every viewer who may see the heatmap.
   */
  participationTarget: Scalars['Float']['output'];
  /** The viewed unit's ancestors, root first (the breadcrumb). */
  path: Array<OrgUnit>;
  /** The quarter filtered on (`2026-Q1`); null for all time. */
  period?: Maybe<Scalars['String']['output']>;
  /** Periods with data, oldest first. */
  periods: Array<Scalars['String']['output']>;
  /** The program filtered on; null for all programs. */
  program?: Maybe<Program>;
  /** The subtree below the viewed unit, depth first, siblings by name. */
  rows: Array<HeatmapRow>;
  /** Data changed since `asOf` and a rebuild is running. */
  stale: Scalars['Boolean']['output'];
  /** The viewed unit's own row; null for the whole organisation. */
  total?: Maybe<HeatmapRow>;
  /** The viewed unit; null for the whole organisation. */
  unit?: Maybe<OrgUnit>;
};

/**
 * A grid of figures, org units by capabilities, about groups only: every cell about
 * fewer people than the organisation's minimum group size is suppressed.
 */
export type HeatmapCsvArgs = {
  locale?: InputMaybe<Scalars['Locale']['input']>;
};

/**
 * One figure about a group of people. A suppressed cell carries no value and no
 * count, only the reason (withheld in the gateway, never sent).
 */
export type HeatmapCell = {
  __typename?: 'HeatmapCell';
  /** PARTICIPATION_RATE only: the rate is under 60%. */
  belowParticipationTarget?: Maybe<Scalars['Boolean']['output']>;
  /** People counted in the cell. */
  count?: Maybe<Scalars['Int']['output']>;
  /** DELTA_FROM_BASELINE only; null with fewer than three people, or when the scores do not vary. */
  effectSize?: Maybe<HeatmapEffectSize>;
  /** Why it is withheld; null when not suppressed. */
  reason?: Maybe<HeatmapSuppression>;
  /** Whether the figure is withheld to protect anonymity. */
  suppressed: Scalars['Boolean']['output'];
  /** The figure in the metric's unit (1–5 for SCORE, SESSION_QUALITY and WELLBEING, points for DELTA_FROM_BASELINE, 0–1 for PARTICIPATION_RATE, sessions per four weeks for SESSION_CADENCE); null when suppressed or no data. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** One capability column. */
export type HeatmapColumn = {
  __typename?: 'HeatmapColumn';
  /** The capability. */
  capability: Capability;
  /** The organisation-wide figure for comparison. */
  organisation: HeatmapCell;
};

/** Standardised mean change (d) with its 95% confidence interval. */
export type HeatmapEffectSize = {
  __typename?: 'HeatmapEffectSize';
  /** d (d_av): the mean per-person change divided by the pooled standard deviation of the baseline and latest scores (0.2 small, 0.5 medium, 0.8 large). */
  d: Scalars['Float']['output'];
  /** Upper bound of the 95% confidence interval of d. */
  high: Scalars['Float']['output'];
  /** Lower bound of the 95% confidence interval of d. */
  low: Scalars['Float']['output'];
};

/** What the heatmap shows: which subtree, which capabilities, which measure, program and period. */
export type HeatmapInput = {
  /** Capability codes for the columns; default: the program's focus capabilities, else the whole catalogue. */
  capabilities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** How many levels below `unit` are shown as rows (1–3). */
  depth?: InputMaybe<Scalars['Int']['input']>;
  /** What each cell measures; the 360 score by default. */
  metric?: InputMaybe<HeatmapMetric>;
  /** A calendar quarter in the organisation's time zone, `2026-Q1`; all time when absent. */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Global ID of a program: only this program's assessments, enrolments and sessions. */
  program?: InputMaybe<Scalars['ID']['input']>;
  /** The org unit whose subtree becomes the rows; the whole organisation when absent. */
  unit?: InputMaybe<Scalars['ID']['input']>;
};

/** What a heatmap cell measures, per person first and then averaged over the people of the unit. */
export type HeatmapMetric =
  /** Latest mean rating minus the person's PRE (baseline) mean, with the standardised effect size. */
  | 'DELTA_FROM_BASELINE'
  /** Share (0–1) of the unit's managers with an active or completed enrolment in a program focused on the capability. */
  | 'PARTICIPATION_RATE'
  /**
   * Mean 360 rating (1–5) by the person's manager, reports and peers in their latest
   * pulse that has closed; self-ratings excluded. A pulse counts once it closes, never
   * rating by rating.
   */
  | 'SCORE'
  /** Completed coaching sessions per participant per four weeks of active enrolment. */
  | 'SESSION_CADENCE'
  /**
   * Mean rating (1–5) participants gave their coaching sessions in their
   * feedback, per person first. A session counts for the capabilities its
   * feedback names, else for its program's focus capabilities; the period is the
   * session's quarter.
   */
  | 'SESSION_QUALITY'
  /**
   * Wellbeing (1–5, higher is better) per person first: the mean of their wellbeing
   * pulse answers (energy, workload, support) and of the mood and confidence they
   * gave at their goal check-ins. About the person, not a capability: only the
   * WELLBEING capability column carries it, and it is the default column. A program
   * filter keeps the participants of that program; the period is the quarter of the
   * answer or check-in.
   */
  | 'WELLBEING';

/** One org unit's row of figures. */
export type HeatmapRow = {
  __typename?: 'HeatmapRow';
  /** In the order of `columns`. */
  cells: Array<HeatmapCell>;
  /** The unit has children to drill into. */
  hasChildren: Scalars['Boolean']['output'];
  /** 1 for the viewed unit's children, 2 for their children, …; 0 for the viewed unit itself. */
  level: Scalars['Int']['output'];
  /** Managers in the unit and below it (the population the heatmap is about). */
  peopleCount: Scalars['Int']['output'];
  /** The unit. */
  unit: OrgUnit;
};

/** Why a cell carries no figure. */
export type HeatmapSuppression =
  /**
   * The cell is about fewer people than the organisation's minimum group size, or
   * (participation) would single out fewer than that many participants or non-participants.
   */
  | 'BELOW_MIN_GROUP_SIZE'
  /** Hidden so that a suppressed neighbour cannot be recovered by subtracting visible cells from their parent. */
  | 'COMPLEMENTARY'
  /** The filter would leave a remainder group, compared with the unfiltered figure, smaller than the minimum. */
  | 'FILTER_REMAINDER';

/** The organisation's OpenID Connect provider, whose ID tokens `/oauth/token` exchanges for embed tokens. */
export type IdentityProvider = {
  __typename?: 'IdentityProvider';
  /** The client id the ID tokens are issued to (their `aud`). */
  audience: Scalars['String']['output'];
  /** The provider's issuer URL; its discovery document is `<issuer>/.well-known/openid-configuration`. */
  issuer: Scalars['String']['output'];
  /** Whether a person not linked yet is found once by the token's `email` when `email_verified` is true, and linked by `sub` from then on. */
  matchVerifiedEmail: Scalars['Boolean']['output'];
};

/** The organisation's OpenID Connect provider. */
export type IdentityProviderInput = {
  /** The client id the ID tokens are issued to. */
  audience: Scalars['String']['input'];
  /** The issuer URL exactly as the ID tokens' `iss` claim has it: https, on a host that resolves to public addresses only (UNSUPPORTED otherwise; dev mode allows http and any address). */
  issuer: Scalars['String']['input'];
  /** Whether to find a person not linked yet once by a verified e-mail address. */
  matchVerifiedEmail?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How hosts and developers sign in to the organisation without a shared secret. Org admins only. */
export type Integrations = {
  __typename?: 'Integrations';
  /** The OpenID Connect provider whose ID tokens are exchanged for embed tokens; null when none is set. */
  identityProvider?: Maybe<IdentityProvider>;
  /** The URL of the JWKS the organisation's backend publishes its public keys at; null when none is set. */
  jwksUrl?: Maybe<Scalars['String']['output']>;
  /** The organisation's service accounts, oldest first, revoked ones included. */
  serviceAccounts: Array<ServiceAccount>;
  /** The public keys registered for embed tokens, newest last, revoked ones included. */
  signingKeys: Array<SigningKey>;
};

/** The result of changing the organisation's key URL or identity provider. */
export type IntegrationsPayload = {
  __typename?: 'IntegrationsPayload';
  /** The organisation's integrations after the change; null when `userErrors` is not empty. */
  integrations?: Maybe<Integrations>;
  /** Why nothing was changed. */
  userErrors: Array<UserError>;
};

/** The participant's answer to an invitation. */
export type InvitationResponse =
  /** Join the program (ACCEPTED, or WAITLISTED when it is full). */
  | 'ACCEPT'
  /** Do not join (DECLINED). */
  | 'DECLINE';

/** Invite a course's learners to a program. */
export type InviteLtiCourseMembersInput = {
  /** The course (`LtiCourse.id`). */
  courseId: Scalars['ID']['input'];
  /** The ACTIVE program to invite them to. */
  programId: Scalars['ID']['input'];
};

/** The result of inviteLtiCourseMembers. */
export type InviteLtiCourseMembersPayload = {
  __typename?: 'InviteLtiCourseMembersPayload';
  /** The import, PENDING until the platform's roster is read; null when userErrors is not empty. */
  rosterImport?: Maybe<LtiRosterImport>;
  /** What to fix in the input. */
  userErrors: Array<UserError>;
};

/** Invites people by hand (explicit invitations, beyond or within the rules). */
export type InviteToProgramInput = {
  /** People to invite (at most 500); those already INVITED, ACCEPTED, WAITLISTED or ACTIVE are left as they are. */
  personIds: Array<Scalars['ID']['input']>;
  /** The ACTIVE program. */
  programId: Scalars['ID']['input'];
};

/** The result of inviteToProgram. */
export type InviteToProgramPayload = {
  __typename?: 'InviteToProgramPayload';
  /** The enrolments created or re-opened, invited or waitlisted. */
  enrolments: Array<Enrolment>;
  /** What to fix in the input (unknown people by position). */
  userErrors: Array<UserError>;
};

/** Issues a SCIM credential. */
export type IssueScimCredentialInput = {
  /** A name for it, 1–100 characters (e.g. "Microsoft Entra"). */
  label: Scalars['String']['input'];
};

/** The result of issueScimCredential. */
export type IssueScimCredentialPayload = {
  __typename?: 'IssueScimCredentialPayload';
  /** The credential as listed from now on; null when refused. */
  credential?: Maybe<ScimCredential>;
  /** The bearer secret, shown this once: give it to the identity provider. Null when refused. */
  secret?: Maybe<Scalars['String']['output']>;
  /** What the admin can fix: a label too long or empty. */
  userErrors: Array<UserError>;
};

/** A person's seniority, from the organisation's HR data; heatmaps can filter by it. */
export type JobLevel =
  /** Director. */
  | 'DIRECTOR'
  /** Executive. */
  | 'EXECUTIVE'
  /** Individual contributor: manages no one. */
  | 'IC'
  /** First-line manager. */
  | 'MANAGER'
  /** Manager of managers. */
  | 'SENIOR_MANAGER';

/** One recorded value of a KPI. */
export type KpiValue = {
  __typename?: 'KpiValue';
  /** Optional note (source, caveat), up to 500 characters. */
  note?: Maybe<Scalars['String']['output']>;
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it; null when that person has left. */
  recordedBy?: Maybe<Person>;
  /** The day the value was measured for. */
  recordedOn: Scalars['Date']['output'];
  /** The value, in the KPI's unit. */
  value: Scalars['Float']['output'];
};

/** A text in one language, one of several translations of a name or an objective. */
export type LocalisedText = {
  __typename?: 'LocalisedText';
  /** The language of `text`, one of the organisation's locales. */
  locale: Scalars['Locale']['output'];
  /** The text in that language. */
  text: Scalars['String']['output'];
};

/** A text in one language, as a mutation takes it. */
export type LocalisedTextInput = {
  /** One of the organisation's locales. */
  locale: Scalars['Locale']['input'];
  /** The text in that language, trimmed; a name 1–200 characters, an objective or summary 1–2000. */
  text: Scalars['String']['input'];
};

/**
 * A course (an LTI context) of a registered platform that Coachwork was launched from, as the latest
 * launch described it. Org admins and program admins.
 */
export type LtiCourse = {
  __typename?: 'LtiCourse';
  /** The platform's context ID of the course. */
  contextId: Scalars['String']['output'];
  /** Opaque identifier of the course. */
  id: Scalars['ID']['output'];
  /** The platform's issuer. */
  issuer: Scalars['String']['output'];
  /** The course's short label (for example `LEAD-101`); null when the platform sent none. */
  label?: Maybe<Scalars['String']['output']>;
  /** When a launch from this course last came. */
  lastLaunchAt: Scalars['DateTime']['output'];
  /** Whether the platform offers its roster (Names and Role Provisioning Services 2.0) for this course. */
  rosterAvailable: Scalars['Boolean']['output'];
  /** The course's title; null when the platform sent none. */
  title?: Maybe<Scalars['String']['output']>;
};

/**
 * A grade (an Assignment and Grade Services score) a learning platform refused for good (4xx), or
 * that never got through before its retries ran out (5xx, 429, network errors): the last attempt for
 * one person's graded link. A later accepted score clears it.
 */
export type LtiGradeDeliveryFailure = {
  __typename?: 'LtiGradeDeliveryFailure';
  /** Which endpoint failed (`scores` or `token endpoint`) with its status and the start of its answer, or the network error. */
  error?: Maybe<Scalars['String']['output']>;
  /** Opaque identifier of the graded link (one person on one resource link of one platform). */
  gradeLinkId: Scalars['ID']['output'];
  /** The platform's issuer. */
  issuer: Scalars['String']['output'];
  /** When the last attempt was made. */
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The line item the score was posted to. */
  lineItemUrl: Scalars['String']['output'];
  /** Global ID of the person whose score it was. */
  personId: Scalars['ID']['output'];
  /** Whether the platform refused the score or the retries ran out. */
  reason: LtiGradeFailureReason;
  /** The platform's resource link ID. */
  resourceLinkId: Scalars['String']['output'];
  /** The first 1,000 characters of the platform's answer; null when empty. */
  responseBodyExcerpt?: Maybe<Scalars['String']['output']>;
  /** The HTTP status the platform answered last; null when no answer came (a network error or timeout) or it is not known. */
  responseStatus?: Maybe<Scalars['Int']['output']>;
};

/** Why a grade never reached the platform. */
export type LtiGradeFailureReason =
  /** The platform refused the score for good (4xx); it was not retried. */
  | 'REFUSED'
  /** Every attempt failed with 5xx, 429, a timeout or a network error, and the retries ran out. */
  | 'RETRIES_EXHAUSTED';

/**
 * A learning platform (an LMS such as Moodle or Canvas) registered to launch Coachwork over LTI 1.3.
 * The platform's issuer and the client ID it gave Coachwork name it; launches from it open widgets
 * signed in as the people of this organisation its users are linked to.
 */
export type LtiRegistration = {
  __typename?: 'LtiRegistration';
  /** The platform's OAuth 2 token endpoint (client credentials for the grade service). */
  accessTokenUrl: Scalars['String']['output'];
  /** The platform's OIDC authorisation endpoint, where a login initiation is sent back. */
  authLoginUrl: Scalars['String']['output'];
  /** The client ID the platform gave Coachwork (the `aud` of its id_tokens). */
  clientId: Scalars['String']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The platform's deployment IDs of Coachwork that may launch it. */
  deploymentIds: Array<Scalars['String']['output']>;
  /** E-mail domains whose addresses, as the platform signs them, link a platform user to a person at their first launch; empty: no linking by e-mail. */
  emailLinkDomains: Array<Scalars['String']['output']>;
  /** Opaque identifier of the registration. */
  id: Scalars['ID']['output'];
  /** The platform's issuer (`iss` of its id_tokens). */
  issuer: Scalars['String']['output'];
  /** The platform's public keys registered inline, as a JWK Set in JSON (`{"keys": [...]}`, each key with `kty`, its public members, `kid`, `alg` and `use`); null when they are read from `jwksUrl`. */
  jwks?: Maybe<Scalars['String']['output']>;
  /** Where the platform publishes its public keys (JWKS); null when its keys were registered inline (`jwks`). */
  jwksUrl?: Maybe<Scalars['String']['output']>;
};

/**
 * A reading of a course's roster through the platform's Names and Role Provisioning Services, whose
 * active learners matched to people of the organisation were invited to a program. Members are matched
 * as launches map users (the platform user linked at an earlier launch, else the e-mail the platform
 * gives when its domain is one the registration allows), never created.
 */
export type LtiRosterImport = {
  __typename?: 'LtiRosterImport';
  /** Learners matched who already take part in the program (invited, accepted, waitlisted, active); null while PENDING. */
  alreadyEnrolledCount?: Maybe<Scalars['Int']['output']>;
  /** The course read. */
  course: LtiCourse;
  /** Why it failed (the platform's status and the start of its answer); null otherwise. */
  error?: Maybe<Scalars['String']['output']>;
  /** When it finished; null while PENDING. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque identifier of the import. */
  id: Scalars['ID']['output'];
  /** Learners invited (or waitlisted when the program is full) by this import; null while PENDING. */
  invitedCount?: Maybe<Scalars['Int']['output']>;
  /** Members the platform listed (every role and status); null while PENDING. */
  memberCount?: Maybe<Scalars['Int']['output']>;
  /** Global ID of the program the members were invited to. */
  programId: Scalars['ID']['output'];
  /** When it was asked for. */
  requestedAt: Scalars['DateTime']['output'];
  /** Members left out: not learners, or not active in the course; null while PENDING. */
  skippedCount?: Maybe<Scalars['Int']['output']>;
  /** Where it stands. */
  status: LtiRosterImportStatus;
  /** Active learners no person of the organisation matched. */
  unknownMembers: Array<LtiUnknownMember>;
};

/** Where a roster import stands. */
export type LtiRosterImportStatus =
  /** Read and matched; the matched learners were invited. */
  | 'DONE'
  /** The platform refused, or did not answer before the retries ran out; `error` says why. */
  | 'FAILED'
  /** Waiting for the platform's roster to be read. */
  | 'PENDING';

/** A course member no person of the organisation matched: reported, never created. */
export type LtiUnknownMember = {
  __typename?: 'LtiUnknownMember';
  /** The e-mail the platform gave; null when none. */
  email?: Maybe<Scalars['String']['output']>;
  /** The name the platform gave; null when none. */
  name?: Maybe<Scalars['String']['output']>;
  /** Why no person matched: `NO_LINK_NO_EMAIL`, `EMAIL_DOMAIN_NOT_ALLOWED`, `NO_PERSON_WITH_EMAIL` or `PERSON_LINKED_TO_ANOTHER_USER`. */
  reason: Scalars['String']['output'];
  /** The platform's user ID of the member. */
  userId: Scalars['String']['output'];
};

/** A proposed assignment of coaches to a program's participants, reviewed and adjusted before it is approved. Its program's managers only. */
export type MatchProposal = Node & {
  __typename?: 'MatchProposal';
  /** How many participants each coach would hold after approval, against their capacity, busiest first. */
  coachLoads: Array<ProposalCoachLoad>;
  /** Participants the computation covers, known once it is RUNNING; null while PENDING. */
  cohortSize?: Maybe<Scalars['Int']['output']>;
  /** When the computation finished and the proposal became OPEN; null before, and for a FAILED proposal. */
  computedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was asked for (for a PROGRAM proposal, when its computation was queued). */
  createdAt: Scalars['DateTime']['output'];
  /** Who computed it; null when they left. */
  createdBy?: Maybe<Person>;
  /** When it was approved or discarded. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who approved or discarded it. */
  decidedBy?: Maybe<Person>;
  /** Why the computation failed; null unless FAILED. */
  failure?: Maybe<MatchProposalFailure>;
  /** The failure as a sentence in the request's language; null unless FAILED. */
  failureMessage?: Maybe<Scalars['String']['output']>;
  /** For a HANDOVER, the coach whose clients are moved. */
  fromCoach?: Maybe<Coach>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** What it covers. */
  kind: MatchProposalKind;
  /** Participants with a proposed coach. */
  matchedCount: Scalars['Int']['output'];
  /** Proven bound on how far the computed assignment's total was from the best possible, as a fraction (0.001 = 0.1 %). */
  optimalityGap: Scalars['Float']['output'];
  /** Every proposed pair, best score first (at most 100 a page). */
  pairs: ProposedMatchConnection;
  /** The program. */
  program: Program;
  /** When the computation started; null while PENDING. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it is. */
  status: MatchProposalStatus;
  /** Sum of the proposed pairs' scores (0–100 each). */
  totalScore: Scalars['Float']['output'];
  /** Every participant left without a coach, with why (at most 100 a page). */
  unmatched: UnmatchedParticipantConnection;
  /** Participants left without one. */
  unmatchedCount: Scalars['Int']['output'];
};

/** A proposed assignment of coaches to a program's participants, reviewed and adjusted before it is approved. Its program's managers only. */
export type MatchProposalPairsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A proposed assignment of coaches to a program's participants, reviewed and adjusted before it is approved. Its program's managers only. */
export type MatchProposalUnmatchedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Why a proposal's computation failed. */
export type MatchProposalFailure =
  /** The computation itself failed; proposing again retries it. */
  | 'COMPUTATION_FAILED'
  /** The program was no longer ACTIVE when the computation started. */
  | 'PROGRAM_NOT_ACTIVE'
  /** The computation did not finish in time (its worker stopped); proposing again retries it. */
  | 'TIMED_OUT';

/** What a match proposal covers. */
export type MatchProposalKind =
  /** The live clients, in this program, of one coach who is paused or leaving. */
  | 'HANDOVER'
  /** Every ACCEPTED participant of the program without a coach. */
  | 'PROGRAM';

/** The result of proposing a match. */
export type MatchProposalPayload = {
  __typename?: 'MatchProposalPayload';
  /** The proposal; null when userErrors is not empty. */
  proposal?: Maybe<MatchProposal>;
  /** What to fix. */
  userErrors: Array<UserError>;
};

/** Where a match proposal is. */
export type MatchProposalStatus =
  /** Approved: its coaches were set. */
  | 'APPROVED'
  /** Discarded by an admin. */
  | 'DISCARDED'
  /** The computation could not finish (`failure` says why); propose again to retry. */
  | 'FAILED'
  /** Computed and open to review and adjustment. */
  | 'OPEN'
  /** Queued: proposeProgramMatch stored it and its computation has not started yet. */
  | 'PENDING'
  /** Being computed in the background (`cohortSize` says for how many participants); poll the proposal until it is OPEN or FAILED. */
  | 'RUNNING'
  /** Replaced by a newer proposal for the same program, or overtaken by changes (a coach's capacity ran out). */
  | 'SUPERSEDED';

/** One reason behind a suggestion, with the points it earned and the figures it rests on (for the widget to word in its own language). */
export type MatchReason = {
  __typename?: 'MatchReason';
  /** SPECIALTY and GOAL_FIT only: the capability that fits; null otherwise. */
  capability?: Maybe<Capability>;
  /** The criterion. */
  code: MatchReasonCode;
  /** HOURS_OVERLAP only: hours a week of overlap; null otherwise. */
  hours?: Maybe<Scalars['Float']['output']>;
  /** LANGUAGE only: the language the pair would speak; null otherwise. */
  language?: Maybe<Scalars['Locale']['output']>;
  /** A ready-made sentence in the request's language, e.g. “Speaks Spanish”. */
  message: Scalars['String']['output'];
  /** Points this reason adds to the score, one decimal (hours up to 35, focus 30, goals 15, rating 20; LANGUAGE adds 0). */
  points: Scalars['Float']['output'];
  /** RATING only: the coach's mean rating, 1–5; null otherwise. */
  ratingAverage?: Maybe<Scalars['Float']['output']>;
  /** RATING only: how many ratings that mean rests on; null otherwise. */
  ratingCount?: Maybe<Scalars['Int']['output']>;
};

/** Which criterion a match reason is about. */
export type MatchReasonCode =
  /** The coach specialises in a capability of one of the participant's goals. */
  | 'GOAL_FIT'
  /** Hours a week the coach's availability falls in the participant's working hours. */
  | 'HOURS_OVERLAP'
  /** The coach speaks the participant's language (a hard requirement). */
  | 'LANGUAGE'
  /**
   * The coach's ratings. Only for viewers who may see the coach's rating (admins, from
   * the organisation's minimum group size of ratings on); never in a participant's suggestions.
   */
  | 'RATING'
  /** The coach specialises in one of the program's focus capabilities. */
  | 'SPECIALTY';

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Records progress with an optional note, mood and confidence; moves the goal's progress and status. */
  addGoalCheckIn: GoalCheckInPayload;
  /** Appends a milestone (at most 50 per goal). */
  addGoalMilestone: GoalMilestonePayload;
  /** Adds coaches to a program's pool. Its managers only. */
  addProgramCoaches: ProgramCoachPoolPayload;
  /** Registers a public key for embed tokens. Add the new key before the backend signs with it, revoke the old one after: no token is refused meanwhile. Org admins only. */
  addSigningKey: AddSigningKeyPayload;
  /** Changes one pair of an OPEN proposal (language and capacity are checked). Its program's managers only. */
  adjustMatchProposal: MatchProposalPayload;
  /**
   * The signed-in participant answers this period's optional wellbeing pulse, at
   * most once per ISO week. Needs an active or invited enrolment; service accounts
   * are refused (FORBIDDEN).
   */
  answerWellbeingPulse: AnswerWellbeingPulsePayload;
  /** Sets the coaches of an OPEN proposal, under a lock, re-checking capacity (ACCEPTED enrolments become ACTIVE). Its program's managers only. */
  approveMatchProposal: MatchProposalPayload;
  /** Archives the viewer's goal: it leaves `goals` unless archived goals are asked for. */
  archiveGoal: GoalPayload;
  /** CLOSED (or a DRAFT never published) → ARCHIVED. Its managers only. */
  archiveProgram: ProgramTransitionPayload;
  /** Assigns a program admin to a program. Org admins only. */
  assignProgramAdmin: ProgramAdminPayload;
  /** Books a session with the enrolment's coach. A slot someone else took first answers a CONFLICT user error. */
  bookSession: SessionPayload;
  /** Matches every unmatched enrolment of a program at once, maximising the total score within every coach's capacity. Program and organisation admins only (FORBIDDEN otherwise). */
  bulkMatchProgram: BulkMatchProgramPayload;
  /** Cancels a booked session; inside the late window (participant only) it still counts against the quota. */
  cancelSession: SessionPayload;
  /** Withdraws, completes or re-invites one enrolment. Its program's managers only. */
  changeEnrolmentStatus: ChangeEnrolmentStatusPayload;
  /**
   * Sets the enrolment's coach. The participant chooses for an unmatched enrolment;
   * admins may too. The coach must be ACTIVE, speak the participant's language and
   * have capacity left, checked under a lock so concurrent choices never overfill a coach.
   */
  chooseCoach: ChooseCoachPayload;
  /** ACTIVE or PAUSED → CLOSED with an outcome summary; refused while sessions are booked in the future. Its managers only. */
  closeProgram: CloseProgramPayload;
  /** A program admin of the program (or an org admin) closes an open phase now. */
  closePulsePhase: ClosePulsePhasePayload;
  /** Ticks a milestone of the viewer's goal off, or reopens it. */
  completeGoalMilestone: GoalMilestonePayload;
  /** The coach (or an admin) marks a started session as held. */
  completeSession: SessionPayload;
  /** Sets the organisation's LRS (endpoint, credentials, version, agent naming). Org admins only (FORBIDDEN otherwise). */
  configureXapiLrs: ConfigureXapiLrsPayload;
  /** Creates a goal owned by the viewer. */
  createGoal: GoalPayload;
  /** Creates a DRAFT program. Org admins and program admins (who become its admin). */
  createProgram: CreateProgramPayload;
  /** Creates a service account and returns its client secret once. Org admins only. */
  createServiceAccount: CreateServiceAccountPayload;
  /** Subscribes a receiver to events; the answer holds the signing secret, shown this once. Org admins only. */
  createWebhookSubscription: WebhookSubscriptionSecretPayload;
  /** Deletes a subscription and its delivery log. Org admins only. */
  deleteWebhookSubscription: DeleteWebhookSubscriptionPayload;
  /** Discards an OPEN proposal. Its program's managers only. */
  discardMatchProposal: MatchProposalPayload;
  /** Ends a coach's PROBATION: kept (ACTIVE) or removed from coaching (PAUSED), audited. Same callers as pauseCoach. */
  endCoachProbation: CoachStatusPayload;
  /**
   * Reads a course's roster from its platform (Names and Role Provisioning Services 2.0, in the
   * background) and invites its active learners who match people of the organisation to a program;
   * unknown members are reported, never created. Org admins, and program admins of that program
   * (FORBIDDEN otherwise).
   */
  inviteLtiCourseMembers: InviteLtiCourseMembersPayload;
  /** Invites people to an ACTIVE program by hand. Its managers only. */
  inviteToProgram: InviteToProgramPayload;
  /** Issues a SCIM bearer credential; the secret is in the payload once. Org admins only (FORBIDDEN otherwise). */
  issueScimCredential: IssueScimCredentialPayload;
  /** The coach (or an admin) marks a started session as missed by the participant. */
  markSessionNoShow: SessionPayload;
  /** A program admin of the program (or an org admin) opens a 360 pulse phase and invites every active participant's raters. */
  openPulsePhase: OpenPulsePhasePayload;
  /** Pauses a coach: out of matching and booking until reinstated. Org admins, and program admins of a program whose pool holds the coach. */
  pauseCoach: CoachStatusPayload;
  /** ACTIVE → PAUSED. Its managers only. */
  pauseProgram: ProgramTransitionPayload;
  /** Computes a HANDOVER proposal for a coach's clients in a program. Its managers only. */
  proposeCoachHandover: MatchProposalPayload;
  /** Queues the computation of a PROGRAM proposal and answers at once with it PENDING (or with the one already PENDING or RUNNING); once computed it is OPEN and supersedes the program's previous OPEN proposal. Its managers only. */
  proposeProgramMatch: MatchProposalPayload;
  /** DRAFT → ACTIVE, inviting the population. Its managers only. */
  publishProgram: PublishProgramPayload;
  /** Records a KPI value (allowed in every state but ARCHIVED). Its managers only. */
  recordProgramKpiValue: RecordProgramKpiValuePayload;
  /** Re-evaluates an ACTIVE program's population. Its managers only. */
  refreshProgramPopulation: RefreshProgramPopulationPayload;
  /** Registers a learning platform for LTI 1.3 launches into this organisation. Org admins only (FORBIDDEN otherwise). */
  registerLtiPlatform: RegisterLtiPlatformPayload;
  /** Reinstates a PAUSED coach (ACTIVE again). Same as pauseCoach. */
  reinstateCoach: CoachStatusPayload;
  /** Gives one enrolment another coach. Its program's managers only. */
  rematchEnrolment: RematchEnrolmentPayload;
  /**
   * Reminds, by e-mail in each person's language, everyone in an ACTIVE program who has not answered
   * their invitation or has not booked a session. A person gets each kind of reminder at most once a
   * day (in the organisation's time zone), however often this is asked. Its managers only.
   */
  remindProgramParticipants: RemindProgramParticipantsPayload;
  /** Removes a platform registration and its users' links; its launches are refused from then on. Org admins only (FORBIDDEN otherwise). */
  removeLtiRegistration: RemoveLtiRegistrationPayload;
  /** Removes a coach from the pool (refused while they have live clients in it). Its managers only. */
  removeProgramCoach: ProgramCoachPoolPayload;
  /** Removes a group mapping (members keep their unit and roles). Org admins only (FORBIDDEN otherwise). */
  removeScimGroupMapping: RemoveScimGroupMappingPayload;
  /** Removes the organisation's LRS configuration; no statement is recorded from then on. Org admins only (FORBIDDEN otherwise). */
  removeXapiLrs: RemoveXapiLrsPayload;
  /** Puts the milestones of the viewer's goal in a new order. */
  reorderGoalMilestones: GoalPayload;
  /** Sends a FAILED delivery again, with the same `webhook-id` and a fresh round of attempts. Org admins only. */
  replayWebhookDelivery: WebhookDeliveryPayload;
  /** Queues failed statements again for a fresh round of attempts, after the LRS configuration was fixed; audited. Org admins only (FORBIDDEN otherwise). */
  replayXapiStatements: ReplayXapiStatementsPayload;
  /** Moves a booked session in one step: it holds either the old time or the new one, never both or neither. */
  rescheduleSession: SessionPayload;
  /** The participant accepts or declines their own invitation. */
  respondToProgramInvitation: RespondToProgramInvitationPayload;
  /** Brings an archived goal of the viewer's back. */
  restoreGoal: GoalPayload;
  /** PAUSED → ACTIVE. Its managers only. */
  resumeProgram: ProgramTransitionPayload;
  /** Revokes a SCIM credential at once. Org admins only (FORBIDDEN otherwise). */
  revokeScimCredential: RevokeScimCredentialPayload;
  /** Revokes a service account: it gets no new access token, and those it holds stop working at once. Org admins only. */
  revokeServiceAccount?: Maybe<ServiceAccount>;
  /** Revokes a signing key: tokens signed with it are refused within seconds. Org admins only. */
  revokeSigningKey?: Maybe<SigningKey>;
  /** Replaces a subscription's signing secret at once; the answer holds the new one, shown this once. Org admins only. */
  rotateWebhookSecret: WebhookSubscriptionSecretPayload;
  /** A rater saves answers of a request they owe, keeping them as a draft until they submit. */
  savePulseDraft: PulseAnswerPayload;
  /**
   * The signed-in coach replaces their weekly hours, coming days off and capacity. A change that
   * would leave booked sessions outside the new availability is not saved unless
   * `keepConflictingSessions` is set: the conflicts come back for the coach to decide. Coaches only
   * (FORBIDDEN otherwise).
   */
  setCoachAvailability: SetCoachAvailabilityPayload;
  /** Sets the organisation's probation thresholds; the next rating of any coach is judged by them. Org admins only. */
  setCoachQualitySettings: CoachQualitySettingsPayload;
  /**
   * Sets how long what deprovisioned people wrote is kept before it is erased; a shorter retention
   * applies at once. Org admins only (FORBIDDEN otherwise).
   */
  setContentRetention: SetContentRetentionPayload;
  /** Changes who besides the viewer may read their goal. */
  setGoalVisibility: GoalPayload;
  /** Sets (or, with null, removes) the OpenID Connect provider whose ID tokens `/oauth/token` exchanges. Org admins only. */
  setIdentityProvider: IntegrationsPayload;
  /** Sets (or, with null, removes) the URL of the JWKS the organisation's backend publishes its public keys at. Org admins only. */
  setJwksUrl: IntegrationsPayload;
  /**
   * Replaces where a registered platform's public keys come from: another JWKS URL, or keys pasted
   * inline (a rotation: paste the new set, the old and new keys together while the platform switches).
   * Launches verify with the new keys at once. Org admins only (FORBIDDEN otherwise).
   */
  setLtiPlatformKeys: SetLtiPlatformKeysPayload;
  /** The participant shares their progress with their manager, or stops sharing it. */
  setProgressSharing: ProgressSharingPayload;
  /** A participant chooses the reports and peers who rate them, before the phase's cut-off. */
  setPulseRaters: SetPulseRatersPayload;
  /**
   * Maps a SCIM group to an org unit or a role and applies it to the group's current members. Org admins
   * only (FORBIDDEN otherwise).
   */
  setScimGroupMapping: SetScimGroupMappingPayload;
  /** A rater submits a request they owe: its answers are final and count when the phase closes. */
  submitPulse: PulseAnswerPayload;
  /** The participant rates a completed session, once. */
  submitSessionFeedback: SubmitSessionFeedbackPayload;
  /** Removes a program admin from a program. Org admins only. */
  unassignProgramAdmin: ProgramAdminPayload;
  /** Changes the viewer's own goal; only the fields given change. */
  updateGoal: GoalPayload;
  /** Edits a program within what its status allows. Its managers only. */
  updateProgram: UpdateProgramPayload;
  /** Changes a pool coach's capacity in the program. Its managers only. */
  updateProgramCoach: ProgramCoachPoolPayload;
  /** Changes the signed-in person's own language and time zone. */
  updateViewerPreferences: UpdateViewerPreferencesPayload;
  /** Changes a subscription's URL, events or note, or disables or enables it. Org admins only. */
  updateWebhookSubscription: WebhookSubscriptionPayload;
  /** The coach who holds a started, not cancelled session writes their private note on it. */
  writeSessionNote: WriteSessionNotePayload;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationAddGoalCheckInArgs = {
  input: AddGoalCheckInInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationAddGoalMilestoneArgs = {
  input: AddGoalMilestoneInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationAddProgramCoachesArgs = {
  input: AddProgramCoachesInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationAddSigningKeyArgs = {
  input: AddSigningKeyInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationAdjustMatchProposalArgs = {
  input: AdjustMatchProposalInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationAnswerWellbeingPulseArgs = {
  input: AnswerWellbeingPulseInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationApproveMatchProposalArgs = {
  input: DecideMatchProposalInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationArchiveGoalArgs = {
  input: GoalIdInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationArchiveProgramArgs = {
  input: ProgramTransitionInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationAssignProgramAdminArgs = {
  input: ProgramAdminInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationBookSessionArgs = {
  input: BookSessionInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationBulkMatchProgramArgs = {
  input: BulkMatchProgramInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationCancelSessionArgs = {
  input: CancelSessionInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationChangeEnrolmentStatusArgs = {
  input: ChangeEnrolmentStatusInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationChooseCoachArgs = {
  input: ChooseCoachInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationCloseProgramArgs = {
  input: CloseProgramInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationClosePulsePhaseArgs = {
  input: ClosePulsePhaseInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationCompleteGoalMilestoneArgs = {
  input: CompleteGoalMilestoneInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationCompleteSessionArgs = {
  input: SessionIdInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationConfigureXapiLrsArgs = {
  input: ConfigureXapiLrsInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationCreateProgramArgs = {
  input: CreateProgramInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationCreateServiceAccountArgs = {
  input: CreateServiceAccountInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationDeleteWebhookSubscriptionArgs = {
  input: DeleteWebhookSubscriptionInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationDiscardMatchProposalArgs = {
  input: DecideMatchProposalInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationEndCoachProbationArgs = {
  input: EndCoachProbationInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationInviteLtiCourseMembersArgs = {
  input: InviteLtiCourseMembersInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationInviteToProgramArgs = {
  input: InviteToProgramInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationIssueScimCredentialArgs = {
  input: IssueScimCredentialInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationMarkSessionNoShowArgs = {
  input: SessionIdInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationOpenPulsePhaseArgs = {
  input: OpenPulsePhaseInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationPauseCoachArgs = {
  input: CoachStatusInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationPauseProgramArgs = {
  input: ProgramTransitionInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationProposeCoachHandoverArgs = {
  input: ProposeCoachHandoverInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationProposeProgramMatchArgs = {
  input: ProposeProgramMatchInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationPublishProgramArgs = {
  input: PublishProgramInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationRecordProgramKpiValueArgs = {
  input: RecordProgramKpiValueInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationRefreshProgramPopulationArgs = {
  input: RefreshProgramPopulationInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationRegisterLtiPlatformArgs = {
  input: RegisterLtiPlatformInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationReinstateCoachArgs = {
  input: CoachStatusInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationRematchEnrolmentArgs = {
  input: RematchEnrolmentInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationRemindProgramParticipantsArgs = {
  input: RemindProgramParticipantsInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationRemoveLtiRegistrationArgs = {
  id: Scalars['ID']['input'];
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationRemoveProgramCoachArgs = {
  input: ProgramCoachInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationRemoveScimGroupMappingArgs = {
  input: RemoveScimGroupMappingInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationReorderGoalMilestonesArgs = {
  input: ReorderGoalMilestonesInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationReplayWebhookDeliveryArgs = {
  input: ReplayWebhookDeliveryInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationReplayXapiStatementsArgs = {
  input: ReplayXapiStatementsInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationRescheduleSessionArgs = {
  input: RescheduleSessionInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationRespondToProgramInvitationArgs = {
  input: RespondToProgramInvitationInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationRestoreGoalArgs = {
  input: GoalIdInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationResumeProgramArgs = {
  input: ProgramTransitionInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationRevokeScimCredentialArgs = {
  input: RevokeScimCredentialInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationRevokeServiceAccountArgs = {
  id: Scalars['ID']['input'];
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationRevokeSigningKeyArgs = {
  id: Scalars['ID']['input'];
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationRotateWebhookSecretArgs = {
  input: RotateWebhookSecretInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationSavePulseDraftArgs = {
  input: SavePulseDraftInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationSetCoachAvailabilityArgs = {
  input: SetCoachAvailabilityInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationSetCoachQualitySettingsArgs = {
  input: CoachQualitySettingsInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationSetContentRetentionArgs = {
  input: SetContentRetentionInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationSetGoalVisibilityArgs = {
  input: SetGoalVisibilityInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationSetIdentityProviderArgs = {
  input?: InputMaybe<IdentityProviderInput>;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationSetJwksUrlArgs = {
  url?: InputMaybe<Scalars['String']['input']>;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationSetLtiPlatformKeysArgs = {
  input: SetLtiPlatformKeysInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationSetProgressSharingArgs = {
  input: SetProgressSharingInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationSetPulseRatersArgs = {
  input: SetPulseRatersInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationSetScimGroupMappingArgs = {
  input: SetScimGroupMappingInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationSubmitPulseArgs = {
  input: SubmitPulseInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationSubmitSessionFeedbackArgs = {
  input: SubmitSessionFeedbackInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationUnassignProgramAdminArgs = {
  input: ProgramAdminInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationUpdateProgramArgs = {
  input: UpdateProgramInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationUpdateProgramCoachArgs = {
  input: ProgramCoachInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationUpdateViewerPreferencesArgs = {
  input: UpdateViewerPreferencesInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationUpdateWebhookSubscriptionArgs = {
  input: UpdateWebhookSubscriptionInput;
};

/**
 * What a developer can change. A mutation refused for its input answers with
 * `userErrors` (and a null result) rather than a GraphQL error; GraphQL errors
 * mean the request itself failed (authentication, access, limits).
 */
export type MutationWriteSessionNoteArgs = {
  input: WriteSessionNoteInput;
};

/** An object with a global opaque ID that `Query.node` can refetch. */
export type Node = {
  /** Global opaque ID, stable for the life of the object. Do not parse it: its format may change. */
  id: Scalars['ID']['output'];
};

/** Opens a 360 pulse phase of a program. */
export type OpenPulsePhaseInput = {
  /** When answering ends and the figures are released; after `opensAt`, within a year. */
  closesAt: Scalars['DateTime']['input'];
  /** Most peers invited per participant (default 3, at most 20). */
  maxPeers?: InputMaybe<Scalars['Int']['input']>;
  /** Most direct reports invited per participant (default 3, at most 20). */
  maxReports?: InputMaybe<Scalars['Int']['input']>;
  /** Fewest peers a participant must keep (default 0). */
  minPeers?: InputMaybe<Scalars['Int']['input']>;
  /** Fewest direct reports a participant must keep (default 0). */
  minReports?: InputMaybe<Scalars['Int']['input']>;
  /** When raters can start answering; now when omitted. Not in the past. */
  opensAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Which phase. */
  phase: AssessmentPhase;
  /** The program (a Program ID). */
  programId: Scalars['ID']['input'];
  /** Until when participants may change their raters; `closesAt` when omitted. Between `opensAt` and `closesAt`. */
  ratersCutoffAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The result of openPulsePhase. */
export type OpenPulsePhasePayload = {
  __typename?: 'OpenPulsePhasePayload';
  /** The phase as opened; null when refused. */
  phase?: Maybe<PulsePhaseWindow>;
  /** What the admin can fix: a bad window or limits, a phase already collected, a program not active. */
  userErrors: Array<UserError>;
};

/** A node of the organisation's tree (region → function → team). Everyone in the organisation sees the tree. */
export type OrgUnit = Node & {
  __typename?: 'OrgUnit';
  /** The units directly below, by name. */
  children: OrgUnitConnection;
  /** 0 for a root. */
  depth: Scalars['Int']['output'];
  /** Global opaque ID. */
  id: Scalars['ID']['output'];
  /** Its level in the tree. */
  kind: OrgUnitKind;
  /** The person who leads the unit; null when none is recorded. */
  manager?: Maybe<Person>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** The unit above; null for a root. */
  parent?: Maybe<OrgUnit>;
  /** Headcount of this unit and every unit below it. */
  peopleCount: Scalars['Int']['output'];
};

/** A node of the organisation's tree (region → function → team). Everyone in the organisation sees the tree. */
export type OrgUnitChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of org units, by name. */
export type OrgUnitConnection = {
  __typename?: 'OrgUnitConnection';
  /** The units on this page. */
  edges: Array<OrgUnitEdge>;
  /** Where this page sits; `endCursor` fetches the next. */
  pageInfo: PageInfo;
  /** How many units match in all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One org unit in a page of units. */
export type OrgUnitEdge = {
  __typename?: 'OrgUnitEdge';
  /** Opaque position of this edge; pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The org unit. */
  node: OrgUnit;
};

/** The level of an org unit in the organisation's tree. */
export type OrgUnitKind =
  /** A business function within a region (Sales, Engineering…). */
  | 'FUNCTION'
  /** A geography, at the top of the tree. */
  | 'REGION'
  /** A team within a function, where people sit. */
  | 'TEAM';

/** A tenant: the organisation that signed the embed token. */
export type Organisation = Node & {
  __typename?: 'Organisation';
  /** Global opaque ID. */
  id: Scalars['ID']['output'];
  /** Locales the organisation offers, its default first. */
  locales: Array<Scalars['Locale']['output']>;
  /** Figures about fewer people than this are never returned (suppressed to protect anonymity). */
  minGroupSize: Scalars['Int']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Short stable identifier of the organisation (`acme`). */
  slug: Scalars['String']['output'];
  /** The organisation's home time zone. */
  timeZone: Scalars['TimeZone']['output'];
};

/**
 * Relay cursor pagination state of a connection. Pages are keyset-based: a cursor
 * names the last row seen, so rows inserted while you page neither repeat nor go
 * missing before it.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of this page; null on an empty page. Pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows; pass `endCursor` as `after` to fetch it. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether this page was requested with `after` (forward paging only: there is no `before`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of this page; null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One ISO week of a program's participation, for its outcomes over time. */
export type ParticipationWeek = {
  __typename?: 'ParticipationWeek';
  /** Participants ACTIVE at the end of the week; null when withheld. */
  activeParticipants?: Maybe<Scalars['Int']['output']>;
  /** Distinct participants with a session held that week; null when withheld. */
  participantsWithSessions?: Maybe<Scalars['Int']['output']>;
  /** Sessions held that week; null when withheld. */
  sessionsHeld?: Maybe<Scalars['Int']['output']>;
  /** Monday of the week. */
  weekStarting: Scalars['Date']['output'];
  /** Whether the week's figures are withheld because fewer than the organisation's `minGroupSize` participants were active. */
  withheld: Scalars['Boolean']['output'];
};

/** Narrows `Query.people`; the conditions combine with AND. */
export type PeopleFilter = {
  /** People at any of these job levels. */
  jobLevels?: InputMaybe<Array<JobLevel>>;
  /** People in this org unit or any unit below it. */
  orgUnit?: InputMaybe<Scalars['ID']['input']>;
  /** People holding this role. */
  role?: InputMaybe<Role>;
  /** Case-insensitive match on name or email. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A person in the organisation. Name, job level, org unit and manager form the
 * directory everyone in the organisation can see. Contact and account details are for
 * the person, their managers, their current coach and admins; enrolments for the
 * person, their current coach and admins (FORBIDDEN otherwise).
 */
export type Person = Node & {
  __typename?: 'Person';
  /** People whose line manager this person is, by name. Everyone in the organisation. */
  directReports?: Maybe<PersonConnection>;
  /**
   * Work email. The person, their direct and skip-level managers, their current coach,
   * program and organisation admins; FORBIDDEN for anyone else.
   */
  email?: Maybe<Scalars['String']['output']>;
  /**
   * The person's program enrolments, newest first. The person, their current coach
   * (only the enrolments they coach) and admins; FORBIDDEN for anyone else.
   */
  enrolments?: Maybe<EnrolmentConnection>;
  /** Global opaque ID. */
  id: Scalars['ID']['output'];
  /** The date the person took up their current role. Same readers as `email`. */
  inRoleSince?: Maybe<Scalars['Date']['output']>;
  /** Seniority. Everyone in the organisation. */
  jobLevel: JobLevel;
  /** Preferred language, one of the organisation's locales. Same readers as `email`. */
  locale?: Maybe<Scalars['Locale']['output']>;
  /** Their line manager; null at the top of the tree. Everyone in the organisation. */
  manager?: Maybe<Person>;
  /** Full name as the organisation's directory spells it. Everyone in the organisation. */
  name: Scalars['String']['output'];
  /** The team, function or region the person belongs to; null when unassigned. Everyone in the organisation. */
  orgUnit?: Maybe<OrgUnit>;
  /** The organisation the person belongs to (always the viewer's). */
  organisation: Organisation;
  /**
   * Roles in the organisation. For the viewer: the roles this request acts with (the
   * token may narrow them). For others: their stored roles, same readers as `email`.
   */
  roles?: Maybe<Array<Role>>;
  /** Time zone the person works in; open slots are shown in it unless a widget asks for another. Same readers as `email`. */
  timeZone?: Maybe<Scalars['TimeZone']['output']>;
  /**
   * The person's own wellbeing pulse. Only the person themselves: anyone else
   * (manager, coach, admin, service account) is refused on every path.
   */
  wellbeing?: Maybe<WellbeingPulse>;
};

/**
 * A person in the organisation. Name, job level, org unit and manager form the
 * directory everyone in the organisation can see. Contact and account details are for
 * the person, their managers, their current coach and admins; enrolments for the
 * person, their current coach and admins (FORBIDDEN otherwise).
 */
export type PersonDirectReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A person in the organisation. Name, job level, org unit and manager form the
 * directory everyone in the organisation can see. Contact and account details are for
 * the person, their managers, their current coach and admins; enrolments for the
 * person, their current coach and admins (FORBIDDEN otherwise).
 */
export type PersonEnrolmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of people, in the order the field states. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people on this page. */
  edges: Array<PersonEdge>;
  /** Where this page sits; `endCursor` fetches the next. */
  pageInfo: PageInfo;
  /** How many people match in all pages together (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** One person in a page of people. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque position of this edge; pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** An org unit named by a population rule. */
export type PopulationOrgUnit = {
  __typename?: 'PopulationOrgUnit';
  /** Whether the units below it count too (true) or only people directly in it (false). */
  includeSubtree: Scalars['Boolean']['output'];
  /** The unit. */
  orgUnit: OrgUnit;
};

/** An org unit in a population rule. */
export type PopulationOrgUnitInput = {
  /** Whether the units below it count too; default true. */
  includeSubtree?: InputMaybe<Scalars['Boolean']['input']>;
  /** The unit's ID. */
  orgUnitId: Scalars['ID']['input'];
};

/** The population rules evaluated against the organisation now. */
export type PopulationPreview = {
  __typename?: 'PopulationPreview';
  /** People the rules select (coaches of the program's pool are not excluded by this count). */
  count: Scalars['Int']['output'];
  /** How many of them are already in another program (invited, accepted, waitlisted or active there). */
  overlapCount: Scalars['Int']['output'];
  /** The other programs they are in, most shared people first (at most 20). */
  overlaps: Array<ProgramOverlap>;
  /** Up to `sampleSize` of the selected people, by name (the directory's facts only), to check the rules make sense. */
  sample: Array<Person>;
  /** Problems with the rules (an unknown org unit, an inverted range); when not empty, count is 0. */
  userErrors: Array<UserError>;
};

/** Who a program is for, as rules stored as data and evaluated in SQL. A person is in the population when they match every rule that is set (absent or empty rules do not restrict), or are explicitly included; explicit excludes always win. */
export type PopulationRules = {
  __typename?: 'PopulationRules';
  /** Org units whose people are out, whatever else matches. */
  excludedOrgUnits: Array<PopulationOrgUnit>;
  /** People who are out whatever the other rules say. */
  excludedPeople: Array<Person>;
  /** People who are in whatever the other rules say. */
  includedPeople: Array<Person>;
  /** Job levels that are in; empty: every level. */
  jobLevels: Array<JobLevel>;
  /** Languages (people's locale, by primary language) that are in; empty: every language. */
  locales: Array<Scalars['Locale']['output']>;
  /** True: only people who manage at least one manager; false: only people who do not; null: either. */
  managesManagers?: Maybe<Scalars['Boolean']['output']>;
  /** In their current role at most this many days (e.g. 183 for 'promoted in the last six months'); null: no upper bound. */
  maxDaysInRole?: Maybe<Scalars['Int']['output']>;
  /** In their current role at least this many days; null: no lower bound. */
  minDaysInRole?: Maybe<Scalars['Int']['output']>;
  /** Org units whose people are in; a person matches when they are in any of them. Empty: the whole organisation. */
  orgUnits: Array<PopulationOrgUnit>;
  /** Time zones (the location people work from) that are in; empty: every zone. */
  timeZones: Array<Scalars['TimeZone']['output']>;
};

/** Who a program is for. Every list holds at most 500 entries; an unknown org unit or person is a userError naming its position. */
export type PopulationRulesInput = {
  /** Org units whose people are out. */
  excludedOrgUnits?: InputMaybe<Array<PopulationOrgUnitInput>>;
  /** People who are out regardless of the other rules (person IDs). */
  excludedPersonIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** People who are in regardless of the other rules (person IDs). */
  includedPersonIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Job levels that are in; empty or omitted: every level. */
  jobLevels?: InputMaybe<Array<JobLevel>>;
  /** Languages that are in (matched on the primary language); empty or omitted: every language. */
  locales?: InputMaybe<Array<Scalars['Locale']['input']>>;
  /** True: only managers of managers; false: only people who manage no manager; omitted: either. */
  managesManagers?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most this many days in the current role, 0–36500, not below `minDaysInRole`. */
  maxDaysInRole?: InputMaybe<Scalars['Int']['input']>;
  /** At least this many days in the current role, 0–36500. */
  minDaysInRole?: InputMaybe<Scalars['Int']['input']>;
  /** Org units whose people are in; empty or omitted: the whole organisation. */
  orgUnits?: InputMaybe<Array<PopulationOrgUnitInput>>;
  /** IANA time zones that are in; empty or omitted: every zone. */
  timeZones?: InputMaybe<Array<Scalars['TimeZone']['input']>>;
};

/** How a coach's probation ends. */
export type ProbationOutcome =
  /** Kept: ACTIVE again, back in matching and booking. */
  | 'KEEP'
  /** Removed from coaching: PAUSED, out of matching and booking (their clients are moved with proposeCoachHandover; reinstateCoach can bring them back). */
  | 'REMOVE';

/** A coaching program tied to a business objective. Everyone in the organisation may read a published program's description; a DRAFT only those who manage it. */
export type Program = Node & {
  __typename?: 'Program';
  /** Program admins assigned to this program. Org admins and this program's admins only (null for others). */
  admins?: Maybe<Array<Person>>;
  /** The intended cadence: days between two sessions of one participant (1–90), e.g. 21 for every three weeks. */
  cadenceDays: Scalars['Int']['output'];
  /** Most participants at once (accepted or active); the rest are waitlisted. Null: no limit. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** When it was closed; null while not closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The coaches matching draws from, by name. Empty: every coach of the organisation is eligible. Its managers only (null for others). */
  coachPool?: Maybe<Array<ProgramCoach>>;
  /** When the program was created. */
  createdAt: Scalars['DateTime']['output'];
  /** How long each participant's coaching runs, in weeks (1–104). */
  durationWeeks: Scalars['Int']['output'];
  /** Last day of the program; null when open-ended. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** Count of enrolments in each status, every status listed (zeros included) in the enum's order. Program admins of this program and org admins only (null for others). */
  enrolmentCounts?: Maybe<Array<EnrolmentStatusCount>>;
  /** Every enrolment of the program, newest first, at most 100 a page. Program admins of this program and org admins only (FORBIDDEN otherwise). */
  enrolments?: Maybe<EnrolmentConnection>;
  /** Capabilities the coaching focuses on, in the configured order. */
  focusCapabilities: Array<Capability>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /**
   * The first of `kpis`; null when the program has none. Use `kpis`.
   * @deprecated A program has several KPIs: use `kpis`.
   */
  kpi?: Maybe<ProgramKpi>;
  /** Every recorded KPI value as CSV (KPI, unit, baseline, target, recorded on, value). Program admins of this program and org admins only (FORBIDDEN otherwise). */
  kpiCsv: Scalars['String']['output'];
  /** The KPIs the objective targets, in the order they were defined, each with its recorded values. */
  kpis: Array<ProgramKpi>;
  /** Languages coaching is offered in; a participant is coached in their own language when it is one of these. */
  languages: Array<Scalars['Locale']['output']>;
  /** Readings of LMS course rosters whose learners were invited to this program, the latest first. Org admins and this program's admins; null for anyone else. */
  ltiRosterImports?: Maybe<Array<LtiRosterImport>>;
  /** The name in the request's language (falling back to the first of `names`). */
  name: Scalars['String']['output'];
  /** The name in every language it was given, the organisation's default first. */
  names: Array<LocalisedText>;
  /** The business objective in the request's language (falling back to the first of `objectives`). */
  objective: Scalars['String']['output'];
  /** The objective in every language it was given. */
  objectives: Array<LocalisedText>;
  /** The newest OPEN match proposal, if any. Its managers only (null for others). */
  openMatchProposal?: Maybe<MatchProposal>;
  /** The closing summary of outcomes, in every language it was written in; empty before the program is closed. */
  outcomeSummary: Array<LocalisedText>;
  /**
   * Participation per ISO week from the program's start (or first enrolment) to today or its end, at most 104 weeks;
   * weeks with fewer active participants than the organisation's `minGroupSize` are withheld. Program admins of this
   * program and org admins only (null for others).
   */
  participation?: Maybe<Array<ParticipationWeek>>;
  /** The newest PROGRAM proposal while it is PENDING, RUNNING or FAILED (null once it is OPEN or decided, or when there is none). Its managers only (null for others). */
  pendingMatchProposal?: Maybe<MatchProposal>;
  /** The booking and cancellation policy participants book under. */
  policy: ProgramPolicy;
  /** The rules evaluated now: how many people match and how many of them are in other programs. Program admins of this program and org admins only (null for others). */
  population?: Maybe<PopulationPreview>;
  /** When it was first published (DRAFT → ACTIVE); null while a draft. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The program's 360 pulse phases, PRE before MID before POST; its program admins and org admins only. */
  pulsePhases: Array<PulsePhaseWindow>;
  /**
   * The roster as CSV (RFC 4180): one line per enrolment with the participant's name, org unit, status,
   * coach, sessions used and last activity; the summary lines by org unit withhold any count below the
   * organisation's `minGroupSize`, as the heatmap export does. Program admins of this program and org admins
   * only (FORBIDDEN otherwise).
   */
  rosterCsv: Scalars['String']['output'];
  /** Length of one session in minutes (15–240). */
  sessionMinutes: Scalars['Int']['output'];
  /**
   * Sessions per ISO week as CSV (week, booked, completed, cancelled, no-shows); a week with sessions of fewer
   * than `minGroupSize` participants is written as suppressed. Program admins of this program and org admins
   * only (FORBIDDEN otherwise).
   */
  sessionsCsv: Scalars['String']['output'];
  /** Session quota: sessions each participant may book, 1–52. */
  sessionsPerParticipant: Scalars['Int']['output'];
  /** First day of the program (in the organisation's time zone); null when open-ended. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** Where the program is in its life. */
  status: ProgramStatus;
  /** Who the program is for, as rules. Program admins of this program and org admins only (null for others). */
  targetPopulation?: Maybe<PopulationRules>;
  /** Whether the viewer may edit this program, change its enrolments and run its matching (an org admin, a program admin assigned to it, or a service account with the manage-programs scope). */
  viewerCanManage: Scalars['Boolean']['output'];
  /** The viewer's own enrolment in this program, if any (for the booker's invitation). */
  viewerEnrolment?: Maybe<Enrolment>;
};

/** A coaching program tied to a business objective. Everyone in the organisation may read a published program's description; a DRAFT only those who manage it. */
export type ProgramEnrolmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<EnrolmentStatus>;
};

/** A coaching program tied to a business objective. Everyone in the organisation may read a published program's description; a DRAFT only those who manage it. */
export type ProgramKpiCsvArgs = {
  locale?: InputMaybe<Scalars['Locale']['input']>;
};

/** A coaching program tied to a business objective. Everyone in the organisation may read a published program's description; a DRAFT only those who manage it. */
export type ProgramLtiRosterImportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A coaching program tied to a business objective. Everyone in the organisation may read a published program's description; a DRAFT only those who manage it. */
export type ProgramRosterCsvArgs = {
  locale?: InputMaybe<Scalars['Locale']['input']>;
};

/** A coaching program tied to a business objective. Everyone in the organisation may read a published program's description; a DRAFT only those who manage it. */
export type ProgramSessionsCsvArgs = {
  locale?: InputMaybe<Scalars['Locale']['input']>;
};

/** Assigns or unassigns a program admin. */
export type ProgramAdminInput = {
  /** A person with the PROGRAM_ADMIN role. */
  personId: Scalars['ID']['input'];
  /** The program. */
  programId: Scalars['ID']['input'];
};

/** The result of assigning or unassigning a program admin. */
export type ProgramAdminPayload = {
  __typename?: 'ProgramAdminPayload';
  /** The program with its admins; null when userErrors is not empty. */
  program?: Maybe<Program>;
  /** What to fix (the person lacks the PROGRAM_ADMIN role, is not assigned, …). */
  userErrors: Array<UserError>;
};

/** A coach in a program's pool. */
export type ProgramCoach = {
  __typename?: 'ProgramCoach';
  /** This program's live participants matched with the coach. */
  activeClients: Scalars['Int']['output'];
  /** When the coach joined the pool. */
  addedAt: Scalars['DateTime']['output'];
  /** Most of this program's participants the coach takes; null: only their overall capacity limits them. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** The coach. */
  coach: Coach;
  /**
   * Participants' comments on the coach's sessions in this program, without their authors. They are released in
   * batches, each holding comments of at least the organisation's `minGroupSize` distinct participants; until the
   * first batch nothing is shown.
   */
  feedbackComments: CoachFeedbackComments;
  /**
   * Mean rating of the coach's sessions in this program per calendar month, oldest first (the last 12 months):
   * a month rated by fewer than the organisation's `minGroupSize` distinct participants has no average. A month's
   * average appears when the month has ended and counts the ratings submitted by then; it never changes afterwards.
   */
  ratingTrend: Array<CoachRatingMonth>;
};

/** Changes or removes one coach of a program's pool. */
export type ProgramCoachInput = {
  /** New capacity in this program, 0–200 (for updateProgramCoach); null removes the program limit. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** The coach. */
  coachId: Scalars['ID']['input'];
  /** The program. */
  programId: Scalars['ID']['input'];
};

/** The result of changing a program's pool. */
export type ProgramCoachPoolPayload = {
  __typename?: 'ProgramCoachPoolPayload';
  /** The program with its pool; null when userErrors is not empty. */
  program?: Maybe<Program>;
  /** What to fix (unknown coach by position, a coach with live clients in the program cannot be removed). */
  userErrors: Array<UserError>;
};

/** Programs, a page at a time. */
export type ProgramConnection = {
  __typename?: 'ProgramConnection';
  /** This page's edges. */
  edges: Array<ProgramEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Every program matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A page edge of programs. */
export type ProgramEdge = {
  __typename?: 'ProgramEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The program. */
  node: Program;
};

/** A business KPI a program is meant to move, with its baseline, target and the values recorded over time. */
export type ProgramKpi = {
  __typename?: 'ProgramKpi';
  /** The value before the program. */
  baseline?: Maybe<Scalars['Float']['output']>;
  /** Opaque identifier of the KPI (use it to record values). */
  id: Scalars['ID']['output'];
  /** The KPI's name in the request's language. */
  name: Scalars['String']['output'];
  /** The name in every language it was given. */
  names: Array<LocalisedText>;
  /** The value the program aims for. */
  target?: Maybe<Scalars['Float']['output']>;
  /** Unit the values are in (`days`, `%`, `points`); null when unitless. */
  unit?: Maybe<Scalars['String']['output']>;
  /** Values recorded over time, oldest first (at most 500). */
  values: Array<KpiValue>;
};

/** A KPI as `createProgram` / `updateProgram` take it; the list replaces the program's KPIs (values of kept KPIs stay). */
export type ProgramKpiInput = {
  /** The value before the program. */
  baseline?: InputMaybe<Scalars['Float']['input']>;
  /** An existing KPI's `id` to keep it and its recorded values; omitted for a new KPI. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The name in one or more of the organisation's locales, 1–200 characters each. */
  names: Array<LocalisedTextInput>;
  /** The value the program aims for. */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** Unit of its values, up to 40 characters. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Another program sharing people with a population. */
export type ProgramOverlap = {
  __typename?: 'ProgramOverlap';
  /** People in both. */
  count: Scalars['Int']['output'];
  /** The other program. */
  program: Program;
};

/** The booking and cancellation rules of a program, applied when participants book. */
export type ProgramPolicy = {
  __typename?: 'ProgramPolicy';
  /** Minutes kept free between two sessions of one coach (0–240). */
  bufferMinutes: Scalars['Int']['output'];
  /** How far ahead sessions may be booked, in days (1–365). */
  horizonDays: Scalars['Int']['output'];
  /** A cancellation closer than this many hours to the start counts as late and uses up the session (0–336). */
  lateCancelHours: Scalars['Int']['output'];
  /** Earliest a session may be booked ahead, in hours (0–720). */
  minNoticeHours: Scalars['Int']['output'];
};

/** Changes to the booking and cancellation policy; omitted fields keep their value. */
export type ProgramPolicyInput = {
  /** Minutes between two sessions of one coach, 0–240. */
  bufferMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Days ahead sessions may be booked, 1–365. */
  horizonDays?: InputMaybe<Scalars['Int']['input']>;
  /** Hours before the start under which a cancellation is late, 0–336. */
  lateCancelHours?: InputMaybe<Scalars['Int']['input']>;
  /** Hours of notice a booking needs, 0–720. */
  minNoticeHours?: InputMaybe<Scalars['Int']['input']>;
};

/** A reminder sent from a program's roster. */
export type ProgramReminderKind =
  /** To people ACCEPTED or ACTIVE with no session booked or held: book a session. */
  | 'BOOK'
  /** To people INVITED who have not accepted or declined: answer the invitation. */
  | 'RESPOND';

/**
 * Where a program is in its life. DRAFT → ACTIVE → CLOSED → ARCHIVED, with ACTIVE ⇄ PAUSED.
 * What each state allows is described on each value.
 */
export type ProgramStatus =
  /**
   * Published: people are invited, matched and book sessions. Names, objectives, KPIs, capacity (not below
   * the participants already in), dates (not moving the start once it has passed), booking and cancellation
   * policy and the population rules may change; languages may only be added; the session quota may only grow.
   */
  | 'ACTIVE'
  /** Put away: read-only and left out of `programs` unless asked for by status. */
  | 'ARCHIVED'
  /** Ended with an outcome summary: read-only apart from recording KPI values; live participants are completed, open invitations withdrawn. */
  | 'CLOSED'
  /** Legacy name of CLOSED, kept so older clients still parse; no program is in this state any more. */
  | 'COMPLETED'
  /** Being set up: every field may be edited, the population previewed; nobody is invited and nothing can be booked. */
  | 'DRAFT'
  /** Temporarily stopped: no new invitations or matches and no new bookings; sessions already booked stand. Resuming makes it ACTIVE again. */
  | 'PAUSED';

/** Names a program for a state change (pause, resume, archive). */
export type ProgramTransitionInput = {
  /** The program. */
  programId: Scalars['ID']['input'];
  /** Why, kept in the audit log (up to 500 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The result of a state change of a program. */
export type ProgramTransitionPayload = {
  __typename?: 'ProgramTransitionPayload';
  /** The program after the change; null when userErrors is not empty. */
  program?: Maybe<Program>;
  /** Why the change is not allowed in the program's state. */
  userErrors: Array<UserError>;
};

/**
 * Whether the viewer may see a card's progress. The participant and their current
 * coach always may; their direct manager only when the participant shares it.
 * Admins see progress only in aggregates, never one person's card.
 */
export type ProgressAvailability =
  /** The viewer may see the progress: `progress` is filled. */
  | 'AVAILABLE'
  /** The person has no enrolment the viewer can see. */
  | 'NOT_ENROLLED'
  /** The viewer manages the person, who keeps their progress private. */
  | 'NOT_SHARED';

/** One progress card: a person, and their current enrolment's progress when the viewer may see it. */
export type ProgressCard = {
  __typename?: 'ProgressCard';
  /** Whether the viewer may see the progress, and if not, why. */
  availability: ProgressAvailability;
  /** The person the card is about. */
  person: Person;
  /** Null unless availability is AVAILABLE. */
  progress?: Maybe<CoachingProgress>;
};

/** A page of progress cards, by the person's name. */
export type ProgressCardConnection = {
  __typename?: 'ProgressCardConnection';
  /** The cards on this page. */
  edges: Array<ProgressCardEdge>;
  /** Where this page sits; `endCursor` fetches the next. */
  pageInfo: PageInfo;
  /** How many direct reports the viewer has. */
  totalCount: Scalars['Int']['output'];
};

/** One card in a page of cards. */
export type ProgressCardEdge = {
  __typename?: 'ProgressCardEdge';
  /** Opaque position of this edge; pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The card. */
  node: ProgressCard;
};

/** The outcome of `setProgressSharing`. */
export type ProgressSharingPayload = {
  __typename?: 'ProgressSharingPayload';
  /** The progress after the change; null when userErrors is not empty. */
  progress?: Maybe<CoachingProgress>;
  /** Why the change was refused: NOT_FOUND (enrolment not visible), FORBIDDEN (only the participant decides). Empty on success. */
  userErrors: Array<UserError>;
};

/** A coach's load in a proposal. */
export type ProposalCoachLoad = {
  __typename?: 'ProposalCoachLoad';
  /** Most clients they take at once (their program capacity when set, else their overall capacity). */
  capacity: Scalars['Int']['output'];
  /** The coach. */
  coach: Coach;
  /** Live clients they already have (any program). */
  current: Scalars['Int']['output'];
  /** Participants the proposal gives them. */
  proposed: Scalars['Int']['output'];
};

/** Computes a proposal moving a coach's live clients in a program to other coaches. */
export type ProposeCoachHandoverInput = {
  /** The coach whose clients move (usually PAUSED). */
  coachId: Scalars['ID']['input'];
  /** The program. */
  programId: Scalars['ID']['input'];
};

/** Computes a proposal for every ACCEPTED participant without a coach. */
export type ProposeProgramMatchInput = {
  /** The ACTIVE program. */
  programId: Scalars['ID']['input'];
};

/** One participant and the coach proposed for them. */
export type ProposedMatch = {
  __typename?: 'ProposedMatch';
  /** Whether an admin chose this pair by hand. */
  adjusted: Scalars['Boolean']['output'];
  /** The proposed coach. */
  coach: Coach;
  /** The participant's enrolment. */
  enrolment: Enrolment;
  /** Why this coach: every reason with its points. */
  reasons: Array<MatchReason>;
  /** Match score 0–100 (one decimal). */
  score: Scalars['Float']['output'];
};

/** Proposed pairs, a page at a time. */
export type ProposedMatchConnection = {
  __typename?: 'ProposedMatchConnection';
  /** This page's edges. */
  edges: Array<ProposedMatchEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Every pair. */
  totalCount: Scalars['Int']['output'];
};

/** A page edge of proposed pairs. */
export type ProposedMatchEdge = {
  __typename?: 'ProposedMatchEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The pair. */
  node: ProposedMatch;
};

/** Publishes a DRAFT: it becomes ACTIVE and everyone in its population is invited (up to its capacity; the rest waitlisted). */
export type PublishProgramInput = {
  /** The DRAFT program. */
  programId: Scalars['ID']['input'];
};

/** The result of publishProgram. */
export type PublishProgramPayload = {
  __typename?: 'PublishProgramPayload';
  /** People invited by publishing. */
  invitedCount: Scalars['Int']['output'];
  /** The published program; null when userErrors is not empty. */
  program?: Maybe<Program>;
  /** Why the program cannot be published (no population, missing dates, …). */
  userErrors: Array<UserError>;
  /** People waitlisted because the program is full. */
  waitlistedCount: Scalars['Int']['output'];
};

/** One answer the rater gave (or is drafting) on one capability. */
export type PulseAnswer = {
  __typename?: 'PulseAnswer';
  /** The capability rated. */
  capability: Capability;
  /** The score, on the pulse's scale. */
  score: Scalars['Int']['output'];
};

/** One answer to save or submit. */
export type PulseAnswerInput = {
  /** The capability (a Capability ID of the program's focus capabilities). */
  capabilityId: Scalars['ID']['input'];
  /** The score, on the pulse's scale. */
  score: Scalars['Int']['input'];
};

/** The result of savePulseDraft and submitPulse. */
export type PulseAnswerPayload = {
  __typename?: 'PulseAnswerPayload';
  /** The request with its draft as saved; null when refused or once submitted. */
  request?: Maybe<PulseRequest>;
  /** Whether the rating was submitted (submitPulse). */
  submitted: Scalars['Boolean']['output'];
  /** What the rater can fix: no such request, a phase not open, an unknown capability, a score off the scale, a missing answer. */
  userErrors: Array<UserError>;
};

/** One phase of a program's 360 pulse, as its program admins see it. */
export type PulsePhaseWindow = {
  __typename?: 'PulsePhaseWindow';
  /** When answering ends and the phase's figures are released. */
  closesAt: Scalars['DateTime']['output'];
  /** When raters can start answering. */
  opensAt: Scalars['DateTime']['output'];
  /** Which phase. */
  phase: AssessmentPhase;
  /** How many reports and peers a participant may choose. */
  raterLimits: PulseRaterLimits;
  /** Until when participants may change who rates them. */
  ratersCutoffAt: Scalars['DateTime']['output'];
  /** Ratings asked for in this phase (every rater of every participant, self included). */
  requested: Scalars['Int']['output'];
  /** Ratings submitted so far. */
  submitted: Scalars['Int']['output'];
};

/** One person invited to rate a participant, as the participant sees their own rater list (never whether or what they answered). */
export type PulseRater = {
  __typename?: 'PulseRater';
  /** Who rates. */
  person: Person;
  /** How they stand to the participant. */
  raterType: PulseRaterType;
};

/** How many reports and peers a participant may have rate them in a phase. */
export type PulseRaterLimits = {
  __typename?: 'PulseRaterLimits';
  /** Most peers. */
  maxPeers: Scalars['Int']['output'];
  /** Most direct reports. */
  maxReports: Scalars['Int']['output'];
  /** Fewest peers. */
  minPeers: Scalars['Int']['output'];
  /** Fewest direct reports. */
  minReports: Scalars['Int']['output'];
};

/** How a rater stands to the person they rate in a 360 pulse. */
export type PulseRaterType =
  /** The participant's manager. */
  | 'MANAGER'
  /** A colleague with the same manager (anonymous: shown only in groups of the minimum size). */
  | 'PEER'
  /** Someone who reports to the participant (anonymous: shown only in groups of the minimum size). */
  | 'REPORT'
  /** The participant rating themselves (never counted as anonymous). */
  | 'SELF';

/** A 360 rating the viewer owes: whom to rate, in which program and phase, on what, by when. */
export type PulseRequest = {
  __typename?: 'PulseRequest';
  /** The program's focus capabilities, each to be rated once. */
  capabilities: Array<Capability>;
  /** The viewer's saved draft answers (theirs alone; nobody else reads them). */
  draft: Array<PulseAnswer>;
  /** When the phase closes: answers after it are refused. */
  dueAt: Scalars['DateTime']['output'];
  /** Which phase. */
  phase: AssessmentPhase;
  /** The program whose capabilities are rated. */
  program: Program;
  /**
   * For the viewer's own SELF request: everyone they may ask, their direct reports (REPORT) and the
   * people who share their manager (PEER), by name. Empty on every other request.
   */
  raterCandidates: Array<PulseRater>;
  /** For the viewer's own SELF request: the limits within which they may change their raters; null otherwise. */
  raterLimits?: Maybe<PulseRaterLimits>;
  /** How the viewer stands to the person rated. */
  raterType: PulseRaterType;
  /**
   * For the viewer's own SELF request: who is asked to rate them. Empty on every other request, so
   * no rater learns who else rates the same person.
   */
  raters: Array<PulseRater>;
  /** For the viewer's own SELF request: until when they may change their raters; null otherwise. */
  ratersCutoffAt?: Maybe<Scalars['DateTime']['output']>;
  /** The scale of every rating. */
  scale: PulseScale;
  /** The person to rate (the viewer themselves for a SELF rating). */
  subject: Person;
};

/** The scale every capability of a pulse is rated on: whole numbers from `min` to `max`. */
export type PulseScale = {
  __typename?: 'PulseScale';
  /** Highest score. */
  max: Scalars['Int']['output'];
  /** Lowest score. */
  min: Scalars['Int']['output'];
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type Query = {
  __typename?: 'Query';
  /** The organisation's audit log of admin actions, newest first, at most 100 a page. Org admins only (FORBIDDEN otherwise). */
  auditLog: AuditEntryConnection;
  /** The organisation's capability catalogue, by code. */
  capabilities: CapabilityConnection;
  /** One capability by its code; null when the catalogue has no such code. */
  capability?: Maybe<Capability>;
  /** The signed-in coach's desk; null for a viewer who is not a coach (or whose token drops the COACH role). */
  coachDesk?: Maybe<CoachDesk>;
  /** The organisation's probation thresholds. Org admins only. */
  coachQualitySettings: CoachQualitySettings;
  /** The organisation's coaches by name (public profiles). */
  coaches: CoachConnection;
  /** The organisation's content retention after deprovisioning. Org admins only (FORBIDDEN otherwise). */
  deprovisioningSettings: DeprovisioningSettings;
  /** One goal; null when it does not exist or is not shared with the viewer. */
  goal?: Maybe<Goal>;
  /** Goals ordered by target date (goals without one last), then by creation. */
  goals: GoalConnection;
  /**
   * Where manager quality varies, by org unit and capability. Organisation admins;
   * program admins for the programs assigned to them only (`input.program` is then
   * required: the organisation's and other programs' figures are FORBIDDEN);
   * managers for their own subtree when the organisation allows it
   * (settings.managerHeatmapAccess = OWN_SUBTREE).
   */
  heatmap: Heatmap;
  /** The organisation's signing keys, identity provider and service accounts. Org admins only (FORBIDDEN otherwise). */
  integrations: Integrations;
  /** Courses launched from, the latest launched first. Org admins and program admins (FORBIDDEN otherwise). */
  ltiCourses: Array<LtiCourse>;
  /** Grades the learning platforms refused, latest first: the dead-letter view of the grade service. Org admins only (FORBIDDEN otherwise). */
  ltiFailedGradeDeliveries: Array<LtiGradeDeliveryFailure>;
  /** The organisation's registered LTI platforms, oldest first. Org admins only (FORBIDDEN otherwise). */
  ltiRegistrations: Array<LtiRegistration>;
  /** Refetches any object by its global ID; null when it does not exist in the viewer's organisation or the viewer may not read it. */
  node?: Maybe<Node>;
  /** Refetches several objects; each position is null when that ID does not resolve. */
  nodes: Array<Maybe<Node>>;
  /**
   * Org units by name. With `parent`, that unit's children; with `rootsOnly`, the
   * top of the tree; otherwise every unit. `search` narrows the list to units whose
   * name contains it.
   */
  orgUnits: OrgUnitConnection;
  /** The viewer's organisation. */
  organisation: Organisation;
  /** Everyone in the organisation, by name. Program and organisation admins only (FORBIDDEN otherwise). */
  people: PersonConnection;
  /**
   * Evaluates population rules without saving them: the live count for the setup form. `programId` names the
   * program being edited (so its own enrolments are not counted as overlap). Org admins and program admins only
   * (FORBIDDEN otherwise; a program admin only for a program assigned to them).
   */
  programPopulationPreview: PopulationPreview;
  /**
   * Programs by name, at most 100 a page. Org admins see every program; program admins the programs assigned to
   * them and those they are enrolled in; everyone else the programs they are enrolled in. ARCHIVED programs
   * only when `status` asks for them.
   */
  programs: ProgramConnection;
  /**
   * One card. With `enrolment`, that enrolment; with `person`, their current
   * enrolment (the latest active one, else invited, else completed, else
   * withdrawn); with neither, the viewer's own. NOT_FOUND for an unknown ID,
   * FORBIDDEN when the viewer is not the person, their direct manager or their current coach.
   */
  progressCard: ProgressCard;
  /**
   * The viewer's own SELF requests in phases open now, answered or not, soonest due first: where a
   * participant sees who rates them and, until each phase's cut-off, changes them.
   */
  pulseRaterChoices: Array<PulseRequest>;
  /** The 360 ratings the viewer still owes in phases open now, soonest due first. */
  pulseRequests: Array<PulseRequest>;
  /** The organisation's SCIM credentials, newest first, revoked ones included. Org admins only (FORBIDDEN otherwise). */
  scimCredentials: Array<ScimCredential>;
  /** How pushed SCIM groups map to org units and roles, by group name. Org admins only (FORBIDDEN otherwise). */
  scimGroupMappings: Array<ScimGroupMapping>;
  /** The viewer's direct reports by name, each with their card (a manager's team strip). */
  teamProgressCards: ProgressCardConnection;
  /** The signed-in person (the embed token's subject). */
  viewer: Person;
  /** The organisation's webhook subscriptions, oldest first. Org admins only (FORBIDDEN otherwise). */
  webhookSubscriptions: Array<WebhookSubscription>;
  /** Statements the LRS refused or that were given up, newest first: the dead-letter view. Org admins only (FORBIDDEN otherwise). */
  xapiFailedDeliveries: Array<XapiStatementDelivery>;
  /** The organisation's LRS configuration; null when none. Org admins only (FORBIDDEN otherwise). */
  xapiLrsConfig?: Maybe<XapiLrsConfig>;
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryCapabilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryCapabilityArgs = {
  code: Scalars['String']['input'];
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryCoachesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryGoalArgs = {
  id: Scalars['ID']['input'];
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryGoalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GoalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryHeatmapArgs = {
  input: HeatmapInput;
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryLtiCoursesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryLtiFailedGradeDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryOrgUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  parent?: InputMaybe<Scalars['ID']['input']>;
  rootsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PeopleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryProgramPopulationPreviewArgs = {
  programId?: InputMaybe<Scalars['ID']['input']>;
  rules: PopulationRulesInput;
  sampleSize?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  manageable?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ProgramStatus>;
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryProgressCardArgs = {
  enrolment?: InputMaybe<Scalars['ID']['input']>;
  person?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryTeamProgressCardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type QueryXapiFailedDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Records a KPI's value for a day (replacing a value already recorded for that day). */
export type RecordProgramKpiValueInput = {
  /** The KPI (`ProgramKpi.id`). */
  kpiId: Scalars['ID']['input'];
  /** Optional note, up to 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The day the value was measured for; not in the future. */
  recordedOn: Scalars['Date']['input'];
  /** The value in the KPI's unit (finite). */
  value: Scalars['Float']['input'];
};

/** The result of recordProgramKpiValue. */
export type RecordProgramKpiValuePayload = {
  __typename?: 'RecordProgramKpiValuePayload';
  /** The KPI with its values; null when userErrors is not empty. */
  kpi?: Maybe<ProgramKpi>;
  /** What to fix in the input. */
  userErrors: Array<UserError>;
};

/** Re-evaluates a published program's population: people who now match are invited (or waitlisted), people who no longer match or have left are withdrawn unless they are ACTIVE with sessions used. */
export type RefreshProgramPopulationInput = {
  /** The ACTIVE program. */
  programId: Scalars['ID']['input'];
};

/** The result of refreshProgramPopulation. */
export type RefreshProgramPopulationPayload = {
  __typename?: 'RefreshProgramPopulationPayload';
  /** People newly invited. */
  invitedCount: Scalars['Int']['output'];
  /** The program; null when userErrors is not empty. */
  program?: Maybe<Program>;
  /** Why it could not run. */
  userErrors: Array<UserError>;
  /** People newly waitlisted. */
  waitlistedCount: Scalars['Int']['output'];
  /** People withdrawn because they no longer match. */
  withdrawnCount: Scalars['Int']['output'];
};

/** A platform to register. */
export type RegisterLtiPlatformInput = {
  /** The platform's OAuth 2 token endpoint. */
  accessTokenUrl: Scalars['String']['input'];
  /** The platform's OIDC authorisation endpoint. */
  authLoginUrl: Scalars['String']['input'];
  /** The client ID the platform gave Coachwork. */
  clientId: Scalars['String']['input'];
  /** The deployment IDs allowed to launch; at least one. */
  deploymentIds: Array<Scalars['String']['input']>;
  /** E-mail domains that may link users at their first launch (for example `northwind.example`); none by default. */
  emailLinkDomains?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The platform's issuer, an https URL. */
  issuer: Scalars['String']['input'];
  /**
   * The platform's public keys, as a JWK Set in JSON (`{"keys": [...]}`), for a platform that
   * publishes no JWKS URL. Public RSA (2048 bits or more, RS256) or EC P-256 (ES256) signing keys
   * only, each with a `kid`; at most 10 keys and 20,000 characters. A private key is refused (INVALID).
   */
  jwks?: InputMaybe<Scalars['String']['input']>;
  /** The platform's JWKS URL. Give either this or `jwks`, not both. */
  jwksUrl?: InputMaybe<Scalars['String']['input']>;
};

/** The result of registerLtiPlatform. */
export type RegisterLtiPlatformPayload = {
  __typename?: 'RegisterLtiPlatformPayload';
  /** The new registration; null when userErrors is not empty. */
  registration?: Maybe<LtiRegistration>;
  /** What to fix in the input. */
  userErrors: Array<UserError>;
};

/** Gives one enrolment another coach. */
export type RematchEnrolmentInput = {
  /** The new coach; omitted: the best-scoring eligible coach other than the current one. */
  coachId?: InputMaybe<Scalars['ID']['input']>;
  /** A live (ACCEPTED or ACTIVE) enrolment. */
  enrolmentId: Scalars['ID']['input'];
  /** Why, kept in the audit log (up to 500 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The result of rematchEnrolment. */
export type RematchEnrolmentPayload = {
  __typename?: 'RematchEnrolmentPayload';
  /** The enrolment with its new coach; null when userErrors is not empty. */
  enrolment?: Maybe<Enrolment>;
  /** Why the coach could not be set (no language in common, no capacity, not active, no eligible coach). */
  userErrors: Array<UserError>;
};

/** Reminds the people of a program who have not answered or not booked. */
export type RemindProgramParticipantsInput = {
  /**
   * Only these enrolments of the program (at most 500), e.g. the roster rows an admin selected;
   * omitted: everyone the reminders are for. A selected person who has answered and booked gets nothing.
   */
  enrolmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Which reminders to send; omitted: both. */
  kinds?: InputMaybe<Array<ProgramReminderKind>>;
  /** The ACTIVE program. */
  programId: Scalars['ID']['input'];
};

/** The result of remindProgramParticipants. */
export type RemindProgramParticipantsPayload = {
  __typename?: 'RemindProgramParticipantsPayload';
  /** People left out because they were already sent the same reminder today. */
  alreadyRemindedCount: Scalars['Int']['output'];
  /** People a reminder was queued for by this call. */
  remindedCount: Scalars['Int']['output'];
  /** Why it could not run. */
  userErrors: Array<UserError>;
};

/** The result of removeLtiRegistration. */
export type RemoveLtiRegistrationPayload = {
  __typename?: 'RemoveLtiRegistrationPayload';
  /** The ID of the removed registration; null when userErrors is not empty. */
  removedId?: Maybe<Scalars['ID']['output']>;
  /** What went wrong. */
  userErrors: Array<UserError>;
};

/** Removes a SCIM group mapping. */
export type RemoveScimGroupMappingInput = {
  /** The mapping (a ScimGroupMapping ID). */
  mappingId: Scalars['ID']['input'];
};

/** The result of removeScimGroupMapping. */
export type RemoveScimGroupMappingPayload = {
  __typename?: 'RemoveScimGroupMappingPayload';
  /** The ID of the mapping removed; null when refused. */
  removedMappingId?: Maybe<Scalars['ID']['output']>;
  /** An unknown mapping. */
  userErrors: Array<UserError>;
};

/** The result of removeXapiLrs. */
export type RemoveXapiLrsPayload = {
  __typename?: 'RemoveXapiLrsPayload';
  /** True when a configuration was removed. */
  removed: Scalars['Boolean']['output'];
  /** What went wrong. */
  userErrors: Array<UserError>;
};

/** A goal's milestones in their new order. */
export type ReorderGoalMilestonesInput = {
  /** Global ID of the viewer's goal. */
  goalId: Scalars['ID']['input'];
  /** Every milestone of the goal exactly once, in the new order. */
  milestoneIds: Array<Scalars['ID']['input']>;
};

/** Which failed delivery to send again. */
export type ReplayWebhookDeliveryInput = {
  /** The delivery. */
  deliveryId: Scalars['ID']['input'];
};

/** Which failed statements to send again. */
export type ReplayXapiStatementsInput = {
  /** Replay every failed statement (at most 1,000 per call, oldest first). */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** One failed statement's `statementId`; leave it out and set `all` to replay every failed statement. */
  statementId?: InputMaybe<Scalars['String']['input']>;
};

/** The result of replayXapiStatements. */
export type ReplayXapiStatementsPayload = {
  __typename?: 'ReplayXapiStatementsPayload';
  /** Failed statements left FAILED because they do not pass the xAPI validator (they were never sent). */
  invalidCount: Scalars['Int']['output'];
  /** Statements queued again (PENDING), each with its ID and body unchanged, so the LRS keeps one copy. */
  replayedCount: Scalars['Int']['output'];
  /** What to fix in the input. */
  userErrors: Array<UserError>;
};

/** The session to move and its new start. */
export type RescheduleSessionInput = {
  /** Global ID of a BOOKED session. */
  sessionId: Scalars['ID']['input'];
  /** The new start: one of the enrolment's `availableSlots`' startsAt. */
  startsAt: Scalars['DateTime']['input'];
};

/** A participant accepts or declines their invitation (from the booker). */
export type RespondToProgramInvitationInput = {
  /** The viewer's INVITED enrolment. */
  enrolmentId: Scalars['ID']['input'];
  /** Optional reason for declining, up to 500 characters (shown to the program's admins). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Accept or decline. */
  response: InvitationResponse;
};

/** The result of respondToProgramInvitation. */
export type RespondToProgramInvitationPayload = {
  __typename?: 'RespondToProgramInvitationPayload';
  /** The enrolment after the answer; null when userErrors is not empty. */
  enrolment?: Maybe<Enrolment>;
  /** Why the answer was not taken (not the viewer's, no longer INVITED, program not ACTIVE). */
  userErrors: Array<UserError>;
};

/** Revokes a SCIM credential. */
export type RevokeScimCredentialInput = {
  /** The credential (a ScimCredential ID). */
  credentialId: Scalars['ID']['input'];
};

/** The result of revokeScimCredential. */
export type RevokeScimCredentialPayload = {
  __typename?: 'RevokeScimCredentialPayload';
  /** The credential, now revoked; null when refused. */
  credential?: Maybe<ScimCredential>;
  /** An unknown or already revoked credential. */
  userErrors: Array<UserError>;
};

/**
 * What a person may do in Coachwork; granted per organisation. A token may narrow
 * the roles it acts with to fewer than the person holds.
 */
export type Role =
  /** Coaches participants: sees the enrolments they coach and the sessions they hold. */
  | 'COACH'
  /** Manages people: reads goals their reports share with managers, their direct reports' progress when shared, and (where the organisation allows) their subtree's heatmap in groups large enough to stay anonymous. */
  | 'MANAGER'
  /** Administers the organisation: everything a program admin sees. */
  | 'ORG_ADMIN'
  /** Enrolled in a coaching program: books sessions, sets goals, decides what their manager sees. */
  | 'PARTICIPANT'
  /** Runs the programs assigned to them: their rosters, matching and figures (in groups large enough to stay anonymous), and the people directory. */
  | 'PROGRAM_ADMIN';

/** Which subscription's secret to replace. */
export type RotateWebhookSecretInput = {
  /** The subscription. */
  subscriptionId: Scalars['ID']['input'];
};

/** Which of the viewer's requests, and answers to save into its draft. */
export type SavePulseDraftInput = {
  /** Answers to save; each replaces the draft's answer on its capability. */
  answers: Array<PulseAnswerInput>;
  /** Which phase. */
  phase: AssessmentPhase;
  /** The program (a Program ID). */
  programId: Scalars['ID']['input'];
  /** The person rated (a Person ID). */
  subjectId: Scalars['ID']['input'];
};

/**
 * A bearer credential for the organisation's SCIM 2.0 endpoint (`/scim/v2`), with which an identity
 * provider provisions people and groups. The secret is shown once, when issued; only its hash is kept.
 */
export type ScimCredential = {
  __typename?: 'ScimCredential';
  /** When it was issued. */
  createdAt: Scalars['DateTime']['output'];
  /** Who issued it; null when that person has left. */
  createdBy?: Maybe<Person>;
  /** Opaque identifier of the credential. */
  id: Scalars['ID']['output'];
  /** What the admin called it, e.g. the identity provider it was given to. */
  label: Scalars['String']['output'];
  /** When it last authenticated a request, to the minute; null if never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The secret's first characters, to tell credentials apart. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/**
 * What membership of a group the identity provider pushes does: places members in an org unit, or
 * grants them a role while they are in a group that grants it. Matched on the group's display name,
 * case-insensitively.
 */
export type ScimGroupMapping = {
  __typename?: 'ScimGroupMapping';
  /** The display name of the pushed group. */
  groupName: Scalars['String']['output'];
  /** Opaque identifier of the mapping. */
  id: Scalars['ID']['output'];
  /** The org unit members are placed in; null when the group grants a role. */
  orgUnit?: Maybe<OrgUnit>;
  /** The role members hold; null when the group places people in an org unit. */
  role?: Maybe<Role>;
};

/** A non-person client of the gateway: OAuth 2.0 client credentials with scopes. */
export type ServiceAccount = {
  __typename?: 'ServiceAccount';
  /** The OAuth 2.0 `client_id`. */
  clientId: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque identifier of the service account. */
  id: Scalars['ID']['output'];
  /** When it last got an access token; null if never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The name the org admin gave it. */
  name: Scalars['String']['output'];
  /** When it was revoked; null while it may get access tokens and use them. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What its access tokens allow. */
  scopes: Array<ServiceScope>;
};

/** What a service account may do with the access tokens it gets from `/oauth/token`. */
export type ServiceScope =
  /** `manage-programs`: every program's setup, roster and exports, read only (service accounts run no mutation yet). */
  | 'MANAGE_PROGRAMS'
  /** `provision`: the people directory with e-mail, locale, time zone and roles. */
  | 'PROVISION'
  /** `read-analytics`: the organisation's aggregates (heatmap) and the org units, capabilities and programs they are about; groups below the minimum group size stay suppressed. */
  | 'READ_ANALYTICS';

/**
 * A coaching session. Times are UTC instants; show them in the viewer's zone.
 * Readable by the participant and by the coach who holds it; no one else, admins
 * included, refetches a session.
 */
export type Session = Node & {
  __typename?: 'Session';
  /** The invitation as an iCalendar file (METHOD:CANCEL once cancelled); the participant and the coach holding the session only. */
  calendar: CalendarFile;
  /** What cancelling now would mean, to show before the participant confirms. */
  cancellationPolicy: CancellationPolicy;
  /** When it was cancelled; null unless CANCELLED. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The coach holding the session. */
  coach: Coach;
  /** End instant (start plus the program's session length). */
  endsAt: Scalars['DateTime']['output'];
  /** The enrolment the session belongs to (and counts against). */
  enrolment: Enrolment;
  /** The participant's rating, for the participant alone: coaches and admins see ratings only aggregated. */
  feedback?: Maybe<SessionFeedback>;
  /** Global opaque ID. */
  id: Scalars['ID']['output'];
  /** The meeting link: the participant and the coach holding the session only. */
  joinUrl?: Maybe<Scalars['String']['output']>;
  /** Language the session is held in. */
  language: Scalars['Locale']['output'];
  /** Cancelled inside the program's late-cancellation window: counts against the quota. */
  lateCancellation: Scalars['Boolean']['output'];
  /** The person being coached. */
  participant: Person;
  /**
   * The coach's private note on this session; null when none is written. Only the coach who holds
   * the session may read it (FORBIDDEN for everyone else, managers and admins included).
   */
  privateNote?: Maybe<SessionNote>;
  /** iCalendar SEQUENCE: rises with every reschedule and the cancellation. */
  sequence: Scalars['Int']['output'];
  /** Start instant. */
  startsAt: Scalars['DateTime']['output'];
  /** Where the session stands. */
  status: SessionStatus;
};

/** A page of sessions, soonest first. */
export type SessionConnection = {
  __typename?: 'SessionConnection';
  /** The sessions on this page. */
  edges: Array<SessionEdge>;
  /** Where this page sits; `endCursor` fetches the next. */
  pageInfo: PageInfo;
  /** How many sessions the viewer may see in all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One session in a page of sessions. */
export type SessionEdge = {
  __typename?: 'SessionEdge';
  /** Opaque position of this edge; pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The session. */
  node: Session;
};

/** A participant's rating of one session; only its author reads it (coaches and admins see aggregates only). */
export type SessionFeedback = {
  __typename?: 'SessionFeedback';
  /** Capabilities the participant says the session worked on (at most 5). */
  capabilities: Array<Capability>;
  /** Free text, up to 4,000 characters; null when none. */
  comment?: Maybe<Scalars['String']['output']>;
  /** 1 (poor) to 5 (excellent). */
  rating: Scalars['Int']['output'];
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
};

/** Names one session. */
export type SessionIdInput = {
  /** Global ID of the session. */
  sessionId: Scalars['ID']['input'];
};

/**
 * A coach's private note on one session they held: free text, encrypted at rest with the
 * organisation's key, and the capabilities worked on. Only the coach who holds the session reads it,
 * while they still coach the participant; never the participant, managers or admins.
 */
export type SessionNote = {
  __typename?: 'SessionNote';
  /** The note's text (at most 10,000 characters). */
  body: Scalars['String']['output'];
  /** Capabilities the coach tagged as worked on in the session (at most 5). */
  capabilities: Array<Capability>;
  /** When the note was last written. */
  updatedAt: Scalars['DateTime']['output'];
};

/** The outcome of a session mutation. */
export type SessionPayload = {
  __typename?: 'SessionPayload';
  /** The session after the change; null when userErrors is not empty. */
  session?: Maybe<Session>;
  /** Why the change was refused: CONFLICT (slot taken, participant busy), INVALID (too soon, beyond the horizon, quota used, wrong status), NOT_FOUND. Empty on success. */
  userErrors: Array<UserError>;
};

/** How many of the program's sessions an enrolment has used. */
export type SessionQuota = {
  __typename?: 'SessionQuota';
  /** Sessions the program offers per participant. */
  allowed: Scalars['Int']['output'];
  /** Sessions still bookable: `allowed` minus `used`, never below 0. */
  remaining: Scalars['Int']['output'];
  /** Booked, held, missed and late-cancelled sessions. */
  used: Scalars['Int']['output'];
};

/** Where a coaching session stands. */
export type SessionStatus =
  /** Scheduled and not yet recorded as held or missed. */
  | 'BOOKED'
  /** Cancelled by the participant, their coach or an admin. */
  | 'CANCELLED'
  /** Held: the coach recorded it. */
  | 'COMPLETED'
  /** The participant did not attend: counts against the quota. */
  | 'NO_SHOW';

/** Counts of an enrolment's sessions. */
export type SessionTally = {
  __typename?: 'SessionTally';
  /** Sessions held. */
  completed: Scalars['Int']['output'];
  /** Cancelled inside the late-cancellation window (they use up a session). */
  lateCancellations: Scalars['Int']['output'];
  /** Sessions the participant missed. */
  noShows: Scalars['Int']['output'];
  /** Sessions the program offers per participant. */
  planned: Scalars['Int']['output'];
  /** Sessions still to book: planned minus those booked, held, missed or cancelled late. */
  remaining: Scalars['Int']['output'];
  /** Booked sessions that have not ended yet. */
  upcoming: Scalars['Int']['output'];
};

/** The coach's new availability: it replaces the weekly hours and the days off that end today or later. */
export type SetCoachAvailabilityInput = {
  /** Most clients the coach takes at once, 0–200. */
  capacity: Scalars['Int']['input'];
  /** Every coming day off (at most 100). */
  exceptions: Array<AvailabilityExceptionInput>;
  /**
   * Save even though booked sessions fall outside the new availability; they stay booked (the coach
   * moves or cancels them on their own). Without it, such a change is not saved and the conflicts are returned.
   */
  keepConflictingSessions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Every weekly window (at most 50); an empty list offers no weekly hours. */
  weeklyHours: Array<AvailabilityWindowInput>;
};

/** The outcome of `setCoachAvailability`. */
export type SetCoachAvailabilityPayload = {
  __typename?: 'SetCoachAvailabilityPayload';
  /** The availability as stored now (the old one when not saved); null when refused. */
  availability?: Maybe<CoachAvailability>;
  /** Booked sessions that fall outside the proposed availability, soonest first; kept booked either way. */
  conflicts: Array<AvailabilityConflict>;
  /** Whether the availability was saved: false while conflicts wait for the coach's decision, or when refused. */
  saved: Scalars['Boolean']['output'];
  /** What the coach can fix: a malformed time, a window that ends before it starts, a day off that ends before it starts, a capacity out of range. */
  userErrors: Array<UserError>;
};

/** Sets the content retention after deprovisioning. */
export type SetContentRetentionInput = {
  /** Whole days from 1 to 36500 (INVALID otherwise); null keeps what people wrote forever. */
  contentRetentionDays?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of setContentRetention. */
export type SetContentRetentionPayload = {
  __typename?: 'SetContentRetentionPayload';
  /** The retention as stored; null when refused. */
  deprovisioningSettings?: Maybe<DeprovisioningSettings>;
  /** What the admin can fix: a number of days out of range. */
  userErrors: Array<UserError>;
};

/** A goal and who may now read it. */
export type SetGoalVisibilityInput = {
  /** Global ID of the viewer's goal. */
  goalId: Scalars['ID']['input'];
  /** The new audience. */
  visibility: GoalVisibility;
};

/** Where a registered platform's public keys now come from: exactly one of the two. */
export type SetLtiPlatformKeysInput = {
  /** The platform's public keys, as a JWK Set in JSON, with the rules of `RegisterLtiPlatformInput.jwks`. */
  jwks?: InputMaybe<Scalars['String']['input']>;
  /** The platform's JWKS URL. */
  jwksUrl?: InputMaybe<Scalars['String']['input']>;
  /** The registration's `id`. */
  registrationId: Scalars['ID']['input'];
};

/** The result of setLtiPlatformKeys. */
export type SetLtiPlatformKeysPayload = {
  __typename?: 'SetLtiPlatformKeysPayload';
  /** The registration with its new keys; null when userErrors is not empty. */
  registration?: Maybe<LtiRegistration>;
  /** What to fix in the input. */
  userErrors: Array<UserError>;
};

/** Whether a participant shares an enrolment's progress with their manager. */
export type SetProgressSharingInput = {
  /** Global ID of the viewer's own enrolment. */
  enrolmentId: Scalars['ID']['input'];
  /** true shares the progress with the direct manager; false stops sharing. */
  sharedWithManager: Scalars['Boolean']['input'];
};

/** The participant's choice of reports and peers who rate them in a phase. */
export type SetPulseRatersInput = {
  /** Peers to ask (Person IDs of people with the same manager), within the phase's limits. */
  peers: Array<Scalars['ID']['input']>;
  /** Which phase. */
  phase: AssessmentPhase;
  /** The program (a Program ID). */
  programId: Scalars['ID']['input'];
  /** Direct reports to ask (Person IDs), within the phase's limits. */
  reports: Array<Scalars['ID']['input']>;
};

/** The result of setPulseRaters. */
export type SetPulseRatersPayload = {
  __typename?: 'SetPulseRatersPayload';
  /** The participant's own SELF request with its raters as saved; null when refused. */
  request?: Maybe<PulseRequest>;
  /** What the participant can fix: too few or too many, someone who is not a report or peer, past the cut-off. */
  userErrors: Array<UserError>;
};

/** Maps a SCIM group, by name, to an org unit or a role (replacing the group's mapping if it has one). */
export type SetScimGroupMappingInput = {
  /** The group's display name as the identity provider pushes it, 1–256 characters. */
  groupName: Scalars['String']['input'];
  /** Place members in this org unit (an OrgUnit ID). Give this or `role`. */
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Grant members this role. Give this or `orgUnitId`. */
  role?: InputMaybe<Role>;
};

/** The result of setScimGroupMapping. */
export type SetScimGroupMappingPayload = {
  __typename?: 'SetScimGroupMappingPayload';
  /** The mapping as stored; null when refused. */
  mapping?: Maybe<ScimGroupMapping>;
  /** What the admin can fix: a name too long, an unknown org unit, both or neither target. */
  userErrors: Array<UserError>;
};

/** An algorithm an organisation's own signing keys may use for embed tokens. */
export type SigningAlgorithm =
  /** EdDSA with Ed25519 (the tokens' `alg` header is `EdDSA`). */
  | 'EDDSA'
  /** ECDSA with P-256 and SHA-256. */
  | 'ES256'
  /** RSASSA-PKCS1-v1_5 with SHA-256, RSA keys of at least 2048 bits. */
  | 'RS256';

/** A public key the organisation's backend signs embed tokens with, registered by an org admin. */
export type SigningKey = {
  __typename?: 'SigningKey';
  /** The algorithm of the tokens this key verifies. */
  algorithm: SigningAlgorithm;
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque identifier of the key. */
  id: Scalars['ID']['output'];
  /** The `kid` header of the tokens this key verifies. */
  kid: Scalars['String']['output'];
  /** The public key as a JWK (JSON text). */
  publicJwk: Scalars['String']['output'];
  /** When it was revoked; null while tokens signed with it verify. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Open slots in a range, with the zone the viewer asked to see them in. */
export type SlotWindow = {
  __typename?: 'SlotWindow';
  /** Start of the range asked for (inclusive). */
  from: Scalars['DateTime']['output'];
  /**
   * The first open slot at or after `to`, up to the booking horizon, so a picker
   * whose range is empty can offer the next available day; null when there is none.
   */
  nextSlot?: Maybe<TimeSlot>;
  /** Open slots starting in the range, earliest first. */
  slots: Array<TimeSlot>;
  /** The zone to show the slots in: the `timeZone` asked for, else the viewer's. */
  timeZone: Scalars['TimeZone']['output'];
  /** End of the range asked for (exclusive). */
  to: Scalars['DateTime']['output'];
};

/** Which of the viewer's requests to submit, with any last answers. */
export type SubmitPulseInput = {
  /** Answers not yet saved in the draft; together with the draft every capability needs one. */
  answers?: InputMaybe<Array<PulseAnswerInput>>;
  /** Which phase. */
  phase: AssessmentPhase;
  /** The program (a Program ID). */
  programId: Scalars['ID']['input'];
  /** The person rated (a Person ID). */
  subjectId: Scalars['ID']['input'];
};

/** A participant's rating of a completed session. */
export type SubmitSessionFeedbackInput = {
  /** Capabilities the session worked on (at most 5). */
  capabilities?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free text, up to 4,000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 1 (poor) to 5 (excellent). */
  rating: Scalars['Int']['input'];
  /** Global ID of a COMPLETED session of the viewer's. */
  sessionId: Scalars['ID']['input'];
};

/** The outcome of `submitSessionFeedback`. */
export type SubmitSessionFeedbackPayload = {
  __typename?: 'SubmitSessionFeedbackPayload';
  /** The saved feedback; null when userErrors is not empty. */
  feedback?: Maybe<SessionFeedback>;
  /** The rated session; null when userErrors is not empty. */
  session?: Maybe<Session>;
  /** Why the feedback was refused: INVALID (rating out of range, session not held, too long), CONFLICT (already rated), NOT_FOUND. Empty on success. */
  userErrors: Array<UserError>;
};

/** An open slot in the matched coach's calendar. */
export type TimeSlot = {
  __typename?: 'TimeSlot';
  /** End instant. */
  endsAt: Scalars['DateTime']['output'];
  /** Start instant; pass it as `startsAt` to `bookSession`. */
  startsAt: Scalars['DateTime']['output'];
};

/** A participant the proposal could not match. */
export type UnmatchedParticipant = {
  __typename?: 'UnmatchedParticipant';
  /** The participant's enrolment. */
  enrolment: Enrolment;
  /** The reason as a sentence in the request's language. */
  message: Scalars['String']['output'];
  /** Why. */
  reason: UnmatchedReason;
};

/** Unmatched participants, a page at a time. */
export type UnmatchedParticipantConnection = {
  __typename?: 'UnmatchedParticipantConnection';
  /** This page's edges. */
  edges: Array<UnmatchedParticipantEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Every unmatched participant. */
  totalCount: Scalars['Int']['output'];
};

/** A page edge of unmatched participants. */
export type UnmatchedParticipantEdge = {
  __typename?: 'UnmatchedParticipantEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The participant. */
  node: UnmatchedParticipant;
};

/** Why a participant was left without a coach. */
export type UnmatchedReason =
  /** Eligible coaches existed, but the best overall assignment gave their places to others. */
  | 'CAPACITY_TAKEN_BY_OTHERS'
  /** The program has no coaches at all. */
  | 'EMPTY_POOL'
  /** No coach in the pool is ACTIVE (all paused or on probation). */
  | 'NO_ACTIVE_COACH'
  /** Coaches who speak the language exist but have no capacity left. */
  | 'NO_CAPACITY'
  /** No coach in the pool speaks the participant's language in one of the program's languages. */
  | 'NO_SHARED_LANGUAGE'
  /** Taken out of the proposal by hand. */
  | 'REMOVED_BY_ADMIN';

/** Changes to one of the viewer's goals; only the fields given change. */
export type UpdateGoalInput = {
  /** A capability code of the organisation's catalogue. */
  capability?: InputMaybe<Scalars['String']['input']>;
  /** An empty string clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Global ID of the viewer's goal. */
  goalId: Scalars['ID']['input'];
  /** 0–100; 100 completes the goal. */
  progress?: InputMaybe<Scalars['Int']['input']>;
  /** COMPLETED sets progress to 100; a goal at 100% cannot be given another status. */
  status?: InputMaybe<GoalStatus>;
  /** A changed target date must be today or later in the viewer's time zone. */
  targetDate?: InputMaybe<Scalars['Date']['input']>;
  /** 1–300 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a program; omitted fields keep their value, and what may change depends on its status (see `ProgramStatus`). */
export type UpdateProgramInput = {
  /** Days between two sessions, 1–90. */
  cadenceDays?: InputMaybe<Scalars['Int']['input']>;
  /** Most participants at once, 1–100000, not below those accepted or active; `clearCapacity` removes the limit. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** True removes the capacity limit. */
  clearCapacity?: InputMaybe<Scalars['Boolean']['input']>;
  /** Weeks each participant's coaching runs, 1–104. */
  durationWeeks?: InputMaybe<Scalars['Int']['input']>;
  /** Last day, not before `startsOn`. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Replaces the focus capabilities (codes, in order, at most 5). */
  focusCapabilities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Replaces the KPIs (keep one by passing its `id`; at most 10). */
  kpis?: InputMaybe<Array<ProgramKpiInput>>;
  /** Coaching languages; once published, languages may only be added. */
  languages?: InputMaybe<Array<Scalars['Locale']['input']>>;
  /** Replaces every translation of the name. */
  names?: InputMaybe<Array<LocalisedTextInput>>;
  /** Replaces every translation of the objective. */
  objectives?: InputMaybe<Array<LocalisedTextInput>>;
  /** Booking and cancellation policy changes. */
  policy?: InputMaybe<ProgramPolicyInput>;
  /** The program to change. */
  programId: Scalars['ID']['input'];
  /** Minutes per session, 15–240; fixed once published. */
  sessionMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Sessions each participant may book, 1–52; once published it may only grow. */
  sessionsPerParticipant?: InputMaybe<Scalars['Int']['input']>;
  /** First day; cannot move once it has passed in a published program. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Replaces the population rules. On a published program the new rules apply to the next `refreshProgramPopulation`. */
  targetPopulation?: InputMaybe<PopulationRulesInput>;
};

/** The result of updateProgram. */
export type UpdateProgramPayload = {
  __typename?: 'UpdateProgramPayload';
  /** The program after the change; null when userErrors is not empty. */
  program?: Maybe<Program>;
  /** What to fix in the input. */
  userErrors: Array<UserError>;
};

/** What the signed-in person wants to change; give at least one of the two (REQUIRED otherwise). */
export type UpdateViewerPreferencesInput = {
  /** One of the organisation's locales (UNSUPPORTED otherwise). */
  locale?: InputMaybe<Scalars['Locale']['input']>;
  /** The viewer's time zone; open slots are shown in it unless a widget asks for another. */
  timeZone?: InputMaybe<Scalars['TimeZone']['input']>;
};

/** The outcome of `updateViewerPreferences`. */
export type UpdateViewerPreferencesPayload = {
  __typename?: 'UpdateViewerPreferencesPayload';
  /** Why the input was refused; empty on success. Nothing is saved when any is present. */
  userErrors: Array<UserError>;
  /** The viewer after the change; null when userErrors is not empty. */
  viewer?: Maybe<Person>;
};

/** Changes to a subscription; what is left out stays. */
export type UpdateWebhookSubscriptionInput = {
  /** A new note; an empty string removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** False disables it; true enables it again (also after the gateway disabled it) and forgets past failures. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new set of events, at least one. */
  eventTypes?: InputMaybe<Array<WebhookEventType>>;
  /** The subscription. */
  subscriptionId: Scalars['ID']['input'];
  /** A new receiver URL (checked like a new one). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A problem with a mutation's input that the user can fix. `field` is the path into the input (`["timeZone"]`). */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable reason: branch on this, not on `message`. */
  code: UserErrorCode;
  /** Path into the mutation's `input` of the value at fault; null when the problem is the input as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation in the request's language, fit to show the user as is. */
  message: Scalars['String']['output'];
};

/** Why a mutation input was refused, in terms the user can act on. */
export type UserErrorCode =
  /** The change conflicts with the current state (e.g. a double booking). */
  | 'CONFLICT'
  /** The viewer may see the object but not change it (e.g. a coach editing a client's goal). */
  | 'FORBIDDEN'
  /** A value is malformed or outside what the field accepts. */
  | 'INVALID'
  /** A referenced object does not exist or is not visible to the viewer. */
  | 'NOT_FOUND'
  /** A required value is missing. */
  | 'REQUIRED'
  /** The value is well formed but this organisation does not offer it (e.g. a locale it does not support, or a webhook URL that resolves to a private address). */
  | 'UNSUPPORTED';

/** One event sent (or to be sent) to one subscription, with each attempt. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Every attempt, oldest first (replays included). */
  attempts: Array<WebhookDeliveryAttempt>;
  /** The body sent, as the JSON text signed. */
  body: Scalars['String']['output'];
  /** When the event happened. */
  createdAt: Scalars['DateTime']['output'];
  /** The `webhook-id` header: the event's ID, the same on every attempt and replay, so the receiver can drop repeats. */
  eventId: Scalars['String']['output'];
  /** The event. */
  eventType: WebhookEventType;
  /** Opaque identifier of the delivery (give it to `replayWebhookDelivery`). */
  id: Scalars['ID']['output'];
  /** When the next attempt is due; null when none is. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: WebhookDeliveryStatus;
};

/** One HTTP attempt of a delivery and what the receiver answered. */
export type WebhookDeliveryAttempt = {
  __typename?: 'WebhookDeliveryAttempt';
  /** When it was made. */
  at: Scalars['DateTime']['output'];
  /** How long it took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** Why no answer came (a refused destination, a timeout, a refused connection); null when one came. */
  error?: Maybe<Scalars['String']['output']>;
  /** The first 1,000 characters of the receiver's answer; null when empty. */
  responseBodyExcerpt?: Maybe<Scalars['String']['output']>;
  /** The HTTP status the receiver answered; null when no answer came (see `error`). */
  responseStatus?: Maybe<Scalars['Int']['output']>;
};

/** A delivery queued again. */
export type WebhookDeliveryPayload = {
  __typename?: 'WebhookDeliveryPayload';
  /** The delivery, PENDING again; null when refused. */
  delivery?: Maybe<WebhookDelivery>;
  /** What to fix when refused. */
  userErrors: Array<UserError>;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt failed, or the subscription was disabled: an org admin may replay it. */
  | 'FAILED'
  /** Waiting for its next attempt. */
  | 'PENDING'
  /** The receiver answered 2xx. */
  | 'SUCCEEDED';

/**
 * What a webhook announces. Each is sent as a JSON body whose `type` is the lower-case name given here
 * (published JSON Schemas: gateway/api/webhooks/<type>.v1.schema.json). Bodies carry IDs and
 * non-confidential facts only: never a session's time or link, a reason, a goal's text, notes or ratings.
 */
export type WebhookEventType =
  /** `coach.status_changed`: an admin paused or reinstated a coach. */
  | 'COACH_STATUS_CHANGED'
  /** `enrolment.changed`: an enrolment's status or coach changed (an admin's change, a match approved, a rematch, the participant's answer to an invitation, a waitlist promotion). */
  | 'ENROLMENT_CHANGED'
  /** `goal.completed`: a goal its owner shares with their managers reached completion (private and coach-only goals never fire). */
  | 'GOAL_COMPLETED'
  /** `pulse.phase_closed`: a 360 pulse phase of a program closed (announced within a minute or so of its close). */
  | 'PULSE_PHASE_CLOSED'
  /** `session.booked`: a session was booked, or a booked one moved (`rescheduled: true`). */
  | 'SESSION_BOOKED'
  /** `session.cancelled`: a booked session was cancelled. */
  | 'SESSION_CANCELLED'
  /** `session.held`: the coach recorded a session as held. */
  | 'SESSION_HELD';

/** An organisation's subscription to webhook events: where they go and which. Org admins only. */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  /** Attempts that failed since the last success (the gateway disables the subscription when they pile up). */
  consecutiveFailures: Scalars['Int']['output'];
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Its deliveries, newest first: the delivery log. */
  deliveries: Array<WebhookDelivery>;
  /** What the admin wrote to recognise it; null when nothing. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it was disabled; null while enabled. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The events sent to it. */
  eventTypes: Array<WebhookEventType>;
  /** Opaque identifier of the subscription. */
  id: Scalars['ID']['output'];
  /** When the secret last changed: its creation or last rotation. */
  secretCreatedAt: Scalars['DateTime']['output'];
  /** The signing secret's last four characters, to tell secrets apart (the secret itself is shown once, when made). */
  secretHint: Scalars['String']['output'];
  /** Whether the gateway sends to it, and if not why. */
  status: WebhookSubscriptionStatus;
  /** The receiver's URL (https; http and private addresses only in dev mode). */
  url: Scalars['String']['output'];
};

/** An organisation's subscription to webhook events: where they go and which. Org admins only. */
export type WebhookSubscriptionDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};

/** A changed subscription. */
export type WebhookSubscriptionPayload = {
  __typename?: 'WebhookSubscriptionPayload';
  /** The subscription as it is now; null when refused. */
  subscription?: Maybe<WebhookSubscription>;
  /** What to fix when refused. */
  userErrors: Array<UserError>;
};

/** A subscription made or given a new secret, with that secret. */
export type WebhookSubscriptionSecretPayload = {
  __typename?: 'WebhookSubscriptionSecretPayload';
  /** The signing secret (`whsec_…`), shown this once: keep it in the receiver's configuration. Null when refused. */
  secret?: Maybe<Scalars['String']['output']>;
  /** The subscription; null when refused. */
  subscription?: Maybe<WebhookSubscription>;
  /** What to fix when refused. */
  userErrors: Array<UserError>;
};

/** Whether the gateway sends to a subscription. */
export type WebhookSubscriptionStatus =
  /** An org admin disabled it; nothing is sent until it is enabled again. */
  | 'DISABLED_BY_ADMIN'
  /** The gateway disabled it after repeated failures (the org admins were told by e-mail); enable it again once the receiver works. */
  | 'DISABLED_FAILING'
  /** Events are delivered. */
  | 'ENABLED';

/**
 * One answer to the wellbeing pulse: three items, each 1–5, higher is better. Only
 * the person who answered reads it; everyone else sees it only inside the heatmap's
 * WELLBEING figure, about groups of at least the organisation's minimum group size.
 */
export type WellbeingAnswer = {
  __typename?: 'WellbeingAnswer';
  /** When it was answered. */
  answeredAt: Scalars['DateTime']['output'];
  /** How much energy the person has had (1 drained – 5 full of energy). */
  energy: Scalars['Int']['output'];
  /** The pulse period answered: the ISO week in the organisation's time zone (`2026-W49`). */
  period: Scalars['String']['output'];
  /** How supported they have felt at work (1 not at all – 5 fully). */
  support: Scalars['Int']['output'];
  /** How manageable their workload has been (1 unmanageable – 5 entirely manageable). */
  workload: Scalars['Int']['output'];
};

/** The viewer's own wellbeing pulse: the period open now and their latest answers. */
export type WellbeingPulse = {
  __typename?: 'WellbeingPulse';
  /** Whether the person has answered for `period` already (at most one answer per period). */
  answered: Scalars['Boolean']['output'];
  /** Whether the person may answer at all: they hold an active or invited enrolment. */
  eligible: Scalars['Boolean']['output'];
  /** The latest answers, newest first. */
  latest: Array<WellbeingAnswer>;
  /** The period an answer given now counts for: the ISO week in the organisation's time zone (`2026-W49`). */
  period: Scalars['String']['output'];
};

/** The viewer's own wellbeing pulse: the period open now and their latest answers. */
export type WellbeingPulseLatestArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Writes (or replaces) the private note on a session the coach holds. */
export type WriteSessionNoteInput = {
  /** The note's text, at most 10,000 characters; an empty text with no capabilities deletes the note. */
  body: Scalars['String']['input'];
  /** Capabilities worked on in the session (Capability IDs of the organisation's catalogue, at most 5). */
  capabilities: Array<Scalars['ID']['input']>;
  /** The session (a Session ID). */
  sessionId: Scalars['ID']['input'];
};

/** The result of writeSessionNote. */
export type WriteSessionNotePayload = {
  __typename?: 'WriteSessionNotePayload';
  /** The note as stored; null when refused or deleted. */
  note?: Maybe<SessionNote>;
  /** The session the note belongs to; null when refused. */
  session?: Maybe<Session>;
  /** What the coach can fix: an unknown session (or one they do not hold), a note too long, an unknown capability. */
  userErrors: Array<UserError>;
};

/**
 * The organisation's Learning Record Store: where the gateway sends xAPI statements of its people's
 * learning moments (enrolled, session booked and held, goal check-ins and completions, program
 * completion, pulse responded). Org admins only. The password is never shown again.
 */
export type XapiLrsConfig = {
  __typename?: 'XapiLrsConfig';
  /** Whether statements are recorded and sent; false pauses it. */
  enabled: Scalars['Boolean']['output'];
  /** The LRS's xAPI endpoint; statements go to `<endpoint>/statements`. */
  endpoint: Scalars['String']['output'];
  /** The organisation's home page: the `homePage` of its people's account agents and the root of its activity IDs. */
  homePage: Scalars['String']['output'];
  /**
   * Whether an account agent's `name` is a keyed hash (HMAC-SHA-256) of the person under a secret key
   * of the organisation's, instead of the person's API ID. The key never leaves the gateway (sealed as
   * the password is), so the LRS cannot tell which person a name is; a person keeps their name as long
   * as the key lives.
   */
  keyedAgentNames: Scalars['Boolean']['output'];
  /** Whether people are named by their e-mail (`mbox`) instead of an account with an opaque ID. */
  mboxAgents: Scalars['Boolean']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The Basic authentication user name (the LRS's key). */
  username: Scalars['String']['output'];
  /** The xAPI version spoken. */
  version: XapiVersion;
};

/** A statement the gateway recorded for the organisation's LRS, and how its delivery went. */
export type XapiStatementDelivery = {
  __typename?: 'XapiStatementDelivery';
  /** Attempts made. */
  attempts: Scalars['Int']['output'];
  /** When the statement was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Why no answer came, or why the statement was never queued; null otherwise. */
  error?: Maybe<Scalars['String']['output']>;
  /** When the last attempt was made; null before the first. */
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The first 1,000 characters of the LRS's last answer; null when empty. */
  responseBodyExcerpt?: Maybe<Scalars['String']['output']>;
  /** The HTTP status the LRS answered last; null when no answer came. */
  responseStatus?: Maybe<Scalars['Int']['output']>;
  /** The statement as sent, as JSON text. */
  statement: Scalars['String']['output'];
  /** The statement's ID (a UUID derived from the event, the same on every attempt). */
  statementId: Scalars['String']['output'];
  /** Where it stands. */
  status: XapiStatementStatus;
  /** The short name of its ADL verb (registered, scheduled, attended, progressed, completed, responded). */
  verb: Scalars['String']['output'];
};

/** Where a statement's delivery stands. */
export type XapiStatementStatus =
  /** Given up: the LRS refused it (4xx), every attempt failed, or it was invalid and never queued. */
  | 'FAILED'
  /** Waiting for its first or next attempt. */
  | 'PENDING'
  /** The LRS stored it. */
  | 'SENT';

/** Which xAPI version the gateway speaks to a Learning Record Store (the `X-Experience-API-Version` header). */
export type XapiVersion =
  /** xAPI 1.0.3. */
  | 'V1_0_3'
  /** xAPI 2.0 (IEEE 9274.1.1), sent as `2.0.0`. */
  | 'V2_0_0';

export type CwCoachDeskHoursFragment = {
  __typename?: 'CoachAvailability';
  timeZone: string;
  capacity: number;
  activeClients: number;
  weeklyHours: Array<{
    __typename?: 'AvailabilityWindow';
    weekday: number;
    startTime: string;
    endTime: string;
  }>;
  exceptions: Array<{
    __typename?: 'AvailabilityException';
    startsOn: string;
    endsOn: string;
    reason?: string | null;
  }>;
};

export type CwCoachDeskConflictFragment = {
  __typename?: 'AvailabilityConflict';
  reason: AvailabilityConflictReason;
  session: {
    __typename?: 'Session';
    id: string;
    startsAt: string;
    participant: { __typename?: 'Person'; id: string; name: string };
  };
};

export type CwCoachDeskAvailabilityQueryVariables = Exact<{ [key: string]: never }>;

export type CwCoachDeskAvailabilityQuery = {
  __typename?: 'Query';
  coachDesk?: {
    __typename?: 'CoachDesk';
    availability: {
      __typename?: 'CoachAvailability';
      timeZone: string;
      capacity: number;
      activeClients: number;
      conflicts: Array<{
        __typename?: 'AvailabilityConflict';
        reason: AvailabilityConflictReason;
        session: {
          __typename?: 'Session';
          id: string;
          startsAt: string;
          enrolment: { __typename?: 'Enrolment'; id: string };
          participant: { __typename?: 'Person'; id: string; name: string };
        };
      }>;
      weeklyHours: Array<{
        __typename?: 'AvailabilityWindow';
        weekday: number;
        startTime: string;
        endTime: string;
      }>;
      exceptions: Array<{
        __typename?: 'AvailabilityException';
        startsOn: string;
        endsOn: string;
        reason?: string | null;
      }>;
    };
  } | null;
};

export type CwCoachDeskMoveSlotsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;

export type CwCoachDeskMoveSlotsQuery = {
  __typename?: 'Query';
  node?:
    | { __typename?: 'Capability'; id: string }
    | { __typename?: 'Coach'; id: string }
    | {
        __typename?: 'Enrolment';
        id: string;
        availableSlots: {
          __typename?: 'SlotWindow';
          slots: Array<{ __typename?: 'TimeSlot'; startsAt: string }>;
        };
      }
    | { __typename?: 'Goal'; id: string }
    | { __typename?: 'GoalCheckIn'; id: string }
    | { __typename?: 'GoalMilestone'; id: string }
    | { __typename?: 'MatchProposal'; id: string }
    | { __typename?: 'OrgUnit'; id: string }
    | { __typename?: 'Organisation'; id: string }
    | { __typename?: 'Person'; id: string }
    | { __typename?: 'Program'; id: string }
    | { __typename?: 'Session'; id: string }
    | null;
};

export type CwCoachDeskMoveSessionMutationVariables = Exact<{
  input: RescheduleSessionInput;
}>;

export type CwCoachDeskMoveSessionMutation = {
  __typename?: 'Mutation';
  rescheduleSession: {
    __typename?: 'SessionPayload';
    session?: {
      __typename?: 'Session';
      id: string;
      startsAt: string;
      endsAt: string;
      status: SessionStatus;
    } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwCoachDeskSetAvailabilityMutationVariables = Exact<{
  input: SetCoachAvailabilityInput;
}>;

export type CwCoachDeskSetAvailabilityMutation = {
  __typename?: 'Mutation';
  setCoachAvailability: {
    __typename?: 'SetCoachAvailabilityPayload';
    saved: boolean;
    availability?: {
      __typename?: 'CoachAvailability';
      timeZone: string;
      capacity: number;
      activeClients: number;
      weeklyHours: Array<{
        __typename?: 'AvailabilityWindow';
        weekday: number;
        startTime: string;
        endTime: string;
      }>;
      exceptions: Array<{
        __typename?: 'AvailabilityException';
        startsOn: string;
        endsOn: string;
        reason?: string | null;
      }>;
    } | null;
    conflicts: Array<{
      __typename?: 'AvailabilityConflict';
      reason: AvailabilityConflictReason;
      session: {
        __typename?: 'Session';
        endsAt: string;
        id: string;
        startsAt: string;
        participant: { __typename?: 'Person'; id: string; name: string };
      };
    }>;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwCoachDeskClientsQueryVariables = Exact<{ [key: string]: never }>;

export type CwCoachDeskClientsQuery = {
  __typename?: 'Query';
  coachDesk?: {
    __typename?: 'CoachDesk';
    clients: Array<{
      __typename?: 'Enrolment';
      id: string;
      status: EnrolmentStatus;
      pace?: CadenceStatus | null;
      person: { __typename?: 'Person'; id: string; name: string };
      program: { __typename?: 'Program'; id: string; name: string };
      quota: { __typename?: 'SessionQuota'; allowed: number; used: number; remaining: number };
      progress?: {
        __typename?: 'CoachingProgress';
        goals: { __typename?: 'GoalSummary'; total: number; onTrack: number };
        nextSession?: { __typename?: 'Session'; id: string; startsAt: string } | null;
      } | null;
    }>;
  } | null;
};

export type CwCoachDeskClientGoalFragment = {
  __typename?: 'Goal';
  id: string;
  title: string;
  progress: number;
  status: GoalStatus;
  capability: { __typename?: 'Capability'; id: string; name: string };
};

export type CwCoachDeskClientGoalsQueryVariables = Exact<{
  owner: Scalars['ID']['input'];
}>;

export type CwCoachDeskClientGoalsQuery = {
  __typename?: 'Query';
  goals: {
    __typename?: 'GoalConnection';
    edges: Array<{
      __typename?: 'GoalEdge';
      node: {
        __typename?: 'Goal';
        targetDate?: string | null;
        id: string;
        title: string;
        progress: number;
        status: GoalStatus;
        capability: { __typename?: 'Capability'; id: string; name: string };
      };
    }>;
  };
};

export type CwCoachDeskHeaderQueryVariables = Exact<{ [key: string]: never }>;

export type CwCoachDeskHeaderQuery = {
  __typename?: 'Query';
  coachDesk?: {
    __typename?: 'CoachDesk';
    timeZone: string;
    coach: {
      __typename?: 'Coach';
      id: string;
      name: string;
      rating?: { __typename?: 'CoachRating'; average?: number | null; count?: number | null } | null;
    };
  } | null;
};

export type CwCoachDeskWeekQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;

export type CwCoachDeskWeekQuery = {
  __typename?: 'Query';
  coachDesk?: {
    __typename?: 'CoachDesk';
    timeZone: string;
    sessions: Array<{
      __typename?: 'Session';
      id: string;
      startsAt: string;
      endsAt: string;
      status: SessionStatus;
      joinUrl?: string | null;
      participant: { __typename?: 'Person'; id: string; name: string };
      enrolment: {
        __typename?: 'Enrolment';
        id: string;
        program: { __typename?: 'Program'; id: string; name: string };
      };
      privateNote?: {
        __typename?: 'SessionNote';
        body: string;
        updatedAt: string;
        capabilities: Array<{ __typename?: 'Capability'; id: string }>;
      } | null;
    }>;
  } | null;
};

export type CwCoachDeskSessionDetailQueryVariables = Exact<{
  owner: Scalars['ID']['input'];
  enrolment: Scalars['ID']['input'];
}>;

export type CwCoachDeskSessionDetailQuery = {
  __typename?: 'Query';
  goals: {
    __typename?: 'GoalConnection';
    edges: Array<{
      __typename?: 'GoalEdge';
      node: {
        __typename?: 'Goal';
        id: string;
        title: string;
        progress: number;
        status: GoalStatus;
        capability: { __typename?: 'Capability'; id: string; name: string };
      };
    }>;
  };
  node?:
    | { __typename?: 'Capability'; id: string }
    | { __typename?: 'Coach'; id: string }
    | {
        __typename?: 'Enrolment';
        id: string;
        sessions: {
          __typename?: 'SessionConnection';
          edges: Array<{
            __typename?: 'SessionEdge';
            node: {
              __typename?: 'Session';
              id: string;
              startsAt: string;
              status: SessionStatus;
              privateNote?: {
                __typename?: 'SessionNote';
                body: string;
                updatedAt: string;
                capabilities: Array<{ __typename?: 'Capability'; id: string; name: string }>;
              } | null;
            };
          }>;
        };
      }
    | { __typename?: 'Goal'; id: string }
    | { __typename?: 'GoalCheckIn'; id: string }
    | { __typename?: 'GoalMilestone'; id: string }
    | { __typename?: 'MatchProposal'; id: string }
    | { __typename?: 'OrgUnit'; id: string }
    | { __typename?: 'Organisation'; id: string }
    | { __typename?: 'Person'; id: string }
    | { __typename?: 'Program'; id: string }
    | { __typename?: 'Session'; id: string }
    | null;
  capabilities: {
    __typename?: 'CapabilityConnection';
    edges: Array<{
      __typename?: 'CapabilityEdge';
      node: { __typename?: 'Capability'; id: string; name: string };
    }>;
  };
};

export type CwCoachDeskSessionStatusFragment = {
  __typename?: 'SessionPayload';
  session?: { __typename?: 'Session'; id: string; status: SessionStatus } | null;
  userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
};

export type CwCoachDeskCompleteMutationVariables = Exact<{
  input: SessionIdInput;
}>;

export type CwCoachDeskCompleteMutation = {
  __typename?: 'Mutation';
  completeSession: {
    __typename?: 'SessionPayload';
    session?: { __typename?: 'Session'; id: string; status: SessionStatus } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwCoachDeskNoShowMutationVariables = Exact<{
  input: SessionIdInput;
}>;

export type CwCoachDeskNoShowMutation = {
  __typename?: 'Mutation';
  markSessionNoShow: {
    __typename?: 'SessionPayload';
    session?: { __typename?: 'Session'; id: string; status: SessionStatus } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwCoachDeskWriteNoteMutationVariables = Exact<{
  input: WriteSessionNoteInput;
}>;

export type CwCoachDeskWriteNoteMutation = {
  __typename?: 'Mutation';
  writeSessionNote: {
    __typename?: 'WriteSessionNotePayload';
    session?: { __typename?: 'Session'; id: string } | null;
    note?: {
      __typename?: 'SessionNote';
      body: string;
      updatedAt: string;
      capabilities: Array<{ __typename?: 'Capability'; id: string }>;
    } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwGoalTrackerGoalFragment = {
  __typename?: 'Goal';
  id: string;
  title: string;
  description?: string | null;
  targetDate?: string | null;
  status: GoalStatus;
  progress: number;
  visibility: GoalVisibility;
  viewerCanEdit: boolean;
  capability: { __typename?: 'Capability'; id: string; code: string; name: string };
  milestones: Array<{
    __typename?: 'GoalMilestone';
    id: string;
    title: string;
    done: boolean;
    position: number;
  }>;
  latestCheckIn?: { __typename?: 'GoalCheckIn'; id: string; checkedInAt: string } | null;
};

export type CwGoalTrackerCheckInsFragment = {
  __typename?: 'Goal';
  id: string;
  checkIns: {
    __typename?: 'GoalCheckInConnection';
    totalCount: number;
    edges: Array<{
      __typename?: 'GoalCheckInEdge';
      node: {
        __typename?: 'GoalCheckIn';
        id: string;
        progress: number;
        note?: string | null;
        mood?: number | null;
        confidence?: number | null;
        checkedInAt: string;
        author: { __typename?: 'Person'; id: string; name: string };
      };
    }>;
  };
};

export type CwGoalTrackerGoalChangeFragment = {
  __typename?: 'GoalPayload';
  goal?: {
    __typename?: 'Goal';
    id: string;
    title: string;
    description?: string | null;
    targetDate?: string | null;
    status: GoalStatus;
    progress: number;
    visibility: GoalVisibility;
    viewerCanEdit: boolean;
    capability: { __typename?: 'Capability'; id: string; code: string; name: string };
    milestones: Array<{
      __typename?: 'GoalMilestone';
      id: string;
      title: string;
      done: boolean;
      position: number;
    }>;
    latestCheckIn?: { __typename?: 'GoalCheckIn'; id: string; checkedInAt: string } | null;
  } | null;
  userErrors: Array<{
    __typename?: 'UserError';
    field?: Array<string> | null;
    code: UserErrorCode;
    message: string;
  }>;
};

export type CwGoalTrackerQueryVariables = Exact<{
  owner?: InputMaybe<Scalars['ID']['input']>;
  capability?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['Locale']['input']>;
  first: Scalars['Int']['input'];
}>;

export type CwGoalTrackerQuery = {
  __typename?: 'Query';
  viewer: { __typename?: 'Person'; id: string; timeZone?: string | null };
  capabilities: {
    __typename?: 'CapabilityConnection';
    edges: Array<{
      __typename?: 'CapabilityEdge';
      node: { __typename?: 'Capability'; id: string; code: string; name: string };
    }>;
  };
  goals: {
    __typename?: 'GoalConnection';
    totalCount: number;
    edges: Array<{
      __typename?: 'GoalEdge';
      node: {
        __typename?: 'Goal';
        id: string;
        title: string;
        description?: string | null;
        targetDate?: string | null;
        status: GoalStatus;
        progress: number;
        visibility: GoalVisibility;
        viewerCanEdit: boolean;
        capability: { __typename?: 'Capability'; id: string; code: string; name: string };
        milestones: Array<{
          __typename?: 'GoalMilestone';
          id: string;
          title: string;
          done: boolean;
          position: number;
        }>;
        latestCheckIn?: { __typename?: 'GoalCheckIn'; id: string; checkedInAt: string } | null;
      };
    }>;
  };
};

export type CwGoalTrackerDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CwGoalTrackerDetailQuery = {
  __typename?: 'Query';
  goal?: {
    __typename?: 'Goal';
    id: string;
    checkIns: {
      __typename?: 'GoalCheckInConnection';
      totalCount: number;
      edges: Array<{
        __typename?: 'GoalCheckInEdge';
        node: {
          __typename?: 'GoalCheckIn';
          id: string;
          progress: number;
          note?: string | null;
          mood?: number | null;
          confidence?: number | null;
          checkedInAt: string;
          author: { __typename?: 'Person'; id: string; name: string };
        };
      }>;
    };
  } | null;
};

export type CwGoalTrackerCreateMutationVariables = Exact<{
  input: CreateGoalInput;
  locale?: InputMaybe<Scalars['Locale']['input']>;
}>;

export type CwGoalTrackerCreateMutation = {
  __typename?: 'Mutation';
  createGoal: {
    __typename?: 'GoalPayload';
    goal?: {
      __typename?: 'Goal';
      id: string;
      title: string;
      description?: string | null;
      targetDate?: string | null;
      status: GoalStatus;
      progress: number;
      visibility: GoalVisibility;
      viewerCanEdit: boolean;
      capability: { __typename?: 'Capability'; id: string; code: string; name: string };
      milestones: Array<{
        __typename?: 'GoalMilestone';
        id: string;
        title: string;
        done: boolean;
        position: number;
      }>;
      latestCheckIn?: { __typename?: 'GoalCheckIn'; id: string; checkedInAt: string } | null;
    } | null;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwGoalTrackerUpdateMutationVariables = Exact<{
  input: UpdateGoalInput;
  locale?: InputMaybe<Scalars['Locale']['input']>;
}>;

export type CwGoalTrackerUpdateMutation = {
  __typename?: 'Mutation';
  updateGoal: {
    __typename?: 'GoalPayload';
    goal?: {
      __typename?: 'Goal';
      id: string;
      title: string;
      description?: string | null;
      targetDate?: string | null;
      status: GoalStatus;
      progress: number;
      visibility: GoalVisibility;
      viewerCanEdit: boolean;
      capability: { __typename?: 'Capability'; id: string; code: string; name: string };
      milestones: Array<{
        __typename?: 'GoalMilestone';
        id: string;
        title: string;
        done: boolean;
        position: number;
      }>;
      latestCheckIn?: { __typename?: 'GoalCheckIn'; id: string; checkedInAt: string } | null;
    } | null;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwGoalTrackerVisibilityMutationVariables = Exact<{
  input: SetGoalVisibilityInput;
  locale?: InputMaybe<Scalars['Locale']['input']>;
}>;

export type CwGoalTrackerVisibilityMutation = {
  __typename?: 'Mutation';
  setGoalVisibility: {
    __typename?: 'GoalPayload';
    goal?: {
      __typename?: 'Goal';
      id: string;
      title: string;
      description?: string | null;
      targetDate?: string | null;
      status: GoalStatus;
      progress: number;
      visibility: GoalVisibility;
      viewerCanEdit: boolean;
      capability: { __typename?: 'Capability'; id: string; code: string; name: string };
      milestones: Array<{
        __typename?: 'GoalMilestone';
        id: string;
        title: string;
        done: boolean;
        position: number;
      }>;
      latestCheckIn?: { __typename?: 'GoalCheckIn'; id: string; checkedInAt: string } | null;
    } | null;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwGoalTrackerCheckInMutationVariables = Exact<{
  input: AddGoalCheckInInput;
  locale?: InputMaybe<Scalars['Locale']['input']>;
}>;

export type CwGoalTrackerCheckInMutation = {
  __typename?: 'Mutation';
  addGoalCheckIn: {
    __typename?: 'GoalCheckInPayload';
    goal?: {
      __typename?: 'Goal';
      id: string;
      title: string;
      description?: string | null;
      targetDate?: string | null;
      status: GoalStatus;
      progress: number;
      visibility: GoalVisibility;
      viewerCanEdit: boolean;
      capability: { __typename?: 'Capability'; id: string; code: string; name: string };
      milestones: Array<{
        __typename?: 'GoalMilestone';
        id: string;
        title: string;
        done: boolean;
        position: number;
      }>;
      latestCheckIn?: { __typename?: 'GoalCheckIn'; id: string; checkedInAt: string } | null;
      checkIns: {
        __typename?: 'GoalCheckInConnection';
        totalCount: number;
        edges: Array<{
          __typename?: 'GoalCheckInEdge';
          node: {
            __typename?: 'GoalCheckIn';
            id: string;
            progress: number;
            note?: string | null;
            mood?: number | null;
            confidence?: number | null;
            checkedInAt: string;
            author: { __typename?: 'Person'; id: string; name: string };
          };
        }>;
      };
    } | null;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwGoalTrackerMilestoneMutationVariables = Exact<{
  input: CompleteGoalMilestoneInput;
  locale?: InputMaybe<Scalars['Locale']['input']>;
}>;

export type CwGoalTrackerMilestoneMutation = {
  __typename?: 'Mutation';
  completeGoalMilestone: {
    __typename?: 'GoalMilestonePayload';
    goal?: {
      __typename?: 'Goal';
      id: string;
      title: string;
      description?: string | null;
      targetDate?: string | null;
      status: GoalStatus;
      progress: number;
      visibility: GoalVisibility;
      viewerCanEdit: boolean;
      capability: { __typename?: 'Capability'; id: string; code: string; name: string };
      milestones: Array<{
        __typename?: 'GoalMilestone';
        id: string;
        title: string;
        done: boolean;
        position: number;
      }>;
      latestCheckIn?: { __typename?: 'GoalCheckIn'; id: string; checkedInAt: string } | null;
    } | null;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwProgramConsoleCoachesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CwProgramConsoleCoachesQuery = {
  __typename?: 'Query';
  viewer: { __typename?: 'Person'; id: string; roles?: Array<Role> | null };
  node?:
    | { __typename?: 'Capability'; id: string }
    | { __typename?: 'Coach'; id: string }
    | { __typename?: 'Enrolment'; id: string }
    | { __typename?: 'Goal'; id: string }
    | { __typename?: 'GoalCheckIn'; id: string }
    | { __typename?: 'GoalMilestone'; id: string }
    | { __typename?: 'MatchProposal'; id: string }
    | { __typename?: 'OrgUnit'; id: string }
    | { __typename?: 'Organisation'; id: string }
    | { __typename?: 'Person'; id: string }
    | {
        __typename?: 'Program';
        status: ProgramStatus;
        viewerCanManage: boolean;
        id: string;
        coachPool?: Array<{
          __typename?: 'ProgramCoach';
          capacity?: number | null;
          activeClients: number;
          ratingTrend: Array<{
            __typename?: 'CoachRatingMonth';
            month: string;
            average?: number | null;
            withheld: boolean;
          }>;
          feedbackComments: {
            __typename?: 'CoachFeedbackComments';
            withheld: boolean;
            minGroupSize: number;
            comments: Array<{ __typename?: 'CoachFeedbackComment'; month: string; text: string }>;
          };
          coach: {
            __typename?: 'Coach';
            id: string;
            name: string;
            languages: Array<string>;
            qualityStatus?: CoachQualityStatus | null;
            capacity?: number | null;
            activeClients?: number | null;
            rating?: { __typename?: 'CoachRating'; average?: number | null; count?: number | null } | null;
          };
        }> | null;
      }
    | { __typename?: 'Session'; id: string }
    | null;
};

export type CwProgramConsoleCoachStatusFragment = {
  __typename?: 'CoachStatusPayload';
  clientsToMove: number;
  coach?: { __typename?: 'Coach'; id: string; qualityStatus?: CoachQualityStatus | null } | null;
  userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
};

export type CwProgramConsoleQualitySettingsFragment = {
  __typename?: 'CoachQualitySettings';
  probationBelow: number;
  restoreAtOrAbove: number;
  minRatings: number;
  window: number;
};

export type CwProgramConsolePauseCoachMutationVariables = Exact<{
  input: CoachStatusInput;
}>;

export type CwProgramConsolePauseCoachMutation = {
  __typename?: 'Mutation';
  pauseCoach: {
    __typename?: 'CoachStatusPayload';
    clientsToMove: number;
    coach?: { __typename?: 'Coach'; id: string; qualityStatus?: CoachQualityStatus | null } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleReinstateCoachMutationVariables = Exact<{
  input: CoachStatusInput;
}>;

export type CwProgramConsoleReinstateCoachMutation = {
  __typename?: 'Mutation';
  reinstateCoach: {
    __typename?: 'CoachStatusPayload';
    clientsToMove: number;
    coach?: { __typename?: 'Coach'; id: string; qualityStatus?: CoachQualityStatus | null } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleHandoverMutationVariables = Exact<{
  input: ProposeCoachHandoverInput;
}>;

export type CwProgramConsoleHandoverMutation = {
  __typename?: 'Mutation';
  proposeCoachHandover: {
    __typename?: 'MatchProposalPayload';
    proposal?: {
      __typename?: 'MatchProposal';
      id: string;
      matchedCount: number;
      unmatchedCount: number;
      program: { __typename?: 'Program'; id: string };
    } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleEndProbationMutationVariables = Exact<{
  input: EndCoachProbationInput;
}>;

export type CwProgramConsoleEndProbationMutation = {
  __typename?: 'Mutation';
  endCoachProbation: {
    __typename?: 'CoachStatusPayload';
    clientsToMove: number;
    coach?: { __typename?: 'Coach'; id: string; qualityStatus?: CoachQualityStatus | null } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleQualitySettingsQueryVariables = Exact<{ [key: string]: never }>;

export type CwProgramConsoleQualitySettingsQuery = {
  __typename?: 'Query';
  coachQualitySettings: {
    __typename?: 'CoachQualitySettings';
    probationBelow: number;
    restoreAtOrAbove: number;
    minRatings: number;
    window: number;
  };
};

export type CwProgramConsoleSetQualitySettingsMutationVariables = Exact<{
  input: CoachQualitySettingsInput;
}>;

export type CwProgramConsoleSetQualitySettingsMutation = {
  __typename?: 'Mutation';
  setCoachQualitySettings: {
    __typename?: 'CoachQualitySettingsPayload';
    settings?: {
      __typename?: 'CoachQualitySettings';
      probationBelow: number;
      restoreAtOrAbove: number;
      minRatings: number;
      window: number;
    } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleListQueryVariables = Exact<{
  status?: InputMaybe<ProgramStatus>;
}>;

export type CwProgramConsoleListQuery = {
  __typename?: 'Query';
  viewer: { __typename?: 'Person'; id: string; roles?: Array<Role> | null };
  programs: {
    __typename?: 'ProgramConnection';
    totalCount: number;
    edges: Array<{
      __typename?: 'ProgramEdge';
      node: {
        __typename?: 'Program';
        id: string;
        name: string;
        status: ProgramStatus;
        startsOn?: string | null;
        endsOn?: string | null;
        sessionsPerParticipant: number;
        enrolments?: { __typename?: 'EnrolmentConnection'; totalCount: number } | null;
      };
    }>;
  };
};

export type CwProgramConsoleHeaderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CwProgramConsoleHeaderQuery = {
  __typename?: 'Query';
  node?:
    | { __typename?: 'Capability'; id: string }
    | { __typename?: 'Coach'; id: string }
    | { __typename?: 'Enrolment'; id: string }
    | { __typename?: 'Goal'; id: string }
    | { __typename?: 'GoalCheckIn'; id: string }
    | { __typename?: 'GoalMilestone'; id: string }
    | { __typename?: 'MatchProposal'; id: string }
    | { __typename?: 'OrgUnit'; id: string }
    | { __typename?: 'Organisation'; id: string }
    | { __typename?: 'Person'; id: string }
    | { __typename?: 'Program'; name: string; status: ProgramStatus; id: string }
    | { __typename?: 'Session'; id: string }
    | null;
};

export type CwProgramConsoleProposalFragment = {
  __typename?: 'MatchProposal';
  id: string;
  kind: MatchProposalKind;
  status: MatchProposalStatus;
  createdAt: string;
  matchedCount: number;
  unmatchedCount: number;
  fromCoach?: { __typename?: 'Coach'; id: string; name: string } | null;
  pairs: {
    __typename?: 'ProposedMatchConnection';
    totalCount: number;
    edges: Array<{
      __typename?: 'ProposedMatchEdge';
      node: {
        __typename?: 'ProposedMatch';
        score: number;
        adjusted: boolean;
        enrolment: {
          __typename?: 'Enrolment';
          id: string;
          person: { __typename?: 'Person'; id: string; name: string; locale?: string | null };
        };
        coach: { __typename?: 'Coach'; id: string; name: string };
        reasons: Array<{ __typename?: 'MatchReason'; code: MatchReasonCode; message: string }>;
      };
    }>;
  };
  unmatched: {
    __typename?: 'UnmatchedParticipantConnection';
    totalCount: number;
    edges: Array<{
      __typename?: 'UnmatchedParticipantEdge';
      node: {
        __typename?: 'UnmatchedParticipant';
        reason: UnmatchedReason;
        message: string;
        enrolment: {
          __typename?: 'Enrolment';
          id: string;
          person: { __typename?: 'Person'; id: string; name: string; locale?: string | null };
        };
      };
    }>;
  };
  coachLoads: Array<{
    __typename?: 'ProposalCoachLoad';
    proposed: number;
    current: number;
    capacity: number;
    coach: { __typename?: 'Coach'; id: string; name: string };
  }>;
};

export type CwProgramConsoleProposalPayloadFragment = {
  __typename?: 'MatchProposalPayload';
  proposal?: {
    __typename?: 'MatchProposal';
    id: string;
    matchedCount: number;
    unmatchedCount: number;
    program: { __typename?: 'Program'; id: string };
  } | null;
  userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
};

export type CwProgramConsoleMatchingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CwProgramConsoleMatchingQuery = {
  __typename?: 'Query';
  node?:
    | { __typename?: 'Capability'; id: string }
    | { __typename?: 'Coach'; id: string }
    | { __typename?: 'Enrolment'; id: string }
    | { __typename?: 'Goal'; id: string }
    | { __typename?: 'GoalCheckIn'; id: string }
    | { __typename?: 'GoalMilestone'; id: string }
    | { __typename?: 'MatchProposal'; id: string }
    | { __typename?: 'OrgUnit'; id: string }
    | { __typename?: 'Organisation'; id: string }
    | { __typename?: 'Person'; id: string }
    | {
        __typename?: 'Program';
        status: ProgramStatus;
        viewerCanManage: boolean;
        id: string;
        enrolmentCounts?: Array<{
          __typename?: 'EnrolmentStatusCount';
          status: EnrolmentStatus;
          count: number;
        }> | null;
        coachPool?: Array<{
          __typename?: 'ProgramCoach';
          coach: { __typename?: 'Coach'; id: string; name: string; languages: Array<string> };
        }> | null;
        openMatchProposal?: {
          __typename?: 'MatchProposal';
          id: string;
          kind: MatchProposalKind;
          status: MatchProposalStatus;
          createdAt: string;
          matchedCount: number;
          unmatchedCount: number;
          fromCoach?: { __typename?: 'Coach'; id: string; name: string } | null;
          pairs: {
            __typename?: 'ProposedMatchConnection';
            totalCount: number;
            edges: Array<{
              __typename?: 'ProposedMatchEdge';
              node: {
                __typename?: 'ProposedMatch';
                score: number;
                adjusted: boolean;
                enrolment: {
                  __typename?: 'Enrolment';
                  id: string;
                  person: { __typename?: 'Person'; id: string; name: string; locale?: string | null };
                };
                coach: { __typename?: 'Coach'; id: string; name: string };
                reasons: Array<{ __typename?: 'MatchReason'; code: MatchReasonCode; message: string }>;
              };
            }>;
          };
          unmatched: {
            __typename?: 'UnmatchedParticipantConnection';
            totalCount: number;
            edges: Array<{
              __typename?: 'UnmatchedParticipantEdge';
              node: {
                __typename?: 'UnmatchedParticipant';
                reason: UnmatchedReason;
                message: string;
                enrolment: {
                  __typename?: 'Enrolment';
                  id: string;
                  person: { __typename?: 'Person'; id: string; name: string; locale?: string | null };
                };
              };
            }>;
          };
          coachLoads: Array<{
            __typename?: 'ProposalCoachLoad';
            proposed: number;
            current: number;
            capacity: number;
            coach: { __typename?: 'Coach'; id: string; name: string };
          }>;
        } | null;
        pendingMatchProposal?: {
          __typename?: 'MatchProposal';
          id: string;
          status: MatchProposalStatus;
          cohortSize?: number | null;
          failure?: MatchProposalFailure | null;
          failureMessage?: string | null;
        } | null;
      }
    | { __typename?: 'Session'; id: string }
    | null;
};

export type CwProgramConsoleProposalProgressFragment = {
  __typename?: 'MatchProposal';
  id: string;
  status: MatchProposalStatus;
  cohortSize?: number | null;
  failure?: MatchProposalFailure | null;
  failureMessage?: string | null;
};

export type CwProgramConsoleProposalProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CwProgramConsoleProposalProgressQuery = {
  __typename?: 'Query';
  node?:
    | { __typename?: 'Capability'; id: string }
    | { __typename?: 'Coach'; id: string }
    | { __typename?: 'Enrolment'; id: string }
    | { __typename?: 'Goal'; id: string }
    | { __typename?: 'GoalCheckIn'; id: string }
    | { __typename?: 'GoalMilestone'; id: string }
    | {
        __typename?: 'MatchProposal';
        id: string;
        status: MatchProposalStatus;
        cohortSize?: number | null;
        failure?: MatchProposalFailure | null;
        failureMessage?: string | null;
      }
    | { __typename?: 'OrgUnit'; id: string }
    | { __typename?: 'Organisation'; id: string }
    | { __typename?: 'Person'; id: string }
    | { __typename?: 'Program'; id: string }
    | { __typename?: 'Session'; id: string }
    | null;
};

export type CwProgramConsoleProposeMutationVariables = Exact<{
  input: ProposeProgramMatchInput;
}>;

export type CwProgramConsoleProposeMutation = {
  __typename?: 'Mutation';
  proposeProgramMatch: {
    __typename?: 'MatchProposalPayload';
    proposal?: {
      __typename?: 'MatchProposal';
      status: MatchProposalStatus;
      id: string;
      matchedCount: number;
      unmatchedCount: number;
      program: { __typename?: 'Program'; id: string };
    } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleAdjustMutationVariables = Exact<{
  input: AdjustMatchProposalInput;
}>;

export type CwProgramConsoleAdjustMutation = {
  __typename?: 'Mutation';
  adjustMatchProposal: {
    __typename?: 'MatchProposalPayload';
    proposal?: {
      __typename?: 'MatchProposal';
      id: string;
      matchedCount: number;
      unmatchedCount: number;
      program: { __typename?: 'Program'; id: string };
    } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleApproveMutationVariables = Exact<{
  input: DecideMatchProposalInput;
}>;

export type CwProgramConsoleApproveMutation = {
  __typename?: 'Mutation';
  approveMatchProposal: {
    __typename?: 'MatchProposalPayload';
    proposal?: {
      __typename?: 'MatchProposal';
      status: MatchProposalStatus;
      id: string;
      matchedCount: number;
      unmatchedCount: number;
      program: { __typename?: 'Program'; id: string };
    } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleDiscardMutationVariables = Exact<{
  input: DecideMatchProposalInput;
}>;

export type CwProgramConsoleDiscardMutation = {
  __typename?: 'Mutation';
  discardMatchProposal: {
    __typename?: 'MatchProposalPayload';
    proposal?: {
      __typename?: 'MatchProposal';
      status: MatchProposalStatus;
      id: string;
      matchedCount: number;
      unmatchedCount: number;
      program: { __typename?: 'Program'; id: string };
    } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleOutcomesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CwProgramConsoleOutcomesQuery = {
  __typename?: 'Query';
  node?:
    | { __typename?: 'Capability'; id: string }
    | { __typename?: 'Coach'; id: string }
    | { __typename?: 'Enrolment'; id: string }
    | { __typename?: 'Goal'; id: string }
    | { __typename?: 'GoalCheckIn'; id: string }
    | { __typename?: 'GoalMilestone'; id: string }
    | { __typename?: 'MatchProposal'; id: string }
    | { __typename?: 'OrgUnit'; id: string }
    | { __typename?: 'Organisation'; id: string }
    | { __typename?: 'Person'; id: string }
    | {
        __typename?: 'Program';
        name: string;
        status: ProgramStatus;
        viewerCanManage: boolean;
        publishedAt?: string | null;
        closedAt?: string | null;
        id: string;
        enrolmentCounts?: Array<{
          __typename?: 'EnrolmentStatusCount';
          status: EnrolmentStatus;
          count: number;
        }> | null;
        participation?: Array<{
          __typename?: 'ParticipationWeek';
          weekStarting: string;
          activeParticipants?: number | null;
          participantsWithSessions?: number | null;
          sessionsHeld?: number | null;
          withheld: boolean;
        }> | null;
        kpis: Array<{
          __typename?: 'ProgramKpi';
          id: string;
          name: string;
          unit?: string | null;
          baseline?: number | null;
          target?: number | null;
          values: Array<{ __typename?: 'KpiValue'; recordedOn: string; value: number; note?: string | null }>;
        }>;
        outcomeSummary: Array<{ __typename?: 'LocalisedText'; locale: string; text: string }>;
      }
    | { __typename?: 'Session'; id: string }
    | null;
};

export type CwProgramConsoleRecordKpiMutationVariables = Exact<{
  input: RecordProgramKpiValueInput;
}>;

export type CwProgramConsoleRecordKpiMutation = {
  __typename?: 'Mutation';
  recordProgramKpiValue: {
    __typename?: 'RecordProgramKpiValuePayload';
    kpi?: {
      __typename?: 'ProgramKpi';
      id: string;
      values: Array<{ __typename?: 'KpiValue'; recordedOn: string; value: number; note?: string | null }>;
    } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleExportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['Locale']['input']>;
  roster: Scalars['Boolean']['input'];
  sessions: Scalars['Boolean']['input'];
  kpis: Scalars['Boolean']['input'];
}>;

export type CwProgramConsoleExportQuery = {
  __typename?: 'Query';
  node?:
    | { __typename?: 'Capability'; id: string }
    | { __typename?: 'Coach'; id: string }
    | { __typename?: 'Enrolment'; id: string }
    | { __typename?: 'Goal'; id: string }
    | { __typename?: 'GoalCheckIn'; id: string }
    | { __typename?: 'GoalMilestone'; id: string }
    | { __typename?: 'MatchProposal'; id: string }
    | { __typename?: 'OrgUnit'; id: string }
    | { __typename?: 'Organisation'; id: string }
    | { __typename?: 'Person'; id: string }
    | { __typename?: 'Program'; rosterCsv?: string; sessionsCsv?: string; kpiCsv?: string; id: string }
    | { __typename?: 'Session'; id: string }
    | null;
};

export type CwProgramConsoleRosterQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  status?: InputMaybe<EnrolmentStatus>;
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type CwProgramConsoleRosterQuery = {
  __typename?: 'Query';
  node?:
    | { __typename?: 'Capability'; id: string }
    | { __typename?: 'Coach'; id: string }
    | { __typename?: 'Enrolment'; id: string }
    | { __typename?: 'Goal'; id: string }
    | { __typename?: 'GoalCheckIn'; id: string }
    | { __typename?: 'GoalMilestone'; id: string }
    | { __typename?: 'MatchProposal'; id: string }
    | { __typename?: 'OrgUnit'; id: string }
    | { __typename?: 'Organisation'; id: string }
    | { __typename?: 'Person'; id: string }
    | {
        __typename?: 'Program';
        status: ProgramStatus;
        viewerCanManage: boolean;
        sessionsPerParticipant: number;
        id: string;
        enrolmentCounts?: Array<{
          __typename?: 'EnrolmentStatusCount';
          status: EnrolmentStatus;
          count: number;
        }> | null;
        enrolments?: {
          __typename?: 'EnrolmentConnection';
          totalCount: number;
          pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
          edges: Array<{
            __typename?: 'EnrolmentEdge';
            node: {
              __typename?: 'Enrolment';
              id: string;
              status: EnrolmentStatus;
              enrolledAt: string;
              respondedAt?: string | null;
              waitlistPosition?: number | null;
              lastActivityAt?: string | null;
              pace?: CadenceStatus | null;
              daysSinceLastSession?: number | null;
              quota: { __typename?: 'SessionQuota'; used: number; allowed: number };
              person: {
                __typename?: 'Person';
                id: string;
                name: string;
                orgUnit?: { __typename?: 'OrgUnit'; id: string; name: string } | null;
              };
              coach?: { __typename?: 'Person'; id: string; name: string } | null;
            };
          }>;
        } | null;
      }
    | { __typename?: 'Session'; id: string }
    | null;
};

export type CwProgramConsoleEnrolmentChangeFragment = {
  __typename?: 'Enrolment';
  id: string;
  status: EnrolmentStatus;
  program: { __typename?: 'Program'; id: string };
};

export type CwProgramConsoleChangeEnrolmentMutationVariables = Exact<{
  input: ChangeEnrolmentStatusInput;
}>;

export type CwProgramConsoleChangeEnrolmentMutation = {
  __typename?: 'Mutation';
  changeEnrolmentStatus: {
    __typename?: 'ChangeEnrolmentStatusPayload';
    enrolment?: {
      __typename?: 'Enrolment';
      id: string;
      status: EnrolmentStatus;
      program: { __typename?: 'Program'; id: string };
    } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleRematchMutationVariables = Exact<{
  input: RematchEnrolmentInput;
}>;

export type CwProgramConsoleRematchMutation = {
  __typename?: 'Mutation';
  rematchEnrolment: {
    __typename?: 'RematchEnrolmentPayload';
    enrolment?: {
      __typename?: 'Enrolment';
      id: string;
      status: EnrolmentStatus;
      coach?: { __typename?: 'Person'; id: string; name: string } | null;
      program: { __typename?: 'Program'; id: string };
    } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleRemindMutationVariables = Exact<{
  input: RemindProgramParticipantsInput;
}>;

export type CwProgramConsoleRemindMutation = {
  __typename?: 'Mutation';
  remindProgramParticipants: {
    __typename?: 'RemindProgramParticipantsPayload';
    remindedCount: number;
    alreadyRemindedCount: number;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwProgramConsolePlatformFragment = {
  __typename?: 'LtiRegistration';
  id: string;
  issuer: string;
  clientId: string;
  deploymentIds: Array<string>;
  jwksUrl?: string | null;
  jwks?: string | null;
  authLoginUrl: string;
  accessTokenUrl: string;
  emailLinkDomains: Array<string>;
  createdAt: string;
};

export type CwProgramConsolePlatformsQueryVariables = Exact<{ [key: string]: never }>;

export type CwProgramConsolePlatformsQuery = {
  __typename?: 'Query';
  ltiRegistrations: Array<{
    __typename?: 'LtiRegistration';
    id: string;
    issuer: string;
    clientId: string;
    deploymentIds: Array<string>;
    jwksUrl?: string | null;
    jwks?: string | null;
    authLoginUrl: string;
    accessTokenUrl: string;
    emailLinkDomains: Array<string>;
    createdAt: string;
  }>;
};

export type CwProgramConsoleRegisterPlatformMutationVariables = Exact<{
  input: RegisterLtiPlatformInput;
}>;

export type CwProgramConsoleRegisterPlatformMutation = {
  __typename?: 'Mutation';
  registerLtiPlatform: {
    __typename?: 'RegisterLtiPlatformPayload';
    registration?: {
      __typename?: 'LtiRegistration';
      id: string;
      issuer: string;
      clientId: string;
      deploymentIds: Array<string>;
      jwksUrl?: string | null;
      jwks?: string | null;
      authLoginUrl: string;
      accessTokenUrl: string;
      emailLinkDomains: Array<string>;
      createdAt: string;
    } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleSetPlatformKeysMutationVariables = Exact<{
  input: SetLtiPlatformKeysInput;
}>;

export type CwProgramConsoleSetPlatformKeysMutation = {
  __typename?: 'Mutation';
  setLtiPlatformKeys: {
    __typename?: 'SetLtiPlatformKeysPayload';
    registration?: {
      __typename?: 'LtiRegistration';
      id: string;
      issuer: string;
      clientId: string;
      deploymentIds: Array<string>;
      jwksUrl?: string | null;
      jwks?: string | null;
      authLoginUrl: string;
      accessTokenUrl: string;
      emailLinkDomains: Array<string>;
      createdAt: string;
    } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleRemovePlatformMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CwProgramConsoleRemovePlatformMutation = {
  __typename?: 'Mutation';
  removeLtiRegistration: {
    __typename?: 'RemoveLtiRegistrationPayload';
    removedId?: string | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsolePulsePhasesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CwProgramConsolePulsePhasesQuery = {
  __typename?: 'Query';
  node?:
    | { __typename?: 'Capability'; id: string }
    | { __typename?: 'Coach'; id: string }
    | { __typename?: 'Enrolment'; id: string }
    | { __typename?: 'Goal'; id: string }
    | { __typename?: 'GoalCheckIn'; id: string }
    | { __typename?: 'GoalMilestone'; id: string }
    | { __typename?: 'MatchProposal'; id: string }
    | { __typename?: 'OrgUnit'; id: string }
    | { __typename?: 'Organisation'; id: string }
    | { __typename?: 'Person'; id: string }
    | {
        __typename?: 'Program';
        status: ProgramStatus;
        viewerCanManage: boolean;
        id: string;
        pulsePhases: Array<{
          __typename?: 'PulsePhaseWindow';
          phase: AssessmentPhase;
          opensAt: string;
          closesAt: string;
          ratersCutoffAt: string;
          requested: number;
          submitted: number;
          raterLimits: {
            __typename?: 'PulseRaterLimits';
            minReports: number;
            maxReports: number;
            minPeers: number;
            maxPeers: number;
          };
        }>;
      }
    | { __typename?: 'Session'; id: string }
    | null;
};

export type CwProgramConsoleOpenPulsePhaseMutationVariables = Exact<{
  input: OpenPulsePhaseInput;
}>;

export type CwProgramConsoleOpenPulsePhaseMutation = {
  __typename?: 'Mutation';
  openPulsePhase: {
    __typename?: 'OpenPulsePhasePayload';
    phase?: {
      __typename?: 'PulsePhaseWindow';
      phase: AssessmentPhase;
      opensAt: string;
      closesAt: string;
      requested: number;
    } | null;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwProgramConsoleClosePulsePhaseMutationVariables = Exact<{
  input: ClosePulsePhaseInput;
}>;

export type CwProgramConsoleClosePulsePhaseMutation = {
  __typename?: 'Mutation';
  closePulsePhase: {
    __typename?: 'ClosePulsePhasePayload';
    phase?: {
      __typename?: 'PulsePhaseWindow';
      phase: AssessmentPhase;
      closesAt: string;
      submitted: number;
    } | null;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwProgramConsoleSetupFragment = {
  __typename?: 'Program';
  id: string;
  name: string;
  status: ProgramStatus;
  viewerCanManage: boolean;
  languages: Array<string>;
  sessionsPerParticipant: number;
  durationWeeks: number;
  cadenceDays: number;
  sessionMinutes: number;
  capacity?: number | null;
  startsOn?: string | null;
  endsOn?: string | null;
  names: Array<{ __typename?: 'LocalisedText'; locale: string; text: string }>;
  objectives: Array<{ __typename?: 'LocalisedText'; locale: string; text: string }>;
  policy: {
    __typename?: 'ProgramPolicy';
    minNoticeHours: number;
    horizonDays: number;
    lateCancelHours: number;
    bufferMinutes: number;
  };
  focusCapabilities: Array<{ __typename?: 'Capability'; id: string; code: string }>;
  kpis: Array<{
    __typename?: 'ProgramKpi';
    id: string;
    unit?: string | null;
    baseline?: number | null;
    target?: number | null;
    names: Array<{ __typename?: 'LocalisedText'; locale: string; text: string }>;
  }>;
  targetPopulation?: {
    __typename?: 'PopulationRules';
    jobLevels: Array<JobLevel>;
    minDaysInRole?: number | null;
    maxDaysInRole?: number | null;
    managesManagers?: boolean | null;
    timeZones: Array<string>;
    locales: Array<string>;
    orgUnits: Array<{
      __typename?: 'PopulationOrgUnit';
      includeSubtree: boolean;
      orgUnit: { __typename?: 'OrgUnit'; id: string; name: string };
    }>;
    excludedOrgUnits: Array<{
      __typename?: 'PopulationOrgUnit';
      includeSubtree: boolean;
      orgUnit: { __typename?: 'OrgUnit'; id: string; name: string };
    }>;
    includedPeople: Array<{ __typename?: 'Person'; id: string; name: string }>;
    excludedPeople: Array<{ __typename?: 'Person'; id: string; name: string }>;
  } | null;
  outcomeSummary: Array<{ __typename?: 'LocalisedText'; locale: string; text: string }>;
};

export type CwProgramConsoleSetupChoicesQueryVariables = Exact<{
  locale?: InputMaybe<Scalars['Locale']['input']>;
}>;

export type CwProgramConsoleSetupChoicesQuery = {
  __typename?: 'Query';
  organisation: { __typename?: 'Organisation'; id: string; locales: Array<string>; timeZone: string };
  capabilities: {
    __typename?: 'CapabilityConnection';
    edges: Array<{
      __typename?: 'CapabilityEdge';
      node: { __typename?: 'Capability'; id: string; code: string; name: string };
    }>;
  };
};

export type CwProgramConsoleUnitSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;

export type CwProgramConsoleUnitSearchQuery = {
  __typename?: 'Query';
  orgUnits: {
    __typename?: 'OrgUnitConnection';
    edges: Array<{
      __typename?: 'OrgUnitEdge';
      node: { __typename?: 'OrgUnit'; id: string; name: string; peopleCount: number };
    }>;
  };
};

export type CwProgramConsolePersonSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;

export type CwProgramConsolePersonSearchQuery = {
  __typename?: 'Query';
  people: {
    __typename?: 'PersonConnection';
    edges: Array<{
      __typename?: 'PersonEdge';
      node: {
        __typename?: 'Person';
        id: string;
        name: string;
        orgUnit?: { __typename?: 'OrgUnit'; id: string; name: string } | null;
      };
    }>;
  };
};

export type CwProgramConsoleProgramQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CwProgramConsoleProgramQuery = {
  __typename?: 'Query';
  node?:
    | { __typename?: 'Capability'; id: string }
    | { __typename?: 'Coach'; id: string }
    | { __typename?: 'Enrolment'; id: string }
    | { __typename?: 'Goal'; id: string }
    | { __typename?: 'GoalCheckIn'; id: string }
    | { __typename?: 'GoalMilestone'; id: string }
    | { __typename?: 'MatchProposal'; id: string }
    | { __typename?: 'OrgUnit'; id: string }
    | { __typename?: 'Organisation'; id: string }
    | { __typename?: 'Person'; id: string }
    | {
        __typename?: 'Program';
        id: string;
        name: string;
        status: ProgramStatus;
        viewerCanManage: boolean;
        languages: Array<string>;
        sessionsPerParticipant: number;
        durationWeeks: number;
        cadenceDays: number;
        sessionMinutes: number;
        capacity?: number | null;
        startsOn?: string | null;
        endsOn?: string | null;
        names: Array<{ __typename?: 'LocalisedText'; locale: string; text: string }>;
        objectives: Array<{ __typename?: 'LocalisedText'; locale: string; text: string }>;
        policy: {
          __typename?: 'ProgramPolicy';
          minNoticeHours: number;
          horizonDays: number;
          lateCancelHours: number;
          bufferMinutes: number;
        };
        focusCapabilities: Array<{ __typename?: 'Capability'; id: string; code: string }>;
        kpis: Array<{
          __typename?: 'ProgramKpi';
          id: string;
          unit?: string | null;
          baseline?: number | null;
          target?: number | null;
          names: Array<{ __typename?: 'LocalisedText'; locale: string; text: string }>;
        }>;
        targetPopulation?: {
          __typename?: 'PopulationRules';
          jobLevels: Array<JobLevel>;
          minDaysInRole?: number | null;
          maxDaysInRole?: number | null;
          managesManagers?: boolean | null;
          timeZones: Array<string>;
          locales: Array<string>;
          orgUnits: Array<{
            __typename?: 'PopulationOrgUnit';
            includeSubtree: boolean;
            orgUnit: { __typename?: 'OrgUnit'; id: string; name: string };
          }>;
          excludedOrgUnits: Array<{
            __typename?: 'PopulationOrgUnit';
            includeSubtree: boolean;
            orgUnit: { __typename?: 'OrgUnit'; id: string; name: string };
          }>;
          includedPeople: Array<{ __typename?: 'Person'; id: string; name: string }>;
          excludedPeople: Array<{ __typename?: 'Person'; id: string; name: string }>;
        } | null;
        outcomeSummary: Array<{ __typename?: 'LocalisedText'; locale: string; text: string }>;
      }
    | { __typename?: 'Session'; id: string }
    | null;
};

export type CwProgramConsolePopulationQueryVariables = Exact<{
  rules: PopulationRulesInput;
  programId?: InputMaybe<Scalars['ID']['input']>;
}>;

export type CwProgramConsolePopulationQuery = {
  __typename?: 'Query';
  programPopulationPreview: {
    __typename?: 'PopulationPreview';
    count: number;
    overlapCount: number;
    overlaps: Array<{
      __typename?: 'ProgramOverlap';
      count: number;
      program: { __typename?: 'Program'; id: string; name: string };
    }>;
    sample: Array<{ __typename?: 'Person'; id: string; name: string }>;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleCreateMutationVariables = Exact<{
  input: CreateProgramInput;
}>;

export type CwProgramConsoleCreateMutation = {
  __typename?: 'Mutation';
  createProgram: {
    __typename?: 'CreateProgramPayload';
    program?: { __typename?: 'Program'; id: string; name: string; status: ProgramStatus } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleUpdateMutationVariables = Exact<{
  input: UpdateProgramInput;
}>;

export type CwProgramConsoleUpdateMutation = {
  __typename?: 'Mutation';
  updateProgram: {
    __typename?: 'UpdateProgramPayload';
    program?: { __typename?: 'Program'; id: string; name: string; status: ProgramStatus } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsolePublishMutationVariables = Exact<{
  input: PublishProgramInput;
}>;

export type CwProgramConsolePublishMutation = {
  __typename?: 'Mutation';
  publishProgram: {
    __typename?: 'PublishProgramPayload';
    invitedCount: number;
    waitlistedCount: number;
    program?: { __typename?: 'Program'; id: string; name: string; status: ProgramStatus } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsolePauseMutationVariables = Exact<{
  input: ProgramTransitionInput;
}>;

export type CwProgramConsolePauseMutation = {
  __typename?: 'Mutation';
  pauseProgram: {
    __typename?: 'ProgramTransitionPayload';
    program?: { __typename?: 'Program'; id: string; name: string; status: ProgramStatus } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleResumeMutationVariables = Exact<{
  input: ProgramTransitionInput;
}>;

export type CwProgramConsoleResumeMutation = {
  __typename?: 'Mutation';
  resumeProgram: {
    __typename?: 'ProgramTransitionPayload';
    program?: { __typename?: 'Program'; id: string; name: string; status: ProgramStatus } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgramConsoleCloseMutationVariables = Exact<{
  input: CloseProgramInput;
}>;

export type CwProgramConsoleCloseMutation = {
  __typename?: 'Mutation';
  closeProgram: {
    __typename?: 'CloseProgramPayload';
    completedCount: number;
    withdrawnCount: number;
    program?: { __typename?: 'Program'; id: string; name: string; status: ProgramStatus } | null;
    userErrors: Array<{ __typename?: 'UserError'; field?: Array<string> | null; message: string }>;
  };
};

export type CwProgressCardQueryVariables = Exact<{
  enrolment?: InputMaybe<Scalars['ID']['input']>;
  person?: InputMaybe<Scalars['ID']['input']>;
  locale?: InputMaybe<Scalars['Locale']['input']>;
}>;

export type CwProgressCardQuery = {
  __typename?: 'Query';
  viewer: { __typename?: 'Person'; id: string; timeZone?: string | null };
  progressCard: {
    __typename?: 'ProgressCard';
    availability: ProgressAvailability;
    person: { __typename?: 'Person'; id: string; name: string };
    progress?: {
      __typename?: 'CoachingProgress';
      sharedWithManager: boolean;
      viewerCanChangeSharing: boolean;
      enrolment: { __typename?: 'Enrolment'; id: string; status: EnrolmentStatus };
      program: { __typename?: 'Program'; id: string; name: string };
      coach?: { __typename?: 'Person'; id: string; name: string } | null;
      sessions: {
        __typename?: 'SessionTally';
        planned: number;
        completed: number;
        upcoming: number;
        noShows: number;
        lateCancellations: number;
        remaining: number;
      };
      nextSession?: { __typename?: 'Session'; id: string; startsAt: string; endsAt: string } | null;
      attendance: { __typename?: 'Attendance'; attended: number; missed: number; rate?: number | null };
      cadence: {
        __typename?: 'Cadence';
        status: CadenceStatus;
        meanDaysBetweenSessions?: number | null;
        targetDaysBetweenSessions: number;
        expectedByNow: number;
      };
      goals: { __typename?: 'GoalSummary'; total: number; onTrack: number; meanProgress?: number | null };
      capabilities: Array<{
        __typename?: 'CapabilityProgress';
        delta?: number | null;
        capability: { __typename?: 'Capability'; id: string; code: string; name: string };
        baseline?: {
          __typename?: 'AssessmentFigure';
          phase: AssessmentPhase;
          mean?: number | null;
          raters?: number | null;
          withheld: boolean;
        } | null;
        latest?: {
          __typename?: 'AssessmentFigure';
          phase: AssessmentPhase;
          mean?: number | null;
          raters?: number | null;
          withheld: boolean;
        } | null;
      }>;
    } | null;
  };
};

export type CwProgressCardSharingMutationVariables = Exact<{
  input: SetProgressSharingInput;
}>;

export type CwProgressCardSharingMutation = {
  __typename?: 'Mutation';
  setProgressSharing: {
    __typename?: 'ProgressSharingPayload';
    progress?: { __typename?: 'CoachingProgress'; sharedWithManager: boolean } | null;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwPulseRequestsQueryVariables = Exact<{
  locale?: InputMaybe<Scalars['Locale']['input']>;
}>;

export type CwPulseRequestsQuery = {
  __typename?: 'Query';
  pulseRequests: Array<{
    __typename?: 'PulseRequest';
    phase: AssessmentPhase;
    raterType: PulseRaterType;
    dueAt: string;
    subject: { __typename?: 'Person'; id: string; name: string };
    program: { __typename?: 'Program'; id: string; name: string };
    capabilities: Array<{
      __typename?: 'Capability';
      id: string;
      code: string;
      name: string;
      description?: string | null;
    }>;
    scale: { __typename?: 'PulseScale'; min: number; max: number };
    draft: Array<{
      __typename?: 'PulseAnswer';
      score: number;
      capability: { __typename?: 'Capability'; id: string };
    }>;
  }>;
  viewer: { __typename?: 'Person'; id: string; timeZone?: string | null };
};

export type CwPulseSaveDraftMutationVariables = Exact<{
  input: SavePulseDraftInput;
}>;

export type CwPulseSaveDraftMutation = {
  __typename?: 'Mutation';
  savePulseDraft: {
    __typename?: 'PulseAnswerPayload';
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwPulseSubmitMutationVariables = Exact<{
  input: SubmitPulseInput;
}>;

export type CwPulseSubmitMutation = {
  __typename?: 'Mutation';
  submitPulse: {
    __typename?: 'PulseAnswerPayload';
    submitted: boolean;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwPulseRaterChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type CwPulseRaterChoicesQuery = {
  __typename?: 'Query';
  pulseRaterChoices: Array<{
    __typename?: 'PulseRequest';
    phase: AssessmentPhase;
    ratersCutoffAt?: string | null;
    program: { __typename?: 'Program'; id: string; name: string };
    raterLimits?: {
      __typename?: 'PulseRaterLimits';
      minReports: number;
      maxReports: number;
      minPeers: number;
      maxPeers: number;
    } | null;
    raters: Array<{
      __typename?: 'PulseRater';
      raterType: PulseRaterType;
      person: { __typename?: 'Person'; id: string; name: string };
    }>;
    raterCandidates: Array<{
      __typename?: 'PulseRater';
      raterType: PulseRaterType;
      person: { __typename?: 'Person'; id: string; name: string };
    }>;
  }>;
  viewer: { __typename?: 'Person'; id: string; timeZone?: string | null };
};

export type CwPulseSetRatersMutationVariables = Exact<{
  input: SetPulseRatersInput;
}>;

export type CwPulseSetRatersMutation = {
  __typename?: 'Mutation';
  setPulseRaters: {
    __typename?: 'SetPulseRatersPayload';
    request?: { __typename?: 'PulseRequest'; phase: AssessmentPhase } | null;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwPulseWellbeingQueryVariables = Exact<{ [key: string]: never }>;

export type CwPulseWellbeingQuery = {
  __typename?: 'Query';
  viewer: {
    __typename?: 'Person';
    id: string;
    wellbeing?: {
      __typename?: 'WellbeingPulse';
      period: string;
      answered: boolean;
      eligible: boolean;
    } | null;
  };
};

export type CwPulseAnswerWellbeingMutationVariables = Exact<{
  input: AnswerWellbeingPulseInput;
}>;

export type CwPulseAnswerWellbeingMutation = {
  __typename?: 'Mutation';
  answerWellbeingPulse: {
    __typename?: 'AnswerWellbeingPulsePayload';
    answer?: { __typename?: 'WellbeingAnswer'; period: string } | null;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwQualityHeatmapQueryVariables = Exact<{
  input: HeatmapInput;
  locale?: InputMaybe<Scalars['Locale']['input']>;
}>;

export type CwQualityHeatmapQuery = {
  __typename?: 'Query';
  heatmap: {
    __typename?: 'Heatmap';
    metric: HeatmapMetric;
    period?: string | null;
    periods: Array<string>;
    minGroupSize: number;
    participationTarget: number;
    stale: boolean;
    asOf?: string | null;
    unit?: { __typename?: 'OrgUnit'; id: string; name: string } | null;
    path: Array<{ __typename?: 'OrgUnit'; id: string; name: string }>;
    columns: Array<{
      __typename?: 'HeatmapColumn';
      capability: { __typename?: 'Capability'; id: string; code: string; name: string };
      organisation: {
        __typename?: 'HeatmapCell';
        value?: number | null;
        count?: number | null;
        suppressed: boolean;
        reason?: HeatmapSuppression | null;
        belowParticipationTarget?: boolean | null;
        effectSize?: { __typename?: 'HeatmapEffectSize'; d: number; low: number; high: number } | null;
      };
    }>;
    total?: {
      __typename?: 'HeatmapRow';
      level: number;
      peopleCount: number;
      hasChildren: boolean;
      unit: { __typename?: 'OrgUnit'; id: string; name: string; kind: OrgUnitKind };
      cells: Array<{
        __typename?: 'HeatmapCell';
        value?: number | null;
        count?: number | null;
        suppressed: boolean;
        reason?: HeatmapSuppression | null;
        belowParticipationTarget?: boolean | null;
        effectSize?: { __typename?: 'HeatmapEffectSize'; d: number; low: number; high: number } | null;
      }>;
    } | null;
    rows: Array<{
      __typename?: 'HeatmapRow';
      level: number;
      peopleCount: number;
      hasChildren: boolean;
      unit: { __typename?: 'OrgUnit'; id: string; name: string; kind: OrgUnitKind };
      cells: Array<{
        __typename?: 'HeatmapCell';
        value?: number | null;
        count?: number | null;
        suppressed: boolean;
        reason?: HeatmapSuppression | null;
        belowParticipationTarget?: boolean | null;
        effectSize?: { __typename?: 'HeatmapEffectSize'; d: number; low: number; high: number } | null;
      }>;
    }>;
  };
};

export type CwHeatmapRowFragment = {
  __typename?: 'HeatmapRow';
  level: number;
  peopleCount: number;
  hasChildren: boolean;
  unit: { __typename?: 'OrgUnit'; id: string; name: string; kind: OrgUnitKind };
  cells: Array<{
    __typename?: 'HeatmapCell';
    value?: number | null;
    count?: number | null;
    suppressed: boolean;
    reason?: HeatmapSuppression | null;
    belowParticipationTarget?: boolean | null;
    effectSize?: { __typename?: 'HeatmapEffectSize'; d: number; low: number; high: number } | null;
  }>;
};

export type CwHeatmapCellFragment = {
  __typename?: 'HeatmapCell';
  value?: number | null;
  count?: number | null;
  suppressed: boolean;
  reason?: HeatmapSuppression | null;
  belowParticipationTarget?: boolean | null;
  effectSize?: { __typename?: 'HeatmapEffectSize'; d: number; low: number; high: number } | null;
};

export type CwQualityHeatmapProgramsQueryVariables = Exact<{ [key: string]: never }>;

export type CwQualityHeatmapProgramsQuery = {
  __typename?: 'Query';
  viewer: { __typename?: 'Person'; id: string; roles?: Array<Role> | null };
  programs: {
    __typename?: 'ProgramConnection';
    edges: Array<{
      __typename?: 'ProgramEdge';
      node: { __typename?: 'Program'; id: string; name: string; viewerCanManage: boolean };
    }>;
  };
};

export type CwQualityHeatmapCsvQueryVariables = Exact<{
  input: HeatmapInput;
  locale?: InputMaybe<Scalars['Locale']['input']>;
}>;

export type CwQualityHeatmapCsvQuery = {
  __typename?: 'Query';
  heatmap: { __typename?: 'Heatmap'; csv: string };
};

export type CwSessionBookerCoachFragment = {
  __typename?: 'Coach';
  id: string;
  name: string;
  bio?: string | null;
  credential: CoachCredential;
  languages: Array<string>;
  timeZone: string;
  specialties: Array<{ __typename?: 'Capability'; id: string; code: string; name: string }>;
};

export type CwSessionBookerSessionFragment = {
  __typename?: 'Session';
  id: string;
  startsAt: string;
  endsAt: string;
  status: SessionStatus;
  sequence: number;
  lateCancellation: boolean;
  joinUrl?: string | null;
  coach: { __typename?: 'Coach'; id: string; name: string };
  cancellationPolicy: {
    __typename?: 'CancellationPolicy';
    lateCancelHours: number;
    lateFrom: string;
    lateNow: boolean;
    canReschedule: boolean;
  };
};

export type CwSessionBookerViewerQueryVariables = Exact<{ [key: string]: never }>;

export type CwSessionBookerViewerQuery = {
  __typename?: 'Query';
  viewer: {
    __typename?: 'Person';
    id: string;
    timeZone?: string | null;
    enrolments?: {
      __typename?: 'EnrolmentConnection';
      edges: Array<{
        __typename?: 'EnrolmentEdge';
        node: {
          __typename?: 'Enrolment';
          id: string;
          status: EnrolmentStatus;
          bookingPolicy: { __typename?: 'BookingPolicy'; minNoticeHours: number };
        };
      }>;
    } | null;
  };
};

export type CwSessionBookerEnrolmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  timeZone?: InputMaybe<Scalars['TimeZone']['input']>;
  locale?: InputMaybe<Scalars['Locale']['input']>;
  slots: Scalars['Boolean']['input'];
}>;

export type CwSessionBookerEnrolmentQuery = {
  __typename?: 'Query';
  node?:
    | { __typename?: 'Capability' }
    | { __typename?: 'Coach' }
    | {
        __typename?: 'Enrolment';
        id: string;
        status: EnrolmentStatus;
        viewerCanRespond: boolean;
        program: {
          __typename?: 'Program';
          id: string;
          name: string;
          focusCapabilities: Array<{ __typename?: 'Capability'; id: string; code: string; name: string }>;
        };
        matchedCoach?: {
          __typename?: 'Coach';
          id: string;
          name: string;
          bio?: string | null;
          credential: CoachCredential;
          languages: Array<string>;
          timeZone: string;
          specialties: Array<{ __typename?: 'Capability'; id: string; code: string; name: string }>;
        } | null;
        quota: { __typename?: 'SessionQuota'; allowed: number; used: number; remaining: number };
        bookingPolicy: {
          __typename?: 'BookingPolicy';
          sessionMinutes: number;
          minNoticeHours: number;
          horizonDays: number;
          lateCancelHours: number;
        };
        availableSlots?: {
          __typename?: 'SlotWindow';
          timeZone: string;
          slots: Array<{ __typename?: 'TimeSlot'; startsAt: string; endsAt: string }>;
          nextSlot?: { __typename?: 'TimeSlot'; startsAt: string } | null;
        };
      }
    | { __typename?: 'Goal' }
    | { __typename?: 'GoalCheckIn' }
    | { __typename?: 'GoalMilestone' }
    | { __typename?: 'MatchProposal' }
    | { __typename?: 'OrgUnit' }
    | { __typename?: 'Organisation' }
    | { __typename?: 'Person' }
    | { __typename?: 'Program' }
    | { __typename?: 'Session' }
    | null;
};

export type CwSessionBookerSessionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CwSessionBookerSessionsQuery = {
  __typename?: 'Query';
  node?:
    | { __typename?: 'Capability' }
    | { __typename?: 'Coach' }
    | {
        __typename?: 'Enrolment';
        id: string;
        upcoming: {
          __typename?: 'SessionConnection';
          edges: Array<{
            __typename?: 'SessionEdge';
            node: {
              __typename?: 'Session';
              id: string;
              startsAt: string;
              endsAt: string;
              status: SessionStatus;
              sequence: number;
              lateCancellation: boolean;
              joinUrl?: string | null;
              coach: { __typename?: 'Coach'; id: string; name: string };
              cancellationPolicy: {
                __typename?: 'CancellationPolicy';
                lateCancelHours: number;
                lateFrom: string;
                lateNow: boolean;
                canReschedule: boolean;
              };
            };
          }>;
        };
        held: {
          __typename?: 'SessionConnection';
          edges: Array<{
            __typename?: 'SessionEdge';
            node: {
              __typename?: 'Session';
              id: string;
              startsAt: string;
              feedback?: { __typename?: 'SessionFeedback'; rating: number } | null;
            };
          }>;
        };
      }
    | { __typename?: 'Goal' }
    | { __typename?: 'GoalCheckIn' }
    | { __typename?: 'GoalMilestone' }
    | { __typename?: 'MatchProposal' }
    | { __typename?: 'OrgUnit' }
    | { __typename?: 'Organisation' }
    | { __typename?: 'Person' }
    | { __typename?: 'Program' }
    | { __typename?: 'Session' }
    | null;
};

export type CwSessionBookerSuggestionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['Locale']['input']>;
}>;

export type CwSessionBookerSuggestionsQuery = {
  __typename?: 'Query';
  node?:
    | { __typename?: 'Capability' }
    | { __typename?: 'Coach' }
    | {
        __typename?: 'Enrolment';
        id: string;
        coachSuggestions: Array<{
          __typename?: 'CoachSuggestion';
          score: number;
          coach: {
            __typename?: 'Coach';
            id: string;
            name: string;
            bio?: string | null;
            credential: CoachCredential;
            languages: Array<string>;
            timeZone: string;
            specialties: Array<{ __typename?: 'Capability'; id: string; code: string; name: string }>;
          };
          reasons: Array<{
            __typename?: 'MatchReason';
            code: MatchReasonCode;
            points: number;
            language?: string | null;
            hours?: number | null;
            ratingAverage?: number | null;
            ratingCount?: number | null;
            capability?: { __typename?: 'Capability'; id: string; name: string } | null;
          }>;
        }>;
      }
    | { __typename?: 'Goal' }
    | { __typename?: 'GoalCheckIn' }
    | { __typename?: 'GoalMilestone' }
    | { __typename?: 'MatchProposal' }
    | { __typename?: 'OrgUnit' }
    | { __typename?: 'Organisation' }
    | { __typename?: 'Person' }
    | { __typename?: 'Program' }
    | { __typename?: 'Session' }
    | null;
};

export type CwSessionBookerCancelMutationVariables = Exact<{
  input: CancelSessionInput;
}>;

export type CwSessionBookerCancelMutation = {
  __typename?: 'Mutation';
  cancelSession: {
    __typename?: 'SessionPayload';
    session?: {
      __typename?: 'Session';
      id: string;
      startsAt: string;
      endsAt: string;
      status: SessionStatus;
      sequence: number;
      lateCancellation: boolean;
      joinUrl?: string | null;
      coach: { __typename?: 'Coach'; id: string; name: string };
      cancellationPolicy: {
        __typename?: 'CancellationPolicy';
        lateCancelHours: number;
        lateFrom: string;
        lateNow: boolean;
        canReschedule: boolean;
      };
    } | null;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwSessionBookerFeedbackMutationVariables = Exact<{
  input: SubmitSessionFeedbackInput;
}>;

export type CwSessionBookerFeedbackMutation = {
  __typename?: 'Mutation';
  submitSessionFeedback: {
    __typename?: 'SubmitSessionFeedbackPayload';
    feedback?: { __typename?: 'SessionFeedback'; rating: number } | null;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwSessionBookerRespondMutationVariables = Exact<{
  input: RespondToProgramInvitationInput;
}>;

export type CwSessionBookerRespondMutation = {
  __typename?: 'Mutation';
  respondToProgramInvitation: {
    __typename?: 'RespondToProgramInvitationPayload';
    enrolment?: {
      __typename?: 'Enrolment';
      id: string;
      status: EnrolmentStatus;
      viewerCanRespond: boolean;
    } | null;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwSessionBookerBookMutationVariables = Exact<{
  input: BookSessionInput;
}>;

export type CwSessionBookerBookMutation = {
  __typename?: 'Mutation';
  bookSession: {
    __typename?: 'SessionPayload';
    session?: {
      __typename?: 'Session';
      id: string;
      startsAt: string;
      endsAt: string;
      status: SessionStatus;
      sequence: number;
      lateCancellation: boolean;
      joinUrl?: string | null;
      coach: { __typename?: 'Coach'; id: string; name: string };
      cancellationPolicy: {
        __typename?: 'CancellationPolicy';
        lateCancelHours: number;
        lateFrom: string;
        lateNow: boolean;
        canReschedule: boolean;
      };
    } | null;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwSessionBookerRescheduleMutationVariables = Exact<{
  input: RescheduleSessionInput;
}>;

export type CwSessionBookerRescheduleMutation = {
  __typename?: 'Mutation';
  rescheduleSession: {
    __typename?: 'SessionPayload';
    session?: {
      __typename?: 'Session';
      id: string;
      startsAt: string;
      endsAt: string;
      status: SessionStatus;
      sequence: number;
      lateCancellation: boolean;
      joinUrl?: string | null;
      coach: { __typename?: 'Coach'; id: string; name: string };
      cancellationPolicy: {
        __typename?: 'CancellationPolicy';
        lateCancelHours: number;
        lateFrom: string;
        lateNow: boolean;
        canReschedule: boolean;
      };
    } | null;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwSessionBookerChooseCoachMutationVariables = Exact<{
  input: ChooseCoachInput;
}>;

export type CwSessionBookerChooseCoachMutation = {
  __typename?: 'Mutation';
  chooseCoach: {
    __typename?: 'ChooseCoachPayload';
    enrolment?: { __typename?: 'Enrolment'; id: string; status: EnrolmentStatus } | null;
    userErrors: Array<{
      __typename?: 'UserError';
      field?: Array<string> | null;
      code: UserErrorCode;
      message: string;
    }>;
  };
};

export type CwCapabilityChoiceFragment = {
  __typename?: 'Capability';
  id: string;
  code: string;
  name: string;
};

export type CwSessionCalendarQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CwSessionCalendarQuery = {
  __typename?: 'Query';
  node?:
    | { __typename?: 'Capability' }
    | { __typename?: 'Coach' }
    | { __typename?: 'Enrolment' }
    | { __typename?: 'Goal' }
    | { __typename?: 'GoalCheckIn' }
    | { __typename?: 'GoalMilestone' }
    | { __typename?: 'MatchProposal' }
    | { __typename?: 'OrgUnit' }
    | { __typename?: 'Organisation' }
    | { __typename?: 'Person' }
    | { __typename?: 'Program' }
    | {
        __typename?: 'Session';
        id: string;
        calendar: { __typename?: 'CalendarFile'; filename: string; contentType: string; ics: string };
      }
    | null;
};

export type CwUserErrorFragment = {
  __typename?: 'UserError';
  field?: Array<string> | null;
  code: UserErrorCode;
  message: string;
};

export type CwViewerBadgeQueryVariables = Exact<{ [key: string]: never }>;

export type CwViewerBadgeQuery = {
  __typename?: 'Query';
  viewer: {
    __typename?: 'Person';
    id: string;
    name: string;
    timeZone?: string | null;
    roles?: Array<Role> | null;
    organisation: { __typename?: 'Organisation'; id: string; name: string; timeZone: string };
  };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CwCoachDeskHoursFragmentDoc = new TypedDocumentString(
  `
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
`,
  { fragmentName: 'CwCoachDeskHours' },
) as unknown as TypedDocumentString<CwCoachDeskHoursFragment, unknown>;
export const CwCoachDeskConflictFragmentDoc = new TypedDocumentString(
  `
fragment CwCoachDeskConflict on AvailabilityConflict {
  reason
  session {
    __typename
    id
    startsAt
    participant {
      __typename
      id
      name
    }
  }
}
`,
  { fragmentName: 'CwCoachDeskConflict' },
) as unknown as TypedDocumentString<CwCoachDeskConflictFragment, unknown>;
export const CwCoachDeskClientGoalFragmentDoc = new TypedDocumentString(
  `
fragment CwCoachDeskClientGoal on Goal {
  __typename
  id
  title
  progress
  status
  capability {
    __typename
    id
    name
  }
}
`,
  { fragmentName: 'CwCoachDeskClientGoal' },
) as unknown as TypedDocumentString<CwCoachDeskClientGoalFragment, unknown>;
export const CwCoachDeskSessionStatusFragmentDoc = new TypedDocumentString(
  `
fragment CwCoachDeskSessionStatus on SessionPayload {
  session {
    __typename
    id
    status
  }
  userErrors {
    field
    message
  }
}
`,
  { fragmentName: 'CwCoachDeskSessionStatus' },
) as unknown as TypedDocumentString<CwCoachDeskSessionStatusFragment, unknown>;
export const CwGoalTrackerCheckInsFragmentDoc = new TypedDocumentString(
  `
fragment CwGoalTrackerCheckIns on Goal {
  __typename
  id
  checkIns(first: 10) {
    totalCount
    edges {
      node {
        __typename
        id
        progress
        note
        mood
        confidence
        checkedInAt
        author {
          __typename
          id
          name
        }
      }
    }
  }
}
`,
  { fragmentName: 'CwGoalTrackerCheckIns' },
) as unknown as TypedDocumentString<CwGoalTrackerCheckInsFragment, unknown>;
export const CwCapabilityChoiceFragmentDoc = new TypedDocumentString(
  `
fragment CwCapabilityChoice on Capability {
  __typename
  id
  code
  name(locale: $locale)
}
`,
  { fragmentName: 'CwCapabilityChoice' },
) as unknown as TypedDocumentString<CwCapabilityChoiceFragment, unknown>;
export const CwGoalTrackerGoalFragmentDoc = new TypedDocumentString(
  `
fragment CwGoalTrackerGoal on Goal {
  __typename
  id
  title
  description
  targetDate
  status
  progress
  visibility
  viewerCanEdit
  capability {
    ...CwCapabilityChoice
  }
  milestones {
    __typename
    id
    title
    done
    position
  }
  latestCheckIn {
    __typename
    id
    checkedInAt
  }
}

fragment CwCapabilityChoice on Capability {
  __typename
  id
  code
  name(locale: $locale)
}
`,
  { fragmentName: 'CwGoalTrackerGoal' },
) as unknown as TypedDocumentString<CwGoalTrackerGoalFragment, unknown>;
export const CwUserErrorFragmentDoc = new TypedDocumentString(
  `
fragment CwUserError on UserError {
  field
  code
  message
}
`,
  { fragmentName: 'CwUserError' },
) as unknown as TypedDocumentString<CwUserErrorFragment, unknown>;
export const CwGoalTrackerGoalChangeFragmentDoc = new TypedDocumentString(
  `
fragment CwGoalTrackerGoalChange on GoalPayload {
  goal {
    ...CwGoalTrackerGoal
  }
  userErrors {
    ...CwUserError
  }
}

fragment CwGoalTrackerGoal on Goal {
  __typename
  id
  title
  description
  targetDate
  status
  progress
  visibility
  viewerCanEdit
  capability {
    ...CwCapabilityChoice
  }
  milestones {
    __typename
    id
    title
    done
    position
  }
  latestCheckIn {
    __typename
    id
    checkedInAt
  }
}

fragment CwCapabilityChoice on Capability {
  __typename
  id
  code
  name(locale: $locale)
}

fragment CwUserError on UserError {
  field
  code
  message
}
`,
  { fragmentName: 'CwGoalTrackerGoalChange' },
) as unknown as TypedDocumentString<CwGoalTrackerGoalChangeFragment, unknown>;
export const CwProgramConsoleCoachStatusFragmentDoc = new TypedDocumentString(
  `
fragment CwProgramConsoleCoachStatus on CoachStatusPayload {
  coach {
    __typename
    id
    qualityStatus
  }
  clientsToMove
  userErrors {
    field
    message
  }
}
`,
  { fragmentName: 'CwProgramConsoleCoachStatus' },
) as unknown as TypedDocumentString<CwProgramConsoleCoachStatusFragment, unknown>;
export const CwProgramConsoleQualitySettingsFragmentDoc = new TypedDocumentString(
  `
fragment CwProgramConsoleQualitySettings on CoachQualitySettings {
  probationBelow
  restoreAtOrAbove
  minRatings
  window
}
`,
  { fragmentName: 'CwProgramConsoleQualitySettings' },
) as unknown as TypedDocumentString<CwProgramConsoleQualitySettingsFragment, unknown>;
export const CwProgramConsoleProposalFragmentDoc = new TypedDocumentString(
  `
fragment CwProgramConsoleProposal on MatchProposal {
  __typename
  id
  kind
  status
  createdAt
  matchedCount
  unmatchedCount
  fromCoach {
    __typename
    id
    name
  }
  pairs(first: 50) {
    totalCount
    edges {
      node {
        score
        adjusted
        enrolment {
          __typename
          id
          person {
            __typename
            id
            name
            locale
          }
        }
        coach {
          __typename
          id
          name
        }
        reasons {
          code
          message
        }
      }
    }
  }
  unmatched(first: 50) {
    totalCount
    edges {
      node {
        reason
        message
        enrolment {
          __typename
          id
          person {
            __typename
            id
            name
            locale
          }
        }
      }
    }
  }
  coachLoads {
    proposed
    current
    capacity
    coach {
      __typename
      id
      name
    }
  }
}
`,
  { fragmentName: 'CwProgramConsoleProposal' },
) as unknown as TypedDocumentString<CwProgramConsoleProposalFragment, unknown>;
export const CwProgramConsoleProposalPayloadFragmentDoc = new TypedDocumentString(
  `
fragment CwProgramConsoleProposalPayload on MatchProposalPayload {
  proposal {
    __typename
    id
    matchedCount
    unmatchedCount
    program {
      __typename
      id
    }
  }
  userErrors {
    field
    message
  }
}
`,
  { fragmentName: 'CwProgramConsoleProposalPayload' },
) as unknown as TypedDocumentString<CwProgramConsoleProposalPayloadFragment, unknown>;
export const CwProgramConsoleProposalProgressFragmentDoc = new TypedDocumentString(
  `
fragment CwProgramConsoleProposalProgress on MatchProposal {
  __typename
  id
  status
  cohortSize
  failure
  failureMessage
}
`,
  { fragmentName: 'CwProgramConsoleProposalProgress' },
) as unknown as TypedDocumentString<CwProgramConsoleProposalProgressFragment, unknown>;
export const CwProgramConsoleEnrolmentChangeFragmentDoc = new TypedDocumentString(
  `
fragment CwProgramConsoleEnrolmentChange on Enrolment {
  __typename
  id
  status
  program {
    __typename
    id
  }
}
`,
  { fragmentName: 'CwProgramConsoleEnrolmentChange' },
) as unknown as TypedDocumentString<CwProgramConsoleEnrolmentChangeFragment, unknown>;
export const CwProgramConsolePlatformFragmentDoc = new TypedDocumentString(
  `
fragment CwProgramConsolePlatform on LtiRegistration {
  __typename
  id
  issuer
  clientId
  deploymentIds
  jwksUrl
  jwks
  authLoginUrl
  accessTokenUrl
  emailLinkDomains
  createdAt
}
`,
  { fragmentName: 'CwProgramConsolePlatform' },
) as unknown as TypedDocumentString<CwProgramConsolePlatformFragment, unknown>;
export const CwProgramConsoleSetupFragmentDoc = new TypedDocumentString(
  `
fragment CwProgramConsoleSetup on Program {
  __typename
  id
  name
  status
  viewerCanManage
  names {
    locale
    text
  }
  objectives {
    locale
    text
  }
  languages
  sessionsPerParticipant
  durationWeeks
  cadenceDays
  sessionMinutes
  capacity
  startsOn
  endsOn
  policy {
    minNoticeHours
    horizonDays
    lateCancelHours
    bufferMinutes
  }
  focusCapabilities {
    __typename
    id
    code
  }
  kpis {
    __typename
    id
    names {
      locale
      text
    }
    unit
    baseline
    target
  }
  targetPopulation {
    orgUnits {
      includeSubtree
      orgUnit {
        __typename
        id
        name
      }
    }
    excludedOrgUnits {
      includeSubtree
      orgUnit {
        __typename
        id
        name
      }
    }
    includedPeople {
      __typename
      id
      name
    }
    excludedPeople {
      __typename
      id
      name
    }
    jobLevels
    minDaysInRole
    maxDaysInRole
    managesManagers
    timeZones
    locales
  }
  outcomeSummary {
    locale
    text
  }
}
`,
  { fragmentName: 'CwProgramConsoleSetup' },
) as unknown as TypedDocumentString<CwProgramConsoleSetupFragment, unknown>;
export const CwHeatmapCellFragmentDoc = new TypedDocumentString(
  `
fragment CwHeatmapCell on HeatmapCell {
  value
  count
  suppressed
  reason
  belowParticipationTarget
  effectSize {
    d
    low
    high
  }
}
`,
  { fragmentName: 'CwHeatmapCell' },
) as unknown as TypedDocumentString<CwHeatmapCellFragment, unknown>;
export const CwHeatmapRowFragmentDoc = new TypedDocumentString(
  `
fragment CwHeatmapRow on HeatmapRow {
  unit {
    __typename
    id
    name
    kind
  }
  level
  peopleCount
  hasChildren
  cells {
    ...CwHeatmapCell
  }
}

fragment CwHeatmapCell on HeatmapCell {
  value
  count
  suppressed
  reason
  belowParticipationTarget
  effectSize {
    d
    low
    high
  }
}
`,
  { fragmentName: 'CwHeatmapRow' },
) as unknown as TypedDocumentString<CwHeatmapRowFragment, unknown>;
export const CwSessionBookerCoachFragmentDoc = new TypedDocumentString(
  `
fragment CwSessionBookerCoach on Coach {
  __typename
  id
  name
  bio
  credential
  languages
  timeZone
  specialties {
    __typename
    id
    code
    name(locale: $locale)
  }
}
`,
  { fragmentName: 'CwSessionBookerCoach' },
) as unknown as TypedDocumentString<CwSessionBookerCoachFragment, unknown>;
export const CwSessionBookerSessionFragmentDoc = new TypedDocumentString(
  `
fragment CwSessionBookerSession on Session {
  __typename
  id
  startsAt
  endsAt
  status
  sequence
  lateCancellation
  joinUrl
  coach {
    __typename
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
`,
  { fragmentName: 'CwSessionBookerSession' },
) as unknown as TypedDocumentString<CwSessionBookerSessionFragment, unknown>;
export const CwCoachDeskAvailabilityDocument = new TypedDocumentString(`
query CwCoachDeskAvailability {
  coachDesk {
    availability {
      ...CwCoachDeskHours
      conflicts {
        ...CwCoachDeskConflict
        session {
          enrolment {
            __typename
            id
          }
        }
      }
    }
  }
}

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

fragment CwCoachDeskConflict on AvailabilityConflict {
  reason
  session {
    __typename
    id
    startsAt
    participant {
      __typename
      id
      name
    }
  }
}
`) as unknown as TypedDocumentString<CwCoachDeskAvailabilityQuery, CwCoachDeskAvailabilityQueryVariables>;
export const CwCoachDeskMoveSlotsDocument = new TypedDocumentString(`
query CwCoachDeskMoveSlots($id: ID!, $from: DateTime!, $to: DateTime!) {
  node(id: $id) {
    __typename
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
`) as unknown as TypedDocumentString<CwCoachDeskMoveSlotsQuery, CwCoachDeskMoveSlotsQueryVariables>;
export const CwCoachDeskMoveSessionDocument = new TypedDocumentString(`
mutation CwCoachDeskMoveSession($input: RescheduleSessionInput!) {
  rescheduleSession(input: $input) {
    session {
      __typename
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
`) as unknown as TypedDocumentString<CwCoachDeskMoveSessionMutation, CwCoachDeskMoveSessionMutationVariables>;
export const CwCoachDeskSetAvailabilityDocument = new TypedDocumentString(`
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

fragment CwCoachDeskConflict on AvailabilityConflict {
  reason
  session {
    __typename
    id
    startsAt
    participant {
      __typename
      id
      name
    }
  }
}
`) as unknown as TypedDocumentString<
  CwCoachDeskSetAvailabilityMutation,
  CwCoachDeskSetAvailabilityMutationVariables
>;
export const CwCoachDeskClientsDocument = new TypedDocumentString(`
query CwCoachDeskClients {
  coachDesk {
    clients {
      __typename
      id
      status
      pace
      person {
        __typename
        id
        name
      }
      program {
        __typename
        id
        name
      }
      quota {
        allowed
        used
        remaining
      }
      progress {
        goals {
          total
          onTrack
        }
        nextSession {
          __typename
          id
          startsAt
        }
      }
    }
  }
}
`) as unknown as TypedDocumentString<CwCoachDeskClientsQuery, CwCoachDeskClientsQueryVariables>;
export const CwCoachDeskClientGoalsDocument = new TypedDocumentString(`
query CwCoachDeskClientGoals($owner: ID!) {
  goals(first: 20, filter: {owner: $owner}) {
    edges {
      node {
        ...CwCoachDeskClientGoal
        targetDate
      }
    }
  }
}

fragment CwCoachDeskClientGoal on Goal {
  __typename
  id
  title
  progress
  status
  capability {
    __typename
    id
    name
  }
}
`) as unknown as TypedDocumentString<CwCoachDeskClientGoalsQuery, CwCoachDeskClientGoalsQueryVariables>;
export const CwCoachDeskHeaderDocument = new TypedDocumentString(`
query CwCoachDeskHeader {
  coachDesk {
    timeZone
    coach {
      __typename
      id
      name
      rating {
        average
        count
      }
    }
  }
}
`) as unknown as TypedDocumentString<CwCoachDeskHeaderQuery, CwCoachDeskHeaderQueryVariables>;
export const CwCoachDeskWeekDocument = new TypedDocumentString(`
query CwCoachDeskWeek($from: DateTime!, $to: DateTime!) {
  coachDesk {
    timeZone
    sessions(from: $from, to: $to) {
      __typename
      id
      startsAt
      endsAt
      status
      joinUrl
      participant {
        __typename
        id
        name
      }
      enrolment {
        __typename
        id
        program {
          __typename
          id
          name
        }
      }
      privateNote {
        body
        updatedAt
        capabilities {
          __typename
          id
        }
      }
    }
  }
}
`) as unknown as TypedDocumentString<CwCoachDeskWeekQuery, CwCoachDeskWeekQueryVariables>;
export const CwCoachDeskSessionDetailDocument = new TypedDocumentString(`
query CwCoachDeskSessionDetail($owner: ID!, $enrolment: ID!) {
  goals(first: 20, filter: {owner: $owner}) {
    edges {
      node {
        ...CwCoachDeskClientGoal
      }
    }
  }
  node(id: $enrolment) {
    __typename
    id
    ... on Enrolment {
      sessions(first: 100, status: [COMPLETED, NO_SHOW]) {
        edges {
          node {
            __typename
            id
            startsAt
            status
            privateNote {
              body
              updatedAt
              capabilities {
                __typename
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
        __typename
        id
        name
      }
    }
  }
}

fragment CwCoachDeskClientGoal on Goal {
  __typename
  id
  title
  progress
  status
  capability {
    __typename
    id
    name
  }
}
`) as unknown as TypedDocumentString<CwCoachDeskSessionDetailQuery, CwCoachDeskSessionDetailQueryVariables>;
export const CwCoachDeskCompleteDocument = new TypedDocumentString(`
mutation CwCoachDeskComplete($input: SessionIdInput!) {
  completeSession(input: $input) {
    ...CwCoachDeskSessionStatus
  }
}

fragment CwCoachDeskSessionStatus on SessionPayload {
  session {
    __typename
    id
    status
  }
  userErrors {
    field
    message
  }
}
`) as unknown as TypedDocumentString<CwCoachDeskCompleteMutation, CwCoachDeskCompleteMutationVariables>;
export const CwCoachDeskNoShowDocument = new TypedDocumentString(`
mutation CwCoachDeskNoShow($input: SessionIdInput!) {
  markSessionNoShow(input: $input) {
    ...CwCoachDeskSessionStatus
  }
}

fragment CwCoachDeskSessionStatus on SessionPayload {
  session {
    __typename
    id
    status
  }
  userErrors {
    field
    message
  }
}
`) as unknown as TypedDocumentString<CwCoachDeskNoShowMutation, CwCoachDeskNoShowMutationVariables>;
export const CwCoachDeskWriteNoteDocument = new TypedDocumentString(`
mutation CwCoachDeskWriteNote($input: WriteSessionNoteInput!) {
  writeSessionNote(input: $input) {
    session {
      __typename
      id
    }
    note {
      body
      updatedAt
      capabilities {
        __typename
        id
      }
    }
    userErrors {
      field
      message
    }
  }
}
`) as unknown as TypedDocumentString<CwCoachDeskWriteNoteMutation, CwCoachDeskWriteNoteMutationVariables>;
export const CwGoalTrackerDocument = new TypedDocumentString(`
query CwGoalTracker($owner: ID, $capability: String, $locale: Locale, $first: Int!) {
  viewer {
    __typename
    id
    timeZone
  }
  capabilities(first: 50) {
    edges {
      node {
        ...CwCapabilityChoice
      }
    }
  }
  goals(first: $first, filter: {owner: $owner, capability: $capability}) {
    totalCount
    edges {
      node {
        ...CwGoalTrackerGoal
      }
    }
  }
}

fragment CwGoalTrackerGoal on Goal {
  __typename
  id
  title
  description
  targetDate
  status
  progress
  visibility
  viewerCanEdit
  capability {
    ...CwCapabilityChoice
  }
  milestones {
    __typename
    id
    title
    done
    position
  }
  latestCheckIn {
    __typename
    id
    checkedInAt
  }
}

fragment CwCapabilityChoice on Capability {
  __typename
  id
  code
  name(locale: $locale)
}
`) as unknown as TypedDocumentString<CwGoalTrackerQuery, CwGoalTrackerQueryVariables>;
export const CwGoalTrackerDetailDocument = new TypedDocumentString(`
query CwGoalTrackerDetail($id: ID!) {
  goal(id: $id) {
    ...CwGoalTrackerCheckIns
  }
}

fragment CwGoalTrackerCheckIns on Goal {
  __typename
  id
  checkIns(first: 10) {
    totalCount
    edges {
      node {
        __typename
        id
        progress
        note
        mood
        confidence
        checkedInAt
        author {
          __typename
          id
          name
        }
      }
    }
  }
}
`) as unknown as TypedDocumentString<CwGoalTrackerDetailQuery, CwGoalTrackerDetailQueryVariables>;
export const CwGoalTrackerCreateDocument = new TypedDocumentString(`
mutation CwGoalTrackerCreate($input: CreateGoalInput!, $locale: Locale) {
  createGoal(input: $input) {
    ...CwGoalTrackerGoalChange
  }
}

fragment CwGoalTrackerGoal on Goal {
  __typename
  id
  title
  description
  targetDate
  status
  progress
  visibility
  viewerCanEdit
  capability {
    ...CwCapabilityChoice
  }
  milestones {
    __typename
    id
    title
    done
    position
  }
  latestCheckIn {
    __typename
    id
    checkedInAt
  }
}

fragment CwGoalTrackerGoalChange on GoalPayload {
  goal {
    ...CwGoalTrackerGoal
  }
  userErrors {
    ...CwUserError
  }
}

fragment CwCapabilityChoice on Capability {
  __typename
  id
  code
  name(locale: $locale)
}

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<CwGoalTrackerCreateMutation, CwGoalTrackerCreateMutationVariables>;
export const CwGoalTrackerUpdateDocument = new TypedDocumentString(`
mutation CwGoalTrackerUpdate($input: UpdateGoalInput!, $locale: Locale) {
  updateGoal(input: $input) {
    ...CwGoalTrackerGoalChange
  }
}

fragment CwGoalTrackerGoal on Goal {
  __typename
  id
  title
  description
  targetDate
  status
  progress
  visibility
  viewerCanEdit
  capability {
    ...CwCapabilityChoice
  }
  milestones {
    __typename
    id
    title
    done
    position
  }
  latestCheckIn {
    __typename
    id
    checkedInAt
  }
}

fragment CwGoalTrackerGoalChange on GoalPayload {
  goal {
    ...CwGoalTrackerGoal
  }
  userErrors {
    ...CwUserError
  }
}

fragment CwCapabilityChoice on Capability {
  __typename
  id
  code
  name(locale: $locale)
}

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<CwGoalTrackerUpdateMutation, CwGoalTrackerUpdateMutationVariables>;
export const CwGoalTrackerVisibilityDocument = new TypedDocumentString(`
mutation CwGoalTrackerVisibility($input: SetGoalVisibilityInput!, $locale: Locale) {
  setGoalVisibility(input: $input) {
    ...CwGoalTrackerGoalChange
  }
}

fragment CwGoalTrackerGoal on Goal {
  __typename
  id
  title
  description
  targetDate
  status
  progress
  visibility
  viewerCanEdit
  capability {
    ...CwCapabilityChoice
  }
  milestones {
    __typename
    id
    title
    done
    position
  }
  latestCheckIn {
    __typename
    id
    checkedInAt
  }
}

fragment CwGoalTrackerGoalChange on GoalPayload {
  goal {
    ...CwGoalTrackerGoal
  }
  userErrors {
    ...CwUserError
  }
}

fragment CwCapabilityChoice on Capability {
  __typename
  id
  code
  name(locale: $locale)
}

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<
  CwGoalTrackerVisibilityMutation,
  CwGoalTrackerVisibilityMutationVariables
>;
export const CwGoalTrackerCheckInDocument = new TypedDocumentString(`
mutation CwGoalTrackerCheckIn($input: AddGoalCheckInInput!, $locale: Locale) {
  addGoalCheckIn(input: $input) {
    goal {
      ...CwGoalTrackerGoal
      ...CwGoalTrackerCheckIns
    }
    userErrors {
      ...CwUserError
    }
  }
}

fragment CwGoalTrackerGoal on Goal {
  __typename
  id
  title
  description
  targetDate
  status
  progress
  visibility
  viewerCanEdit
  capability {
    ...CwCapabilityChoice
  }
  milestones {
    __typename
    id
    title
    done
    position
  }
  latestCheckIn {
    __typename
    id
    checkedInAt
  }
}

fragment CwGoalTrackerCheckIns on Goal {
  __typename
  id
  checkIns(first: 10) {
    totalCount
    edges {
      node {
        __typename
        id
        progress
        note
        mood
        confidence
        checkedInAt
        author {
          __typename
          id
          name
        }
      }
    }
  }
}

fragment CwCapabilityChoice on Capability {
  __typename
  id
  code
  name(locale: $locale)
}

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<CwGoalTrackerCheckInMutation, CwGoalTrackerCheckInMutationVariables>;
export const CwGoalTrackerMilestoneDocument = new TypedDocumentString(`
mutation CwGoalTrackerMilestone($input: CompleteGoalMilestoneInput!, $locale: Locale) {
  completeGoalMilestone(input: $input) {
    goal {
      ...CwGoalTrackerGoal
    }
    userErrors {
      ...CwUserError
    }
  }
}

fragment CwGoalTrackerGoal on Goal {
  __typename
  id
  title
  description
  targetDate
  status
  progress
  visibility
  viewerCanEdit
  capability {
    ...CwCapabilityChoice
  }
  milestones {
    __typename
    id
    title
    done
    position
  }
  latestCheckIn {
    __typename
    id
    checkedInAt
  }
}

fragment CwCapabilityChoice on Capability {
  __typename
  id
  code
  name(locale: $locale)
}

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<CwGoalTrackerMilestoneMutation, CwGoalTrackerMilestoneMutationVariables>;
export const CwProgramConsoleCoachesDocument = new TypedDocumentString(`
query CwProgramConsoleCoaches($id: ID!) {
  viewer {
    __typename
    id
    roles
  }
  node(id: $id) {
    __typename
    id
    ... on Program {
      status
      viewerCanManage
      coachPool {
        capacity
        activeClients
        ratingTrend {
          month
          average
          withheld
        }
        feedbackComments {
          withheld
          minGroupSize
          comments {
            month
            text
          }
        }
        coach {
          __typename
          id
          name
          languages
          qualityStatus
          capacity
          activeClients
          rating {
            average
            count
          }
        }
      }
    }
  }
}
`) as unknown as TypedDocumentString<CwProgramConsoleCoachesQuery, CwProgramConsoleCoachesQueryVariables>;
export const CwProgramConsolePauseCoachDocument = new TypedDocumentString(`
mutation CwProgramConsolePauseCoach($input: CoachStatusInput!) {
  pauseCoach(input: $input) {
    ...CwProgramConsoleCoachStatus
  }
}

fragment CwProgramConsoleCoachStatus on CoachStatusPayload {
  coach {
    __typename
    id
    qualityStatus
  }
  clientsToMove
  userErrors {
    field
    message
  }
}
`) as unknown as TypedDocumentString<
  CwProgramConsolePauseCoachMutation,
  CwProgramConsolePauseCoachMutationVariables
>;
export const CwProgramConsoleReinstateCoachDocument = new TypedDocumentString(`
mutation CwProgramConsoleReinstateCoach($input: CoachStatusInput!) {
  reinstateCoach(input: $input) {
    ...CwProgramConsoleCoachStatus
  }
}

fragment CwProgramConsoleCoachStatus on CoachStatusPayload {
  coach {
    __typename
    id
    qualityStatus
  }
  clientsToMove
  userErrors {
    field
    message
  }
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleReinstateCoachMutation,
  CwProgramConsoleReinstateCoachMutationVariables
>;
export const CwProgramConsoleHandoverDocument = new TypedDocumentString(`
mutation CwProgramConsoleHandover($input: ProposeCoachHandoverInput!) {
  proposeCoachHandover(input: $input) {
    ...CwProgramConsoleProposalPayload
  }
}

fragment CwProgramConsoleProposalPayload on MatchProposalPayload {
  proposal {
    __typename
    id
    matchedCount
    unmatchedCount
    program {
      __typename
      id
    }
  }
  userErrors {
    field
    message
  }
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleHandoverMutation,
  CwProgramConsoleHandoverMutationVariables
>;
export const CwProgramConsoleEndProbationDocument = new TypedDocumentString(`
mutation CwProgramConsoleEndProbation($input: EndCoachProbationInput!) {
  endCoachProbation(input: $input) {
    ...CwProgramConsoleCoachStatus
  }
}

fragment CwProgramConsoleCoachStatus on CoachStatusPayload {
  coach {
    __typename
    id
    qualityStatus
  }
  clientsToMove
  userErrors {
    field
    message
  }
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleEndProbationMutation,
  CwProgramConsoleEndProbationMutationVariables
>;
export const CwProgramConsoleQualitySettingsDocument = new TypedDocumentString(`
query CwProgramConsoleQualitySettings {
  coachQualitySettings {
    ...CwProgramConsoleQualitySettings
  }
}

fragment CwProgramConsoleQualitySettings on CoachQualitySettings {
  probationBelow
  restoreAtOrAbove
  minRatings
  window
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleQualitySettingsQuery,
  CwProgramConsoleQualitySettingsQueryVariables
>;
export const CwProgramConsoleSetQualitySettingsDocument = new TypedDocumentString(`
mutation CwProgramConsoleSetQualitySettings($input: CoachQualitySettingsInput!) {
  setCoachQualitySettings(input: $input) {
    settings {
      ...CwProgramConsoleQualitySettings
    }
    userErrors {
      field
      message
    }
  }
}

fragment CwProgramConsoleQualitySettings on CoachQualitySettings {
  probationBelow
  restoreAtOrAbove
  minRatings
  window
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleSetQualitySettingsMutation,
  CwProgramConsoleSetQualitySettingsMutationVariables
>;
export const CwProgramConsoleListDocument = new TypedDocumentString(`
query CwProgramConsoleList($status: ProgramStatus) {
  viewer {
    __typename
    id
    roles
  }
  programs(first: 50, status: $status, manageable: true) {
    totalCount
    edges {
      node {
        __typename
        id
        name
        status
        startsOn
        endsOn
        sessionsPerParticipant
        enrolments(first: 0) {
          totalCount
        }
      }
    }
  }
}
`) as unknown as TypedDocumentString<CwProgramConsoleListQuery, CwProgramConsoleListQueryVariables>;
export const CwProgramConsoleHeaderDocument = new TypedDocumentString(`
query CwProgramConsoleHeader($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Program {
      name
      status
    }
  }
}
`) as unknown as TypedDocumentString<CwProgramConsoleHeaderQuery, CwProgramConsoleHeaderQueryVariables>;
export const CwProgramConsoleMatchingDocument = new TypedDocumentString(`
query CwProgramConsoleMatching($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Program {
      status
      viewerCanManage
      enrolmentCounts {
        status
        count
      }
      coachPool {
        coach {
          __typename
          id
          name
          languages
        }
      }
      openMatchProposal {
        ...CwProgramConsoleProposal
      }
      pendingMatchProposal {
        ...CwProgramConsoleProposalProgress
      }
    }
  }
}

fragment CwProgramConsoleProposal on MatchProposal {
  __typename
  id
  kind
  status
  createdAt
  matchedCount
  unmatchedCount
  fromCoach {
    __typename
    id
    name
  }
  pairs(first: 50) {
    totalCount
    edges {
      node {
        score
        adjusted
        enrolment {
          __typename
          id
          person {
            __typename
            id
            name
            locale
          }
        }
        coach {
          __typename
          id
          name
        }
        reasons {
          code
          message
        }
      }
    }
  }
  unmatched(first: 50) {
    totalCount
    edges {
      node {
        reason
        message
        enrolment {
          __typename
          id
          person {
            __typename
            id
            name
            locale
          }
        }
      }
    }
  }
  coachLoads {
    proposed
    current
    capacity
    coach {
      __typename
      id
      name
    }
  }
}

fragment CwProgramConsoleProposalProgress on MatchProposal {
  __typename
  id
  status
  cohortSize
  failure
  failureMessage
}
`) as unknown as TypedDocumentString<CwProgramConsoleMatchingQuery, CwProgramConsoleMatchingQueryVariables>;
export const CwProgramConsoleProposalProgressDocument = new TypedDocumentString(`
query CwProgramConsoleProposalProgress($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on MatchProposal {
      ...CwProgramConsoleProposalProgress
    }
  }
}

fragment CwProgramConsoleProposalProgress on MatchProposal {
  __typename
  id
  status
  cohortSize
  failure
  failureMessage
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleProposalProgressQuery,
  CwProgramConsoleProposalProgressQueryVariables
>;
export const CwProgramConsoleProposeDocument = new TypedDocumentString(`
mutation CwProgramConsolePropose($input: ProposeProgramMatchInput!) {
  proposeProgramMatch(input: $input) {
    ...CwProgramConsoleProposalPayload
    proposal {
      status
    }
  }
}

fragment CwProgramConsoleProposalPayload on MatchProposalPayload {
  proposal {
    __typename
    id
    matchedCount
    unmatchedCount
    program {
      __typename
      id
    }
  }
  userErrors {
    field
    message
  }
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleProposeMutation,
  CwProgramConsoleProposeMutationVariables
>;
export const CwProgramConsoleAdjustDocument = new TypedDocumentString(`
mutation CwProgramConsoleAdjust($input: AdjustMatchProposalInput!) {
  adjustMatchProposal(input: $input) {
    ...CwProgramConsoleProposalPayload
  }
}

fragment CwProgramConsoleProposalPayload on MatchProposalPayload {
  proposal {
    __typename
    id
    matchedCount
    unmatchedCount
    program {
      __typename
      id
    }
  }
  userErrors {
    field
    message
  }
}
`) as unknown as TypedDocumentString<CwProgramConsoleAdjustMutation, CwProgramConsoleAdjustMutationVariables>;
export const CwProgramConsoleApproveDocument = new TypedDocumentString(`
mutation CwProgramConsoleApprove($input: DecideMatchProposalInput!) {
  approveMatchProposal(input: $input) {
    ...CwProgramConsoleProposalPayload
    proposal {
      status
    }
  }
}

fragment CwProgramConsoleProposalPayload on MatchProposalPayload {
  proposal {
    __typename
    id
    matchedCount
    unmatchedCount
    program {
      __typename
      id
    }
  }
  userErrors {
    field
    message
  }
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleApproveMutation,
  CwProgramConsoleApproveMutationVariables
>;
export const CwProgramConsoleDiscardDocument = new TypedDocumentString(`
mutation CwProgramConsoleDiscard($input: DecideMatchProposalInput!) {
  discardMatchProposal(input: $input) {
    ...CwProgramConsoleProposalPayload
    proposal {
      status
    }
  }
}

fragment CwProgramConsoleProposalPayload on MatchProposalPayload {
  proposal {
    __typename
    id
    matchedCount
    unmatchedCount
    program {
      __typename
      id
    }
  }
  userErrors {
    field
    message
  }
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleDiscardMutation,
  CwProgramConsoleDiscardMutationVariables
>;
export const CwProgramConsoleOutcomesDocument = new TypedDocumentString(`
query CwProgramConsoleOutcomes($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Program {
      name
      status
      viewerCanManage
      publishedAt
      closedAt
      enrolmentCounts {
        status
        count
      }
      participation {
        weekStarting
        activeParticipants
        participantsWithSessions
        sessionsHeld
        withheld
      }
      kpis {
        __typename
        id
        name
        unit
        baseline
        target
        values {
          recordedOn
          value
          note
        }
      }
      outcomeSummary {
        locale
        text
      }
    }
  }
}
`) as unknown as TypedDocumentString<CwProgramConsoleOutcomesQuery, CwProgramConsoleOutcomesQueryVariables>;
export const CwProgramConsoleRecordKpiDocument = new TypedDocumentString(`
mutation CwProgramConsoleRecordKpi($input: RecordProgramKpiValueInput!) {
  recordProgramKpiValue(input: $input) {
    kpi {
      __typename
      id
      values {
        recordedOn
        value
        note
      }
    }
    userErrors {
      field
      message
    }
  }
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleRecordKpiMutation,
  CwProgramConsoleRecordKpiMutationVariables
>;
export const CwProgramConsoleExportDocument = new TypedDocumentString(`
query CwProgramConsoleExport($id: ID!, $locale: Locale, $roster: Boolean!, $sessions: Boolean!, $kpis: Boolean!) {
  node(id: $id) {
    __typename
    id
    ... on Program {
      rosterCsv(locale: $locale) @include(if: $roster)
      sessionsCsv(locale: $locale) @include(if: $sessions)
      kpiCsv(locale: $locale) @include(if: $kpis)
    }
  }
}
`) as unknown as TypedDocumentString<CwProgramConsoleExportQuery, CwProgramConsoleExportQueryVariables>;
export const CwProgramConsoleRosterDocument = new TypedDocumentString(`
query CwProgramConsoleRoster($id: ID!, $status: EnrolmentStatus, $search: String, $after: String) {
  node(id: $id) {
    __typename
    id
    ... on Program {
      status
      viewerCanManage
      sessionsPerParticipant
      enrolmentCounts {
        status
        count
      }
      enrolments(first: 25, status: $status, search: $search, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            __typename
            id
            status
            enrolledAt
            respondedAt
            waitlistPosition
            lastActivityAt
            pace
            daysSinceLastSession
            quota {
              used
              allowed
            }
            person {
              __typename
              id
              name
              orgUnit {
                __typename
                id
                name
              }
            }
            coach {
              __typename
              id
              name
            }
          }
        }
      }
    }
  }
}
`) as unknown as TypedDocumentString<CwProgramConsoleRosterQuery, CwProgramConsoleRosterQueryVariables>;
export const CwProgramConsoleChangeEnrolmentDocument = new TypedDocumentString(`
mutation CwProgramConsoleChangeEnrolment($input: ChangeEnrolmentStatusInput!) {
  changeEnrolmentStatus(input: $input) {
    enrolment {
      ...CwProgramConsoleEnrolmentChange
    }
    userErrors {
      field
      message
    }
  }
}

fragment CwProgramConsoleEnrolmentChange on Enrolment {
  __typename
  id
  status
  program {
    __typename
    id
  }
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleChangeEnrolmentMutation,
  CwProgramConsoleChangeEnrolmentMutationVariables
>;
export const CwProgramConsoleRematchDocument = new TypedDocumentString(`
mutation CwProgramConsoleRematch($input: RematchEnrolmentInput!) {
  rematchEnrolment(input: $input) {
    enrolment {
      ...CwProgramConsoleEnrolmentChange
      coach {
        __typename
        id
        name
      }
    }
    userErrors {
      field
      message
    }
  }
}

fragment CwProgramConsoleEnrolmentChange on Enrolment {
  __typename
  id
  status
  program {
    __typename
    id
  }
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleRematchMutation,
  CwProgramConsoleRematchMutationVariables
>;
export const CwProgramConsoleRemindDocument = new TypedDocumentString(`
mutation CwProgramConsoleRemind($input: RemindProgramParticipantsInput!) {
  remindProgramParticipants(input: $input) {
    remindedCount
    alreadyRemindedCount
    userErrors {
      field
      code
      message
    }
  }
}
`) as unknown as TypedDocumentString<CwProgramConsoleRemindMutation, CwProgramConsoleRemindMutationVariables>;
export const CwProgramConsolePlatformsDocument = new TypedDocumentString(`
query CwProgramConsolePlatforms {
  ltiRegistrations {
    ...CwProgramConsolePlatform
  }
}

fragment CwProgramConsolePlatform on LtiRegistration {
  __typename
  id
  issuer
  clientId
  deploymentIds
  jwksUrl
  jwks
  authLoginUrl
  accessTokenUrl
  emailLinkDomains
  createdAt
}
`) as unknown as TypedDocumentString<CwProgramConsolePlatformsQuery, CwProgramConsolePlatformsQueryVariables>;
export const CwProgramConsoleRegisterPlatformDocument = new TypedDocumentString(`
mutation CwProgramConsoleRegisterPlatform($input: RegisterLtiPlatformInput!) {
  registerLtiPlatform(input: $input) {
    registration {
      ...CwProgramConsolePlatform
    }
    userErrors {
      field
      message
    }
  }
}

fragment CwProgramConsolePlatform on LtiRegistration {
  __typename
  id
  issuer
  clientId
  deploymentIds
  jwksUrl
  jwks
  authLoginUrl
  accessTokenUrl
  emailLinkDomains
  createdAt
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleRegisterPlatformMutation,
  CwProgramConsoleRegisterPlatformMutationVariables
>;
export const CwProgramConsoleSetPlatformKeysDocument = new TypedDocumentString(`
mutation CwProgramConsoleSetPlatformKeys($input: SetLtiPlatformKeysInput!) {
  setLtiPlatformKeys(input: $input) {
    registration {
      ...CwProgramConsolePlatform
    }
    userErrors {
      field
      message
    }
  }
}

fragment CwProgramConsolePlatform on LtiRegistration {
  __typename
  id
  issuer
  clientId
  deploymentIds
  jwksUrl
  jwks
  authLoginUrl
  accessTokenUrl
  emailLinkDomains
  createdAt
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleSetPlatformKeysMutation,
  CwProgramConsoleSetPlatformKeysMutationVariables
>;
export const CwProgramConsoleRemovePlatformDocument = new TypedDocumentString(`
mutation CwProgramConsoleRemovePlatform($id: ID!) {
  removeLtiRegistration(id: $id) {
    removedId
    userErrors {
      field
      message
    }
  }
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleRemovePlatformMutation,
  CwProgramConsoleRemovePlatformMutationVariables
>;
export const CwProgramConsolePulsePhasesDocument = new TypedDocumentString(`
query CwProgramConsolePulsePhases($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Program {
      status
      viewerCanManage
      pulsePhases {
        phase
        opensAt
        closesAt
        ratersCutoffAt
        raterLimits {
          minReports
          maxReports
          minPeers
          maxPeers
        }
        requested
        submitted
      }
    }
  }
}
`) as unknown as TypedDocumentString<
  CwProgramConsolePulsePhasesQuery,
  CwProgramConsolePulsePhasesQueryVariables
>;
export const CwProgramConsoleOpenPulsePhaseDocument = new TypedDocumentString(`
mutation CwProgramConsoleOpenPulsePhase($input: OpenPulsePhaseInput!) {
  openPulsePhase(input: $input) {
    phase {
      phase
      opensAt
      closesAt
      requested
    }
    userErrors {
      ...CwUserError
    }
  }
}

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleOpenPulsePhaseMutation,
  CwProgramConsoleOpenPulsePhaseMutationVariables
>;
export const CwProgramConsoleClosePulsePhaseDocument = new TypedDocumentString(`
mutation CwProgramConsoleClosePulsePhase($input: ClosePulsePhaseInput!) {
  closePulsePhase(input: $input) {
    phase {
      phase
      closesAt
      submitted
    }
    userErrors {
      ...CwUserError
    }
  }
}

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleClosePulsePhaseMutation,
  CwProgramConsoleClosePulsePhaseMutationVariables
>;
export const CwProgramConsoleSetupChoicesDocument = new TypedDocumentString(`
query CwProgramConsoleSetupChoices($locale: Locale) {
  organisation {
    __typename
    id
    locales
    timeZone
  }
  capabilities(first: 50) {
    edges {
      node {
        ...CwCapabilityChoice
      }
    }
  }
}

fragment CwCapabilityChoice on Capability {
  __typename
  id
  code
  name(locale: $locale)
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleSetupChoicesQuery,
  CwProgramConsoleSetupChoicesQueryVariables
>;
export const CwProgramConsoleUnitSearchDocument = new TypedDocumentString(`
query CwProgramConsoleUnitSearch($search: String) {
  orgUnits(first: 8, search: $search) {
    edges {
      node {
        __typename
        id
        name
        peopleCount
      }
    }
  }
}
`) as unknown as TypedDocumentString<
  CwProgramConsoleUnitSearchQuery,
  CwProgramConsoleUnitSearchQueryVariables
>;
export const CwProgramConsolePersonSearchDocument = new TypedDocumentString(`
query CwProgramConsolePersonSearch($search: String) {
  people(first: 8, filter: {search: $search}) {
    edges {
      node {
        __typename
        id
        name
        orgUnit {
          __typename
          id
          name
        }
      }
    }
  }
}
`) as unknown as TypedDocumentString<
  CwProgramConsolePersonSearchQuery,
  CwProgramConsolePersonSearchQueryVariables
>;
export const CwProgramConsoleProgramDocument = new TypedDocumentString(`
query CwProgramConsoleProgram($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Program {
      ...CwProgramConsoleSetup
    }
  }
}

fragment CwProgramConsoleSetup on Program {
  __typename
  id
  name
  status
  viewerCanManage
  names {
    locale
    text
  }
  objectives {
    locale
    text
  }
  languages
  sessionsPerParticipant
  durationWeeks
  cadenceDays
  sessionMinutes
  capacity
  startsOn
  endsOn
  policy {
    minNoticeHours
    horizonDays
    lateCancelHours
    bufferMinutes
  }
  focusCapabilities {
    __typename
    id
    code
  }
  kpis {
    __typename
    id
    names {
      locale
      text
    }
    unit
    baseline
    target
  }
  targetPopulation {
    orgUnits {
      includeSubtree
      orgUnit {
        __typename
        id
        name
      }
    }
    excludedOrgUnits {
      includeSubtree
      orgUnit {
        __typename
        id
        name
      }
    }
    includedPeople {
      __typename
      id
      name
    }
    excludedPeople {
      __typename
      id
      name
    }
    jobLevels
    minDaysInRole
    maxDaysInRole
    managesManagers
    timeZones
    locales
  }
  outcomeSummary {
    locale
    text
  }
}
`) as unknown as TypedDocumentString<CwProgramConsoleProgramQuery, CwProgramConsoleProgramQueryVariables>;
export const CwProgramConsolePopulationDocument = new TypedDocumentString(`
query CwProgramConsolePopulation($rules: PopulationRulesInput!, $programId: ID) {
  programPopulationPreview(rules: $rules, programId: $programId, sampleSize: 5) {
    count
    overlapCount
    overlaps {
      count
      program {
        __typename
        id
        name
      }
    }
    sample {
      __typename
      id
      name
    }
    userErrors {
      field
      message
    }
  }
}
`) as unknown as TypedDocumentString<
  CwProgramConsolePopulationQuery,
  CwProgramConsolePopulationQueryVariables
>;
export const CwProgramConsoleCreateDocument = new TypedDocumentString(`
mutation CwProgramConsoleCreate($input: CreateProgramInput!) {
  createProgram(input: $input) {
    program {
      __typename
      id
      name
      status
    }
    userErrors {
      field
      message
    }
  }
}
`) as unknown as TypedDocumentString<CwProgramConsoleCreateMutation, CwProgramConsoleCreateMutationVariables>;
export const CwProgramConsoleUpdateDocument = new TypedDocumentString(`
mutation CwProgramConsoleUpdate($input: UpdateProgramInput!) {
  updateProgram(input: $input) {
    program {
      __typename
      id
      name
      status
    }
    userErrors {
      field
      message
    }
  }
}
`) as unknown as TypedDocumentString<CwProgramConsoleUpdateMutation, CwProgramConsoleUpdateMutationVariables>;
export const CwProgramConsolePublishDocument = new TypedDocumentString(`
mutation CwProgramConsolePublish($input: PublishProgramInput!) {
  publishProgram(input: $input) {
    program {
      __typename
      id
      name
      status
    }
    invitedCount
    waitlistedCount
    userErrors {
      field
      message
    }
  }
}
`) as unknown as TypedDocumentString<
  CwProgramConsolePublishMutation,
  CwProgramConsolePublishMutationVariables
>;
export const CwProgramConsolePauseDocument = new TypedDocumentString(`
mutation CwProgramConsolePause($input: ProgramTransitionInput!) {
  pauseProgram(input: $input) {
    program {
      __typename
      id
      name
      status
    }
    userErrors {
      field
      message
    }
  }
}
`) as unknown as TypedDocumentString<CwProgramConsolePauseMutation, CwProgramConsolePauseMutationVariables>;
export const CwProgramConsoleResumeDocument = new TypedDocumentString(`
mutation CwProgramConsoleResume($input: ProgramTransitionInput!) {
  resumeProgram(input: $input) {
    program {
      __typename
      id
      name
      status
    }
    userErrors {
      field
      message
    }
  }
}
`) as unknown as TypedDocumentString<CwProgramConsoleResumeMutation, CwProgramConsoleResumeMutationVariables>;
export const CwProgramConsoleCloseDocument = new TypedDocumentString(`
mutation CwProgramConsoleClose($input: CloseProgramInput!) {
  closeProgram(input: $input) {
    program {
      __typename
      id
      name
      status
    }
    completedCount
    withdrawnCount
    userErrors {
      field
      message
    }
  }
}
`) as unknown as TypedDocumentString<CwProgramConsoleCloseMutation, CwProgramConsoleCloseMutationVariables>;
export const CwProgressCardDocument = new TypedDocumentString(`
query CwProgressCard($enrolment: ID, $person: ID, $locale: Locale) {
  viewer {
    __typename
    id
    timeZone
  }
  progressCard(enrolment: $enrolment, person: $person) {
    availability
    person {
      __typename
      id
      name
    }
    progress {
      enrolment {
        __typename
        id
        status
      }
      program {
        __typename
        id
        name
      }
      coach {
        __typename
        id
        name
      }
      sessions {
        planned
        completed
        upcoming
        noShows
        lateCancellations
        remaining
      }
      nextSession {
        __typename
        id
        startsAt
        endsAt
      }
      attendance {
        attended
        missed
        rate
      }
      cadence {
        status
        meanDaysBetweenSessions
        targetDaysBetweenSessions
        expectedByNow
      }
      goals {
        total
        onTrack
        meanProgress
      }
      capabilities {
        capability {
          __typename
          id
          code
          name(locale: $locale)
        }
        baseline {
          phase
          mean
          raters
          withheld
        }
        latest {
          phase
          mean
          raters
          withheld
        }
        delta
      }
      sharedWithManager
      viewerCanChangeSharing
    }
  }
}
`) as unknown as TypedDocumentString<CwProgressCardQuery, CwProgressCardQueryVariables>;
export const CwProgressCardSharingDocument = new TypedDocumentString(`
mutation CwProgressCardSharing($input: SetProgressSharingInput!) {
  setProgressSharing(input: $input) {
    progress {
      sharedWithManager
    }
    userErrors {
      ...CwUserError
    }
  }
}

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<CwProgressCardSharingMutation, CwProgressCardSharingMutationVariables>;
export const CwPulseRequestsDocument = new TypedDocumentString(`
query CwPulseRequests($locale: Locale) {
  pulseRequests {
    subject {
      __typename
      id
      name
    }
    program {
      __typename
      id
      name
    }
    phase
    raterType
    capabilities {
      __typename
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
        __typename
        id
      }
      score
    }
  }
  viewer {
    __typename
    id
    timeZone
  }
}
`) as unknown as TypedDocumentString<CwPulseRequestsQuery, CwPulseRequestsQueryVariables>;
export const CwPulseSaveDraftDocument = new TypedDocumentString(`
mutation CwPulseSaveDraft($input: SavePulseDraftInput!) {
  savePulseDraft(input: $input) {
    userErrors {
      ...CwUserError
    }
  }
}

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<CwPulseSaveDraftMutation, CwPulseSaveDraftMutationVariables>;
export const CwPulseSubmitDocument = new TypedDocumentString(`
mutation CwPulseSubmit($input: SubmitPulseInput!) {
  submitPulse(input: $input) {
    submitted
    userErrors {
      ...CwUserError
    }
  }
}

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<CwPulseSubmitMutation, CwPulseSubmitMutationVariables>;
export const CwPulseRaterChoicesDocument = new TypedDocumentString(`
query CwPulseRaterChoices {
  pulseRaterChoices {
    program {
      __typename
      id
      name
    }
    phase
    ratersCutoffAt
    raterLimits {
      minReports
      maxReports
      minPeers
      maxPeers
    }
    raters {
      person {
        __typename
        id
        name
      }
      raterType
    }
    raterCandidates {
      person {
        __typename
        id
        name
      }
      raterType
    }
  }
  viewer {
    __typename
    id
    timeZone
  }
}
`) as unknown as TypedDocumentString<CwPulseRaterChoicesQuery, CwPulseRaterChoicesQueryVariables>;
export const CwPulseSetRatersDocument = new TypedDocumentString(`
mutation CwPulseSetRaters($input: SetPulseRatersInput!) {
  setPulseRaters(input: $input) {
    request {
      phase
    }
    userErrors {
      ...CwUserError
    }
  }
}

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<CwPulseSetRatersMutation, CwPulseSetRatersMutationVariables>;
export const CwPulseWellbeingDocument = new TypedDocumentString(`
query CwPulseWellbeing {
  viewer {
    __typename
    id
    wellbeing {
      period
      answered
      eligible
    }
  }
}
`) as unknown as TypedDocumentString<CwPulseWellbeingQuery, CwPulseWellbeingQueryVariables>;
export const CwPulseAnswerWellbeingDocument = new TypedDocumentString(`
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

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<CwPulseAnswerWellbeingMutation, CwPulseAnswerWellbeingMutationVariables>;
export const CwQualityHeatmapDocument = new TypedDocumentString(`
query CwQualityHeatmap($input: HeatmapInput!, $locale: Locale) {
  heatmap(input: $input) {
    metric
    period
    periods
    minGroupSize
    participationTarget
    stale
    asOf
    unit {
      __typename
      id
      name
    }
    path {
      __typename
      id
      name
    }
    columns {
      capability {
        __typename
        id
        code
        name(locale: $locale)
      }
      organisation {
        ...CwHeatmapCell
      }
    }
    total {
      ...CwHeatmapRow
    }
    rows {
      ...CwHeatmapRow
    }
  }
}

fragment CwHeatmapRow on HeatmapRow {
  unit {
    __typename
    id
    name
    kind
  }
  level
  peopleCount
  hasChildren
  cells {
    ...CwHeatmapCell
  }
}

fragment CwHeatmapCell on HeatmapCell {
  value
  count
  suppressed
  reason
  belowParticipationTarget
  effectSize {
    d
    low
    high
  }
}
`) as unknown as TypedDocumentString<CwQualityHeatmapQuery, CwQualityHeatmapQueryVariables>;
export const CwQualityHeatmapProgramsDocument = new TypedDocumentString(`
query CwQualityHeatmapPrograms {
  viewer {
    __typename
    id
    roles
  }
  programs(first: 50) {
    edges {
      node {
        __typename
        id
        name
        viewerCanManage
      }
    }
  }
}
`) as unknown as TypedDocumentString<CwQualityHeatmapProgramsQuery, CwQualityHeatmapProgramsQueryVariables>;
export const CwQualityHeatmapCsvDocument = new TypedDocumentString(`
query CwQualityHeatmapCsv($input: HeatmapInput!, $locale: Locale) {
  heatmap(input: $input) {
    csv(locale: $locale)
  }
}
`) as unknown as TypedDocumentString<CwQualityHeatmapCsvQuery, CwQualityHeatmapCsvQueryVariables>;
export const CwSessionBookerViewerDocument = new TypedDocumentString(`
query CwSessionBookerViewer {
  viewer {
    __typename
    id
    timeZone
    enrolments(first: 20) {
      edges {
        node {
          __typename
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
`) as unknown as TypedDocumentString<CwSessionBookerViewerQuery, CwSessionBookerViewerQueryVariables>;
export const CwSessionBookerEnrolmentDocument = new TypedDocumentString(`
query CwSessionBookerEnrolment($id: ID!, $from: DateTime!, $to: DateTime!, $timeZone: TimeZone, $locale: Locale, $slots: Boolean!) {
  node(id: $id) {
    ... on Enrolment {
      __typename
      id
      status
      viewerCanRespond
      program {
        __typename
        id
        name
        focusCapabilities {
          __typename
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

fragment CwSessionBookerCoach on Coach {
  __typename
  id
  name
  bio
  credential
  languages
  timeZone
  specialties {
    __typename
    id
    code
    name(locale: $locale)
  }
}
`) as unknown as TypedDocumentString<CwSessionBookerEnrolmentQuery, CwSessionBookerEnrolmentQueryVariables>;
export const CwSessionBookerSessionsDocument = new TypedDocumentString(`
query CwSessionBookerSessions($id: ID!) {
  node(id: $id) {
    ... on Enrolment {
      __typename
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
            __typename
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

fragment CwSessionBookerSession on Session {
  __typename
  id
  startsAt
  endsAt
  status
  sequence
  lateCancellation
  joinUrl
  coach {
    __typename
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
`) as unknown as TypedDocumentString<CwSessionBookerSessionsQuery, CwSessionBookerSessionsQueryVariables>;
export const CwSessionBookerSuggestionsDocument = new TypedDocumentString(`
query CwSessionBookerSuggestions($id: ID!, $locale: Locale) {
  node(id: $id) {
    ... on Enrolment {
      __typename
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
            __typename
            id
            name(locale: $locale)
          }
        }
      }
    }
  }
}

fragment CwSessionBookerCoach on Coach {
  __typename
  id
  name
  bio
  credential
  languages
  timeZone
  specialties {
    __typename
    id
    code
    name(locale: $locale)
  }
}
`) as unknown as TypedDocumentString<
  CwSessionBookerSuggestionsQuery,
  CwSessionBookerSuggestionsQueryVariables
>;
export const CwSessionBookerCancelDocument = new TypedDocumentString(`
mutation CwSessionBookerCancel($input: CancelSessionInput!) {
  cancelSession(input: $input) {
    session {
      ...CwSessionBookerSession
    }
    userErrors {
      ...CwUserError
    }
  }
}

fragment CwSessionBookerSession on Session {
  __typename
  id
  startsAt
  endsAt
  status
  sequence
  lateCancellation
  joinUrl
  coach {
    __typename
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

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<CwSessionBookerCancelMutation, CwSessionBookerCancelMutationVariables>;
export const CwSessionBookerFeedbackDocument = new TypedDocumentString(`
mutation CwSessionBookerFeedback($input: SubmitSessionFeedbackInput!) {
  submitSessionFeedback(input: $input) {
    feedback {
      rating
    }
    userErrors {
      ...CwUserError
    }
  }
}

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<
  CwSessionBookerFeedbackMutation,
  CwSessionBookerFeedbackMutationVariables
>;
export const CwSessionBookerRespondDocument = new TypedDocumentString(`
mutation CwSessionBookerRespond($input: RespondToProgramInvitationInput!) {
  respondToProgramInvitation(input: $input) {
    enrolment {
      __typename
      id
      status
      viewerCanRespond
    }
    userErrors {
      ...CwUserError
    }
  }
}

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<CwSessionBookerRespondMutation, CwSessionBookerRespondMutationVariables>;
export const CwSessionBookerBookDocument = new TypedDocumentString(`
mutation CwSessionBookerBook($input: BookSessionInput!) {
  bookSession(input: $input) {
    session {
      ...CwSessionBookerSession
    }
    userErrors {
      ...CwUserError
    }
  }
}

fragment CwSessionBookerSession on Session {
  __typename
  id
  startsAt
  endsAt
  status
  sequence
  lateCancellation
  joinUrl
  coach {
    __typename
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

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<CwSessionBookerBookMutation, CwSessionBookerBookMutationVariables>;
export const CwSessionBookerRescheduleDocument = new TypedDocumentString(`
mutation CwSessionBookerReschedule($input: RescheduleSessionInput!) {
  rescheduleSession(input: $input) {
    session {
      ...CwSessionBookerSession
    }
    userErrors {
      ...CwUserError
    }
  }
}

fragment CwSessionBookerSession on Session {
  __typename
  id
  startsAt
  endsAt
  status
  sequence
  lateCancellation
  joinUrl
  coach {
    __typename
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

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<
  CwSessionBookerRescheduleMutation,
  CwSessionBookerRescheduleMutationVariables
>;
export const CwSessionBookerChooseCoachDocument = new TypedDocumentString(`
mutation CwSessionBookerChooseCoach($input: ChooseCoachInput!) {
  chooseCoach(input: $input) {
    enrolment {
      __typename
      id
      status
    }
    userErrors {
      ...CwUserError
    }
  }
}

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<
  CwSessionBookerChooseCoachMutation,
  CwSessionBookerChooseCoachMutationVariables
>;
export const CwSessionCalendarDocument = new TypedDocumentString(`
query CwSessionCalendar($id: ID!) {
  node(id: $id) {
    ... on Session {
      __typename
      id
      calendar {
        filename
        contentType
        ics
      }
    }
  }
}
`) as unknown as TypedDocumentString<CwSessionCalendarQuery, CwSessionCalendarQueryVariables>;
export const CwViewerBadgeDocument = new TypedDocumentString(`
query CwViewerBadge {
  viewer {
    __typename
    id
    name
    timeZone
    roles
    organisation {
      __typename
      id
      name
      timeZone
    }
  }
}
`) as unknown as TypedDocumentString<CwViewerBadgeQuery, CwViewerBadgeQueryVariables>;
