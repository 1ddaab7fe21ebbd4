/**
 * Session reminders and notices by e-mail, each in its recipient's language and time zone:
 * the invitation (with the session's `.ics`, and a new one when it moves or is cancelled), 24 h and
 * 1 h before, after a missed session, and the feedback request after a held one (again 48 h later
 * while no feedback has come).
 *
 * The session code queues them with the `notice…` functions inside its own transaction, so a
 * booking that rolls back queues nothing. Each job checks, when it runs, that what it announces is
 * still true (the session not moved, cancelled or already rated): a reminder for a state that has
 * since changed is dropped, and the change queued its own.
 */
import type { Queryable } from '../db/types.js';
import { DEFAULT_LOCALE, type MessageKey, type SupportedLocale } from '../i18n/catalogue.js';
import { supportedLocaleOf } from '../i18n/negotiate.js';
import { translator, type Translate } from '../i18n/translate.js';
import { defineJob, enqueueJob, type QueueJob } from '../jobs/queue.js';
import { sessionCalendar } from '../modules/sessions/calendar.js';
import { sessionsByIds, type SessionRow } from '../modules/sessions/sql.js';
import { MAIL_JOB_RETRIES, type Mailer, type MailMessage } from './mailer.js';

export const REMINDER_QUEUE = 'reminders';

const HOUR = 3_600_000;
/** How long after the feedback request a participant who has not rated is reminded once. */
export const FEEDBACK_REMINDER_AFTER_MS = 48 * HOUR;

type Recipient = 'PARTICIPANT' | 'COACH';

export type Notice =
  | { kind: 'SESSION_INVITATION'; sessionId: string; recipient: Recipient; sequence: number }
  | {
      kind: 'SESSION_UPCOMING';
      sessionId: string;
      recipient: Recipient;
      lead: 'DAY' | 'HOUR';
      startsAt: string;
    }
  | { kind: 'SESSION_MISSED'; sessionId: string }
  | { kind: 'FEEDBACK_REQUEST'; sessionId: string; reminder: boolean };

const RECIPIENTS: readonly Recipient[] = ['PARTICIPANT', 'COACH'];

function queue(tx: Queryable, orgId: string, notice: Notice, runAfter?: Date): Promise<void> {
  return enqueueJob(tx, { orgId, queue: REMINDER_QUEUE, payload: notice, ...(runAfter ? { runAfter } : {}) });
}

/**
 * The calendar invitation at the session's current sequence, composed from the session as it is
 * when sent: a request for a booked or moved session, a cancel for a cancelled one.
 */
function queueInvitation(tx: Queryable, session: SessionRow, recipient: Recipient): Promise<void> {
  return queue(tx, session.orgId, {
    kind: 'SESSION_INVITATION',
    sessionId: session.id,
    recipient,
    sequence: session.sequence,
  });
}

/** A session was booked or moved: a (new) invitation to both, and reminders a day and an hour before. */
export async function noticeSessionScheduled(tx: Queryable, session: SessionRow, now: Date): Promise<void> {
  for (const recipient of RECIPIENTS) {
    await queueInvitation(tx, session, recipient);
    for (const [lead, before] of [
      ['DAY', 24 * HOUR],
      ['HOUR', HOUR],
    ] as const) {
      const at = new Date(session.startsAt.getTime() - before);
      if (at <= now) continue;
      await queue(
        tx,
        session.orgId,
        {
          kind: 'SESSION_UPCOMING',
          sessionId: session.id,
          recipient,
          lead,
          startsAt: session.startsAt.toISOString(),
        },
        at,
      );
    }
  }
}

/** A session was cancelled: both get the cancellation (METHOD:CANCEL removes it from their calendars). */
export async function noticeSessionCancelled(tx: Queryable, session: SessionRow): Promise<void> {
  for (const recipient of RECIPIENTS) await queueInvitation(tx, session, recipient);
}

