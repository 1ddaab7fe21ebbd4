/**
 * Builds the request's Caller: the verified viewer with one DataLoader set from every module, all
 * reading through the request's one tenant transaction.
 *
 * A module's loaders are built the first time the request reads one of its keys: a query touches
 * a few modules, and building every module's loaders (dozens of DataLoaders) for each request was
 * a visible share of a small query's time.
 */
import type { Caller, Loaders, Viewer } from './context.js';
import type { Database, TenantScope } from './db/types.js';
import type { SupportedLocale } from './i18n/catalogue.js';
import { translator, type Translate } from './i18n/translate.js';
import type { Tenant } from './modules/core/loaders.js';
import type { GatewayModule } from './modules/module.js';
import { gatewayModules } from './modules/index.js';

const tenantOf = Symbol('tenant');
const viewerOf = Symbol('viewer');

interface LazyLoaders {
  [tenantOf]: Tenant;
  [viewerOf]: Viewer;
}

/** A tenant for learning which keys a module fills: building loaders must not touch the database. */
const refusingTenant: Tenant = () => {
  throw new Error('a module read the database while building its loaders');
};

/**
 * The request's loaders as a class whose prototype has one getter per key: the getter builds the
 * key's module's loaders for this request and keeps them on the instance (shadowing the getters),
 * so each module is built at most once per request, and a request builds only what it reads.
 */
export function lazyLoadersClass(
  modules: readonly GatewayModule[],
): new (tenant: Tenant, viewer: Viewer) => Loaders {
  class Lazy implements LazyLoaders {
    [tenantOf]: Tenant;
    [viewerOf]: Viewer;
    constructor(tenant: Tenant, viewer: Viewer) {
      this[tenantOf] = tenant;
      this[viewerOf] = viewer;
    }
  }
  const probeViewer: Viewer = { orgId: '', personId: '', roles: [] };
  const owners = new Map<string, GatewayModule>();
  for (const module of modules) {
    // The keys a module fills, learnt once from a set built against no database.
    for (const key of Object.keys(module.createLoaders(refusingTenant, probeViewer))) {
      const owner = owners.get(key);
      if (owner) throw new Error(`loaders key ${key} is filled by both ${owner.name} and ${module.name}`);
      owners.set(key, module);
    }
  }
  for (const [key, module] of owners) {
    Object.defineProperty(Lazy.prototype, key, {
      enumerable: true,
      get(this: Lazy) {
        const built = module.createLoaders(this[tenantOf], this[viewerOf]) as Record<string, unknown>;
        for (const [builtKey, value] of Object.entries(built)) {
          Object.defineProperty(this, builtKey, { value, enumerable: true });
        }
        return built[key];
      },
    });
  }
  return Lazy as unknown as new (tenant: Tenant, viewer: Viewer) => Loaders;
}

let LoadersOfModules: (new (tenant: Tenant, viewer: Viewer) => Loaders) | undefined;

function createLoaders(tenant: Tenant, viewer: Viewer): Loaders {
  LoadersOfModules ??= lazyLoadersClass(gatewayModules);
  return new LoadersOfModules(tenant, viewer);
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
