import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganisationRow } from '../modules/viewer/sql.js';
import type { PersonRow, PersonConnectionPage } from '../modules/people/sql.js';
import type { OrgUnitRow, OrgUnitConnectionPage } from '../modules/orgUnits/sql.js';
import type {
  ProgramRow,
  ProgramConnectionPage,
  EnrolmentRow,
  EnrolmentConnectionPage,
} from '../modules/programs/sql.js';
import type { CapabilityRow, CapabilityConnectionPage } from '../modules/capabilities/sql.js';
import type {
  GoalRow,
  GoalConnectionPage,
  GoalMilestoneRow,
  GoalCheckInRow,
  GoalCheckInConnectionPage,
} from '../modules/goals/sql.js';
import type { HeatmapPayload } from '../modules/analytics/resolvers.js';
import type {
  HeatmapRowResult,
  HeatmapColumnResult,
  HeatmapCellResult,
} from '../modules/analytics/heatmap.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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
  DateTime: { input: Date; output: Date | string };
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

/** A behaviour programs target (the catalogue is extensible per organisation). */
export type Capability = Node & {
  __typename?: 'Capability';
  /** Stable code, e.g. DELEGATION. */
  code: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The name in `locale`, else the viewer's locale, else the request's Accept-Language, else English. */
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
  /** The matched coach's person record, once matched. */
  coach: Maybe<Person>;
  enrolledAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  person: Person;
  program: Program;
  status: EnrolmentStatus;
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
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  capability: Capability;
  /** Check-ins, newest first. */
  checkIns: GoalCheckInConnection;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The most recent check-in, if any. */
  latestCheckIn: Maybe<GoalCheckIn>;
  /** In the owner's order. */
  milestones: Array<GoalMilestone>;
  owner: Person;
  /** 0–100. */
  progress: Scalars['Int']['output'];
  status: GoalStatus;
  targetDate: Maybe<Scalars['Date']['output']>;
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
  confidence: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** 1–5. */
  mood: Maybe<Scalars['Int']['output']>;
  note: Maybe<Scalars['String']['output']>;
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
  checkIn: Maybe<GoalCheckIn>;
  /** The goal with its new progress and status. */
  goal: Maybe<Goal>;
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
   * share with the viewer (their coach, their managers, admins); FORBIDDEN when the
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
  doneAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** 0-based place in the goal's order. */
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type GoalMilestonePayload = {
  __typename?: 'GoalMilestonePayload';
  /** The milestone's goal after the change. */
  goal: Maybe<Goal>;
  milestone: Maybe<GoalMilestone>;
  userErrors: Array<UserError>;
};

export type GoalPayload = {
  __typename?: 'GoalPayload';
  /** The goal after the change; null when userErrors is not empty. */
  goal: Maybe<Goal>;
  userErrors: Array<UserError>;
};

export type GoalStatus =
  | 'ABANDONED'
  /** Reached 100% or marked complete. */
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

/**
 * Who besides the owner may read a goal. Only the owner ever changes it.
 * PRIVATE: the owner alone. COACH: also the owner's coach. MANAGER: also the
 * owner's managers (any level above them) and program or organisation admins,
 * plus the coach. Private goals are never returned to anyone but the owner.
 */
export type GoalVisibility = 'COACH' | 'MANAGER' | 'PRIVATE';

export type Heatmap = {
  __typename?: 'Heatmap';
  /** When the aggregates were last rebuilt. */
  asOf: Maybe<Scalars['DateTime']['output']>;
  columns: Array<HeatmapColumn>;
  /** The same view as CSV (RFC 4180), suppressed cells written as suppressed. */
  csv: Scalars['String']['output'];
  metric: HeatmapMetric;
  minGroupSize: Scalars['Int']['output'];
  /** The viewed unit's ancestors, root first (the breadcrumb). */
  path: Array<OrgUnit>;
  period: Maybe<Scalars['String']['output']>;
  /** Periods with data, oldest first. */
  periods: Array<Scalars['String']['output']>;
  program: Maybe<Program>;
  /** The subtree below the viewed unit, depth first, siblings by name. */
  rows: Array<HeatmapRow>;
  /** Data changed since `asOf` and a rebuild is running. */
  stale: Scalars['Boolean']['output'];
  /** The viewed unit's own row; null for the whole organisation. */
  total: Maybe<HeatmapRow>;
  /** The viewed unit; null for the whole organisation. */
  unit: Maybe<OrgUnit>;
};

export type HeatmapCsvArgs = {
  locale?: InputMaybe<Scalars['Locale']['input']>;
};

/**
 * One figure about a group of people. A suppressed cell carries no value and no
 * count, only the reason (DESIGN §6: withheld in the gateway, never sent).
 */
export type HeatmapCell = {
  __typename?: 'HeatmapCell';
  /** PARTICIPATION_RATE only: the rate is under 60%. */
  belowParticipationTarget: Maybe<Scalars['Boolean']['output']>;
  /** People counted in the cell. */
  count: Maybe<Scalars['Int']['output']>;
  /** DELTA_FROM_BASELINE only. */
  effectSize: Maybe<HeatmapEffectSize>;
  reason: Maybe<HeatmapSuppression>;
  suppressed: Scalars['Boolean']['output'];
  value: Maybe<Scalars['Float']['output']>;
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
  /** Mean 360 rating (1–5) by managers and direct reports in the person's latest phase; self-ratings excluded. */
  | 'SCORE'
  /** Completed coaching sessions per participant per four weeks of active enrolment. */
  | 'SESSION_CADENCE';

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
  /** The cell is about fewer people than the organisation's minimum group size. */
  | 'BELOW_MIN_GROUP_SIZE'
  /** Hidden so that a suppressed neighbour cannot be recovered by subtracting visible cells from their parent. */
  | 'COMPLEMENTARY'
  /** The filter would leave a remainder group, compared with the unfiltered figure, smaller than the minimum. */
  | 'FILTER_REMAINDER';

export type JobLevel = 'DIRECTOR' | 'EXECUTIVE' | 'IC' | 'MANAGER' | 'SENIOR_MANAGER';

export type Mutation = {
  __typename?: 'Mutation';
  /** Records progress with an optional note, mood and confidence; moves the goal's progress and status. */
  addGoalCheckIn: GoalCheckInPayload;
  /** Appends a milestone (at most 50 per goal). */
  addGoalMilestone: GoalMilestonePayload;
  archiveGoal: GoalPayload;
  completeGoalMilestone: GoalMilestonePayload;
  /** Creates a goal owned by the viewer. */
  createGoal: GoalPayload;
  reorderGoalMilestones: GoalPayload;
  restoreGoal: GoalPayload;
  setGoalVisibility: GoalPayload;
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

export type MutationCompleteGoalMilestoneArgs = {
  input: CompleteGoalMilestoneInput;
};

export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};

export type MutationReorderGoalMilestonesArgs = {
  input: ReorderGoalMilestonesInput;
};

export type MutationRestoreGoalArgs = {
  input: GoalIdInput;
};

export type MutationSetGoalVisibilityArgs = {
  input: SetGoalVisibilityInput;
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
  manager: Maybe<Person>;
  name: Scalars['String']['output'];
  parent: Maybe<OrgUnit>;
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
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
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
 * directory everyone in the organisation can see; the other fields are visible to
 * the person, their manager, and program or organisation admins (FORBIDDEN otherwise).
 */
export type Person = Node & {
  __typename?: 'Person';
  directReports: Maybe<PersonConnection>;
  email: Maybe<Scalars['String']['output']>;
  enrolments: Maybe<EnrolmentConnection>;
  id: Scalars['ID']['output'];
  inRoleSince: Maybe<Scalars['Date']['output']>;
  jobLevel: JobLevel;
  locale: Maybe<Scalars['Locale']['output']>;
  manager: Maybe<Person>;
  name: Scalars['String']['output'];
  orgUnit: Maybe<OrgUnit>;
  organisation: Organisation;
  roles: Maybe<Array<Role>>;
  timeZone: Maybe<Scalars['TimeZone']['output']>;
};

/**
 * A person in the organisation. Name, job level, org unit and manager form the
 * directory everyone in the organisation can see; the other fields are visible to
 * the person, their manager, and program or organisation admins (FORBIDDEN otherwise).
 */
export type PersonDirectReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A person in the organisation. Name, job level, org unit and manager form the
 * directory everyone in the organisation can see; the other fields are visible to
 * the person, their manager, and program or organisation admins (FORBIDDEN otherwise).
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
  endsOn: Maybe<Scalars['Date']['output']>;
  /** Program and organisation admins only. */
  enrolments: Maybe<EnrolmentConnection>;
  focusCapabilities: Array<Capability>;
  id: Scalars['ID']['output'];
  /** The KPI the objective targets. */
  kpi: ProgramKpi;
  languages: Array<Scalars['Locale']['output']>;
  name: Scalars['String']['output'];
  /** The business objective, in the organisation's words. */
  objective: Scalars['String']['output'];
  sessionsPerParticipant: Scalars['Int']['output'];
  startsOn: Maybe<Scalars['Date']['output']>;
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
  baseline: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  target: Maybe<Scalars['Float']['output']>;
  unit: Maybe<Scalars['String']['output']>;
};

export type ProgramStatus = 'ACTIVE' | 'ARCHIVED' | 'COMPLETED' | 'DRAFT' | 'PAUSED';

export type Query = {
  __typename?: 'Query';
  capabilities: CapabilityConnection;
  capability: Maybe<Capability>;
  /** One goal; null when it does not exist or is not shared with the viewer. */
  goal: Maybe<Goal>;
  /** Goals ordered by target date (goals without one last), then by creation. */
  goals: GoalConnection;
  /**
   * Where manager quality varies, by org unit and capability. Program and
   * organisation admins; managers for their own subtree when the organisation
   * allows it (settings.managerHeatmapAccess = OWN_SUBTREE).
   */
  heatmap: Heatmap;
  /** Refetches any object by its global ID; null when it does not exist in the viewer's organisation. */
  node: Maybe<Node>;
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

export type ReorderGoalMilestonesInput = {
  goalId: Scalars['ID']['input'];
  /** Every milestone of the goal exactly once, in the new order. */
  milestoneIds: Array<Scalars['ID']['input']>;
};

/** What a person may do in Coachwork; granted per organisation. */
export type Role = 'COACH' | 'MANAGER' | 'ORG_ADMIN' | 'PARTICIPANT' | 'PROGRAM_ADMIN';

export type SetGoalVisibilityInput = {
  goalId: Scalars['ID']['input'];
  visibility: GoalVisibility;
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
  viewer: Maybe<Person>;
};

/** A problem with a mutation's input that the user can fix. `field` is the path into the input (`["timeZone"]`). */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  field: Maybe<Array<Scalars['String']['output']>>;
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

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (parent: TParent, context: TContext, info: GraphQLResolveInfo) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | CapabilityRow
    | EnrolmentRow
    | GoalRow
    | GoalCheckInRow
    | GoalMilestoneRow
    | OrgUnitRow
    | OrganisationRow
    | PersonRow
    | ProgramRow;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddGoalCheckInInput: AddGoalCheckInInput;
  AddGoalMilestoneInput: AddGoalMilestoneInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Capability: ResolverTypeWrapper<CapabilityRow>;
  CapabilityConnection: ResolverTypeWrapper<CapabilityConnectionPage>;
  CapabilityEdge: ResolverTypeWrapper<Omit<CapabilityEdge, 'node'> & { node: ResolversTypes['Capability'] }>;
  CompleteGoalMilestoneInput: CompleteGoalMilestoneInput;
  CreateGoalInput: CreateGoalInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Enrolment: ResolverTypeWrapper<EnrolmentRow>;
  EnrolmentConnection: ResolverTypeWrapper<EnrolmentConnectionPage>;
  EnrolmentEdge: ResolverTypeWrapper<Omit<EnrolmentEdge, 'node'> & { node: ResolversTypes['Enrolment'] }>;
  EnrolmentStatus: EnrolmentStatus;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Goal: ResolverTypeWrapper<GoalRow>;
  GoalCheckIn: ResolverTypeWrapper<GoalCheckInRow>;
  GoalCheckInConnection: ResolverTypeWrapper<GoalCheckInConnectionPage>;
  GoalCheckInEdge: ResolverTypeWrapper<
    Omit<GoalCheckInEdge, 'node'> & { node: ResolversTypes['GoalCheckIn'] }
  >;
  GoalCheckInPayload: ResolverTypeWrapper<
    Omit<GoalCheckInPayload, 'checkIn' | 'goal'> & {
      checkIn?: Maybe<ResolversTypes['GoalCheckIn']>;
      goal?: Maybe<ResolversTypes['Goal']>;
    }
  >;
  GoalConnection: ResolverTypeWrapper<GoalConnectionPage>;
  GoalEdge: ResolverTypeWrapper<Omit<GoalEdge, 'node'> & { node: ResolversTypes['Goal'] }>;
  GoalFilter: GoalFilter;
  GoalIdInput: GoalIdInput;
  GoalMilestone: ResolverTypeWrapper<GoalMilestoneRow>;
  GoalMilestonePayload: ResolverTypeWrapper<
    Omit<GoalMilestonePayload, 'goal' | 'milestone'> & {
      goal?: Maybe<ResolversTypes['Goal']>;
      milestone?: Maybe<ResolversTypes['GoalMilestone']>;
    }
  >;
  GoalPayload: ResolverTypeWrapper<Omit<GoalPayload, 'goal'> & { goal?: Maybe<ResolversTypes['Goal']> }>;
  GoalStatus: GoalStatus;
  GoalVisibility: GoalVisibility;
  Heatmap: ResolverTypeWrapper<HeatmapPayload>;
  HeatmapCell: ResolverTypeWrapper<HeatmapCellResult>;
  HeatmapColumn: ResolverTypeWrapper<HeatmapColumnResult>;
  HeatmapEffectSize: ResolverTypeWrapper<HeatmapEffectSize>;
  HeatmapInput: HeatmapInput;
  HeatmapMetric: HeatmapMetric;
  HeatmapRow: ResolverTypeWrapper<HeatmapRowResult>;
  HeatmapSuppression: HeatmapSuppression;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JobLevel: JobLevel;
  Locale: ResolverTypeWrapper<Scalars['Locale']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrgUnit: ResolverTypeWrapper<OrgUnitRow>;
  OrgUnitConnection: ResolverTypeWrapper<OrgUnitConnectionPage>;
  OrgUnitEdge: ResolverTypeWrapper<Omit<OrgUnitEdge, 'node'> & { node: ResolversTypes['OrgUnit'] }>;
  OrgUnitKind: OrgUnitKind;
  Organisation: ResolverTypeWrapper<OrganisationRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeopleFilter: PeopleFilter;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonConnection: ResolverTypeWrapper<PersonConnectionPage>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  Program: ResolverTypeWrapper<ProgramRow>;
  ProgramConnection: ResolverTypeWrapper<ProgramConnectionPage>;
  ProgramEdge: ResolverTypeWrapper<Omit<ProgramEdge, 'node'> & { node: ResolversTypes['Program'] }>;
  ProgramKpi: ResolverTypeWrapper<ProgramKpi>;
  ProgramStatus: ProgramStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReorderGoalMilestonesInput: ReorderGoalMilestonesInput;
  Role: Role;
  SetGoalVisibilityInput: SetGoalVisibilityInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TimeZone: ResolverTypeWrapper<Scalars['TimeZone']['output']>;
  UpdateGoalInput: UpdateGoalInput;
  UpdateViewerPreferencesInput: UpdateViewerPreferencesInput;
  UpdateViewerPreferencesPayload: ResolverTypeWrapper<
    Omit<UpdateViewerPreferencesPayload, 'viewer'> & { viewer?: Maybe<ResolversTypes['Person']> }
  >;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddGoalCheckInInput: AddGoalCheckInInput;
  AddGoalMilestoneInput: AddGoalMilestoneInput;
  Boolean: Scalars['Boolean']['output'];
  Capability: CapabilityRow;
  CapabilityConnection: CapabilityConnectionPage;
  CapabilityEdge: Omit<CapabilityEdge, 'node'> & { node: ResolversParentTypes['Capability'] };
  CompleteGoalMilestoneInput: CompleteGoalMilestoneInput;
  CreateGoalInput: CreateGoalInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Enrolment: EnrolmentRow;
  EnrolmentConnection: EnrolmentConnectionPage;
  EnrolmentEdge: Omit<EnrolmentEdge, 'node'> & { node: ResolversParentTypes['Enrolment'] };
  Float: Scalars['Float']['output'];
  Goal: GoalRow;
  GoalCheckIn: GoalCheckInRow;
  GoalCheckInConnection: GoalCheckInConnectionPage;
  GoalCheckInEdge: Omit<GoalCheckInEdge, 'node'> & { node: ResolversParentTypes['GoalCheckIn'] };
  GoalCheckInPayload: Omit<GoalCheckInPayload, 'checkIn' | 'goal'> & {
    checkIn?: Maybe<ResolversParentTypes['GoalCheckIn']>;
    goal?: Maybe<ResolversParentTypes['Goal']>;
  };
  GoalConnection: GoalConnectionPage;
  GoalEdge: Omit<GoalEdge, 'node'> & { node: ResolversParentTypes['Goal'] };
  GoalFilter: GoalFilter;
  GoalIdInput: GoalIdInput;
  GoalMilestone: GoalMilestoneRow;
  GoalMilestonePayload: Omit<GoalMilestonePayload, 'goal' | 'milestone'> & {
    goal?: Maybe<ResolversParentTypes['Goal']>;
    milestone?: Maybe<ResolversParentTypes['GoalMilestone']>;
  };
  GoalPayload: Omit<GoalPayload, 'goal'> & { goal?: Maybe<ResolversParentTypes['Goal']> };
  Heatmap: HeatmapPayload;
  HeatmapCell: HeatmapCellResult;
  HeatmapColumn: HeatmapColumnResult;
  HeatmapEffectSize: HeatmapEffectSize;
  HeatmapInput: HeatmapInput;
  HeatmapRow: HeatmapRowResult;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Locale: Scalars['Locale']['output'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  OrgUnit: OrgUnitRow;
  OrgUnitConnection: OrgUnitConnectionPage;
  OrgUnitEdge: Omit<OrgUnitEdge, 'node'> & { node: ResolversParentTypes['OrgUnit'] };
  Organisation: OrganisationRow;
  PageInfo: PageInfo;
  PeopleFilter: PeopleFilter;
  Person: PersonRow;
  PersonConnection: PersonConnectionPage;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  Program: ProgramRow;
  ProgramConnection: ProgramConnectionPage;
  ProgramEdge: Omit<ProgramEdge, 'node'> & { node: ResolversParentTypes['Program'] };
  ProgramKpi: ProgramKpi;
  Query: Record<PropertyKey, never>;
  ReorderGoalMilestonesInput: ReorderGoalMilestonesInput;
  SetGoalVisibilityInput: SetGoalVisibilityInput;
  String: Scalars['String']['output'];
  TimeZone: Scalars['TimeZone']['output'];
  UpdateGoalInput: UpdateGoalInput;
  UpdateViewerPreferencesInput: UpdateViewerPreferencesInput;
  UpdateViewerPreferencesPayload: Omit<UpdateViewerPreferencesPayload, 'viewer'> & {
    viewer?: Maybe<ResolversParentTypes['Person']>;
  };
  UserError: UserError;
};

export type CapabilityResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Capability'] = ResolversParentTypes['Capability'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<
    Maybe<ResolversTypes['String']>,
    ParentType,
    ContextType,
    Partial<CapabilityDescriptionArgs>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<CapabilityNameArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CapabilityConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CapabilityConnection'] =
    ResolversParentTypes['CapabilityConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CapabilityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CapabilityEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CapabilityEdge'] = ResolversParentTypes['CapabilityEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Capability'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EnrolmentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Enrolment'] = ResolversParentTypes['Enrolment'],
> = {
  coach?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  enrolledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EnrolmentStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EnrolmentConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EnrolmentConnection'] =
    ResolversParentTypes['EnrolmentConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['EnrolmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EnrolmentEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EnrolmentEdge'] = ResolversParentTypes['EnrolmentEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Enrolment'], ParentType, ContextType>;
};

export type GoalResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal'],
> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  capability?: Resolver<ResolversTypes['Capability'], ParentType, ContextType>;
  checkIns?: Resolver<
    ResolversTypes['GoalCheckInConnection'],
    ParentType,
    ContextType,
    RequireFields<GoalCheckInsArgs, 'first'>
  >;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestCheckIn?: Resolver<Maybe<ResolversTypes['GoalCheckIn']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['GoalMilestone']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GoalStatus'], ParentType, ContextType>;
  targetDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['GoalVisibility'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GoalCheckInResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['GoalCheckIn'] = ResolversParentTypes['GoalCheckIn'],
> = {
  author?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  checkedInAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mood?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GoalCheckInConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['GoalCheckInConnection'] =
    ResolversParentTypes['GoalCheckInConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['GoalCheckInEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GoalCheckInEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['GoalCheckInEdge'] = ResolversParentTypes['GoalCheckInEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GoalCheckIn'], ParentType, ContextType>;
};

export type GoalCheckInPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['GoalCheckInPayload'] = ResolversParentTypes['GoalCheckInPayload'],
> = {
  checkIn?: Resolver<Maybe<ResolversTypes['GoalCheckIn']>, ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type GoalConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['GoalConnection'] = ResolversParentTypes['GoalConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['GoalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GoalEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['GoalEdge'] = ResolversParentTypes['GoalEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Goal'], ParentType, ContextType>;
};

export type GoalMilestoneResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['GoalMilestone'] = ResolversParentTypes['GoalMilestone'],
> = {
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  doneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GoalMilestonePayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['GoalMilestonePayload'] =
    ResolversParentTypes['GoalMilestonePayload'],
> = {
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  milestone?: Resolver<Maybe<ResolversTypes['GoalMilestone']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type GoalPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['GoalPayload'] = ResolversParentTypes['GoalPayload'],
> = {
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type HeatmapResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Heatmap'] = ResolversParentTypes['Heatmap'],
> = {
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['HeatmapColumn']>, ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<HeatmapCsvArgs>>;
  metric?: Resolver<ResolversTypes['HeatmapMetric'], ParentType, ContextType>;
  minGroupSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['HeatmapRow']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['HeatmapRow']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
};

export type HeatmapCellResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['HeatmapCell'] = ResolversParentTypes['HeatmapCell'],
> = {
  belowParticipationTarget?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  effectSize?: Resolver<Maybe<ResolversTypes['HeatmapEffectSize']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['HeatmapSuppression']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type HeatmapColumnResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['HeatmapColumn'] = ResolversParentTypes['HeatmapColumn'],
> = {
  capability?: Resolver<ResolversTypes['Capability'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['HeatmapCell'], ParentType, ContextType>;
};

export type HeatmapEffectSizeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['HeatmapEffectSize'] = ResolversParentTypes['HeatmapEffectSize'],
> = {
  d?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  high?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type HeatmapRowResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['HeatmapRow'] = ResolversParentTypes['HeatmapRow'],
> = {
  cells?: Resolver<Array<ResolversTypes['HeatmapCell']>, ParentType, ContextType>;
  hasChildren?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  peopleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export interface LocaleScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Locale'], any> {
  name: 'Locale';
}

export type MutationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  addGoalCheckIn?: Resolver<
    ResolversTypes['GoalCheckInPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationAddGoalCheckInArgs, 'input'>
  >;
  addGoalMilestone?: Resolver<
    ResolversTypes['GoalMilestonePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationAddGoalMilestoneArgs, 'input'>
  >;
  archiveGoal?: Resolver<
    ResolversTypes['GoalPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationArchiveGoalArgs, 'input'>
  >;
  completeGoalMilestone?: Resolver<
    ResolversTypes['GoalMilestonePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationCompleteGoalMilestoneArgs, 'input'>
  >;
  createGoal?: Resolver<
    ResolversTypes['GoalPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateGoalArgs, 'input'>
  >;
  reorderGoalMilestones?: Resolver<
    ResolversTypes['GoalPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationReorderGoalMilestonesArgs, 'input'>
  >;
  restoreGoal?: Resolver<
    ResolversTypes['GoalPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRestoreGoalArgs, 'input'>
  >;
  setGoalVisibility?: Resolver<
    ResolversTypes['GoalPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSetGoalVisibilityArgs, 'input'>
  >;
  updateGoal?: Resolver<
    ResolversTypes['GoalPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateGoalArgs, 'input'>
  >;
  updateViewerPreferences?: Resolver<
    ResolversTypes['UpdateViewerPreferencesPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateViewerPreferencesArgs, 'input'>
  >;
};

export type NodeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'],
> = {
  __resolveType: TypeResolveFn<
    | 'Capability'
    | 'Enrolment'
    | 'Goal'
    | 'GoalCheckIn'
    | 'GoalMilestone'
    | 'OrgUnit'
    | 'Organisation'
    | 'Person'
    | 'Program',
    ParentType,
    ContextType
  >;
};

export type OrgUnitResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OrgUnit'] = ResolversParentTypes['OrgUnit'],
> = {
  children?: Resolver<
    ResolversTypes['OrgUnitConnection'],
    ParentType,
    ContextType,
    RequireFields<OrgUnitChildrenArgs, 'first'>
  >;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrgUnitKind'], ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  peopleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrgUnitConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OrgUnitConnection'] = ResolversParentTypes['OrgUnitConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['OrgUnitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrgUnitEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OrgUnitEdge'] = ResolversParentTypes['OrgUnitEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type OrganisationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locales?: Resolver<Array<ResolversTypes['Locale']>, ParentType, ContextType>;
  minGroupSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['TimeZone'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'],
> = {
  directReports?: Resolver<
    Maybe<ResolversTypes['PersonConnection']>,
    ParentType,
    ContextType,
    RequireFields<PersonDirectReportsArgs, 'first'>
  >;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enrolments?: Resolver<
    Maybe<ResolversTypes['EnrolmentConnection']>,
    ParentType,
    ContextType,
    RequireFields<PersonEnrolmentsArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inRoleSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  jobLevel?: Resolver<ResolversTypes['JobLevel'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  roles?: Resolver<Maybe<Array<ResolversTypes['Role']>>, ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['TimeZone']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type ProgramResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program'],
> = {
  durationWeeks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enrolments?: Resolver<
    Maybe<ResolversTypes['EnrolmentConnection']>,
    ParentType,
    ContextType,
    RequireFields<ProgramEnrolmentsArgs, 'first'>
  >;
  focusCapabilities?: Resolver<Array<ResolversTypes['Capability']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kpi?: Resolver<ResolversTypes['ProgramKpi'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['Locale']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objective?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sessionsPerParticipant?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgramStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgramConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ProgramConnection'] = ResolversParentTypes['ProgramConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ProgramEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgramEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ProgramEdge'] = ResolversParentTypes['ProgramEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
};

export type ProgramKpiResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ProgramKpi'] = ResolversParentTypes['ProgramKpi'],
> = {
  baseline?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  capabilities?: Resolver<
    ResolversTypes['CapabilityConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryCapabilitiesArgs, 'first'>
  >;
  capability?: Resolver<
    Maybe<ResolversTypes['Capability']>,
    ParentType,
    ContextType,
    RequireFields<QueryCapabilityArgs, 'code'>
  >;
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType, RequireFields<QueryGoalArgs, 'id'>>;
  goals?: Resolver<
    ResolversTypes['GoalConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryGoalsArgs, 'first'>
  >;
  heatmap?: Resolver<
    ResolversTypes['Heatmap'],
    ParentType,
    ContextType,
    RequireFields<QueryHeatmapArgs, 'input'>
  >;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<
    Array<Maybe<ResolversTypes['Node']>>,
    ParentType,
    ContextType,
    RequireFields<QueryNodesArgs, 'ids'>
  >;
  orgUnits?: Resolver<
    ResolversTypes['OrgUnitConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryOrgUnitsArgs, 'first' | 'rootsOnly'>
  >;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  people?: Resolver<
    ResolversTypes['PersonConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryPeopleArgs, 'first'>
  >;
  programs?: Resolver<
    ResolversTypes['ProgramConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryProgramsArgs, 'first'>
  >;
  viewer?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export interface TimeZoneScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['TimeZone'], any> {
  name: 'TimeZone';
}

export type UpdateViewerPreferencesPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['UpdateViewerPreferencesPayload'] =
    ResolversParentTypes['UpdateViewerPreferencesPayload'],
> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
};

export type UserErrorResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError'],
> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Capability?: CapabilityResolvers<ContextType>;
  CapabilityConnection?: CapabilityConnectionResolvers<ContextType>;
  CapabilityEdge?: CapabilityEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Enrolment?: EnrolmentResolvers<ContextType>;
  EnrolmentConnection?: EnrolmentConnectionResolvers<ContextType>;
  EnrolmentEdge?: EnrolmentEdgeResolvers<ContextType>;
  Goal?: GoalResolvers<ContextType>;
  GoalCheckIn?: GoalCheckInResolvers<ContextType>;
  GoalCheckInConnection?: GoalCheckInConnectionResolvers<ContextType>;
  GoalCheckInEdge?: GoalCheckInEdgeResolvers<ContextType>;
  GoalCheckInPayload?: GoalCheckInPayloadResolvers<ContextType>;
  GoalConnection?: GoalConnectionResolvers<ContextType>;
  GoalEdge?: GoalEdgeResolvers<ContextType>;
  GoalMilestone?: GoalMilestoneResolvers<ContextType>;
  GoalMilestonePayload?: GoalMilestonePayloadResolvers<ContextType>;
  GoalPayload?: GoalPayloadResolvers<ContextType>;
  Heatmap?: HeatmapResolvers<ContextType>;
  HeatmapCell?: HeatmapCellResolvers<ContextType>;
  HeatmapColumn?: HeatmapColumnResolvers<ContextType>;
  HeatmapEffectSize?: HeatmapEffectSizeResolvers<ContextType>;
  HeatmapRow?: HeatmapRowResolvers<ContextType>;
  Locale?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OrgUnit?: OrgUnitResolvers<ContextType>;
  OrgUnitConnection?: OrgUnitConnectionResolvers<ContextType>;
  OrgUnitEdge?: OrgUnitEdgeResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  ProgramConnection?: ProgramConnectionResolvers<ContextType>;
  ProgramEdge?: ProgramEdgeResolvers<ContextType>;
  ProgramKpi?: ProgramKpiResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TimeZone?: GraphQLScalarType;
  UpdateViewerPreferencesPayload?: UpdateViewerPreferencesPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};
