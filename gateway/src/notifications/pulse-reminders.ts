/**
 * Reminders to raters who still owe a 360 rating, when about a third of the phase's window is
 * left (pulseReminderAt). Opening a phase queues one job for that moment; when it runs it finds
 * who still owes a rating in the phase (raters changed since the opening included), records the
 * reminder per rater and day in the rater's zone, and queues one e-mail per rater not yet reminded
 * that day. Each e-mail is composed when it is sent, from what the rater owes then: someone who
 * submitted meanwhile gets nothing.
 *
 * The e-mail says how many ratings are owed in which program and until when, in the rater's language
 * and zone; it never names the people rated nor anyone else asked to rate them.
 */
import type { Queryable } from '../db/types.js';
import { DEFAULT_LOCALE } from '../i18n/catalogue.js';
import { supportedLocaleOf } from '../i18n/negotiate.js';
import { translator } from '../i18n/translate.js';
import { defineJob, enqueueJob, type QueueJob } from '../jobs/queue.js';
import { inLocale, type LocalisedTextRow } from '../modules/programs/sql.js';
import { MAIL_JOB_RETRIES, type Mailer, type MailMessage } from './mailer.js';
import { instantFor } from './reminders.js';

/** The moment a phase's raters are reminded (one job per phase). */
export const PULSE_PHASE_REMINDER_QUEUE = 'pulse-phase-reminders';
/** One rater's e-mail. */
export const PULSE_REMINDER_QUEUE = 'pulse-reminders';

const DAY = 86_400_000;

export interface PhaseDue {
  phaseId: string;
  /** The close the reminder was queued for: a phase closed early since reminds nobody. */
  closesAt: string;
}

export interface RaterDue {
  personId: string;
}

/** The reminder comes when about a third of the window is left ... */
const REMINDER_SHARE_OF_WINDOW = 1 / 3;
/** ... in whole days, so at the time of day the phase closes, and at least a day to answer ... */
export const PULSE_REMINDER_MIN_LEAD_MS = DAY;
/** ... but never earlier than a week before the close: a reminder is about the close coming. */
export const PULSE_REMINDER_MAX_LEAD_MS = 7 * DAY;

/**
 * When a phase's raters are reminded: when about a third of its window is left, counted in whole
 * days (so at the time of day the phase closes), at least one day and at most a week before the
 * close; a 14-day window reminds 5 days before, a week 2 days before, 3 days 1 day before, a
 * quarter one week before. A window shorter than two days is reminded halfway through, so it is
 * not reminded as it opens.
 */
export function pulseReminderAt(opensAt: Date, closesAt: Date): Date {
  const window = closesAt.getTime() - opensAt.getTime();
  const days = Math.round((window * REMINDER_SHARE_OF_WINDOW) / DAY) * DAY;
  const lead = Math.min(Math.max(days, PULSE_REMINDER_MIN_LEAD_MS), PULSE_REMINDER_MAX_LEAD_MS, window / 2);
  return new Date(closesAt.getTime() - lead);
}

/** A phase was opened: its reminder is queued in the same transaction. */
export async function queuePulsePhaseReminder(
  tx: Queryable,
  orgId: string,
  phase: { id: string; opensAt: Date; closesAt: Date },
): Promise<void> {
  await enqueueJob<PhaseDue>(tx, {
    orgId,
    queue: PULSE_PHASE_REMINDER_QUEUE,
    payload: { phaseId: phase.id, closesAt: phase.closesAt.toISOString() },
    runAfter: pulseReminderAt(phase.opensAt, phase.closesAt),
  });
}

/** What a rater owes now, per program, soonest due first (no names of anyone rated or rating). */
interface Owed {
  programName: string;
  names: LocalisedTextRow[] | string | null;
  closesAt: Date;
  ratings: number;
}

async function owedBy(tx: Queryable, orgId: string, personId: string): Promise<Owed[]> {
  const rows = await tx.query<{
    program_name: string;
    names: LocalisedTextRow[] | string | null;
    closes_at: Date;
    ratings: number;
  }>(
    `select g.name as program_name, g.names, min(p.closes_at) as closes_at, count(*)::int as ratings
     from pulse_requests r
     join pulse_phases p on p.org_id = r.org_id and p.id = r.phase_id
     join programs g on g.org_id = p.org_id and g.id = p.program_id
     where r.org_id = $1 and r.rater_id = $2 and r.submitted_at is null
       and p.opens_at <= now() and p.closes_at > now()
     group by g.id, g.name, g.names
     order by min(p.closes_at), g.name`,
    [orgId, personId],
  );
  return rows.map((row) => ({
    programName: row.program_name,
    names: row.names,
    closesAt: row.closes_at,
    ratings: row.ratings,
  }));
}

