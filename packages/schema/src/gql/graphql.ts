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

export type AddGoalCheckInInput = {
  /** 1–5. */
  confidence?: InputMaybe<Scalars['Int']['input']>;
  goalId: Scalars['ID']['input'];
  /** 1–5. */
  mood?: InputMaybe<Scalars['Int']['input']>;
  /** Up to 4,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The goal's new progress, 0–100. */
  progress: Scalars['Int']['input'];
};

export type AddGoalMilestoneInput = {
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
  mean?: Maybe<Scalars['Float']['output']>;
  phase: AssessmentPhase;
  raters?: Maybe<Scalars['Int']['output']>;
  withheld: Scalars['Boolean']['output'];
};

/** Which 360 pulse a figure comes from: before, halfway through, or after the program. */
export type AssessmentPhase = 'MID' | 'POST' | 'PRE';

export type Attendance = {
  __typename?: 'Attendance';
  /** Completed sessions. */
  attended: Scalars['Int']['output'];
  /** No-shows and late cancellations. */
  missed: Scalars['Int']['output'];
  /** attended ÷ (attended + missed), 0–1; null before any session was due. */
  rate?: Maybe<Scalars['Float']['output']>;
};

export type BookSessionInput = {
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
  bufferMinutes: Scalars['Int']['output'];
  horizonDays: Scalars['Int']['output'];
  lateCancelHours: Scalars['Int']['output'];
  minNoticeHours: Scalars['Int']['output'];
  sessionMinutes: Scalars['Int']['output'];
};

