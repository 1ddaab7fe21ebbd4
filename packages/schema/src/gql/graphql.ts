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
   * else (participants, managers, other coaches) gets null.
   */
  rating?: Maybe<CoachRating>;
  /** Capabilities the coach specialises in. */
  specialties: Array<Capability>;
  /** The time zone the coach works in. */
  timeZone: Scalars['TimeZone']['output'];
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
  /**
   * Current clients: enrolments matched with this coach that are invited or active, by participant
   * name. A client whose enrolment ends or moves to another coach is no longer listed.
   */
  clients: Array<Enrolment>;
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

/** Whether a coach is offered in matching. */
export type CoachQualityStatus =
  /** In good standing: offered in matching while they have capacity. */
  | 'ACTIVE'
  /** Taken out of matching by an admin. */
  | 'PAUSED'
  /** Ratings fell below the organisation's threshold: not offered in matching until they recover. */
  | 'PROBATION';

/** All-time ratings from session feedback, aggregated over every rating the coach received. */
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
  /** When the person was enrolled. */
  enrolledAt: Scalars['DateTime']['output'];
  /** Global opaque ID. */
  id: Scalars['ID']['output'];
  /** The matched coach's profile, once matched. */
  matchedCoach?: Maybe<Coach>;
  /** The participant. */
  person: Person;
  /** The program. */
  program: Program;
  /** The enrolment's progress; null when the viewer may not see it. */
  progress?: Maybe<CoachingProgress>;
  /** Sessions allowed, used and remaining. The participant, their current coach and admins (FORBIDDEN otherwise). */
  quota: SessionQuota;
  /**
   * The enrolment's sessions, soonest first (a coach sees those they hold). `upcoming`
   * keeps those not yet ended. The participant and their current coach (FORBIDDEN otherwise).
   */
  sessions: SessionConnection;
  /** Where the enrolment stands. */
  status: EnrolmentStatus;
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

