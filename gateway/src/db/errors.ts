/**
 * Typed storage errors. Both engines (node-postgres and PGlite) report a
 * PostgreSQL error with a SQLSTATE `code` and, for integrity violations, the
 * constraint's name; the Database wrapper turns every such error into a
 * StorageError so callers switch on `code` instead of parsing messages, and the
 * gateway can map it to a GraphQL userError or extensions.code.
 */

export type StorageErrorCode =
  | 'CHECK_VIOLATION'
  | 'FOREIGN_KEY_VIOLATION'
  | 'UNIQUE_VIOLATION'
  /** An exclusion constraint refused the row: e.g. a coach double-booked. */
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'NOT_NULL_VIOLATION'
  /** Row-level security or a missing grant refused the statement. */
  | 'FORBIDDEN'
  /** Anything else the database reported (syntax, connection, …): a bug, not user input. */
  | 'DATABASE_ERROR';

export interface StorageErrorDetails {
  code: StorageErrorCode;
  message: string;
  /** PostgreSQL's SQLSTATE, e.g. 23514. */
  sqlState?: string;
  constraint?: string;
  table?: string;
  /** The input field the error is about, when the constraint names one. */
  field?: string;
  cause?: unknown;
}

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: StorageErrorCode;
  readonly sqlState: string | undefined;
  readonly constraint: string | undefined;
  readonly table: string | undefined;
  readonly field: string | undefined;

  constructor(details: StorageErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = details.code;
    this.sqlState = details.sqlState;
    this.constraint = details.constraint;
    this.table = details.table;
    this.field = details.field;
  }
}

export function isStorageError(value: unknown): value is StorageError {
  return value instanceof StorageError;
}

/** Constraints whose generic, name-derived message would be too vague for a person. */
const CONSTRAINT_MESSAGES: Record<string, { message: string; field?: string }> = {
  sessions_ends_after_starts: { message: 'session must end after it starts', field: 'endsAt' },
  sessions_duration_range: { message: 'a session may last at most 4 hours', field: 'endsAt' },
  sessions_coach_no_overlap: {
    message: 'the coach already has a session that overlaps this time',
    field: 'startsAt',
  },
  sessions_participant_no_overlap: {
    message: 'the participant already has a session that overlaps this time',
    field: 'startsAt',
  },
  sessions_enrolment_fkey: {
    message: 'the enrolment does not exist in this organisation or belongs to another participant',
    field: 'enrolmentId',
  },
  sessions_cancelled_at_consistent: {
    message: 'a cancelled session needs a cancellation time, and only a cancelled session may have one',
    field: 'status',
  },
  sessions_late_cancellation_consistent: {
    message: 'only a cancelled session can be a late cancellation',
    field: 'lateCancellation',
  },
  goals_progress_range: { message: 'goal progress must be between 0 and 100', field: 'progress' },
  goal_check_ins_progress_range: {
    message: 'check-in progress must be between 0 and 100',
    field: 'progress',
  },
  goals_title_length: { message: 'goal title must be 1 to 300 characters', field: 'title' },
  goal_milestones_title_length: {
    message: 'milestone title must be 1 to 300 characters',
    field: 'title',
  },
  goals_capability_fkey: {
    message: 'unknown capability for this organisation',
    field: 'capability',
  },
  goals_owner_fkey: {
    message: 'the goal owner does not exist in this organisation',
    field: 'ownerId',
  },
  goal_milestones_goal_position_key: {
    message: 'two milestones of one goal cannot share a position',
    field: 'position',
  },
  assessments_score_range: { message: 'assessment score must be between 1 and 5', field: 'score' },
  assessments_self_rater_is_subject: {
    message: 'a SELF rating must be given by the assessed person, and only a SELF rating may be',
    field: 'raterType',
  },
  assessments_one_rating_per_rater: {
    message: 'this rater has already rated this capability for this phase',
  },
  session_feedback_rating_range: { message: 'rating must be between 1 and 5', field: 'rating' },
  session_feedback_session_key: { message: 'this session already has feedback', field: 'sessionId' },
  session_feedback_session_fkey: {
    message: 'the session does not exist in this organisation or has another coach',
    field: 'sessionId',
  },
  enrolments_program_person_key: {
    message: 'this person is already enrolled in this program',
    field: 'personId',
  },
  people_org_email_key: { message: 'a person with this email already exists', field: 'email' },
  people_manager_fkey: {
    message: 'the manager does not exist in this organisation',
    field: 'managerId',
  },
  people_org_unit_fkey: {
    message: 'the org unit does not exist in this organisation',
    field: 'orgUnitId',
  },
  organisations_min_group_size_range: {
    message: 'minimum group size must be between 3 and 10',
    field: 'minGroupSize',
  },
  organisations_slug_key: { message: 'an organisation with this slug already exists', field: 'slug' },
  coach_availability_rules_ends_after_starts: {
    message: 'availability must end after it starts',
    field: 'endTime',
  },
  coach_availability_exceptions_ends_after_starts: {
    message: 'an availability exception must end on or after its first day',
    field: 'endsOn',
  },
};

