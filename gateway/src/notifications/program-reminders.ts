/**
 * Reminders an admin sends from a program's roster: to people who have not answered their
 * invitation, and to participants who have not booked a session. Queued like the session reminders
 * (inside the request's transaction, one job per person), written in each recipient's language, and
 * checked again when the job runs: someone who answered or booked meanwhile gets nothing.
 */
import type { Queryable } from '../db/types.js';
import { DEFAULT_LOCALE } from '../i18n/catalogue.js';
import { supportedLocaleOf } from '../i18n/negotiate.js';
import { translator } from '../i18n/translate.js';
import { defineJob, enqueueJob, type QueueJob } from '../jobs/queue.js';
import { inLocale, type LocalisedTextRow } from '../modules/programs/sql.js';
import { MAIL_JOB_RETRIES, type Mailer, type MailMessage } from './mailer.js';

export const PROGRAM_REMINDER_QUEUE = 'program-reminders';

export type ProgramReminderKind = 'RESPOND' | 'BOOK';

export interface ProgramReminder {
  programId: string;
  personId: string;
  kind: ProgramReminderKind;
}

/** Who each kind goes to, as SQL over enrolment `e` (no session booked or held for BOOK). */
export const REMINDER_AUDIENCE: Record<ProgramReminderKind, string> = {
  RESPOND: `e.status = 'INVITED'`,
  BOOK: `e.status in ('ACCEPTED', 'ACTIVE') and not exists (
    select 1 from sessions s where s.org_id = e.org_id and s.enrolment_id = e.id and s.status <> 'CANCELLED')`,
};

/**
 * Records today's reminders for everyone in the audience (or those of `enrolmentIds` in it) and
 * queues one job per person not yet reminded today; returns who was queued and how many had been
 * reminded already.
 */
export async function queueProgramReminders(
  tx: Queryable,
  orgId: string,
  programId: string,
  kind: ProgramReminderKind,
  today: string,
  sentBy: string,
  enrolmentIds: readonly string[] | null = null,
): Promise<{ queued: string[]; already: number }> {
  const rows = await tx.query<{ person_id: string; fresh: boolean }>(
    `with audience as (
       select e.person_id from enrolments e where e.org_id = $1 and e.program_id = $2 and ${REMINDER_AUDIENCE[kind]}
         and ($6::uuid[] is null or e.id = any($6::uuid[]))
     ), added as (
       insert into program_reminders (org_id, program_id, person_id, kind, day, sent_by)
       select $1, $2, person_id, $3, $4::date, $5 from audience
       on conflict do nothing
       returning person_id
     )
     select a.person_id, exists (select 1 from added d where d.person_id = a.person_id) as fresh
     from audience a`,
    [orgId, programId, kind, today, sentBy, enrolmentIds],
  );
  const queued = rows.filter((row) => row.fresh).map((row) => row.person_id);
  for (const personId of queued) {
    await enqueueJob<ProgramReminder>(tx, {
      orgId,
      queue: PROGRAM_REMINDER_QUEUE,
      payload: { programId, personId, kind },
    });
  }
  return { queued, already: rows.length - queued.length };
}

function parseReminder(payload: unknown): ProgramReminder {
  const value = payload as Partial<ProgramReminder> | null;
  if (
    !value ||
    typeof value.programId !== 'string' ||
    typeof value.personId !== 'string' ||
    (value.kind !== 'RESPOND' && value.kind !== 'BOOK')
  ) {
    throw new Error('not a program reminder payload');
  }
  return value as ProgramReminder;
}

/**
 * The program reminders queue, retried like the session reminders while the relay is down: the
 * message is composed in a short transaction from who still owes an answer or a booking, and handed
 * to the relay with no transaction open (a hanging relay would otherwise hold a pooled connection,
 * and on PGlite the only one, for the whole call).
 */
export function programReminderJob(mailer: Mailer): QueueJob {
  return defineJob<ProgramReminder, MailMessage, void>({
    queue: PROGRAM_REMINDER_QUEUE,
    ...MAIL_JOB_RETRIES,
    parse: parseReminder,
    prepare: (job, tx) => composeProgramReminder(tx, job.orgId, job.id, job.payload),
    // The message ID is the job's, so a resend after a crash is recognisably the same message.
    callOut: (message) => mailer.send(message),
    // Nothing to write: the job's receipt and completion are the record that it was sent.
    record: async () => undefined,
  });
}

/** The reminder as it stands when the job runs; null when answered, booked, withdrawn or closed since. */
async function composeProgramReminder(
  tx: Queryable,
  orgId: string,
  jobId: string,
  reminder: ProgramReminder,
): Promise<MailMessage | null> {
  const { programId, personId, kind } = reminder;
  const [row] = await tx.query<{
    name: string;
    email: string;
    locale: string;
    program_name: string;
    names: LocalisedTextRow[] | string | null;
  }>(
    `select p.name, p.email, p.locale, g.name as program_name, g.names
     from enrolments e
     join people p on p.org_id = e.org_id and p.id = e.person_id and p.active
     join programs g on g.org_id = e.org_id and g.id = e.program_id and g.status = 'ACTIVE'
     where e.org_id = $1 and e.program_id = $2 and e.person_id = $3 and ${REMINDER_AUDIENCE[kind]}`,
    [orgId, programId, personId],
  );
  if (!row) return null;
  const locale = supportedLocaleOf(row.locale) ?? DEFAULT_LOCALE;
  const t = translator(locale);
  const names = typeof row.names === 'string' ? (JSON.parse(row.names) as LocalisedTextRow[]) : row.names;
  const program = names?.length ? inLocale(names, row.locale) : row.program_name;
  const key = kind === 'RESPOND' ? 'programRespond' : 'programBook';
  return {
    to: { name: row.name, address: row.email },
    messageId: `${jobId}.program-reminder@coachwork`,
    language: locale,
    subject: t(`reminder.${key}.subject`, { program }),
    text: [
      t('reminder.greeting', { name: row.name }),
      '',
      t(`reminder.${key}.body`, { program }),
      '',
      t('reminder.signature'),
    ].join('\n'),
  };
}
