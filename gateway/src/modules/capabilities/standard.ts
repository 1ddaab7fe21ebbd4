/**
 * The standard capability catalogue in its canonical order: every organisation
 * starts with these codes (migration 0002 seeds them), and views list them in this order,
 * with an organisation's own additions after them.
 */
export const STANDARD_CAPABILITY_CODES = [
  'DELEGATION',
  'FEEDBACK',
  'DECISION_MAKING',
  'DIFFICULT_CONVERSATIONS',
  'REMOTE_TRUST',
  'PRIORITISATION',
  'COACHING_OTHERS',
  'CHANGE_LEADERSHIP',
  'WELLBEING',
  'SUCCESSION_READINESS',
] as const;

export type StandardCapabilityCode = (typeof STANDARD_CAPABILITY_CODES)[number];
