import { defineModule, sdlBeside, type NodeFetchers } from '../module.js';
import { createCoreResolvers } from './resolvers.js';

/** Core is built from the other modules' node fetchers (modules/index.ts), which it does not import. */
export function createCoreModule(nodes: NodeFetchers) {
  return defineModule({
    name: 'core',
    typeDefs: sdlBeside(import.meta.url),
    resolvers: createCoreResolvers(nodes),
  });
}
