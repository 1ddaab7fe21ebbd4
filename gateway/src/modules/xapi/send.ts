/**
 * One HTTP attempt of one statement to an LRS: a POST to `<endpoint>/statements` (xAPI 1.0.3 Part
 * Three §2.1.2; the same resource in IEEE 9274.1.1), answered 200 with the stored IDs. The statement
 * carries its own ID, and an LRS keeps a statement once per ID, so a repeat after a lost answer is
 * harmless. It takes the statement and the LRS and returns what happened; it touches no database, so
 * the job runner can call it outside the job's transaction.
 */
import { DestinationRefused } from '../../http/destination.js';
import type { Statement } from './statements.js';

export interface LrsTarget {
  endpoint: string;
  username: string;
  password: string;
  /** The `X-Experience-API-Version` header: '1.0.3' or '2.0.0'. */
  version: string;
}

export type SendOutcome =
  /** The LRS stored it, or already had this very statement (2xx). */
  | { kind: 'stored'; status: number; excerpt: string | null; durationMs: number }
  /**
   * The LRS refused this statement for good: a 4xx (409 is another statement under this ID), or a
   * redirect, which the endpoint's configuration must fix. Retrying cannot help.
   */
  | {
      kind: 'refused';
      /** Null when no request was sent: the endpoint's address was refused before connecting. */
      status: number | null;
      excerpt: string | null;
      error: string | null;
      durationMs: number;
    }
  /** Worth another attempt: 5xx, 429, 408, a timeout or no connection. */
  | {
      kind: 'retry';
      status: number | null;
      excerpt: string | null;
      error: string | null;
      durationMs: number;
    };

export const EXCERPT_CHARS = 1000;
const TIMEOUT_MS = 10_000;

/** `statements` under the endpoint's path, before its query. */
export function statementsUrl(endpoint: string): string {
  const url = new URL(endpoint);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/statements`;
  return url.toString();
}

export async function sendStatement(
  statement: Statement,
  lrs: LrsTarget,
  options: {
    timeoutMs?: number;
    signal?: AbortSignal;
    /** The job's screened fetch: the LRS's address is checked again at each send (DNS rebinding). */
    fetch?: typeof fetch;
  } = {},
): Promise<SendOutcome> {
  const started = Date.now();
  let response: Response;
  let text: string;
  try {
    response = await (options.fetch ?? fetch)(statementsUrl(lrs.endpoint), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-experience-api-version': lrs.version,
        authorization: `Basic ${Buffer.from(`${lrs.username}:${lrs.password}`, 'utf8').toString('base64')}`,
      },
      body: JSON.stringify(statement),
      redirect: 'manual',
      signal: options.signal
        ? AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS)])
        : AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS),
    });
    text = await response.text();
  } catch (error) {
    // An address that became private since it was configured is a configuration to fix, not a blip.
    if (error instanceof DestinationRefused) {
      return {
        kind: 'refused',
        status: null,
        excerpt: null,
        error: `The LRS address is refused (${error.problem}).`,
        durationMs: Date.now() - started,
      };
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      kind: 'retry',
      status: null,
      excerpt: null,
      error: message.slice(0, 500),
      durationMs: Date.now() - started,
    };
  }
  const durationMs = Date.now() - started;
  const excerpt = text ? text.slice(0, EXCERPT_CHARS) : null;
  const status = response.status;
  if (status >= 200 && status < 300) return { kind: 'stored', status, excerpt, durationMs };
  if (status >= 300 && status < 500 && status !== 408 && status !== 429) {
    return { kind: 'refused', status, excerpt, error: null, durationMs };
  }
  return { kind: 'retry', status, excerpt, error: null, durationMs };
}
