import type { Mailer } from '../notifications/mailer.js';

export interface HangingRelay {
  /** A mailer that holds every message until `release`, then hands it to the real one. */
  mailer: Mailer;
  /** How many messages have reached the relay (sent or still held). */
  waiting(): number;
  release(): void;
}

/**
 * A mail relay that accepts nothing until released: a test sends through it to show that mail
 * goes out after the database work that caused it commits, so a hanging relay holds no
 * transaction (no connection taken, no session idle in a transaction).
 */
export function hangingRelay(next: Mailer): HangingRelay {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let waiting = 0;
  return {
    mailer: {
      send: async (message) => {
        waiting += 1;
        await released;
        await next.send(message);
      },
      close: () => undefined,
    },
    waiting: () => waiting,
    release: () => release(),
  };
}
