import { describe, expect, it } from 'vitest';
import { createCaller, lazyLoadersClass } from './caller.js';
import type { Viewer } from './context.js';
import type { Database } from './db/types.js';
import type { Tenant } from './modules/core/loaders.js';
import { defineModule } from './modules/module.js';

const viewer: Viewer = { orgId: 'org', personId: 'person', roles: ['PARTICIPANT'] };
const tenant: Tenant = (work) => work({} as never);

function countingModule(name: string, keys: string[], built: string[]) {
  return defineModule({
    name,
    typeDefs: '',
    resolvers: {},
    createLoaders: (_tenant, forViewer) => {
      built.push(`${name}:${forViewer.personId}`);
      return Object.fromEntries(keys.map((key) => [key, { key, viewer: forViewer, tenant: _tenant }]));
    },
  });
}

describe('the request loaders', () => {
  it('builds a module’s loaders only when the request first reads one of its keys, once', () => {
    const built: string[] = [];
    const Loaders = lazyLoadersClass([
      countingModule('one', ['alpha', 'beta'], built),
      countingModule('two', ['gamma'], built),
    ]);
    built.length = 0; // the keys were learnt once, at class creation
    const loaders = new Loaders(tenant, viewer) as unknown as Record<string, { key: string; tenant: Tenant }>;
    expect(built).toEqual([]);
    const alpha = loaders.alpha!;
    expect(alpha.key).toBe('alpha');
    expect(alpha.tenant).toBe(tenant);
    expect(loaders.beta!.key).toBe('beta');
    expect(loaders.alpha).toBe(alpha);
    expect(built).toEqual(['one:person']);
    expect(loaders.gamma!.key).toBe('gamma');
    expect(built).toEqual(['one:person', 'two:person']);
  });

  it('gives each request loaders of its own', () => {
    const built: string[] = [];
    const Loaders = lazyLoadersClass([countingModule('one', ['alpha'], built)]);
    const first = new Loaders(tenant, viewer) as unknown as Record<string, object>;
    const second = new Loaders(tenant, { ...viewer, personId: 'other' }) as unknown as Record<
      string,
      { viewer: Viewer }
    >;
    expect(first.alpha).not.toBe(second.alpha);
    expect(second.alpha!.viewer.personId).toBe('other');
  });

  it('refuses two modules filling one key, and a module reading the database while building', () => {
    expect(() =>
      lazyLoadersClass([countingModule('one', ['alpha'], []), countingModule('two', ['alpha'], [])]),
    ).toThrow(/alpha is filled by both one and two/);
    const eager = defineModule({
      name: 'eager',
      typeDefs: '',
      resolvers: {},
      createLoaders: (readWith) => {
        void readWith(async () => null);
        return {};
      },
    });
    expect(() => lazyLoadersClass([eager])).toThrow(/read the database/);
  });

  it('serves every module’s loaders through a caller', () => {
    const caller = createCaller({} as Database, viewer, 'en');
    const loaders = caller.loaders as unknown as Record<string, unknown>;
    for (const key of ['people', 'programs', 'goals', 'sessions', 'organisations']) {
      expect(loaders[key]).toBeTypeOf('object');
      expect(loaders[key]).toBe(loaders[key]);
    }
    expect(createCaller({} as Database, viewer, 'en').loaders.people).not.toBe(caller.loaders.people);
  });
});