/** Reads `user.manager_id`-style column suffixes into camelCase field names. */
function camelCase(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

const SUFFIX_MEANINGS: Array<[suffix: string, describe: (subject: string) => string]> = [
  ['_range', (subject) => `${subject} is out of range`],
  ['_length', (subject) => `${subject} has an invalid length`],
  ['_format', (subject) => `${subject} is not in the expected format`],
  ['_valid', (subject) => `${subject} is not a valid value`],
  ['_consistent', (subject) => `${subject} is inconsistent with the status`],
  ['_fkey', (subject) => `the referenced ${subject} does not exist in this organisation`],
  ['_key', (subject) => `${subject} must be unique`],
  ['_no_overlap', (subject) => `${subject} overlaps an existing booking`],
];

/**
 * Derives "<field> is out of range" from `<table>_<field>_range`; constraints
 * are named `<table>_<what>_<kind>` throughout the migrations for this reason.
 */
function describeConstraint(
  constraint: string,
  table: string | undefined,
  databaseMessage: string,
): { message: string; field?: string } {
  const known = CONSTRAINT_MESSAGES[constraint];
  if (known) return known;
  let rest = constraint;
  if (table && rest.startsWith(`${table}_`)) rest = rest.slice(table.length + 1);
  for (const [suffix, describe] of SUFFIX_MEANINGS) {
    if (rest.endsWith(suffix) && rest.length > suffix.length) {
      const subject = rest.slice(0, -suffix.length);
      const readable = subject.replace(/_/g, ' ');
      return { message: describe(readable), field: camelCase(subject) };
    }
  }
  // Trigger-raised violations (org_units_kind_hierarchy) carry their own sentence.
  return { message: databaseMessage };
}

interface PostgresErrorFields {
  code: string;
  message: string;
  constraint?: string;
  table?: string;
  column?: string;
  detail?: string;
}

/** Both pg's DatabaseError and PGlite's carry a five-character SQLSTATE `code`. */
function isPostgresError(value: unknown): value is PostgresErrorFields {
  if (typeof value !== 'object' || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (!isPostgresError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return new StorageError({ code: 'DATABASE_ERROR', message, cause: error });
  }
  const { code: sqlState, constraint, table } = error;
  const base = { sqlState, constraint, table, cause: error };
  switch (sqlState) {
    case '23514':
    case '23503':
    case '23505':
    case '23P01': {
      const kind: StorageErrorCode =
        sqlState === '23514'
          ? 'CHECK_VIOLATION'
          : sqlState === '23503'
            ? 'FOREIGN_KEY_VIOLATION'
            : sqlState === '23505'
              ? 'UNIQUE_VIOLATION'
              : 'CONFLICT';
      const described = constraint
        ? describeConstraint(constraint, table, error.message)
        : { message: error.message };
      return new StorageError({ ...base, code: kind, ...described });
    }
    case '23502': {
      const column = error.column;
      return new StorageError({
        ...base,
        code: 'NOT_NULL_VIOLATION',
        message: column ? `${column.replace(/_/g, ' ')} is required` : error.message,
        field: column ? camelCase(column) : undefined,
      });
    }
    case '22P02':
      // e.g. 'invalid input syntax for type uuid: "abc"'.
      return new StorageError({ ...base, code: 'INVALID_INPUT', message: error.message });
    case '42501': {
      // PostgreSQL names the table only in the text of an RLS violation:
      // 'new row violates row-level security policy for table "goals"'.
      const policyTable = table ?? /for table "([^"]+)"/.exec(error.message)?.[1];
      const isPolicy = /row-level security/.test(error.message);
      return new StorageError({
        ...base,
        table: policyTable,
        code: 'FORBIDDEN',
        message: isPolicy
          ? `this ${policyTable ?? 'row'} row belongs to another organisation`
          : `permission denied: ${error.message}`,
      });
    }
    default:
      // Class 22 is "data exception": bad dates, out-of-range numbers, unknown time zones.
      if (sqlState.startsWith('22')) {
        return new StorageError({ ...base, code: 'INVALID_INPUT', message: error.message });
      }
      return new StorageError({ ...base, code: 'DATABASE_ERROR', message: error.message });
  }
}
