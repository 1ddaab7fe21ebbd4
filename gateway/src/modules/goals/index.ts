import { defineModule, sdlBeside } from '../module.js';
import { createGoalLoaders, type GoalLoaders } from './loaders.js';
import { goalNode } from './node.js';
import { goalResolvers } from './resolvers.js';

declare module '../../context.js' {
  interface Loaders {
    goals: GoalLoaders;
  }
}

export const goalsModule = defineModule({
  name: 'goals',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: goalResolvers,
  createLoaders: (tenant, viewer) => ({ goals: createGoalLoaders(tenant, viewer.orgId) }),
  nodes: { Goal: goalNode, GoalMilestone: goalNode, GoalCheckIn: goalNode },
});
