import { defineModule, sdlBeside } from '../module.js';
import { createPeopleLoaders, type PeopleLoaders } from './loaders.js';
import { peopleResolvers } from './resolvers.js';

/** What other modules may use of people's storage: the person columns and row shape. */
export { personColumns, toPerson, type PersonRow, type RawPerson } from './sql.js';

declare module '../../context.js' {
  interface Loaders {
    people: PeopleLoaders;
  }
}

export const peopleModule = defineModule({
  name: 'people',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: peopleResolvers,
  createLoaders: (tenant, viewer) => ({ people: createPeopleLoaders(tenant, viewer.orgId) }),
  nodes: { Person: (caller, uuid) => caller.loaders.people.byId.load(uuid) },
});