/** The coach recorded the session held (feedback request now and a reminder later) or missed. */
export async function noticeSessionClosed(tx: Queryable, session: SessionRow, now: Date): Promise<void> {
  if (session.status === 'NO_SHOW') {
    await queue(tx, session.orgId, { kind: 'SESSION_MISSED', sessionId: session.id });
  } else if (session.status === 'COMPLETED') {
    await queue(tx, session.orgId, { kind: 'FEEDBACK_REQUEST', sessionId: session.id, reminder: false });
    await queue(
      tx,
      session.orgId,
      { kind: 'FEEDBACK_REQUEST', sessionId: session.id, reminder: true },
      new Date(now.getTime() + FEEDBACK_REMINDER_AFTER_MS),
    );
  }
}

interface Party {
  name: string;
  email: string;
  locale: SupportedLocale;
  timeZone: string;
}

interface SessionParties {
  participant: Party;
  coach: Party;
  programName: string | null;
  rated: boolean;
}

async function partiesOf(tx: Queryable, session: SessionRow): Promise<SessionParties | null> {
  const [row] = await tx.query<{
    p_name: string;
    p_email: string;
    p_locale: string;
    p_time_zone: string;
    c_name: string;
    c_email: string;
    c_locale: string;
    c_time_zone: string;
    program_name: string | null;
    rated: boolean;
  }>(
    `SELECT p.name AS p_name, p.email AS p_email, p.locale AS p_locale, p.time_zone AS p_time_zone,
            cp.name AS c_name, cp.email AS c_email, cp.locale AS c_locale, c.time_zone AS c_time_zone,
            pr.name AS program_name,
            EXISTS (SELECT 1 FROM session_feedback f WHERE f.org_id = $1 AND f.session_id = $2) AS rated
     FROM people p
     JOIN coaches c ON c.org_id = $1 AND c.id = $4
     JOIN people cp ON cp.org_id = $1 AND cp.id = c.person_id
     LEFT JOIN enrolments e ON e.org_id = $1 AND e.id = $5
     LEFT JOIN programs pr ON pr.org_id = $1 AND pr.id = e.program_id
     WHERE p.org_id = $1 AND p.id = $3`,
    [session.orgId, session.id, session.participantId, session.coachId, session.enrolmentId],
  );
  if (!row) return null;
  const party = (name: string, email: string, locale: string, timeZone: string): Party => ({
    name,
    email,
    locale: supportedLocaleOf(locale) ?? DEFAULT_LOCALE,
    timeZone,
  });
  return {
    participant: party(row.p_name, row.p_email, row.p_locale, row.p_time_zone),
    coach: party(row.c_name, row.c_email, row.c_locale, row.c_time_zone),
    programName: row.program_name,
    rated: row.rated,
  };
}

