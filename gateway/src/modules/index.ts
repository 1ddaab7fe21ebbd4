/**
 * Every domain module of the gateway, in one list. The executable schema (schema.ts) and each
 * request's caller (caller.ts) are built from it: a new module is a folder with an `index.ts`
 * entry point and one line here.
 */
import { analyticsModule } from './analytics/index.js';
import { auditModule } from './audit/index.js';
import { capabilitiesModule } from './capabilities/index.js';
import { coachDeskModule } from './coachDesk/index.js';
import { coachingModule } from './coaching/index.js';
import { createCoreModule } from './core/index.js';
import { goalsModule } from './goals/index.js';
import { ltiModule } from './lti/index.js';
import { integrationsModule } from './integrations/index.js';
import type { NodeFetchers } from './module.js';
import { orgUnitsModule } from './orgUnits/index.js';
import { peopleModule } from './people/index.js';
import { programMatchingModule } from './programMatching/index.js';
import { programsModule } from './programs/index.js';
import { progressModule } from './progress/index.js';
import { pulsesModule } from './pulses/index.js';
import { provisioningModule } from './provisioning/index.js';
import { sessionsModule } from './sessions/index.js';
import { viewerModule } from './viewer/index.js';
import { webhooksModule } from './webhooks/index.js';
import { xapiModule } from './xapi/index.js';
import { wellbeingModule } from './wellbeing/index.js';

const domainModules = [
  viewerModule,
  peopleModule,
  orgUnitsModule,
  programsModule,
  programMatchingModule,
  auditModule,
  integrationsModule,
  capabilitiesModule,
  coachingModule,
  sessionsModule,
  coachDeskModule,
  goalsModule,
  progressModule,
  pulsesModule,
  analyticsModule,
  webhooksModule,
  provisioningModule,
  ltiModule,
  xapiModule,
  wellbeingModule,
] as const;

/** Which module fetches each node type for `node(id:)`; two modules claiming one type is a startup error. */
function nodeFetchersOf(modules: readonly { name: string; nodes: NodeFetchers }[]): NodeFetchers {
  const fetchers: NodeFetchers = {};
  const owners = new Map<string, string>();
  for (const module of modules) {
    for (const [type, fetch] of Object.entries(module.nodes) as [
      keyof NodeFetchers,
      NodeFetchers[keyof NodeFetchers],
    ][]) {
      const owner = owners.get(type);
      if (owner) throw new Error(`node type ${type} is claimed by both ${owner} and ${module.name}`);
      owners.set(type, module.name);
      fetchers[type] = fetch;
    }
  }
  return fetchers;
}

export const gatewayModules = [createCoreModule(nodeFetchersOf(domainModules)), ...domainModules] as const;
