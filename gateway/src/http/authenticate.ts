/**
 * The embed token of a GraphQL request: verified (auth/tokens.ts, keys and people through the
 * cached CallerDirectory), answered with 401 in the request's language when refused.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { CallerDirectory } from '../auth/caller-directory.js';
import { ACCESS_TOKEN_PREFIX, verifyAccessToken } from '../auth/service-accounts.js';
import { hostKeysOf, TokenError, verifyToken } from '../auth/tokens.js';
import type { Viewer } from '../context.js';
import type { Database } from '../db/types.js';
import type { SupportedLocale } from '../i18n/catalogue.js';
import { resolveLocale } from '../i18n/negotiate.js';
import { translate } from '../i18n/translate.js';
import { sendGraphQLError } from './respond.js';

/** Header values must be visible ASCII; messages use typographic quotes. */
function headerSafe(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[^\x20-\x7e]|"/g, "'");
}

function bearerToken(header: string | undefined): string | null | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

export interface Authenticated {
  /** Null for a request without a token (a query that needs none is still answered). */
  viewer: Viewer | null;
  /** The token's `locale` claim, if it carries a string one. */
  tokenLocale: string | null;
  /** The language to answer in, now that the token's and the organisation's are known. */
  locale: SupportedLocale;
}

/** Resolves to the request's viewer, or to null once a refusal has been answered. */
export async function authenticate(
  req: IncomingMessage,
  res: ServerResponse,
  reqLog: Logger,
  deps: { db: Database; directory: CallerDirectory; dev: boolean },
  locale: SupportedLocale,
): Promise<Authenticated | null> {
  const acceptLanguage = req.headers['accept-language'] ?? null;
  const token = bearerToken(req.headers.authorization);
  if (token === null) {
    res.setHeader('www-authenticate', 'Bearer');
    sendGraphQLError(req, res, 401, translate(locale, 'auth.bearerHeader'), 'UNAUTHENTICATED');
    return null;
  }
  if (token === undefined) return { viewer: null, tokenLocale: null, locale };
  if (token.startsWith(ACCESS_TOKEN_PREFIX)) {
    const verified = await verifyAccessToken(deps.db, token);
    if (!verified) {
      reqLog.info('service account access token refused');
      res.setHeader(
        'www-authenticate',
        `Bearer error="invalid_token", error_description="${headerSafe(translate('en', 'auth.serviceTokenInvalid'))}"`,
      );
      sendGraphQLError(req, res, 401, translate(locale, 'auth.serviceTokenInvalid'), 'UNAUTHENTICATED');
      return null;
    }
    return {
      viewer: verified.viewer,
      tokenLocale: null,
      locale: resolveLocale({ acceptLanguage, organisation: verified.organisationLocales }),
    };
  }
  try {
    const verified = await verifyToken(
      deps.db,
      token,
      new Date(),
      deps.directory,
      hostKeysOf(deps.db, deps.dev),
    );
    return {
      viewer: verified.viewer,
      tokenLocale: verified.locale,
      locale: resolveLocale({
        token: verified.locale,
        acceptLanguage,
        organisation: verified.organisationLocales,
      }),
    };
  } catch (error) {
    if (!(error instanceof TokenError)) throw error;
    reqLog.info({ reason: error.message }, 'embed token refused');
    // The header stays English: it must be ASCII, and it is read by code, not people.
    res.setHeader(
      'www-authenticate',
      `Bearer error="invalid_token", error_description="${headerSafe(error.message)}"`,
    );
    const message = error.localised
      ? translate(locale, error.localised.key, error.localised.values)
      : error.message;
    sendGraphQLError(req, res, 401, message, 'UNAUTHENTICATED');
    return null;
  }
}
