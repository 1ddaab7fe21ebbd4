/**
 * The integration settings an org admin changes are in the audit log where org admins read it:
 * SCIM credentials issued and revoked (never the secret), group mappings set and removed, signing
 * keys added and revoked, service accounts created and revoked, each naming the admin who acted.
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mintToken } from '../../auth/tokens.js';
import { testEngines } from '../../db/testing.js';
import { toGlobalId } from '../../ids.js';
import { postGraphQL } from '../../testing/harness.js';
import { gatewaySuite } from '../../testing/suite.js';

interface Entry {
  action: string;
  subjectId: string;
  actor: { id: string } | null;
  serviceAccount: { id: string } | null;
  before: string | null;
  after: string | null;
}

const LOG = `query Log($actions: [AuditAction!]) {
  auditLog(first: 50, filter: { actions: $actions }) {
    edges { node { action subjectId actor { id } serviceAccount { id } before after } }
  }
}`;

describe.each(testEngines())('audit of integration settings on %s', (engine) => {
  const suite = gatewaySuite(engine, `integrations-audit-${engine}`);
  const { gql } = suite;

  async function entries(actions: string[]): Promise<Entry[]> {
    return (await gql<{ auditLog: { edges: Array<{ node: Entry }> } }>(LOG, { actions })).auditLog.edges.map(
      (edge) => edge.node,
    );
  }

  const adminNode = () => ({ id: toGlobalId('Person', suite.org.adminId) });

  it('records SCIM credentials issued and revoked, without the secret', async () => {
    const issued = await gql<{ issueScimCredential: { credential: { id: string }; secret: string } }>(
      `mutation { issueScimCredential(input: { label: "Entra" }) { credential { id } secret } }`,
    );
    const { id } = issued.issueScimCredential.credential;
    const [entry] = await entries(['SCIM_CREDENTIAL_ISSUED']);
    expect(entry).toMatchObject({ action: 'SCIM_CREDENTIAL_ISSUED', subjectId: id, actor: adminNode() });
    expect(JSON.parse(entry!.after!)).toMatchObject({ label: 'Entra' });
    expect(entry!.after).not.toContain(issued.issueScimCredential.secret);

    await gql(
      `mutation($id: ID!) { revokeScimCredential(input: { credentialId: $id }) { userErrors { code } } }`,
      { id },
    );
    // A second revocation is a CONFLICT and records nothing.
    await gql(
      `mutation($id: ID!) { revokeScimCredential(input: { credentialId: $id }) { userErrors { code } } }`,
      { id },
    );
    const revoked = await entries(['SCIM_CREDENTIAL_REVOKED']);
    expect(revoked).toHaveLength(1);
    expect(revoked[0]).toMatchObject({ subjectId: id, actor: adminNode() });
  });

  it('records SCIM group mappings set and removed', async () => {
    const set = await gql<{ setScimGroupMapping: { mapping: { id: string } } }>(
      `mutation { setScimGroupMapping(input: { groupName: "Coaching admins", role: PROGRAM_ADMIN }) { mapping { id } } }`,
    );
    const { id } = set.setScimGroupMapping.mapping;
    await gql(
      `mutation($id: ID!) { removeScimGroupMapping(input: { mappingId: $id }) { removedMappingId } }`,
      {
        id,
      },
    );
    const log = await entries(['SCIM_GROUP_MAPPING_SET', 'SCIM_GROUP_MAPPING_REMOVED']);
    expect(log.map((entry) => [entry.action, entry.subjectId])).toEqual([
      ['SCIM_GROUP_MAPPING_REMOVED', id],
      ['SCIM_GROUP_MAPPING_SET', id],
    ]);
    expect(JSON.parse(log[1]!.after!)).toEqual({
      groupName: 'Coaching admins',
      orgUnitId: null,
      role: 'PROGRAM_ADMIN',
    });
  });

  it('records signing keys and service accounts issued and revoked, readable by org admins only', async () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const key = await gql<{ addSigningKey: { signingKey: { id: string } } }>(
      `mutation($pem: String!) { addSigningKey(input: { kid: "audit-1", algorithm: EDDSA, publicKey: $pem }) { signingKey { id } userErrors { code } } }`,
      { pem },
    );
    const keyId = key.addSigningKey.signingKey.id;
    await gql(`mutation($id: ID!) { revokeSigningKey(id: $id) { id } }`, { id: keyId });
    const account = await gql<{ createServiceAccount: { serviceAccount: { id: string } } }>(
      `mutation { createServiceAccount(input: { name: "Exports", scopes: [READ_ANALYTICS] }) { serviceAccount { id } } }`,
    );
    const accountId = account.createServiceAccount.serviceAccount.id;
    await gql(`mutation($id: ID!) { revokeServiceAccount(id: $id) { id } }`, { id: accountId });

    const log = await entries([
      'SIGNING_KEY_ADDED',
      'SIGNING_KEY_REVOKED',
      'SERVICE_ACCOUNT_CREATED',
      'SERVICE_ACCOUNT_REVOKED',
    ]);
    expect(log.map((entry) => [entry.action, entry.subjectId, entry.actor?.id])).toEqual([
      ['SERVICE_ACCOUNT_REVOKED', accountId, adminNode().id],
      ['SERVICE_ACCOUNT_CREATED', accountId, adminNode().id],
      ['SIGNING_KEY_REVOKED', keyId, adminNode().id],
      ['SIGNING_KEY_ADDED', keyId, adminNode().id],
    ]);

    const manager = (await mintToken(suite.db, { personId: suite.org.managerId })).token;
    const refused = await postGraphQL(
      suite.gateway.url,
      { query: LOG, variables: { actions: null } },
      { token: manager },
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
