/**
 * Zones the session booker offers in its "Times shown in" picker besides the viewer's, the coach's
 * and the browser's own. A module of its own because the loader readies their names while the
 * booker's data is on its way (shared/intl-warm-up.ts).
 */
export const OFFERED_TIME_ZONES: readonly string[] = [
  'UTC',
  'Europe/London',
  'Europe/Madrid',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Tokyo',
];