export type BulkMatchProgramInput = {
  /** Compute and report without writing. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  programId: Scalars['ID']['input'];
};

export type BulkMatchProgramPayload = {
  __typename?: 'BulkMatchProgramPayload';
  /** The enrolments matched by this call, with their coach. */
  enrolments: Array<Enrolment>;
  /** Enrolments that got a coach (or would, on a dry run). */
  matchedCount: Scalars['Int']['output'];
  /** Proven upper bound on how far totalScore is from the best possible, as a fraction (0.001 = 0.1 %). */
  optimalityGap: Scalars['Float']['output'];
  totalScore: Scalars['Float']['output'];
  /** Unmatched enrolments left without one (no coach fits, or capacity ran out). */
  unmatchedCount: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

export type Cadence = {
  __typename?: 'Cadence';
  /** Days since the last completed session; null before the first. */
  daysSinceLastSession?: Maybe<Scalars['Int']['output']>;
  /** Sessions the plan expects completed by now. */
  expectedByNow: Scalars['Int']['output'];
  /** Mean days between consecutive completed sessions; null with fewer than two. */
  meanDaysBetweenSessions?: Maybe<Scalars['Float']['output']>;
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
  | 'BEHIND'
  /** Every planned session is done, or the enrolment is completed. */
  | 'FINISHED'
  /** Invited, not started yet. */
  | 'NOT_STARTED'
  | 'ON_TRACK'
  /** The participant left the program. */
  | 'WITHDRAWN';

export type CalendarFile = {
  __typename?: 'CalendarFile';
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  /** The RFC 5545 text. */
  ics: Scalars['String']['output'];
};

export type CancelSessionInput = {
  reason?: InputMaybe<Scalars['String']['input']>;
  sessionId: Scalars['ID']['input'];
};

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

/** A behaviour programs target (the catalogue is extensible per organisation). */
export type Capability = Node & {
  __typename?: 'Capability';
  /** Stable code, e.g. DELEGATION. */
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The name in `locale`, else in the language the gateway answers in (the token's locale, else Accept-Language, else the organisation's default, else English). */
  name: Scalars['String']['output'];
};

/** A behaviour programs target (the catalogue is extensible per organisation). */
export type CapabilityDescriptionArgs = {
  locale?: InputMaybe<Scalars['Locale']['input']>;
};

/** A behaviour programs target (the catalogue is extensible per organisation). */
export type CapabilityNameArgs = {
  locale?: InputMaybe<Scalars['Locale']['input']>;
};

export type CapabilityConnection = {
  __typename?: 'CapabilityConnection';
  edges: Array<CapabilityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CapabilityEdge = {
  __typename?: 'CapabilityEdge';
  cursor: Scalars['String']['output'];
  node: Capability;
};

export type CapabilityProgress = {
  __typename?: 'CapabilityProgress';
  /** The PRE pulse; null before it was taken. */
  baseline?: Maybe<AssessmentFigure>;
  capability: Capability;
  /** latest − baseline, when neither is withheld. */
  delta?: Maybe<Scalars['Float']['output']>;
  /** The most recent later pulse (POST, else MID); null before one was taken. */
  latest?: Maybe<AssessmentFigure>;
};

export type ChooseCoachInput = {
  coachId: Scalars['ID']['input'];
  enrolmentId: Scalars['ID']['input'];
};

export type ChooseCoachPayload = {
  __typename?: 'ChooseCoachPayload';
  /** The enrolment with its coach set; null when userErrors is not empty. */
  enrolment?: Maybe<Enrolment>;
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
  bio?: Maybe<Scalars['String']['output']>;
  /** Most clients the coach takes at once. Coach and admins only. */
  capacity?: Maybe<Scalars['Int']['output']>;
  credential: CoachCredential;
  id: Scalars['ID']['output'];
  languages: Array<Scalars['Locale']['output']>;
  name: Scalars['String']['output'];
  person: Person;
  /** Coach and admins only. */
  qualityStatus?: Maybe<CoachQualityStatus>;
  /**
   * The coach's aggregated rating from session feedback. The coach sees their own;
   * program and organisation admins see it once at least the organisation's
   * minimum group size of participants' ratings exist (withheld before); everyone
   * else (participants, managers, other coaches) gets null.
   */
  rating?: Maybe<CoachRating>;
  specialties: Array<Capability>;
  timeZone: Scalars['TimeZone']['output'];
};

export type CoachConnection = {
  __typename?: 'CoachConnection';
  edges: Array<CoachEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CoachCredential = 'EMCC' | 'ICF_ACC' | 'ICF_MCC' | 'ICF_PCC' | 'OTHER';

export type CoachEdge = {
  __typename?: 'CoachEdge';
  cursor: Scalars['String']['output'];
  node: Coach;
};

export type CoachQualityStatus =
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
  coach: Coach;
  reasons: Array<MatchReason>;
  /**
   * The sum of the reasons' points (0–100). Where the viewer may not see the coach's
   * rating, the rating's points are left out of it, so it cannot be worked back from the score.
   */
  score: Scalars['Float']['output'];
};

/** Where one enrolment stands: sessions, attendance, pace, goals and 360 deltas. */
export type CoachingProgress = {
  __typename?: 'CoachingProgress';
  attendance: Attendance;
  cadence: Cadence;
  /** One entry per focus capability of the program, in the program's order. */
  capabilities: Array<CapabilityProgress>;
  /** The matched coach's person record. */
  coach?: Maybe<Person>;
  enrolment: Enrolment;
  /**
   * The enrolment's goals (archived ones left out). Only goals shared with the
   * viewer count: private goals count for their owner alone.
   */
  goals: GoalSummary;
  /** The next booked session that has not ended yet. */
  nextSession?: Maybe<Session>;
  program: Program;
  sessions: SessionTally;
  /** Whether the participant shares this progress with their manager. */
  sharedWithManager: Scalars['Boolean']['output'];
  /** The participant may turn sharing on or off. */
  viewerCanChangeSharing: Scalars['Boolean']['output'];
};

export type CompleteGoalMilestoneInput = {
  /** false reopens the milestone. */
  done?: InputMaybe<Scalars['Boolean']['input']>;
  milestoneId: Scalars['ID']['input'];
};

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
  visibility?: InputMaybe<GoalVisibility>;
};

/** A person's place in a program. */
export type Enrolment = Node & {
  __typename?: 'Enrolment';
  /**
   * Open slots of the matched coach starting in [from, to) (at most 31 days),
   * after the minimum notice and before the horizon; empty until a coach is matched.
   * `timeZone` defaults to the viewer's. The participant, their coach and admins only.
   */
  availableSlots: SlotWindow;
  bookingPolicy: BookingPolicy;
  /** The matched coach's person record, once matched. */
  coach?: Maybe<Person>;
  /**
   * The best coaches for this enrolment, highest score first. Only coaches who are
   * ACTIVE, have capacity left and speak the participant's language are suggested.
   * The participant and admins only.
   */
  coachSuggestions: Array<CoachSuggestion>;
  enrolledAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The matched coach's profile, once matched. */
  matchedCoach?: Maybe<Coach>;
  person: Person;
  program: Program;
  /** The enrolment's progress; null when the viewer may not see it. */
  progress?: Maybe<CoachingProgress>;
  quota: SessionQuota;
  /** The enrolment's sessions, soonest first (a coach sees those they hold). `upcoming` keeps those not yet ended. */
  sessions: SessionConnection;
  status: EnrolmentStatus;
};

/** A person's place in a program. */
export type EnrolmentAvailableSlotsArgs = {
  from: Scalars['DateTime']['input'];
  timeZone?: InputMaybe<Scalars['TimeZone']['input']>;
  to: Scalars['DateTime']['input'];
};

/** A person's place in a program. */
export type EnrolmentCoachSuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A person's place in a program. */
export type EnrolmentSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<SessionStatus>>;
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};

export type EnrolmentConnection = {
  __typename?: 'EnrolmentConnection';
  edges: Array<EnrolmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EnrolmentEdge = {
  __typename?: 'EnrolmentEdge';
  cursor: Scalars['String']['output'];
  node: Enrolment;
};

export type EnrolmentStatus = 'ACTIVE' | 'COMPLETED' | 'INVITED' | 'WITHDRAWN';

/** A development goal a person works on, tied to one capability. */
export type Goal = Node & {
  __typename?: 'Goal';
  /** Set while the goal is archived; archived goals are left out of `goals` unless asked for. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  capability: Capability;
  /** Check-ins, newest first. */
  checkIns: GoalCheckInConnection;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The most recent check-in, if any. */
  latestCheckIn?: Maybe<GoalCheckIn>;
  /** In the owner's order. */
  milestones: Array<GoalMilestone>;
  owner: Person;
  /** 0–100. */
  progress: Scalars['Int']['output'];
  status: GoalStatus;
  targetDate?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Whether the viewer may change this goal (only its owner may). */
  viewerCanEdit: Scalars['Boolean']['output'];
  visibility: GoalVisibility;
};

/** A development goal a person works on, tied to one capability. */
export type GoalCheckInsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A dated progress note. */
export type GoalCheckIn = Node & {
  __typename?: 'GoalCheckIn';
  author: Person;
  checkedInAt: Scalars['DateTime']['output'];
  /** 1–5. */
  confidence?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** 1–5. */
  mood?: Maybe<Scalars['Int']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** The goal's progress as of this check-in, 0–100. */
  progress: Scalars['Int']['output'];
};

export type GoalCheckInConnection = {
  __typename?: 'GoalCheckInConnection';
  edges: Array<GoalCheckInEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GoalCheckInEdge = {
  __typename?: 'GoalCheckInEdge';
  cursor: Scalars['String']['output'];
  node: GoalCheckIn;
};

export type GoalCheckInPayload = {
  __typename?: 'GoalCheckInPayload';
  checkIn?: Maybe<GoalCheckIn>;
  /** The goal with its new progress and status. */
  goal?: Maybe<Goal>;
  userErrors: Array<UserError>;
};

export type GoalConnection = {
  __typename?: 'GoalConnection';
  edges: Array<GoalEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GoalEdge = {
  __typename?: 'GoalEdge';
  cursor: Scalars['String']['output'];
  node: Goal;
};

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
  status?: InputMaybe<Array<GoalStatus>>;
};

export type GoalIdInput = {
  goalId: Scalars['ID']['input'];
};

export type GoalMilestone = Node & {
  __typename?: 'GoalMilestone';
  done: Scalars['Boolean']['output'];
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** 0-based place in the goal's order. */
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type GoalMilestonePayload = {
  __typename?: 'GoalMilestonePayload';
  /** The milestone's goal after the change. */
  goal?: Maybe<Goal>;
  milestone?: Maybe<GoalMilestone>;
  userErrors: Array<UserError>;
};

export type GoalPayload = {
  __typename?: 'GoalPayload';
  /** The goal after the change; null when userErrors is not empty. */
  goal?: Maybe<Goal>;
  userErrors: Array<UserError>;
};

export type GoalStatus =
  | 'ABANDONED'
  /** Reached 100% or marked complete. */
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

export type GoalStatusCount = {
  __typename?: 'GoalStatusCount';
  count: Scalars['Int']['output'];
  status: GoalStatus;
};

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
  total: Scalars['Int']['output'];
};

/**
 * Who besides the owner may read a goal. Only the owner ever changes it.
 * PRIVATE: the owner alone. COACH: also the owner's coach. MANAGER: also the
 * owner's managers (any level above them), plus the coach. Admins never read one
 * person's goals. Private goals are never returned to anyone but the owner.
 */
export type GoalVisibility = 'COACH' | 'MANAGER' | 'PRIVATE';

export type Heatmap = {
  __typename?: 'Heatmap';
  /** When the aggregates were last rebuilt. */
  asOf?: Maybe<Scalars['DateTime']['output']>;
  columns: Array<HeatmapColumn>;
  /** The same view as CSV (RFC 4180), suppressed cells written as suppressed. */
  csv: Scalars['String']['output'];
  metric: HeatmapMetric;
  minGroupSize: Scalars['Int']['output'];
  /** The viewed unit's ancestors, root first (the breadcrumb). */
  path: Array<OrgUnit>;
  period?: Maybe<Scalars['String']['output']>;
  /** Periods with data, oldest first. */
  periods: Array<Scalars['String']['output']>;
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
  /** DELTA_FROM_BASELINE only. */
  effectSize?: Maybe<HeatmapEffectSize>;
  reason?: Maybe<HeatmapSuppression>;
  suppressed: Scalars['Boolean']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

export type HeatmapColumn = {
  __typename?: 'HeatmapColumn';
  capability: Capability;
  /** The organisation-wide figure for comparison. */
  organisation: HeatmapCell;
};

/** Standardised mean change (d) with its 95% confidence interval. */
export type HeatmapEffectSize = {
  __typename?: 'HeatmapEffectSize';
  d: Scalars['Float']['output'];
  high: Scalars['Float']['output'];
  low: Scalars['Float']['output'];
};

export type HeatmapInput = {
  /** Capability codes for the columns; default: the program's focus capabilities, else the whole catalogue. */
  capabilities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** How many levels below `unit` are shown as rows (1–3). */
  depth?: InputMaybe<Scalars['Int']['input']>;
  metric?: InputMaybe<HeatmapMetric>;
  /** A calendar quarter in the organisation's time zone, `2026-Q1`; all time when absent. */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Only this program's assessments, enrolments and sessions. */
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

export type JobLevel = 'DIRECTOR' | 'EXECUTIVE' | 'IC' | 'MANAGER' | 'SENIOR_MANAGER';

/** One reason behind a suggestion, with the points it earned and the figures it rests on (for the widget to word in its own language). */
export type MatchReason = {
  __typename?: 'MatchReason';
  capability?: Maybe<Capability>;
  code: MatchReasonCode;
  hours?: Maybe<Scalars['Float']['output']>;
  language?: Maybe<Scalars['Locale']['output']>;
  /** A ready-made sentence in the request's language, e.g. “Speaks Spanish”. */
  message: Scalars['String']['output'];
  points: Scalars['Float']['output'];
  ratingAverage?: Maybe<Scalars['Float']['output']>;
  ratingCount?: Maybe<Scalars['Int']['output']>;
};

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Records progress with an optional note, mood and confidence; moves the goal's progress and status. */
  addGoalCheckIn: GoalCheckInPayload;
  /** Appends a milestone (at most 50 per goal). */
  addGoalMilestone: GoalMilestonePayload;
  archiveGoal: GoalPayload;
  /** Books a session with the enrolment's coach. A slot someone else took first answers a CONFLICT user error. */
  bookSession: SessionPayload;
  /** Matches every unmatched enrolment of a program at once, maximising the total score within every coach's capacity. Program and organisation admins only. */
  bulkMatchProgram: BulkMatchProgramPayload;
  /** Cancels a booked session; inside the late window (participant only) it still counts against the quota. */
  cancelSession: SessionPayload;
  /**
   * Sets the enrolment's coach. The participant chooses for an unmatched enrolment;
   * admins may too. The coach must be ACTIVE, speak the participant's language and
   * have capacity left, checked under a lock so concurrent choices never overfill a coach.
   */
  chooseCoach: ChooseCoachPayload;
  completeGoalMilestone: GoalMilestonePayload;
  /** The coach (or an admin) marks a started session as held. */
  completeSession: SessionPayload;
  /** Creates a goal owned by the viewer. */
  createGoal: GoalPayload;
  /** The coach (or an admin) marks a started session as missed by the participant. */
  markSessionNoShow: SessionPayload;
  reorderGoalMilestones: GoalPayload;
  /** Moves a booked session in one step: it holds either the old time or the new one, never both or neither. */
  rescheduleSession: SessionPayload;
  restoreGoal: GoalPayload;
  setGoalVisibility: GoalPayload;
  /** The participant shares their progress with their manager, or stops sharing it. */
  setProgressSharing: ProgressSharingPayload;
  /** The participant rates a completed session, once. */
  submitSessionFeedback: SubmitSessionFeedbackPayload;
  /** Changes the viewer's own goal; only the fields given change. */
  updateGoal: GoalPayload;
  /** Changes the signed-in person's own language and time zone. */
  updateViewerPreferences: UpdateViewerPreferencesPayload;
};

export type MutationAddGoalCheckInArgs = {
  input: AddGoalCheckInInput;
};

export type MutationAddGoalMilestoneArgs = {
  input: AddGoalMilestoneInput;
};

export type MutationArchiveGoalArgs = {
  input: GoalIdInput;
};

export type MutationBookSessionArgs = {
  input: BookSessionInput;
};

export type MutationBulkMatchProgramArgs = {
  input: BulkMatchProgramInput;
};

export type MutationCancelSessionArgs = {
  input: CancelSessionInput;
};

export type MutationChooseCoachArgs = {
  input: ChooseCoachInput;
};

export type MutationCompleteGoalMilestoneArgs = {
  input: CompleteGoalMilestoneInput;
};

export type MutationCompleteSessionArgs = {
  input: SessionIdInput;
};

export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};

export type MutationMarkSessionNoShowArgs = {
  input: SessionIdInput;
};

export type MutationReorderGoalMilestonesArgs = {
  input: ReorderGoalMilestonesInput;
};

export type MutationRescheduleSessionArgs = {
  input: RescheduleSessionInput;
};

export type MutationRestoreGoalArgs = {
  input: GoalIdInput;
};

export type MutationSetGoalVisibilityArgs = {
  input: SetGoalVisibilityInput;
};

export type MutationSetProgressSharingArgs = {
  input: SetProgressSharingInput;
};

export type MutationSubmitSessionFeedbackArgs = {
  input: SubmitSessionFeedbackInput;
};

export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};

export type MutationUpdateViewerPreferencesArgs = {
  input: UpdateViewerPreferencesInput;
};

/** An object with a global opaque ID that `Query.node` can refetch. */
export type Node = {
  id: Scalars['ID']['output'];
};

/** A node of the organisation's tree (region → function → team). */
export type OrgUnit = Node & {
  __typename?: 'OrgUnit';
  children: OrgUnitConnection;
  /** 0 for a root. */
  depth: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: OrgUnitKind;
  manager?: Maybe<Person>;
  name: Scalars['String']['output'];
  parent?: Maybe<OrgUnit>;
  /** Headcount of this unit and every unit below it. */
  peopleCount: Scalars['Int']['output'];
};

/** A node of the organisation's tree (region → function → team). */
export type OrgUnitChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrgUnitConnection = {
  __typename?: 'OrgUnitConnection';
  edges: Array<OrgUnitEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrgUnitEdge = {
  __typename?: 'OrgUnitEdge';
  cursor: Scalars['String']['output'];
  node: OrgUnit;
};

export type OrgUnitKind = 'FUNCTION' | 'REGION' | 'TEAM';

/** A tenant: the organisation that signed the embed token. */
export type Organisation = Node & {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
  /** Locales the organisation offers, its default first. */
  locales: Array<Scalars['Locale']['output']>;
  /** Figures about fewer people than this are never returned. */
  minGroupSize: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  timeZone: Scalars['TimeZone']['output'];
};

/** Relay cursor pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PeopleFilter = {
  jobLevels?: InputMaybe<Array<JobLevel>>;
  /** People in this org unit or any unit below it. */
  orgUnit?: InputMaybe<Scalars['ID']['input']>;
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
  directReports?: Maybe<PersonConnection>;
  email?: Maybe<Scalars['String']['output']>;
  enrolments?: Maybe<EnrolmentConnection>;
  id: Scalars['ID']['output'];
  inRoleSince?: Maybe<Scalars['Date']['output']>;
  jobLevel: JobLevel;
  locale?: Maybe<Scalars['Locale']['output']>;
  manager?: Maybe<Person>;
  name: Scalars['String']['output'];
  orgUnit?: Maybe<OrgUnit>;
  organisation: Organisation;
  roles?: Maybe<Array<Role>>;
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

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

/** A coaching program tied to a business objective. */
export type Program = Node & {
  __typename?: 'Program';
  durationWeeks: Scalars['Int']['output'];
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** Program and organisation admins only. */
  enrolments?: Maybe<EnrolmentConnection>;
  focusCapabilities: Array<Capability>;
  id: Scalars['ID']['output'];
  /** The KPI the objective targets. */
  kpi: ProgramKpi;
  languages: Array<Scalars['Locale']['output']>;
  name: Scalars['String']['output'];
  /** The business objective, in the organisation's words. */
  objective: Scalars['String']['output'];
  sessionsPerParticipant: Scalars['Int']['output'];
  startsOn?: Maybe<Scalars['Date']['output']>;
  status: ProgramStatus;
};

/** A coaching program tied to a business objective. */
export type ProgramEnrolmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EnrolmentStatus>;
};

export type ProgramConnection = {
  __typename?: 'ProgramConnection';
  edges: Array<ProgramEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProgramEdge = {
  __typename?: 'ProgramEdge';
  cursor: Scalars['String']['output'];
  node: Program;
};

/** The business KPI a program is meant to move. */
export type ProgramKpi = {
  __typename?: 'ProgramKpi';
  baseline?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  target?: Maybe<Scalars['Float']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
};

export type ProgramStatus = 'ACTIVE' | 'ARCHIVED' | 'COMPLETED' | 'DRAFT' | 'PAUSED';

/**
 * Whether the viewer may see a card's progress. The participant and their current
 * coach always may; their direct manager only when the participant shares it.
 * Admins see progress only in aggregates, never one person's card.
 */
export type ProgressAvailability =
  | 'AVAILABLE'
  /** The person has no enrolment the viewer can see. */
  | 'NOT_ENROLLED'
  /** The viewer manages the person, who keeps their progress private. */
  | 'NOT_SHARED';

/** One progress card: a person, and their current enrolment's progress when the viewer may see it. */
export type ProgressCard = {
  __typename?: 'ProgressCard';
  availability: ProgressAvailability;
  person: Person;
  /** Null unless availability is AVAILABLE. */
  progress?: Maybe<CoachingProgress>;
};

export type ProgressCardConnection = {
  __typename?: 'ProgressCardConnection';
  edges: Array<ProgressCardEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProgressCardEdge = {
  __typename?: 'ProgressCardEdge';
  cursor: Scalars['String']['output'];
  node: ProgressCard;
};

export type ProgressSharingPayload = {
  __typename?: 'ProgressSharingPayload';
  /** The progress after the change; null when userErrors is not empty. */
  progress?: Maybe<CoachingProgress>;
  userErrors: Array<UserError>;
};

export type Query = {
  __typename?: 'Query';
  capabilities: CapabilityConnection;
  capability?: Maybe<Capability>;
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
  /** Refetches any object by its global ID; null when it does not exist in the viewer's organisation. */
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
  /** Everyone in the organisation, by name. Program and organisation admins only. */
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

export type QueryCapabilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryCapabilityArgs = {
  code: Scalars['String']['input'];
};

export type QueryCoachesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryGoalArgs = {
  id: Scalars['ID']['input'];
};

export type QueryGoalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GoalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryHeatmapArgs = {
  input: HeatmapInput;
};

export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

export type QueryOrgUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  parent?: InputMaybe<Scalars['ID']['input']>;
  rootsOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PeopleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ProgramStatus>;
};

export type QueryProgressCardArgs = {
  enrolment?: InputMaybe<Scalars['ID']['input']>;
  person?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryTeamProgressCardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ReorderGoalMilestonesInput = {
  goalId: Scalars['ID']['input'];
  /** Every milestone of the goal exactly once, in the new order. */
  milestoneIds: Array<Scalars['ID']['input']>;
};

export type RescheduleSessionInput = {
  sessionId: Scalars['ID']['input'];
  startsAt: Scalars['DateTime']['input'];
};

/** What a person may do in Coachwork; granted per organisation. */
export type Role = 'COACH' | 'MANAGER' | 'ORG_ADMIN' | 'PARTICIPANT' | 'PROGRAM_ADMIN';

/** A coaching session. Times are UTC instants; show them in the viewer's zone. */
export type Session = Node & {
  __typename?: 'Session';
  /** The invitation as an iCalendar file (METHOD:CANCEL once cancelled); the participant and the coach holding the session only. */
  calendar: CalendarFile;
  /** What cancelling now would mean, to show before the participant confirms. */
  cancellationPolicy: CancellationPolicy;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  coach: Coach;
  endsAt: Scalars['DateTime']['output'];
  enrolment: Enrolment;
  /** The participant's rating, for the participant alone: coaches and admins see ratings only aggregated. */
  feedback?: Maybe<SessionFeedback>;
  id: Scalars['ID']['output'];
  /** The meeting link: the participant and the coach holding the session only. */
  joinUrl?: Maybe<Scalars['String']['output']>;
  language: Scalars['Locale']['output'];
  /** Cancelled inside the program's late-cancellation window: counts against the quota. */
  lateCancellation: Scalars['Boolean']['output'];
  participant: Person;
  /** iCalendar SEQUENCE: rises with every reschedule and the cancellation. */
  sequence: Scalars['Int']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: SessionStatus;
};

export type SessionConnection = {
  __typename?: 'SessionConnection';
  edges: Array<SessionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SessionEdge = {
  __typename?: 'SessionEdge';
  cursor: Scalars['String']['output'];
  node: Session;
};

export type SessionFeedback = {
  __typename?: 'SessionFeedback';
  capabilities: Array<Capability>;
  comment?: Maybe<Scalars['String']['output']>;
  rating: Scalars['Int']['output'];
  submittedAt: Scalars['DateTime']['output'];
};

export type SessionIdInput = {
  sessionId: Scalars['ID']['input'];
};

export type SessionPayload = {
  __typename?: 'SessionPayload';
  /** The session after the change; null when userErrors is not empty. */
  session?: Maybe<Session>;
  userErrors: Array<UserError>;
};

export type SessionQuota = {
  __typename?: 'SessionQuota';
  /** Sessions the program offers per participant. */
  allowed: Scalars['Int']['output'];
  remaining: Scalars['Int']['output'];
  /** Booked, held, missed and late-cancelled sessions. */
  used: Scalars['Int']['output'];
};

export type SessionStatus = 'BOOKED' | 'CANCELLED' | 'COMPLETED' | 'NO_SHOW';

export type SessionTally = {
  __typename?: 'SessionTally';
  completed: Scalars['Int']['output'];
  /** Cancelled inside the late-cancellation window (they use up a session). */
  lateCancellations: Scalars['Int']['output'];
  noShows: Scalars['Int']['output'];
  /** Sessions the program offers per participant. */
  planned: Scalars['Int']['output'];
  /** Sessions still to book: planned minus those booked, held, missed or cancelled late. */
  remaining: Scalars['Int']['output'];
  /** Booked sessions that have not ended yet. */
  upcoming: Scalars['Int']['output'];
};

export type SetGoalVisibilityInput = {
  goalId: Scalars['ID']['input'];
  visibility: GoalVisibility;
};

export type SetProgressSharingInput = {
  enrolmentId: Scalars['ID']['input'];
  sharedWithManager: Scalars['Boolean']['input'];
};

/** Open slots in a range, with the zone the viewer asked to see them in. */
export type SlotWindow = {
  __typename?: 'SlotWindow';
  from: Scalars['DateTime']['output'];
  /**
   * The first open slot at or after `to`, up to the booking horizon, so a picker
   * whose range is empty can offer the next available day; null when there is none.
   */
  nextSlot?: Maybe<TimeSlot>;
  slots: Array<TimeSlot>;
  timeZone: Scalars['TimeZone']['output'];
  to: Scalars['DateTime']['output'];
};

export type SubmitSessionFeedbackInput = {
  /** Capabilities the session worked on (at most 5). */
  capabilities?: InputMaybe<Array<Scalars['ID']['input']>>;
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 1 (poor) to 5 (excellent). */
  rating: Scalars['Int']['input'];
  sessionId: Scalars['ID']['input'];
};

export type SubmitSessionFeedbackPayload = {
  __typename?: 'SubmitSessionFeedbackPayload';
  feedback?: Maybe<SessionFeedback>;
  session?: Maybe<Session>;
  userErrors: Array<UserError>;
};

export type TimeSlot = {
  __typename?: 'TimeSlot';
  endsAt: Scalars['DateTime']['output'];
  startsAt: Scalars['DateTime']['output'];
};

export type UpdateGoalInput = {
  capability?: InputMaybe<Scalars['String']['input']>;
  /** An empty string clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  goalId: Scalars['ID']['input'];
  /** 0–100; 100 completes the goal. */
  progress?: InputMaybe<Scalars['Int']['input']>;
  /** COMPLETED sets progress to 100; a goal at 100% cannot be given another status. */
  status?: InputMaybe<GoalStatus>;
  /** A changed target date must be today or later in the viewer's time zone. */
  targetDate?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateViewerPreferencesInput = {
  /** One of the organisation's locales. */
  locale?: InputMaybe<Scalars['Locale']['input']>;
  timeZone?: InputMaybe<Scalars['TimeZone']['input']>;
};

export type UpdateViewerPreferencesPayload = {
  __typename?: 'UpdateViewerPreferencesPayload';
  userErrors: Array<UserError>;
  /** The viewer after the change; null when userErrors is not empty. */
  viewer?: Maybe<Person>;
};

/** A problem with a mutation's input that the user can fix. `field` is the path into the input (`["timeZone"]`). */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  field?: Maybe<Array<Scalars['String']['output']>>;
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
      field
      code
      message
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
`) as unknown as TypedDocumentString<CwGoalTrackerCreateMutation, CwGoalTrackerCreateMutationVariables>;
export const CwGoalTrackerUpdateDocument = new TypedDocumentString(`
mutation CwGoalTrackerUpdate($input: UpdateGoalInput!, $locale: Locale) {
  updateGoal(input: $input) {
    goal {
      ...CwGoalTrackerGoal
    }
    userErrors {
      field
      code
      message
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
`) as unknown as TypedDocumentString<CwGoalTrackerUpdateMutation, CwGoalTrackerUpdateMutationVariables>;
export const CwGoalTrackerVisibilityDocument = new TypedDocumentString(`
mutation CwGoalTrackerVisibility($input: SetGoalVisibilityInput!, $locale: Locale) {
  setGoalVisibility(input: $input) {
    goal {
      ...CwGoalTrackerGoal
    }
    userErrors {
      field
      code
      message
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
      field
      code
      message
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
`) as unknown as TypedDocumentString<CwGoalTrackerCheckInMutation, CwGoalTrackerCheckInMutationVariables>;
export const CwGoalTrackerMilestoneDocument = new TypedDocumentString(`
mutation CwGoalTrackerMilestone($input: CompleteGoalMilestoneInput!, $locale: Locale) {
  completeGoalMilestone(input: $input) {
    goal {
      ...CwGoalTrackerGoal
    }
    userErrors {
      field
      code
      message
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
      field
      code
      message
    }
  }
}
`) as unknown as TypedDocumentString<CwProgressCardSharingMutation, CwProgressCardSharingMutationVariables>;
export const CwQualityHeatmapDocument = new TypedDocumentString(`
query CwQualityHeatmap($input: HeatmapInput!, $locale: Locale) {
  heatmap(input: $input) {
    metric
    period
    periods
    minGroupSize
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
      field
      code
      message
    }
  }
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
      field
      code
      message
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
`) as unknown as TypedDocumentString<CwSessionBookerBookMutation, CwSessionBookerBookMutationVariables>;
export const CwSessionBookerRescheduleDocument = new TypedDocumentString(`
mutation CwSessionBookerReschedule($input: RescheduleSessionInput!) {
  rescheduleSession(input: $input) {
    session {
      ...CwSessionBookerSession
    }
    userErrors {
      field
      code
      message
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
      field
      code
      message
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
`) as unknown as TypedDocumentString<CwSessionBookerCancelMutation, CwSessionBookerCancelMutationVariables>;
export const CwSessionBookerFeedbackDocument = new TypedDocumentString(`
mutation CwSessionBookerFeedback($input: SubmitSessionFeedbackInput!) {
  submitSessionFeedback(input: $input) {
    feedback {
      rating
    }
    userErrors {
      field
      code
      message
    }
  }
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
