/**
 * The ceiling on one answer's size. The cost limit bounds how much work a
 * request may ask for; this bounds what leaves the gateway when long strings
 * (calendar files, CSVs, comments) make an affordable request large anyway.
 */
import { limits } from '../config.js';
import type { SupportedLocale } from '../i18n/catalogue.js';
import { translate } from '../i18n/translate.js';
import type { RequestCost } from './cost-plugin.js';

export function exceedsResponseCeiling(body: string, ceiling = limits.maxResponseBytes): boolean {
  // Bytes are at most 3 × UTF-16 code units: most answers are decided without counting.
  if (body.length * 3 <= ceiling) return false;
  return Buffer.byteLength(body) > ceiling;
}

/** What the client gets instead: a clear error with the request's cost account. */
export function responseTooLargeBody(
  locale: SupportedLocale,
  ceiling: number,
  account: RequestCost | undefined,
): string {
  return JSON.stringify({
    errors: [
      {
        message: translate(locale, 'limits.responseTooLarge', { limit: ceiling }),
        extensions: { code: 'RESPONSE_TOO_LARGE', limit: ceiling },
      },
    ],
    ...(account?.throttleStatus
      ? {
          extensions: {
            cost: {
              requestedQueryCost: account.requested,
              actualQueryCost: account.actual,
              throttleStatus: account.throttleStatus,
            },
          },
        }
      : {}),
  });
}
