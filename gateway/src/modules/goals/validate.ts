/**
 * Input checks for the goal mutations. Each returns the cleaned value or pushes
 * a user error, worded by `t` in the request's language; a mutation writes only
 * when the list stays empty.
 */
import type { GoalStatus, UserError } from '../../generated/resolvers.js';
import { calendarDate, type Translate } from '../../i18n/translate.js';

export const maxTitleLength = 300;
export const maxTextLength = 4000;
export const maxMilestonesOnCreate = 20;
export const maxMilestonesPerGoal = 50;

/** Length in characters as PostgreSQL's char_length counts them (code points, not UTF-16 units). */
const length = (text: string): number => [...text].length;

export function title(value: string, field: string[], errors: UserError[], t: Translate): string {
  const trimmed = value.trim();
  if (trimmed === '') {
    errors.push({ field, code: 'REQUIRED', message: t('goals.titleRequired') });
  } else if (length(trimmed) > maxTitleLength) {
    errors.push({
      field,
      code: 'INVALID',
      message: t('goals.titleTooLong', { max: maxTitleLength, length: length(trimmed) }),
    });
  }
  return trimmed;
}

/** Optional long text: blank becomes null. */
export function text(
  value: string | null | undefined,
  field: string[],
  errors: UserError[],
  t: Translate,
): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  if (length(value) > maxTextLength) {
    errors.push({
      field,
      code: 'INVALID',
      message: t('goals.textTooLong', { max: maxTextLength, length: length(value) }),
    });
  }
  return value.trim();
}

export function progress(value: number, field: string[], errors: UserError[], t: Translate): number {
  if (!Number.isInteger(value) || value < 0 || value > 100) {
    errors.push({ field, code: 'INVALID', message: t('goals.progressRange', { value }) });
  }
  return value;
}

export function scale(
  value: number | null | undefined,
  field: string[],
  errors: UserError[],
  t: Translate,
): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1 || value > 5) {
    errors.push({ field, code: 'INVALID', message: t('goals.scaleRange', { value }) });
  }
  return value;
}

/** Today's calendar date in `timeZone`, YYYY-MM-DD. */
export function today(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function futureDate(
  value: string,
  todayInZone: string,
  field: string[],
  errors: UserError[],
  t: Translate,
): string {
  if (value < todayInZone) {
    errors.push({
      field,
      code: 'INVALID',
      message: t('goals.targetDatePast', { date: calendarDate(value), today: calendarDate(todayInZone) }),
    });
  }
  return value;
}

export interface GoalState {
  status: GoalStatus;
  progress: number;
}

/**
 * The goal's status and progress after a change. A goal completes at 100% or
 * when marked complete (which sets 100%); progress below 100 reopens a completed
 * goal, and any progress starts one not yet started or revives an abandoned one.
 */
export function nextState(
  current: GoalState,
  requested: { progress?: number | null; status?: GoalStatus | null },
  errors: UserError[],
  t: Translate,
): GoalState {
  const status = requested.status ?? null;
  const newProgress = requested.progress ?? null;
  if (status === 'COMPLETED') {
    if (newProgress !== null && newProgress !== 100) {
      errors.push({
        field: ['progress'],
        code: 'INVALID',
        message: t('goals.completedIsFull'),
      });
    }
    return { status, progress: 100 };
  }
  const progressAfter = newProgress ?? current.progress;
  if (status !== null) {
    if (progressAfter === 100) {
      errors.push({
        field: ['status'],
        code: 'INVALID',
        message: t('goals.fullIsCompleted'),
      });
    }
    return { status, progress: progressAfter };
  }
  if (progressAfter === 100) return { status: 'COMPLETED', progress: 100 };
  if (newProgress === null || newProgress === current.progress) {
    return current.status === 'COMPLETED'
      ? { status: 'IN_PROGRESS', progress: progressAfter }
      : { status: current.status, progress: progressAfter };
  }
  if (current.status === 'NOT_STARTED' && progressAfter === 0) return { status: 'NOT_STARTED', progress: 0 };
  return { status: 'IN_PROGRESS', progress: progressAfter };
}