/** The reminder a rater gets, or null when they owe nothing any more (or have left). */
export async function composePulseReminder(
  tx: Queryable,
  orgId: string,
  personId: string,
  jobId: string,
): Promise<MailMessage | null> {
  const [person] = await tx.query<{ name: string; email: string; locale: string; time_zone: string }>(
    `select name, email, locale, time_zone from people where org_id = $1 and id = $2 and active`,
    [orgId, personId],
  );
  if (!person) return null;
  const owed = await owedBy(tx, orgId, personId);
  if (owed.length === 0) return null;
  const locale = supportedLocaleOf(person.locale) ?? DEFAULT_LOCALE;
  const t = translator(locale);
  const reader = { name: person.name, email: person.email, locale, timeZone: person.time_zone };
  const lines = owed.map((item) => {
    const names =
      typeof item.names === 'string' ? (JSON.parse(item.names) as LocalisedTextRow[]) : item.names;
    return t('reminder.pulseDue.line', {
      program: names?.length ? inLocale(names, person.locale) : item.programName,
      ratings: item.ratings,
      when: instantFor(reader, item.closesAt),
    });
  });
  const total = owed.reduce((sum, item) => sum + item.ratings, 0);
  return {
    to: { name: person.name, address: person.email },
    messageId: `${jobId}.pulse-reminder@coachwork`,
    language: locale,
    subject: t('reminder.pulseDue.subject', { ratings: total, when: instantFor(reader, owed[0]!.closesAt) }),
    text: [
      t('reminder.greeting', { name: person.name }),
      '',
      t('reminder.pulseDue.body', { ratings: total }),
      '',
      ...lines,
      '',
      t('reminder.pulseDue.anonymity'),
      '',
      t('reminder.signature'),
    ].join('\n'),
  };
}

/**
 * The phase's reminder moment: records today's reminder for each rater who still owes one in it and
 * queues an e-mail per rater not reminded yet today. A phase closed early, or gone, reminds nobody.
 */
async function remindPhase(tx: Queryable, orgId: string, payload: PhaseDue): Promise<string[]> {
  const rows = await tx.query<{ person_id: string }>(
    `with phase as (
       select id from pulse_phases
       where org_id = $1 and id = $2 and closes_at = $3::timestamptz and opens_at <= now() and closes_at > now()
     ), raters as (
       select distinct r.rater_id, pe.time_zone from pulse_requests r
       join phase ph on ph.id = r.phase_id
       join people pe on pe.org_id = r.org_id and pe.id = r.rater_id and pe.active
       where r.org_id = $1 and r.submitted_at is null
     )
     insert into pulse_reminders (org_id, person_id, kind, day)
     select $1, rater_id, 'PULSE_DUE', (now() at time zone time_zone)::date from raters
     on conflict do nothing
     returning person_id`,
    [orgId, payload.phaseId, payload.closesAt],
  );
  const fresh = rows.map((row) => row.person_id);
  for (const personId of fresh) {
    await enqueueJob<RaterDue>(tx, {
      orgId,
      queue: PULSE_REMINDER_QUEUE,
      payload: { personId },
    });
  }
  return fresh;
}

function parsePhaseDue(payload: unknown): PhaseDue {
  const value = payload as Partial<PhaseDue> | null;
  if (!value || typeof value.phaseId !== 'string' || typeof value.closesAt !== 'string')
    throw new Error('not a pulse phase reminder payload');
  return { phaseId: value.phaseId, closesAt: value.closesAt };
}

function parseRaterDue(payload: unknown): RaterDue {
  const value = payload as Partial<RaterDue> | null;
  if (!value || typeof value.personId !== 'string') throw new Error('not a pulse rater reminder payload');
  return { personId: value.personId };
}

/** The phase's reminder moment: work that stays in the database (its rows and e-mail jobs commit together). */
export function pulsePhaseReminderJob(): QueueJob {
  return defineJob<PhaseDue>({
    queue: PULSE_PHASE_REMINDER_QUEUE,
    retryLimit: 5,
    retryDelaySeconds: 30,
    expireInSeconds: 120,
    parse: parsePhaseDue,
    async run(job, tx) {
      await remindPhase(tx, job.orgId, job.payload);
    },
  });
}

/**
 * One rater's e-mail, retried like the session reminders while the relay is down: composed in a
 * short transaction from what they owe then, handed to SMTP outside it.
 */
export function pulseReminderJob(mailer: Mailer): QueueJob {
  return defineJob<RaterDue, MailMessage, void>({
    queue: PULSE_REMINDER_QUEUE,
    ...MAIL_JOB_RETRIES,
    parse: parseRaterDue,
    prepare: (job, tx) => composePulseReminder(tx, job.orgId, job.payload.personId, job.id),
    callOut: (message) => mailer.send(message),
    // Nothing to write: the job's receipt and completion are the record that it was sent.
    record: async () => undefined,
  });
}
