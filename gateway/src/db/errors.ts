/**
 * Typed storage errors. Both engines (node-postgres and PGlite) report a
 * PostgreSQL error with a SQLSTATE `code` and, for integrity violations, the
 * constraint's name; the Database wrapper turns every such error into a
 * StorageError so callers switch on `code` instead of parsing messages, and the
 * gateway can map it to a GraphQL userError or extensions.code.
 */
import { isMessageKey, type MessageKey } from '../i18n/catalogue.js';
import { translate, type LocalisedMessage, type MessageValues, type Translate } from '../i18n/translate.js';

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
  /** The catalogue source of `message`, when the gateway words it (not the database). */
  readable?: LocalisedMessage;
  cause?: unknown;
}

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: StorageErrorCode;
  readonly sqlState: string | undefined;
  readonly constraint: string | undefined;
  readonly table: string | undefined;
  readonly field: string | undefined;
  readonly readable: LocalisedMessage | undefined;

  constructor(details: StorageErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = details.code;
    this.sqlState = details.sqlState;
    this.constraint = details.constraint;
    this.table = details.table;
    this.field = details.field;
    this.readable = details.readable;
  }
}

/** The error's message in the request's language; the database's own words when the gateway has none. */
export function storageMessage(error: StorageError, t: Translate): string {
  return error.readable ? t(error.readable.key, error.readable.values) : error.message;
}

export function isStorageError(value: unknown): value is StorageError {
  return value instanceof StorageError;
}

/**
 * Constraints whose generic, name-derived message would be too vague for a
 * person; each has its own sentence in the catalogue (`storage.<constraint>`).
 * The value is the input field the constraint is about, when there is one.
 */
const CONSTRAINT_FIELDS: Record<string, string | undefined> = {
  sessions_ends_after_starts: 'endsAt',
  sessions_duration_range: 'endsAt',
  sessions_coach_no_overlap: 'startsAt',
  sessions_participant_no_overlap: 'startsAt',
  sessions_enrolment_fkey: 'enrolmentId',
  sessions_cancelled_at_consistent: 'status',
  sessions_late_cancellation_consistent: 'lateCancellation',
  goals_progress_range: 'progress',
  goal_check_ins_progress_range: 'progress',
  goals_title_length: 'title',
  goal_milestones_title_length: 'title',
  goals_capability_fkey: 'capability',
  goals_owner_fkey: 'ownerId',
  goal_milestones_goal_position_key: 'position',
  assessments_score_range: 'score',
  assessments_self_rater_is_subject: 'raterType',
  assessments_one_rating_per_rater: undefined,
  session_feedback_rating_range: 'rating',
  session_feedback_session_key: 'sessionId',
  session_feedback_session_fkey: 'sessionId',
  enrolments_program_person_key: 'personId',
  people_org_email_key: 'email',
  people_manager_fkey: 'managerId',
  people_org_unit_fkey: 'orgUnitId',
  organisations_min_group_size_range: 'minGroupSize',
  organisations_slug_key: 'slug',
  coach_availability_rules_ends_after_starts: 'endTime',
  coach_availability_exceptions_ends_after_starts: 'endsOn',
  people_locale_valid: 'locale',
  people_time_zone_valid: 'timeZone',
};

/** Reads `user.manager_id`-style column suffixes into camelCase field names. */
function camelCase(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** Constraint name suffixes and the catalogue sentence each means, worded around the subject. */
const SUFFIX_MESSAGES: Array<[suffix: string, key: MessageKey]> = [
  ['_range', 'storage.range'],
  ['_length', 'storage.length'],
  ['_format', 'storage.format'],
  ['_valid', 'storage.valid'],
  ['_consistent', 'storage.consistent'],
  ['_fkey', 'storage.fkey'],
  ['_key', 'storage.key'],
  ['_no_overlap', 'storage.no_overlap'],
];

interface Described {
  message: string;
  field?: string;
  readable?: LocalisedMessage;
}

/** An English message with its catalogue source, so a resolver can word it in the viewer's language. */
function readable(key: MessageKey, values?: MessageValues): Described {
  return { message: translate('en', key, values), readable: values ? { key, values } : { key } };
}

/**
 * Derives "<field> is out of range" from `<table>_<field>_range`; constraints
 * are named `<table>_<what>_<kind>` throughout the migrations for this reason.
 */
function describeConstraint(
  constraint: string,
  table: string | undefined,
  databaseMessage: string,
): Described {
  const ownKey = `storage.${constraint}`;
  if (constraint in CONSTRAINT_FIELDS && isMessageKey(ownKey)) {
    const field = CONSTRAINT_FIELDS[constraint];
    return { ...readable(ownKey), ...(field ? { field } : {}) };
  }
  let rest = constraint;
  if (table && rest.startsWith(`${table}_`)) rest = rest.slice(table.length + 1);
  for (const [suffix, key] of SUFFIX_MESSAGES) {
    if (rest.endsWith(suffix) && rest.length > suffix.length) {
      const subject = rest.slice(0, -suffix.length);
      return { ...readable(key, { subject: subject.replace(/_/g, ' ') }), field: camelCase(subject) };
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
      const described = column
        ? {
            ...readable('storage.required', { subject: column.replace(/_/g, ' ') }),
            field: camelCase(column),
          }
        : { message: error.message };
      return new StorageError({ ...base, code: 'NOT_NULL_VIOLATION', ...described });
    }
    case '22P02':
      // e.g. 'invalid input syntax for type uuid: "abc"'.
      return new StorageError({ ...base, code: 'INVALID_INPUT', message: error.message });
    case '42501': {
      // PostgreSQL names the table only in the text of an RLS violation:
      // 'new row violates row-level security policy for table "goals"'.
      const policyTable = table ?? /for table "([^"]+)"/.exec(error.message)?.[1];
      const isPolicy = /row-level security/.test(error.message);
      const described = isPolicy
        ? readable('storage.otherOrganisation', { subject: policyTable ?? 'row' })
        : { message: `permission denied: ${error.message}` };
      return new StorageError({ ...base, table: policyTable, code: 'FORBIDDEN', ...described });
    }
    default:
      // Class 22 is "data exception": bad dates, out-of-range numbers, unknown time zones.
      if (sqlState.startsWith('22')) {
        return new StorageError({ ...base, code: 'INVALID_INPUT', message: error.message });
      }
      return new StorageError({ ...base, code: 'DATABASE_ERROR', message: error.message });
  }
}
