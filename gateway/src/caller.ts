/**
 * Builds the request's Caller: the verified viewer with one DataLoader set from every module, all
 * reading through the request's one tenant transaction.
 */
import type { Caller, Loaders, Viewer } from './context.js';
import type { Database, TenantScope } from './db/types.js';
import type { SupportedLocale } from './i18n/catalogue.js';
import { translator, type Translate } from './i18n/translate.js';
import type { Tenant } from './modules/core/loaders.js';
import { gatewayModules } from './modules/index.js';

function createLoaders(tenant: Tenant, viewer: Viewer): Loaders {
  return Object.assign(
    {},
    ...gatewayModules.map((module) => module.createLoaders(tenant, viewer)),
  ) as Loaders;
}

export function createCaller(
  db: Database,
  viewer: Viewer,
  locale: SupportedLocale,
  t: Translate = translator(locale),
  /** The request's tenant transactions; without one, each call is a transaction of its own. */
  scope?: TenantScope,
): Caller {
  const tenant: Tenant = scope
    ? (work, options) => scope.tenant(work, options)
    : (work, options) => db.withTenant(viewer.orgId, work, options);
  return { viewer, tenant, loaders: createLoaders(tenant, viewer), locale, t };
}
