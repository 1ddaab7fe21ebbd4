/**
 * The thresholds of the automatic probation rule, set by org admins. They live in
 * `organisations.settings.coachQuality` and are read afresh by every rating (feedback.ts), so a
 * change decides the next rating. They are the organisation's, not a program's: a coach's quality
 * status is one state across every program they coach in, and two programs' thresholds would
 * disagree about it.
 */
import type { Queryable } from '../../db/types.js';
import type { UserError } from '../../generated/resolvers.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { MessageValues } from '../../i18n/translate.js';
import { recordAudit } from '../audit/sql.js';
import { qualitySettings, type QualitySettings } from '../coaching/sql.js';

export const QUALITY_LIMITS = {
  rating: { min: 1, max: 5 },
  minRatings: { min: 1, max: 100 },
  window: { min: 1, max: 200 },
} as const;

type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Every problem of a proposed setting, each naming its field. */
export function qualitySettingsErrors(input: QualitySettings, t: Translate): UserError[] {
  const errors: UserError[] = [];
  const { rating, minRatings, window } = QUALITY_LIMITS;
  // One decimal is what the console offers and what the rolling average is compared at.
  const ratingOk = (value: number) =>
    Number.isFinite(value) &&
    value >= rating.min &&
    value <= rating.max &&
    Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;
  for (const field of ['probationBelow', 'restoreAtOrAbove'] as const) {
    if (!ratingOk(input[field])) {
      errors.push({ field: [field], code: 'INVALID', message: t('coachQuality.ratingRange', rating) });
    }
  }
  if (!errors.length && input.restoreAtOrAbove < input.probationBelow) {
    errors.push({
      field: ['restoreAtOrAbove'],
      code: 'INVALID',
      message: t('coachQuality.restoreBelowProbation'),
    });
  }
  const countOk = (value: number, limits: { min: number; max: number }) =>
    Number.isInteger(value) && value >= limits.min && value <= limits.max;
  if (!countOk(input.minRatings, minRatings)) {
    errors.push({
      field: ['minRatings'],
      code: 'INVALID',
      message: t('coachQuality.countRange', minRatings),
    });
  }
  if (!countOk(input.window, window)) {
    errors.push({ field: ['window'], code: 'INVALID', message: t('coachQuality.countRange', window) });
  }
  if (
    countOk(input.minRatings, minRatings) &&
    countOk(input.window, window) &&
    input.minRatings > input.window
  ) {
    errors.push({ field: ['minRatings'], code: 'INVALID', message: t('coachQuality.minAboveWindow') });
  }
  return errors;
}

/** Stores the settings (other keys of `settings` untouched) and audits before and after. */
export async function writeQualitySettings(
  tx: Queryable,
  orgId: string,
  actorId: string,
  next: QualitySettings,
): Promise<QualitySettings> {
  await tx.query(`select id from organisations where id = $1 for update`, [orgId]);
  const before = await qualitySettings(tx, orgId);
  const after: QualitySettings = {
    probationBelow: next.probationBelow,
    restoreAtOrAbove: next.restoreAtOrAbove,
    minRatings: next.minRatings,
    window: next.window,
  };
  await tx.query(
    `update organisations set settings = jsonb_set(settings, '{coachQuality}', $2::jsonb) where id = $1`,
    [orgId, JSON.stringify(after)],
  );
  await recordAudit(tx, orgId, {
    action: 'COACH_QUALITY_SETTINGS_CHANGED',
    actorId,
    programId: null,
    subjectType: 'Organisation',
    subjectId: orgId,
    before,
    after,
  });
  return after;
}