/** An instant in the reader's language and zone, naming the zone ("Tuesday, 9 June 2026 at 15:00 CEST"). */
export function instantFor(reader: Party, at: Date, part: 'full' | 'time' = 'full'): string {
  return new Intl.DateTimeFormat(reader.locale, {
    ...(part === 'full' ? { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    timeZone: reader.timeZone,
    timeZoneName: 'short',
  }).format(at);
}

function letter(
  t: Translate,
  reader: Party,
  subject: MessageKey,
  paragraphs: string[],
  values: Record<string, string>,
) {
  return {
    subject: t(subject, values),
    text: [
      t('reminder.greeting', { name: reader.name }),
      '',
      ...paragraphs,
      '',
      t('reminder.signature'),
    ].join('\n'),
  };
}

/** The e-mail a notice becomes, or null when what it announces is no longer true. */
export function composeNotice(
  notice: Notice,
  session: SessionRow,
  parties: SessionParties,
  jobId: string,
): MailMessage | null {
  const recipient: Recipient = 'recipient' in notice ? notice.recipient : 'PARTICIPANT';
  const reader = recipient === 'COACH' ? parties.coach : parties.participant;
  const other = recipient === 'COACH' ? parties.participant : parties.coach;
  const t = translator(reader.locale);
  const when = instantFor(reader, session.startsAt);
  const values = { other: other.name, when, time: instantFor(reader, session.startsAt, 'time') };
  const join = session.joinUrl ? [t('reminder.join', { url: session.joinUrl })] : [];
  const base = {
    to: { name: reader.name, address: reader.email },
    messageId: `${jobId}.${notice.kind.toLowerCase()}@coachwork`,
    language: reader.locale,
  };

  switch (notice.kind) {
    case 'SESSION_INVITATION': {
      // A later version of the session has its own invitation queued.
      if (session.sequence !== notice.sequence) return null;
      const cancelled = session.status === 'CANCELLED';
      if (!cancelled && session.status !== 'BOOKED') return null;
      const calendar = sessionCalendar(
        session,
        {
          coach: { name: parties.coach.name, email: parties.coach.email },
          participant: { name: parties.participant.name, email: parties.participant.email },
          programName: parties.programName,
        },
        t,
      );
      const text = cancelled
        ? letter(t, reader, 'reminder.cancelled.subject', [t('reminder.cancelled.body', values)], values)
        : letter(
            t,
            reader,
            'reminder.invitation.subject',
            [t('reminder.invitation.body', values), ...join],
            values,
          );
      return {
        ...base,
        ...text,
        attachments: [
          { filename: calendar.filename, contentType: calendar.contentType, content: calendar.ics },
        ],
      };
    }
    case 'SESSION_UPCOMING': {
      if (session.status !== 'BOOKED' || session.startsAt.toISOString() !== notice.startsAt) return null;
      const subject = notice.lead === 'DAY' ? 'reminder.dayBefore.subject' : 'reminder.hourBefore.subject';
      return {
        ...base,
        ...letter(t, reader, subject, [t('reminder.upcoming.body', values), ...join], values),
      };
    }
    case 'SESSION_MISSED':
      if (session.status !== 'NO_SHOW') return null;
      return {
        ...base,
        ...letter(t, reader, 'reminder.missed.subject', [t('reminder.missed.body', values)], values),
      };
    case 'FEEDBACK_REQUEST': {
      if (session.status !== 'COMPLETED' || parties.rated) return null;
      const subject = notice.reminder ? 'reminder.feedbackReminder.subject' : 'reminder.feedback.subject';
      return { ...base, ...letter(t, reader, subject, [t('reminder.feedback.body', values)], values) };
    }
  }
}

const KINDS = new Set(['SESSION_INVITATION', 'SESSION_UPCOMING', 'SESSION_MISSED', 'FEEDBACK_REQUEST']);

function parseNotice(payload: unknown): Notice {
  const value = payload as Partial<Notice> | null;
  if (
    !value ||
    typeof value !== 'object' ||
    !KINDS.has(String(value.kind)) ||
    typeof value.sessionId !== 'string'
  ) {
    throw new Error('not a reminder payload');
  }
  return value as Notice;
}

/** The reminders queue, retried as every mail job is while the relay is down. */
export function reminderJob(mailer: Mailer): QueueJob {
  return defineJob<Notice, MailMessage, void>({
    queue: REMINDER_QUEUE,
    ...MAIL_JOB_RETRIES,
    parse: parseNotice,
    // The message is composed from committed rows; the SMTP hand-over holds no transaction.
    async prepare(job, tx) {
      const [session] = await sessionsByIds(tx, job.orgId, [job.payload.sessionId]);
      if (!session) return null;
      const parties = await partiesOf(tx, session);
      if (!parties) return null;
      return composeNotice(job.payload, session, parties, job.id);
    },
    callOut: (message) => mailer.send(message),
    // Nothing to write: the job's receipt and completion are the record that it was sent.
    record: async () => undefined,
  });
}
