import {
  forgetHostKeys,
  HostKeyError,
  normalisePublicKey,
  type HostKeyAlgorithm,
} from '../../auth/host-keys.js';
import { mayRead } from '../../auth/policy.js';
import {
  createServiceAccount,
  listServiceAccounts,
  revokeServiceAccount,
} from '../../auth/service-accounts.js';
import { callerOf, type Caller, type ServiceScope } from '../../context.js';
import { forbidden } from '../../errors.js';
import { resolveDestination, type DestinationProblem } from '../../http/destination.js';
import type {
  Resolvers,
  ServiceScope as ServiceScopeValue,
  SigningAlgorithm,
  UserError,
} from '../../generated/resolvers.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { fromOpaqueId, toOpaqueId } from '../../ids.js';
import { recordAudit } from '../audit/sql.js';
import { userError } from '../core/resolving.js';
import {
  insertSigningKey,
  listSigningKeys,
  readIdentity,
  revokeSigningKey,
  writeIdentity,
  type IdentityRow,
} from './sql.js';

const urlProblems: Record<DestinationProblem, [UserError['code'], MessageKey]> = {
  INVALID_URL: ['INVALID', 'integrations.urlInvalid'],
  NOT_HTTPS: ['INVALID', 'integrations.urlInvalid'],
  UNRESOLVED: ['INVALID', 'webhooks.urlUnresolved'],
  PRIVATE_ADDRESS: ['UNSUPPORTED', 'integrations.urlPrivate'],
};

/**
 * The same screen as webhook receivers: the gateway fetches these URLs itself, so they must not
 * lead into its own network. The fetches screen again (auth/host-keys.ts, auth/token-exchange.ts).
 */
async function urlErrors(caller: Caller, field: string, url: string, dev: boolean): Promise<UserError[]> {
  const destination = await resolveDestination(url, dev);
  if (!('problem' in destination)) return [];
  const [code, key] = urlProblems[destination.problem];
  return [userError(caller, [field], code, key)];
}

/** What `integrations` resolves to: its fields read the organisation's rows on demand. */
export interface IntegrationsParent {
  orgId: string;
}

const algorithmOf: Record<SigningAlgorithm, HostKeyAlgorithm> = {
  RS256: 'RS256',
  ES256: 'ES256',
  EDDSA: 'EdDSA',
};
const algorithmValueOf: Record<HostKeyAlgorithm, SigningAlgorithm> = {
  RS256: 'RS256',
  ES256: 'ES256',
  EdDSA: 'EDDSA',
};

const scopeOf: Record<ServiceScopeValue, ServiceScope> = {
  READ_ANALYTICS: 'read-analytics',
  MANAGE_PROGRAMS: 'manage-programs',
  PROVISION: 'provision',
};
const scopeValueOf = Object.fromEntries(
  Object.entries(scopeOf).map(([value, scope]) => [scope, value]),
) as Record<ServiceScope, ServiceScopeValue>;

async function requireOrgAdmin(caller: Caller): Promise<void> {
  if (!(await mayRead(caller, 'integrations', { kind: 'organisation' }))) {
    throw forbidden('integrations.orgAdminsOnly');
  }
}

/** Verification caches keys: this process forgets the organisation's at once, other instances within seconds. */
const forgetKeys = (caller: Caller): void => forgetHostKeys(caller.viewer.orgId);

