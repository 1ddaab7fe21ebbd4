import { isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { nodeTypes } from '../ids.js';
import { buildSchema } from '../schema.js';
import { gatewayModules } from './index.js';

describe('the module list', () => {
  it('names each module after its folder, once', () => {
    const names = gatewayModules.map((module) => module.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every Node type of the schema exactly one fetcher, and nothing else one', () => {
    const schema = buildSchema();
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('Node is not an interface');
    const implementing = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && type.getInterfaces().includes(node))
      .map((type) => type.name)
      .sort();
    const fetched = gatewayModules.flatMap((module) => Object.keys(module.nodes)).sort();
    expect(fetched).toEqual(implementing);
    expect([...nodeTypes].sort()).toEqual(implementing);
  });

  it('lets no two modules add the same loader key to the caller', () => {
    const tenant = () => Promise.reject(new Error('no database in this test'));
    const viewer = {
      orgId: '00000000-0000-4000-8000-000000000000',
      personId: '00000000-0000-4000-8000-000000000001',
      roles: [],
    };
    const keys = gatewayModules.flatMap((module) => Object.keys(module.createLoaders(tenant, viewer)));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(0);
  });
});
