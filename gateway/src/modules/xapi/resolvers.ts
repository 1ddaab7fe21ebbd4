import { callerOf, type Caller } from '../../context.js';
import type { Resolvers, UserError, XapiVersion } from '../../generated/resolvers.js';
import { resolveDestination } from '../../http/destination.js';
import { recordAudit } from '../audit/sql.js';
import { listSize } from '../core/connection.js';
import { readOwnOrganisation, requireOrganisationAccess, userError } from '../core/resolving.js';
import { queueStatement } from './delivery.js';
import { validateStatement } from './statements.js';
import {
  deleteLrsConfig,
  failedStatementsToReplay,
  lrsConfigOf,
  reopenStatements,
  saveLrsConfig,
  statementsIn,
  type XapiVersion as StoredVersion,
} from './sql.js';

const MAX_TEXT = 2000;
const MAX_USERNAME = 500;
const MAX_PASSWORD = 1000;
const MAX_REPLAY = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const versions: Record<XapiVersion, StoredVersion> = { V1_0_3: '1.0.3', V2_0_0: '2.0.0' };

/** Every xAPI field and mutation is the org admins' (auth/policy.ts `xapi`). */
const requireOrgAdmin = (caller: Caller) => requireOrganisationAccess(caller, 'xapi', 'xapi.orgAdminsOnly');

function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && !url.username && !url.password && !url.hash;
  } catch {
    return false;
  }
}

export const xapiResolvers: Resolvers = {
  Query: {
    xapiLrsConfig: (_parent, _args, context) => readOwnOrganisation(context, requireOrgAdmin, lrsConfigOf),
    async xapiFailedDeliveries(_parent, args, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const first = listSize(args.first);
      return caller.tenant((tx) => statementsIn(tx, caller.viewer.orgId, 'FAILED', first));
    },
  },
  Mutation: {
    async configureXapiLrs(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const endpoint = input.endpoint.trim();
      const homePage = input.homePage.trim().replace(/\/+$/, '');
      const username = input.username.trim();
      const password = input.password ?? null;
      const errors: UserError[] = [];
      if (!endpoint) errors.push(userError(caller, ['endpoint'], 'REQUIRED', 'xapi.required'));
      else if (endpoint.length > MAX_TEXT)
        errors.push(userError(caller, ['endpoint'], 'INVALID', 'xapi.invalidUrl'));
      else {
        // The same rule as a webhook receiver: https to public addresses (http and any address in dev mode).
        const destination = await resolveDestination(endpoint, context.dev);
        if ('problem' in destination) {
          errors.push(
            destination.problem === 'PRIVATE_ADDRESS'
              ? userError(caller, ['endpoint'], 'UNSUPPORTED', 'xapi.privateEndpoint')
              : userError(caller, ['endpoint'], 'INVALID', 'xapi.invalidUrl'),
          );
        }
      }
      if (!homePage) errors.push(userError(caller, ['homePage'], 'REQUIRED', 'xapi.required'));
      else if (homePage.length > MAX_TEXT || !isHttpsUrl(homePage))
        errors.push(userError(caller, ['homePage'], 'INVALID', 'xapi.invalidHomePage'));
      if (!username) errors.push(userError(caller, ['username'], 'REQUIRED', 'xapi.required'));
      // Basic authentication cannot carry a colon in the user name (RFC 7617 §2).
      else if (username.length > MAX_USERNAME || username.includes(':'))
        errors.push(userError(caller, ['username'], 'INVALID', 'xapi.invalidUsername'));
      if (password !== null && (!password || password.length > MAX_PASSWORD))
        errors.push(userError(caller, ['password'], 'INVALID', 'xapi.invalidPassword'));
      if (input.mboxAgents && input.keyedAgentNames)
        errors.push(userError(caller, ['keyedAgentNames'], 'CONFLICT', 'xapi.agentNamingConflict'));
      if (errors.length) return { config: null, userErrors: errors };
      const orgId = caller.viewer.orgId;
      const saved = await caller.tenant(async (tx) => {
        const ok = await saveLrsConfig(tx, orgId, caller.viewer.personId ?? null, {
          endpoint,
          homePage,
          username,
          password,
          xapiVersion: versions[input.version ?? 'V1_0_3'],
          mboxAgents: input.mboxAgents ?? false,
          keyedAgentNames: input.keyedAgentNames ?? null,
          enabled: input.enabled ?? true,
        });
        return ok ? lrsConfigOf(tx, orgId) : null;
      });
      if (!saved) {
        return {
          config: null,
          userErrors: [userError(caller, ['password'], 'REQUIRED', 'xapi.passwordRequired')],
        };
      }
      return { config: saved, userErrors: [] };
    },
    async removeXapiLrs(_parent, _args, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const removed = await caller.tenant((tx) => deleteLrsConfig(tx, caller.viewer.orgId));
      return removed
        ? { removed: true, userErrors: [] }
        : { removed: false, userErrors: [userError(caller, [], 'NOT_FOUND', 'xapi.notConfigured')] };
    },
    async replayXapiStatements(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const statementId = input.statementId?.trim() || null;
      const all = input.all ?? false;
      const refused = (error: UserError) => ({ replayedCount: 0, invalidCount: 0, userErrors: [error] });
      if (all === (statementId !== null))
        return refused(userError(caller, ['statementId'], 'INVALID', 'xapi.replayTarget'));
      if (statementId !== null && !UUID.test(statementId))
        return refused(userError(caller, ['statementId'], 'NOT_FOUND', 'xapi.statementNotFound'));
      const { orgId, personId } = caller.viewer;
      const outcome = await caller.tenant(async (tx) => {
        const failed = await failedStatementsToReplay(tx, orgId, statementId, MAX_REPLAY);
        if (failed.length === 0) return null;
        // A statement the validator refuses was never sent and would be refused again: it stays FAILED.
        const valid = failed.filter((row) => validateStatement(row.body).length === 0).map((row) => row.id);
        await reopenStatements(tx, orgId, valid);
        for (const id of valid) await queueStatement(tx, orgId, id);
        await recordAudit(tx, orgId, {
          action: 'XAPI_STATEMENTS_REPLAYED',
          actorId: caller.viewer.serviceAccount ? caller.viewer.serviceAccount.id : personId,
          programId: null,
          subjectType: 'Organisation',
          subjectId: orgId,
          after: { replayed: valid.length, statementIds: valid.slice(0, 100), all },
        });
        return { replayed: valid.length, invalid: failed.length - valid.length };
      });
      if (!outcome) {
        return statementId
          ? refused(userError(caller, ['statementId'], 'NOT_FOUND', 'xapi.statementNotFound'))
          : { replayedCount: 0, invalidCount: 0, userErrors: [] };
      }
      return { replayedCount: outcome.replayed, invalidCount: outcome.invalid, userErrors: [] };
    },
  },
  XapiLrsConfig: {
    version: (config) => (config.xapiVersion === '2.0.0' ? 'V2_0_0' : 'V1_0_3'),
  },
  XapiStatementDelivery: {
    statementId: (row) => row.id,
    statement: (row) => JSON.stringify(row.body),
    responseStatus: (row) => row.lastResponseStatus,
    responseBodyExcerpt: (row) => row.lastResponseExcerpt,
    error: (row) => row.lastError,
  },
};