/** A page of enrolments, newest first. */
export type EnrolmentConnection = {
  __typename?: 'EnrolmentConnection';
  /** The enrolments on this page. */
  edges: Array<EnrolmentEdge>;
  /** Where this page sits; `endCursor` fetches the next. */
  pageInfo: PageInfo;
  /** How many enrolments the viewer may see in all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One enrolment in a page of enrolments. */
export type EnrolmentEdge = {
  __typename?: 'EnrolmentEdge';
  /** Opaque position of this edge; pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The enrolment. */
  node: Enrolment;
};

/** Where a person's enrolment in a program stands. */
export type EnrolmentStatus =
  /** Taking part: may book sessions. */
  | 'ACTIVE'
  /** Finished the program. */
  | 'COMPLETED'
  /** Invited, not yet started. */
  | 'INVITED'
  /** Left the program before its end. */
  | 'WITHDRAWN';

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
  /** The figure in the metric's unit (1–5 for SCORE and SESSION_QUALITY, points for DELTA_FROM_BASELINE, 0–1 for PARTICIPATION_RATE, sessions per four weeks for SESSION_CADENCE); null when suppressed or no data. */
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
  | 'SESSION_QUALITY';

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
  /** Archives the viewer's goal: it leaves `goals` unless archived goals are asked for. */
  archiveGoal: GoalPayload;
  /** Books a session with the enrolment's coach. A slot someone else took first answers a CONFLICT user error. */
  bookSession: SessionPayload;
  /** Matches every unmatched enrolment of a program at once, maximising the total score within every coach's capacity. Program and organisation admins only (FORBIDDEN otherwise). */
  bulkMatchProgram: BulkMatchProgramPayload;
  /** Cancels a booked session; inside the late window (participant only) it still counts against the quota. */
  cancelSession: SessionPayload;
  /**
   * Sets the enrolment's coach. The participant chooses for an unmatched enrolment;
   * admins may too. The coach must be ACTIVE, speak the participant's language and
   * have capacity left, checked under a lock so concurrent choices never overfill a coach.
   */
  chooseCoach: ChooseCoachPayload;
  /** Ticks a milestone of the viewer's goal off, or reopens it. */
  completeGoalMilestone: GoalMilestonePayload;
  /** The coach (or an admin) marks a started session as held. */
  completeSession: SessionPayload;
  /** Creates a goal owned by the viewer. */
  createGoal: GoalPayload;
  /** The coach (or an admin) marks a started session as missed by the participant. */
  markSessionNoShow: SessionPayload;
  /** Puts the milestones of the viewer's goal in a new order. */
  reorderGoalMilestones: GoalPayload;
  /** Moves a booked session in one step: it holds either the old time or the new one, never both or neither. */
  rescheduleSession: SessionPayload;
  /** Brings an archived goal of the viewer's back. */
  restoreGoal: GoalPayload;
  /** Changes who besides the viewer may read their goal. */
  setGoalVisibility: GoalPayload;
  /** The participant shares their progress with their manager, or stops sharing it. */
  setProgressSharing: ProgressSharingPayload;
  /** The participant rates a completed session, once. */
  submitSessionFeedback: SubmitSessionFeedbackPayload;
  /** Changes the viewer's own goal; only the fields given change. */
  updateGoal: GoalPayload;
  /** Changes the signed-in person's own language and time zone. */
  updateViewerPreferences: UpdateViewerPreferencesPayload;
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
export type MutationArchiveGoalArgs = {
  input: GoalIdInput;
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
export type MutationChooseCoachArgs = {
  input: ChooseCoachInput;
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
export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
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
export type MutationReorderGoalMilestonesArgs = {
  input: ReorderGoalMilestonesInput;
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
export type MutationRestoreGoalArgs = {
  input: GoalIdInput;
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
export type MutationSetProgressSharingArgs = {
  input: SetProgressSharingInput;
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
export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
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
export type MutationWriteSessionNoteArgs = {
  input: WriteSessionNoteInput;
};

/** An object with a global opaque ID that `Query.node` can refetch. */
export type Node = {
  /** Global opaque ID, stable for the life of the object. Do not parse it: its format may change. */
  id: Scalars['ID']['output'];
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

/** A coaching program tied to a business objective. Everyone in the organisation may read a program's description; its roster is for admins. */
export type Program = Node & {
  __typename?: 'Program';
  /** Planned length of the program, in weeks. */
  durationWeeks: Scalars['Int']['output'];
  /** Last day of the program; null when open-ended or not yet scheduled. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** Every enrolment of the program, newest first. Program and organisation admins only (FORBIDDEN otherwise). */
  enrolments?: Maybe<EnrolmentConnection>;
  /** The capabilities the program works on, in the order the program lists them. */
  focusCapabilities: Array<Capability>;
  /** Global opaque ID. */
  id: Scalars['ID']['output'];
  /** The KPI the objective targets. */
  kpi: ProgramKpi;
  /** Languages coaching is offered in. */
  languages: Array<Scalars['Locale']['output']>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** The business objective, in the organisation's words. */
  objective: Scalars['String']['output'];
  /** Coaching sessions each participant may book over the program. */
  sessionsPerParticipant: Scalars['Int']['output'];
  /** First day of the program; null when not yet scheduled. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** Where the program is in its life. */
  status: ProgramStatus;
};

/** A coaching program tied to a business objective. Everyone in the organisation may read a program's description; its roster is for admins. */
export type ProgramEnrolmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EnrolmentStatus>;
};

/** A page of programs, by name. */
export type ProgramConnection = {
  __typename?: 'ProgramConnection';
  /** The programs on this page. */
  edges: Array<ProgramEdge>;
  /** Where this page sits; `endCursor` fetches the next. */
  pageInfo: PageInfo;
  /** How many programs match in all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One program in a page of programs. */
export type ProgramEdge = {
  __typename?: 'ProgramEdge';
  /** Opaque position of this edge; pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The program. */
  node: Program;
};

/** The business KPI a program is meant to move. */
export type ProgramKpi = {
  __typename?: 'ProgramKpi';
  /** The KPI's value when the program started, in `unit`; null when not recorded. */
  baseline?: Maybe<Scalars['Float']['output']>;
  /** What is measured, in the organisation's words (e.g. `Regretted attrition`). */
  name: Scalars['String']['output'];
  /** The value the program aims for, in `unit`; null when not set. */
  target?: Maybe<Scalars['Float']['output']>;
  /** Unit of `baseline` and `target` (e.g. `%`); null when the KPI is a plain count or score. */
  unit?: Maybe<Scalars['String']['output']>;
};

/** Where a program is in its life. */
export type ProgramStatus =
  /** Running: active participants may book sessions. */
  | 'ACTIVE'
  /** Retired from lists; kept for the record. */
  | 'ARCHIVED'
  /** Finished; its figures remain readable. */
  | 'COMPLETED'
  /** Being prepared by admins; not running yet. */
  | 'DRAFT'
  /** On hold: no new bookings. */
  | 'PAUSED';

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

/**
 * What a developer can read. Every field answers inside the organisation of the
 * token the request carries, and only what the viewer may see (see each field).
 */
export type Query = {
  __typename?: 'Query';
  /** The organisation's capability catalogue, by code. */
  capabilities: CapabilityConnection;
  /** One capability by its code; null when the catalogue has no such code. */
  capability?: Maybe<Capability>;
  /** The signed-in coach's desk; null for a viewer who is not a coach (or whose token drops the COACH role). */
  coachDesk?: Maybe<CoachDesk>;
  /** The organisation's coaches by name (public profiles). */
  coaches: CoachConnection;
  /** One goal; null when it does not exist or is not shared with the viewer. */
  goal?: Maybe<Goal>;
  /** Goals ordered by target date (goals without one last), then by creation. */
  goals: GoalConnection;
  /**
   * Where manager quality varies, by org unit and capability. Program and
   * organisation admins; managers for their own subtree when the organisation
   * allows it (settings.managerHeatmapAccess = OWN_SUBTREE).
   */
  heatmap: Heatmap;
  /** Refetches any object by its global ID; null when it does not exist in the viewer's organisation or the viewer may not read it. */
  node?: Maybe<Node>;
  /** Refetches several objects; each position is null when that ID does not resolve. */
  nodes: Array<Maybe<Node>>;
  /**
   * Org units by name. With `parent`, that unit's children; with `rootsOnly`, the
   * top of the tree; otherwise every unit.
   */
  orgUnits: OrgUnitConnection;
  /** The viewer's organisation. */
  organisation: Organisation;
  /** Everyone in the organisation, by name. Program and organisation admins only (FORBIDDEN otherwise). */
  people: PersonConnection;
  /** Programs by name: all of them for admins, otherwise those the viewer is enrolled in. */
  programs: ProgramConnection;
  /**
   * One card. With `enrolment`, that enrolment; with `person`, their current
   * enrolment (the latest active one, else invited, else completed, else
   * withdrawn); with neither, the viewer's own. NOT_FOUND for an unknown ID,
   * FORBIDDEN when the viewer is not the person, their direct manager or their current coach.
   */
  progressCard: ProgressCard;
  /** The viewer's direct reports by name, each with their card (a manager's team strip). */
  teamProgressCards: ProgressCardConnection;
  /** The signed-in person (the embed token's subject). */
  viewer: Person;
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
export type QueryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A goal's milestones in their new order. */
export type ReorderGoalMilestonesInput = {
  /** Global ID of the viewer's goal. */
  goalId: Scalars['ID']['input'];
  /** Every milestone of the goal exactly once, in the new order. */
  milestoneIds: Array<Scalars['ID']['input']>;
};

/** The session to move and its new start. */
export type RescheduleSessionInput = {
  /** Global ID of a BOOKED session. */
  sessionId: Scalars['ID']['input'];
  /** The new start: one of the enrolment's `availableSlots`' startsAt. */
  startsAt: Scalars['DateTime']['input'];
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
  /** Runs programs: rosters, people directory, matching, and organisation-wide figures in groups large enough to stay anonymous. */
  | 'PROGRAM_ADMIN';

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

/** A goal and who may now read it. */
export type SetGoalVisibilityInput = {
  /** Global ID of the viewer's goal. */
  goalId: Scalars['ID']['input'];
  /** The new audience. */
  visibility: GoalVisibility;
};

/** Whether a participant shares an enrolment's progress with their manager. */
export type SetProgressSharingInput = {
  /** Global ID of the viewer's own enrolment. */
  enrolmentId: Scalars['ID']['input'];
  /** true shares the progress with the direct manager; false stops sharing. */
  sharedWithManager: Scalars['Boolean']['input'];
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
  /** The value is well formed but this organisation does not offer it (e.g. a locale it does not support). */
  | 'UNSUPPORTED';

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

export type CwGoalTrackerQueryVariables = Exact<{
  owner?: InputMaybe<Scalars['ID']['input']>;
  capability?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['Locale']['input']>;
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
  programs: {
    __typename?: 'ProgramConnection';
    edges: Array<{ __typename?: 'ProgramEdge'; node: { __typename?: 'Program'; id: string; name: string } }>;
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
        node: { __typename?: 'Enrolment'; id: string; status: EnrolmentStatus };
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
    | { __typename?: 'OrgUnit' }
    | { __typename?: 'Organisation' }
    | { __typename?: 'Person' }
    | { __typename?: 'Program' }
    | { __typename?: 'Session' }
    | null;
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
    __typename
    id
    code
    name(locale: $locale)
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
`,
  { fragmentName: 'CwGoalTrackerGoal' },
) as unknown as TypedDocumentString<CwGoalTrackerGoalFragment, unknown>;
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
export const CwGoalTrackerDocument = new TypedDocumentString(`
query CwGoalTracker($owner: ID, $capability: String, $locale: Locale) {
  viewer {
    __typename
    id
    timeZone
  }
  capabilities(first: 50) {
    edges {
      node {
        __typename
        id
        code
        name(locale: $locale)
      }
    }
  }
  goals(first: 20, filter: {owner: $owner, capability: $capability}) {
    edges {
      node {
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
          __typename
          id
          code
          name(locale: $locale)
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
    }
  }
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
    __typename
    id
    code
    name(locale: $locale)
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

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<CwGoalTrackerCreateMutation, CwGoalTrackerCreateMutationVariables>;
export const CwGoalTrackerUpdateDocument = new TypedDocumentString(`
mutation CwGoalTrackerUpdate($input: UpdateGoalInput!, $locale: Locale) {
  updateGoal(input: $input) {
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
    __typename
    id
    code
    name(locale: $locale)
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

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<CwGoalTrackerUpdateMutation, CwGoalTrackerUpdateMutationVariables>;
export const CwGoalTrackerVisibilityDocument = new TypedDocumentString(`
mutation CwGoalTrackerVisibility($input: SetGoalVisibilityInput!, $locale: Locale) {
  setGoalVisibility(input: $input) {
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
    __typename
    id
    code
    name(locale: $locale)
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
    __typename
    id
    code
    name(locale: $locale)
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
    __typename
    id
    code
    name(locale: $locale)
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

fragment CwUserError on UserError {
  field
  code
  message
}
`) as unknown as TypedDocumentString<CwGoalTrackerMilestoneMutation, CwGoalTrackerMilestoneMutationVariables>;
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
  programs(first: 50) {
    edges {
      node {
        __typename
        id
        name
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
