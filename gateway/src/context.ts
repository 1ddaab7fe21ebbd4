/**
 * The per-request GraphQL context. A `Caller` exists only for a request whose
 * embed token verified; it carries the one DataLoader set of the request, all
 * bound to the token's organisation through `db.withTenant`.
 */
import type { Logger } from 'pino';
import type { Database } from './db/types.js';
import type { RequestCost } from './limits/cost-plugin.js';
import { unauthenticated } from './errors.js';
import type { SupportedLocale } from './i18n/catalogue.js';
import { translator, type Translate } from './i18n/translate.js';
import type { Role } from './generated/resolvers.js';
import { createCapabilityLoaders } from './modules/capabilities/loaders.js';
import { createCoachingLoaders } from './modules/coaching/loaders.js';
import type { Tenant } from './modules/core/loaders.js';
import { createGoalLoaders } from './modules/goals/loaders.js';
import { createOrgUnitLoaders } from './modules/orgUnits/loaders.js';
import { createPeopleLoaders } from './modules/people/loaders.js';
import { createProgramLoaders } from './modules/programs/loaders.js';
import { createProgressLoaders } from './modules/progress/loaders.js';
import { createSessionLoaders } from './modules/sessions/loaders.js';
import { createOrganisationLoaders } from './modules/viewer/loaders.js';

export interface Viewer {
  orgId: string;
  personId: string;
  /** The token's roles intersected with the person's current roles: a host can narrow, never widen. */
  roles: readonly Role[];
}

function createLoaders(tenant: Tenant, viewer: Viewer) {
  return {
    organisations: createOrganisationLoaders(tenant),
    people: createPeopleLoaders(tenant, viewer.orgId),
    orgUnits: createOrgUnitLoaders(tenant, viewer.orgId),
    programs: createProgramLoaders(tenant, viewer.orgId, viewer.personId),
    capabilities: createCapabilityLoaders(tenant, viewer.orgId),
    coaching: createCoachingLoaders(tenant, viewer.orgId),
    sessions: createSessionLoaders(tenant, viewer.orgId),
    goals: createGoalLoaders(tenant, viewer.orgId),
    progress: createProgressLoaders(tenant, viewer.orgId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

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
  /** The request's cost account (src/limits/cost-plugin.ts); absent outside HTTP requests. */
  cost?: RequestCost;
}

export function createCaller(
  db: Database,
  viewer: Viewer,
  locale: SupportedLocale,
  t: Translate = translator(locale),
): Caller {
  const tenant: Tenant = (work, options) => db.withTenant(viewer.orgId, work, options);
  return { viewer, tenant, loaders: createLoaders(tenant, viewer), locale, t };
}

export function callerOf(context: GraphQLContext): Caller {
  if (!context.caller) {
    throw unauthenticated('auth.signInFirst');
  }
  return context.caller;
}
