/**
 * Outgoing e-mail. In production an SMTP relay named by `SMTP_URL` (nodemailer's connection URL:
 * `smtp://user:pass@host:587`, `smtps://…:465`); `MAIL_FROM` is the sender. Without `SMTP_URL`
 * (the embedded demo) messages are written to the log instead of sent, so reminders can be seen
 * working without a mail server.
 */
import nodemailer from 'nodemailer';

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface MailMessage {
  to: { name: string; address: string };
  subject: string;
  text: string;
  /** The message's identity; a resend of the same job carries the same one (RFC 5322 Message-ID, without <>). */
  messageId: string;
  /** The recipient's language (Content-Language). */
  language: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export const DEFAULT_SENDER = 'Coachwork <no-reply@coachwork.app>';

/**
 * How every mail job is retried while the relay is down: 8 retries from 30 s doubling (about two
 * hours in all); an attempt still running after two minutes is taken to have died and is retried.
 */
export const MAIL_JOB_RETRIES = { retryLimit: 8, retryDelaySeconds: 30, expireInSeconds: 120 } as const;

/** Seconds an SMTP hand-over may take before the attempt fails (and the job is retried later). */
const SMTP_TIMEOUT_MS = 20_000;

export function smtpMailer(url: string, from: string = DEFAULT_SENDER): Mailer {
  const transport = nodemailer.createTransport(url, {
    from,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  return {
    async send(message) {
      await transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: `<${message.messageId}>`,
        headers: { 'Content-Language': message.language, 'Auto-Submitted': 'auto-generated' },
        attachments: message.attachments?.map((attachment) => ({
          filename: attachment.filename,
          contentType: attachment.contentType,
          content: attachment.content,
        })),
      });
    },
    close: () => transport.close(),
  };
}

/** Writes each message's envelope to `log` (no mail server configured). */
export function loggingMailer(log: (line: string) => void): Mailer {
  return {
    async send(message) {
      log(
        `mail (not sent: SMTP_URL is unset) to ${message.to.address}: ${message.subject}` +
          (message.attachments?.length ? ` [${message.attachments.map((a) => a.filename).join(', ')}]` : ''),
      );
    },
    close: () => undefined,
  };
}

export function mailerFromEnv(env: NodeJS.ProcessEnv, log: (line: string) => void): Mailer {
  return env.SMTP_URL ? smtpMailer(env.SMTP_URL, env.MAIL_FROM || DEFAULT_SENDER) : loggingMailer(log);
}