export const integrationsResolvers: Resolvers = {
  Query: {
    async integrations(_parent, _args, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      return { orgId: caller.viewer.orgId };
    },
  },
  Integrations: {
    signingKeys: (parent, _args, context) =>
      callerOf(context).tenant((tx) => listSigningKeys(tx, parent.orgId)),
    jwksUrl: async (parent, _args, context) =>
      (await callerOf(context).tenant((tx) => readIdentity(tx, parent.orgId))).jwksUrl,
    identityProvider: async (parent, _args, context) => {
      const identity = await callerOf(context).tenant((tx) => readIdentity(tx, parent.orgId));
      return identity.oidcIssuer && identity.oidcAudience
        ? {
            issuer: identity.oidcIssuer,
            audience: identity.oidcAudience,
            matchVerifiedEmail: identity.matchVerifiedEmail,
          }
        : null;
    },
    serviceAccounts: (parent, _args, context) =>
      callerOf(context).tenant((tx) => listServiceAccounts(tx, parent.orgId)),
  },
  SigningKey: {
    id: (key) => toOpaqueId('SigningKey', key.id),
    algorithm: (key) => algorithmValueOf[key.alg],
    publicJwk: (key) => JSON.stringify(key.publicJwk),
  },
  ServiceAccount: {
    id: (account) => toOpaqueId('ServiceAccount', account.id),
    scopes: (account) => account.scopes.map((scope) => scopeValueOf[scope]),
  },
  Mutation: {
    async addSigningKey(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      if (!/^[A-Za-z0-9._:-]{1,128}$/.test(input.kid)) {
        return {
          signingKey: null,
          userErrors: [userError(caller, ['kid'], 'INVALID', 'integrations.kidInvalid')],
        };
      }
      let jwk;
      try {
        jwk = await normalisePublicKey(input.publicKey, algorithmOf[input.algorithm], input.kid);
      } catch (error) {
        if (!(error instanceof HostKeyError)) throw error;
        return {
          signingKey: null,
          userErrors: [
            userError(caller, ['publicKey'], 'INVALID', 'integrations.keyRejected', {
              problem: error.problem,
            }),
          ],
        };
      }
      const { orgId, personId } = caller.viewer;
      const key = await caller.tenant(async (tx) => {
        const inserted = await insertSigningKey(tx, orgId, {
          kid: input.kid,
          alg: algorithmOf[input.algorithm],
          jwk,
          createdBy: personId,
        });
        if (inserted) {
          await recordAudit(tx, orgId, {
            action: 'SIGNING_KEY_ADDED',
            actorId: personId,
            programId: null,
            subjectType: 'SigningKey',
            subjectId: inserted.id,
            after: { kid: inserted.kid, alg: inserted.alg },
          });
        }
        return inserted;
      });
      if (!key) {
        return {
          signingKey: null,
          userErrors: [userError(caller, ['kid'], 'CONFLICT', 'integrations.kidTaken')],
        };
      }
      forgetKeys(caller);
      return { signingKey: key, userErrors: [] };
    },
    async revokeSigningKey(_parent, { id }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const uuid = fromOpaqueId(id, 'SigningKey');
      if (!uuid) return null;
      const { orgId, personId } = caller.viewer;
      const result = await caller.tenant(async (tx) => {
        const revoked = await revokeSigningKey(tx, orgId, uuid);
        if (revoked?.changed) {
          await recordAudit(tx, orgId, {
            action: 'SIGNING_KEY_REVOKED',
            actorId: personId,
            programId: null,
            subjectType: 'SigningKey',
            subjectId: uuid,
            before: { kid: revoked.key.kid, alg: revoked.key.alg },
          });
        }
        return revoked;
      });
      forgetKeys(caller);
      return result?.key ?? null;
    },
    async setJwksUrl(_parent, { url }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const errors = url != null ? await urlErrors(caller, 'url', url, context.dev) : [];
      if (errors.length > 0) return { integrations: null, userErrors: errors };
      await changeIdentity(caller, (identity) => ({ ...identity, jwksUrl: url ?? null }));
      forgetKeys(caller);
      return { integrations: { orgId: caller.viewer.orgId }, userErrors: [] };
    },
    async setIdentityProvider(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const errors = input ? await urlErrors(caller, 'issuer', input.issuer, context.dev) : [];
      if (errors.length > 0) return { integrations: null, userErrors: errors };
      if (input && input.audience.trim() === '') {
        return {
          integrations: null,
          userErrors: [userError(caller, ['audience'], 'REQUIRED', 'integrations.audienceRequired')],
        };
      }
      await changeIdentity(caller, (identity) => ({
        ...identity,
        oidcIssuer: input?.issuer ?? null,
        oidcAudience: input?.audience.trim() ?? null,
        matchVerifiedEmail: input?.matchVerifiedEmail ?? false,
      }));
      return { integrations: { orgId: caller.viewer.orgId }, userErrors: [] };
    },
    async createServiceAccount(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const name = input.name.trim();
      const errors: UserError[] = [];
      if (name.length < 1 || name.length > 100) {
        errors.push(userError(caller, ['name'], 'INVALID', 'integrations.nameInvalid'));
      }
      if (input.scopes.length === 0) {
        errors.push(userError(caller, ['scopes'], 'REQUIRED', 'integrations.scopesRequired'));
      }
      if (errors.length) return { serviceAccount: null, clientSecret: null, userErrors: errors };
      const { orgId, personId } = caller.viewer;
      const scopes = input.scopes.map((scope) => scopeOf[scope]);
      const created = await caller.tenant(async (tx) => {
        const result = await createServiceAccount(tx, orgId, { name, scopes, createdBy: personId });
        await recordAudit(tx, orgId, {
          action: 'SERVICE_ACCOUNT_CREATED',
          actorId: personId,
          programId: null,
          subjectType: 'ServiceAccount',
          subjectId: result.account.id,
          after: { name, scopes: result.account.scopes, clientId: result.account.clientId },
        });
        return result;
      });
      return { serviceAccount: created.account, clientSecret: created.clientSecret, userErrors: [] };
    },
    async revokeServiceAccount(_parent, { id }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const uuid = fromOpaqueId(id, 'ServiceAccount');
      if (!uuid) return null;
      const { orgId, personId } = caller.viewer;
      return caller.tenant(async (tx) => {
        const before = (await listServiceAccounts(tx, orgId)).find((account) => account.id === uuid);
        if (!before) return null;
        const revoked = await revokeServiceAccount(tx, orgId, uuid);
        if (!before.revokedAt) {
          await recordAudit(tx, orgId, {
            action: 'SERVICE_ACCOUNT_REVOKED',
            actorId: personId,
            programId: null,
            subjectType: 'ServiceAccount',
            subjectId: uuid,
            before: { name: before.name, scopes: before.scopes, clientId: before.clientId },
          });
        }
        return revoked;
      });
    },
  },
};

async function changeIdentity(caller: Caller, change: (identity: IdentityRow) => IdentityRow): Promise<void> {
  const { orgId, personId } = caller.viewer;
  await caller.tenant(async (tx) => {
    const before = await readIdentity(tx, orgId);
    const after = change(before);
    await writeIdentity(tx, orgId, after);
    await recordAudit(tx, orgId, {
      action: 'IDENTITY_SETTINGS_CHANGED',
      actorId: personId,
      programId: null,
      subjectType: 'Organisation',
      subjectId: orgId,
      before,
      after,
    });
  });
}
