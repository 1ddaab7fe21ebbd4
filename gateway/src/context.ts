/**
 * The per-request GraphQL context. A `Caller` exists only for a request whose
 * embed token verified; it carries the one DataLoader set of the request, all
 * bound to the token's organisation and reading through the request's one tenant transaction.
 */
import type { Logger } from 'pino';
import type { TenantScope } from './db/types.js';
import type { RequestCost } from './limits/cost-plugin.js';
import { unauthenticated } from './errors.js';
import type { SupportedLocale } from './i18n/catalogue.js';
import type { Translate } from './i18n/translate.js';
import type { Role } from './generated/resolvers.js';
import type { Tenant } from './modules/core/loaders.js';
/**
 * The request's DataLoaders, one key per module. Each module declares its key in its entry point
 * (`declare module '../../context.js'`) beside the `createLoaders` that fills it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Loaders {}

/** The scopes an org admin grants a service account. */
export type ServiceScope = 'read-analytics' | 'manage-programs' | 'provision';

export interface Viewer {
  orgId: string;
  /**
   * The person the token is for; for a service account, the service account's id, which names
   * no person, so no relation to a person (self, manager, coach) can ever hold.
   */
  personId: string;
  /** The token's roles intersected with the person's current roles: a host can narrow, never widen. None for a service account. */
  roles: readonly Role[];
  /** Set when the caller is a service account (client credentials), never a person. */
  serviceAccount?: { id: string; name: string; scopes: readonly ServiceScope[] };
}

export interface Caller {
  viewer: Viewer;
  loaders: Loaders;
  /** For module repos called outside a loader (mutations, list queries). */
  tenant: Tenant;
  /** The request's language (see GraphQLContext.locale), here too because module code holds the caller. */
  locale: SupportedLocale;
  t: Translate;
}

export interface GraphQLContext {
  requestId: string;
  log: Logger;
  dev: boolean;
  caller: Caller | null;
  /**
   * The language the gateway answers in: the token's locale claim, else
   * Accept-Language, else the organisation's default, else English
   * (src/i18n/negotiate.ts). Only human text follows it; codes never do.
   */
  locale: SupportedLocale;
  /** A catalogue message in `locale`: `context.t('booking.inPast')`. */
  t: Translate;
  /**
   * The language the person asked for, as asked (`pt-BR`, which the catalogue may not have), for
   * the organisation's own texts: capability names, CSV column names (i18n/negotiate.ts preferredTag).
   */
  contentLocale: string;
  /** The signed-in request's tenant transactions (db/tenant-scope.ts); told when a mutation runs. */
  transactions?: TenantScope;
  /** The request's cost account (src/limits/cost-plugin.ts); absent outside HTTP requests. */
  cost?: RequestCost;
}

export function callerOf(context: GraphQLContext): Caller {
  if (!context.caller) {
    throw unauthenticated('auth.signInFirst');
  }
  return context.caller;
}
