/** Builds the request's Caller: the verified viewer with one DataLoader set from every module. */
import type { Caller, Loaders, Viewer } from './context.js';
import type { Database } from './db/types.js';
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
): Caller {
  const tenant: Tenant = (work, options) => db.withTenant(viewer.orgId, work, options);
  return { viewer, tenant, loaders: createLoaders(tenant, viewer), locale, t };
}
