import { defineModule, sdlBeside } from '../module.js';
import { auditResolvers } from './resolvers.js';

export const auditModule = defineModule({
  name: 'audit',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: auditResolvers,
});
export { recordAudit, type AuditRecord } from './sql.js';
