/**
 * What a domain module hands the gateway, through its one entry point (`modules/<name>/index.ts`):
 * its SDL, its resolvers, the DataLoaders it adds to each request's caller, and how `node(id:)`
 * fetches its node types. `modules/index.ts` lists the modules; the schema and the caller are
 * built from that list, so adding a module is one folder and one line.
 */
import { readFileSync } from 'node:fs';
import type { Caller, Loaders, Viewer } from '../context.js';
import type { Resolvers, ResolversInterfaceTypes, ResolversTypes } from '../generated/resolvers.js';
import type { NodeType } from '../ids.js';
import type { Tenant } from './core/loaders.js';

export type NodeValue = ResolversInterfaceTypes<ResolversTypes>['Node'];

/** Fetches one object for `node(id:)`: null when it does not exist or the caller may not read it. */
export type NodeFetcher = (caller: Caller, uuid: string, type: NodeType) => Promise<NodeValue | null>;

export type NodeFetchers = Partial<Record<NodeType, NodeFetcher>>;

export interface GatewayModule<L extends Partial<Loaders> = Partial<Loaders>> {
  /** The folder name under `modules/`. */
  name: string;
  /** The module's `schema.graphql`. */
  typeDefs: string;
  resolvers: Resolvers;
  /** The module's loaders for one request, merged into `caller.loaders` (the keys must not collide). */
  createLoaders: (tenant: Tenant, viewer: Viewer) => L;
  /** `node(id:)` for the node types this module owns. */
  nodes: NodeFetchers;
}

export function defineModule<L extends Partial<Loaders> = Record<never, never>>(module: {
  name: string;
  typeDefs: string;
  resolvers: Resolvers;
  createLoaders?: (tenant: Tenant, viewer: Viewer) => L;
  nodes?: NodeFetchers;
}): GatewayModule<L> {
  return {
    ...module,
    createLoaders: module.createLoaders ?? (() => ({}) as L),
    nodes: module.nodes ?? {},
  };
}

/** The `schema.graphql` beside a module's entry point (`import.meta.url`); the build copies it beside the compiled file. */
export function sdlBeside(entryUrl: string): string {
  return readFileSync(new URL('./schema.graphql', entryUrl), 'utf8');
}
