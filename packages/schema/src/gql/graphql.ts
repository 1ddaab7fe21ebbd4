/* eslint-disable */
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

/** A behaviour programs target (the catalogue is extensible per organisation). */
export type Capability = Node & {
  __typename?: 'Capability';
  /** Stable code, e.g. DELEGATION. */
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
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

/** A person's place in a program. */
export type Enrolment = Node & {
  __typename?: 'Enrolment';
  /** The matched coach's person record, once matched. */
  coach?: Maybe<Person>;
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

export type JobLevel = 'DIRECTOR' | 'EXECUTIVE' | 'IC' | 'MANAGER' | 'SENIOR_MANAGER';

export type Mutation = {
  __typename?: 'Mutation';
  /** Changes the signed-in person's own language and time zone. */
  updateViewerPreferences: UpdateViewerPreferencesPayload;
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
 * directory everyone in the organisation can see; the other fields are visible to
 * the person, their manager, and program or organisation admins (FORBIDDEN otherwise).
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

export type Query = {
  __typename?: 'Query';
  capabilities: CapabilityConnection;
  capability?: Maybe<Capability>;
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

/** What a person may do in Coachwork; granted per organisation. */
export type Role = 'COACH' | 'MANAGER' | 'ORG_ADMIN' | 'PARTICIPANT' | 'PROGRAM_ADMIN';

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
  /** A value is malformed or outside what the field accepts. */
  | 'INVALID'
  /** A referenced object does not exist or is not visible to the viewer. */
  | 'NOT_FOUND'
  /** A required value is missing. */
  | 'REQUIRED'
  /** The value is well formed but this organisation does not offer it (e.g. a locale it does not support). */
  | 'UNSUPPORTED';
