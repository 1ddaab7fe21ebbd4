/**
 * The authorisation matrix, generated from the schema: every object field
 * reachable from Query and node, asked as every relation the policy knows
 * (participant, direct manager without and with sharing, skip-level manager,
 * current coach, former coach, program admin, org admin, another participant,
 * another organisation) against a small fixture organisation. Each answer —
 * a value, null or refused — is compared with the policy's access table
 * (auth/policy.ts), read here as data and judged by an independent oracle of
 * who stands how to whom (testing/relations-oracle.ts).
 *
 * A field the table does not cover fails the coverage test until someone adds it.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { graphql, type GraphQLSchema } from 'graphql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '../caller.js';
import type { GraphQLContext } from '../context.js';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import type { Role } from '../generated/resolvers.js';
import { translator } from '../i18n/translate.js';
import { fromGlobalId, toGlobalId } from '../ids.js';
import { writeNote } from '../modules/coachDesk/sql.js';
import { addParticipant, enrol } from '../modules/sessions/test-support.js';
import { openPhase, requestOfRater, saveDrafts } from '../modules/pulses/sql.js';
import { buildSchema } from '../schema.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import type { ServiceScope } from '../context.js';
import {
  accessTable,
  fieldAccess,
  goalCategory,
  nodeCategory,
  type Category,
  type FieldRule,
  type Relation,
} from './policy.js';
import { createServiceAccount } from './service-accounts.js';
import { createRelationsWorld, type RelationsWorld } from './test-fixture.js';
import { loadOracle, type Oracle, type OracleSubject } from './testing/relations-oracle.js';
import {
  buildTree,
  findByShape,
  reachableFields,
  render,
  shapeOf,
  type FieldNode,
} from './testing/schema-walk.js';

type NodeType = keyof typeof nodeCategory;

interface Viewer {
  label: string;
  personId: string;
  orgId: string;
  /** A service account with these scopes: it holds no relation to anyone, only its scopes' rows. */
  scopes?: ServiceScope[];
}

const scopeRelation: Record<ServiceScope, Relation> = {
  'read-analytics': 'analyticsService',
  'manage-programs': 'programsService',
  provision: 'provisioningService',
};

interface Root {
  name: string;
  /** The Query fields of this root, with their trees. */
  tree: FieldNode[];
  /** What the root's `node`/`goal` field names, for the `node` rule when it answers null. */
  target?: { type: NodeType; uuid: string };
}

type Outcome = 'value' | 'null' | 'refused';

interface Mismatch {
  viewer: string;
  root: string;
  path: string;
  field: string;
  expected: 'allowed' | 'refused';
  got: Outcome;
}

const log = pino({ level: 'silent' });
const ORGANISATION_TYPES = ['OrgUnit', 'Organisation', 'Capability', 'Program'];
/** Roots whose answers can depend on whether the participant shares their current enrolment. */
const SHARING_ROOTS = new Set(['Query', 'the participant', 'the current enrolment', 'the live session']);
/** Figures the small fixture cannot produce: a heatmap's effect size needs groups of at least the minimum size. */
const UNASKABLE = ['HeatmapEffectSize.d', 'HeatmapEffectSize.high', 'HeatmapEffectSize.low'];
const isNodeType = (type: string): type is NodeType => type in nodeCategory;

describe.each(testEngines())('authorisation matrix on %s', (engine) => {
  let db: Database;
  let world: RelationsWorld;
  let other: GatewayFixture;
  let schema: GraphQLSchema;
  let oracle: Oracle;
  let viewers: Viewer[];
  const roles = new Map<string, Role[]>();

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    world = await createRelationsWorld(db, `matrix-${engine}`);
    other = await createGatewayFixture(db, `matrix-other-${engine}`);
    await db.query(
      `update organisations set settings = settings || '{"managerHeatmapAccess":"OWN_SUBTREE"}' where id = $1`,
      [world.org.orgId],
    );
    // Private notes on the live session (its coach's) and on the former coach's past session.
    for (const sessionId of [world.liveSessionId, world.pastSessionId]) {
      const [row] = await db.query<{ coach_id: string }>(`select coach_id from sessions where id = $1`, [
        sessionId,
      ]);
      await db.withTenant(world.org.orgId, (tx) =>
        writeNote(tx, {
          orgId: world.org.orgId,
          sessionId,
          coachId: row!.coach_id,
          body: 'private note',
          capabilityCodes: ['DELEGATION'],
        }),
      );
    }
    // An open 360 phase (the fixture's PRE and MID pulses are closed): the participant owes a self
    // rating with a saved draft, their manager and peer owe theirs, and the program's admins see it.
    await db.withTenant(world.org.orgId, async (tx) => {
      await openPhase(tx, {
        orgId: world.org.orgId,
        programId: world.org.programId,
        phase: 'POST',
        opensAt: new Date(Date.now() - 60_000),
        closesAt: new Date(Date.now() + 7 * 86_400_000),
        ratersCutoffAt: new Date(Date.now() + 86_400_000),
        limits: { minReports: 0, maxReports: 3, minPeers: 0, maxPeers: 3 },
        openedBy: world.org.adminId,
      });
      const own = await requestOfRater(tx, world.org.orgId, {
        programId: world.org.programId,
        subjectId: world.participantId,
        phase: 'POST',
        raterId: world.participantId,
      });
      await saveDrafts(tx, world.org.orgId, own!.id, [{ capabilityCode: 'DELEGATION', score: 4 }]);
    });
    // Time off for the fixture's coach, so that the desk's availability answers every field it has.
    await db.query(
      `insert into coach_availability_exceptions (org_id, coach_id, starts_on, ends_on, reason)
       values ($1, $2, current_date + 30, current_date + 32, 'Conference')`,
      [world.org.orgId, world.org.coachId],
    );
    // A booked session inside that time off, so that the availability's conflicts always answer one
    // (whether another booked session falls outside the weekly hours depends on the time of day).
    await db.query(
      `insert into sessions (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status)
       values ($1, $2, $3, $4, (current_date + 31) + time '12:00', (current_date + 31) + time '13:00', 'en', 'BOOKED')`,
      [world.org.orgId, world.org.coachId, world.org.reportIds[0], world.org.enrolmentId],
    );
    // Both coaches' summaries reach the minimum group size, so that admins see the figure the coach
    // sees (below it they see it withheld: the privacy attack suite tries that).
    await db.query(
      `update coaches set rating_count = 5, rating_sum = 20, released_rating_count = 5, released_rating_sum = 20 where id = any($1::uuid[])`,
      [[world.formerCoachId, world.org.coachId]],
    );
    // A webhook subscription with a delivery and an attempt, so that the delivery log's fields answer.
    const [subscription] = await db.query<{ id: string }>(
      `insert into webhook_subscriptions (org_id, url, event_types, secret)
       values ($1, 'https://hooks.example/in', array['SESSION_BOOKED'], 'whsec_matrix') returning id`,
      [world.org.orgId],
    );
    const [event] = await db.query<{ id: string }>(
      `insert into webhook_events (org_id, type, body) values ($1, 'session.booked', '{}') returning id`,
      [world.org.orgId],
    );
    const [delivery] = await db.query<{ id: string }>(
      `insert into webhook_deliveries (org_id, subscription_id, event_id, status, attempts)
       values ($1, $2, $3, 'FAILED', 1) returning id`,
      [world.org.orgId, subscription!.id, event!.id],
    );
    await db.query(
      `insert into webhook_delivery_attempts (org_id, delivery_id, response_status, response_excerpt, duration_ms)
       values ($1, $2, 500, 'down', 12)`,
      [world.org.orgId, delivery!.id],
    );
    // A wellbeing answer of the participant's, so that the fields of their own pulse answer values.
    await db.query(
      `insert into wellbeing_pulse_answers (org_id, person_id, period, energy, workload, support)
       values ($1, $2, '2026-W01', 3, 2, 4)`,
      [world.org.orgId, world.participantId],
    );
    // A registered LMS, so that its fields answer something to ask about.
    const [registration] = await db.query<{ id: string }>(
      `insert into lti_registrations (org_id, issuer, client_id, deployment_ids, jwks_url, auth_login_url, access_token_url)
       values ($1, 'https://lms.example', 'coachwork', array['1'], 'https://lms.example/jwks',
               'https://lms.example/auth', 'https://lms.example/token') returning id`,
      [world.org.orgId],
    );
    // A second LMS registered by its public keys inline, so that `jwks` answers a value too.
    await db.query(
      `insert into lti_registrations (org_id, issuer, client_id, deployment_ids, jwks, auth_login_url, access_token_url)
       values ($1, 'https://keys.lms.example', 'coachwork', array['1'],
               '{"keys": [{"kty": "EC", "crv": "P-256", "x": "x", "y": "y", "kid": "k1", "alg": "ES256", "use": "sig"}]}',
               'https://keys.lms.example/auth', 'https://keys.lms.example/token')`,
      [world.org.orgId],
    );
    // A grade the LMS refused, so that the failed grade deliveries answer.
    await db.query(
      `insert into lti_grade_links (registration_id, org_id, person_id, sub, resource_link_id, lineitem_url,
         last_status, last_detail, last_attempt_at, last_response_status, last_response_excerpt)
       values ($1, $2, $3, 'lms-user', 'link-1', 'https://lms.example/lineitems/1', 'REFUSED',
               'scores 404: gone', now(), 404, 'gone')`,
      [registration!.id, world.org.orgId, world.participantId],
    );
    // A course launched from, with its roster read into the program, so the course and import fields answer.
    const [course] = await db.query<{ id: string }>(
      `insert into lti_contexts (registration_id, org_id, context_id, label, title, memberships_url)
       values ($1, $2, 'course-1', 'LEAD-101', 'Leadership Essentials', 'https://lms.example/memberships')
       returning id`,
      [registration!.id, world.org.orgId],
    );
    await db.query(
      `insert into lti_roster_imports (org_id, context_id, program_id, requested_by, status, finished_at,
         member_count, invited_count, already_count, skipped_count, pages, unknown_members)
       values ($1, $2, $3, $4, 'DONE', now(), 3, 1, 1, 0, 1,
               '[{"userId": "lms-9", "name": "Sam", "email": "sam@lms.example", "reason": "NO_PERSON_WITH_EMAIL"}]')`,
      [world.org.orgId, course!.id, world.org.programId, world.org.adminId],
    );
    // An LRS and a statement it refused, so that the xAPI fields answer (the sealed bytes are never opened).
    await db.query(
      `insert into xapi_lrs_configs (org_id, endpoint, home_page, username, password_sealed)
       values ($1, 'https://lrs.example/xapi', 'https://matrix.example', 'coachwork', '\\x01')`,
      [world.org.orgId],
    );
    await db.query(
      `insert into xapi_statements (org_id, id, verb, body, status, attempts, last_response_status, last_response_excerpt)
       values ($1, gen_random_uuid(), 'attended', '{}', 'FAILED', 1, 400, 'refused')`,
      [world.org.orgId],
    );
    // A SCIM credential and a group mapping of each kind, so their fields are asked with values.
    await db.query(
      `insert into scim_credentials (org_id, label, token_hash, token_prefix, created_by)
       values ($1, 'Identity provider', repeat('a', 64), 'cwscim_aaaaaa', $2)`,
      [world.org.orgId, world.org.adminId],
    );
    await db.query(
      `insert into scim_group_mappings (org_id, group_name, org_unit_id, role)
       values ($1, 'Team', $2, null), ($1, 'Admins', null, 'ORG_ADMIN')`,
      [world.org.orgId, world.org.teamIds[0]],
    );
    // Integrations to list: a signing key, an identity provider and a service account.
    const { publicKey } = generateKeyPairSync('ed25519');
    await db.query(
      `insert into organisation_signing_keys (org_id, kid, alg, public_jwk) values ($1, 'matrix-key', 'EdDSA', $2)`,
      [world.org.orgId, JSON.stringify({ ...publicKey.export({ format: 'jwk' }), kid: 'matrix-key' })],
    );
    await db.query(
      `insert into organisation_identity (org_id, oidc_issuer, oidc_audience) values ($1, 'https://idp.example', 'matrix')`,
      [world.org.orgId],
    );
    await db.withTenant(world.org.orgId, (tx) =>
      createServiceAccount(tx, world.org.orgId, {
        name: 'Matrix reporting',
        scopes: ['read-analytics'],
        createdBy: world.org.adminId,
      }),
    );
    // Comments on the pool coach from as many former participants as the minimum group size, so the
    // program's released comments answer values (below it they are withheld: coach-quality.test.ts).
    const [{ k }] = (await db.query<{ k: number }>(
      `select min_group_size as k from organisations where id = $1`,
      [world.org.orgId],
    )) as [{ k: number }];
    for (let i = 0; i < k; i++) {
      const personId = await addParticipant(db, world.org, `Commenter ${i}`);
      const enrolmentId = await enrol(db, world.org.orgId, world.org.programId, personId, world.org.coachId);
      const [session] = await db.query<{ id: string }>(
        `insert into sessions (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status)
         values ($1, $2, $3, $4, now() - make_interval(days => 200 + $5), now() - make_interval(days => 200 + $5)
           + interval '1 hour', 'en', 'COMPLETED') returning id`,
        [world.org.orgId, world.org.coachId, personId, enrolmentId, i],
      );
      await db.query(
        `insert into session_feedback (org_id, session_id, coach_id, author_id, rating, comment)
         values ($1, $2, $3, $4, 4, 'Clear and kind')`,
        [world.org.orgId, session!.id, world.org.coachId, personId],
      );
      await db.query(`update enrolments set status = 'COMPLETED', completed_at = now() where id = $1`, [
        enrolmentId,
      ]);
    }
    schema = buildSchema();
    const { org } = world;
    viewers = [
      { label: 'participant', personId: world.participantId, orgId: org.orgId },
      { label: 'directManager', personId: org.managerId, orgId: org.orgId },
      { label: 'skipLevelManager', personId: org.directorId, orgId: org.orgId },
      { label: 'currentCoach', personId: org.coachPersonId, orgId: org.orgId },
      { label: 'formerCoach', personId: world.formerCoachPersonId, orgId: org.orgId },
      { label: 'programAdmin', personId: world.programAdminId, orgId: org.orgId },
      { label: 'otherProgramAdmin', personId: world.otherProgramAdminId, orgId: org.orgId },
      { label: 'orgAdmin', personId: org.adminId, orgId: org.orgId },
      { label: 'anotherParticipant', personId: world.peerId, orgId: org.orgId },
      { label: 'anotherOrganisation', personId: other.reportIds[0]!, orgId: other.orgId },
      ...(['read-analytics', 'manage-programs', 'provision'] as const).map((scope) => ({
        label: `service account (${scope})`,
        personId: randomUUID(),
        orgId: org.orgId,
        scopes: [scope],
      })),
    ];
    for (const viewer of viewers) {
      if (viewer.scopes) {
        roles.set(viewer.personId, []);
        continue;
      }
      const [row] = await db.query<{ roles: Role[] }>(`select roles from people where id = $1`, [
        viewer.personId,
      ]);
      roles.set(viewer.personId, row!.roles);
    }
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await db?.close();
  });

  function argsFor(key: string): string | null {
    const { org } = world;
    const day = 86_400_000;
    const table: Record<string, string> = {
      'Query.capability': '(code: "DELEGATION")',
      'Query.progressCard': `(person: "${toGlobalId('Person', world.participantId)}")`,
      'Query.heatmap': `(input: { unit: "${toGlobalId('OrgUnit', org.teamIds[0]!)}" })`,
      // An unknown unit next to a real one: the preview answers with its userErrors.
      'Query.programPopulationPreview': `(rules: { orgUnits: [{ orgUnitId: "${toGlobalId('OrgUnit', org.teamIds[0]!)}" }, { orgUnitId: "${toGlobalId('OrgUnit', org.orgId)}" }] })`,
      'Enrolment.availableSlots': `(from: "${new Date(Date.now() + 2 * day).toISOString()}", to: "${new Date(
        Date.now() + 9 * day,
      ).toISOString()}")`,
      // The coach's desk over a month around now, so it holds the fixture's past and coming sessions.
      'CoachDesk.sessions': `(from: "${new Date(Date.now() - 15 * day).toISOString()}", to: "${new Date(
        Date.now() + 15 * day,
      ).toISOString()}")`,
    };
    if (key in table) return table[key]!;
    // Refetching by ID has roots of its own.
    if (key === 'Query.node' || key === 'Query.nodes' || key === 'Query.goal') return null;
    return '';
  }

  function nodeRoot(name: string, type: NodeType, uuid: string): Root {
    const id = toGlobalId(type, uuid);
    const tree: FieldNode[] = [
      {
        key: 'Query.node',
        name: 'node',
        args: `(id: "${id}")`,
        nonNull: false,
        type: null,
        fragmentOn: type,
        // Facts about the organisation have roots of their own; below another root they are only named.
        children: buildTree(
          schema,
          type,
          argsFor,
          new Set([type, ...ORGANISATION_TYPES].filter((t) => t !== type)),
        ),
      },
      {
        key: 'Query.nodes',
        name: 'nodes',
        args: `(ids: ["${id}"])`,
        nonNull: true,
        type: null,
        fragmentOn: type,
        children: buildTree(schema, type, () => null),
      },
    ];
    if (type === 'Goal') {
      tree.push({
        key: 'Query.goal',
        name: 'goal',
        args: `(id: "${id}")`,
        nonNull: false,
        type: 'Goal',
        children: buildTree(schema, 'Goal', () => null),
      });
    }
    for (const node of tree) if (!node.children.length) node.children = [idOnly(type)];
    return { name, tree, target: { type, uuid } };
  }

  const idOnly = (type: string): FieldNode => ({
    key: `${type}.id`,
    name: 'id',
    args: '',
    nonNull: true,
    type: null,
    children: [],
  });

  function roots(): Root[] {
    const { org } = world;
    return [
      { name: 'Query', tree: buildTree(schema, 'Query', argsFor) },
      nodeRoot('the participant', 'Person', world.participantId),
      nodeRoot('the current enrolment', 'Enrolment', world.enrolmentId),
      nodeRoot('the past enrolment', 'Enrolment', world.pastEnrolmentId),
      nodeRoot('the live session', 'Session', world.liveSessionId),
      nodeRoot("the former coach's session", 'Session', world.formerCoachSessionId),
      nodeRoot('the past session', 'Session', world.pastSessionId),
      nodeRoot('the private goal', 'Goal', world.goalIds.PRIVATE),
      nodeRoot('the goal shared with the coach', 'Goal', world.goalIds.COACH),
      nodeRoot('the goal shared with managers', 'Goal', world.goalIds.MANAGER),
      nodeRoot('a milestone', 'GoalMilestone', world.milestoneId),
      nodeRoot('a check-in', 'GoalCheckIn', world.checkInId),
      nodeRoot('the current coach', 'Coach', org.coachId),
      nodeRoot('the former coach', 'Coach', world.formerCoachId),
      nodeRoot('the program', 'Program', org.programId),
      nodeRoot('the match proposal', 'MatchProposal', world.proposalId),
      nodeRoot('the failed match proposal', 'MatchProposal', world.failedProposalId),
      nodeRoot('a team', 'OrgUnit', org.teamIds[0]!),
      nodeRoot('the organisation', 'Organisation', org.orgId),
    ];
  }

  async function run(viewer: Viewer, tree: FieldNode[]) {
    const t = translator('en');
    const context: GraphQLContext = {
      requestId: 'matrix',
      log,
      dev: false,
      caller: createCaller(
        db,
        {
          orgId: viewer.orgId,
          personId: viewer.personId,
          roles: roles.get(viewer.personId)!,
          ...(viewer.scopes
            ? { serviceAccount: { id: viewer.personId, name: viewer.label, scopes: viewer.scopes } }
            : {}),
        },
        'en',
        t,
      ),
      locale: 'en',
      t,
      contentLocale: 'en',
    };
    return graphql({ schema, source: `{ ${render(tree)} }`, contextValue: context });
  }

  /** What an object in the answer is about. */
  function subjectOf(type: string, value: Record<string, unknown>, parent: OracleSubject): OracleSubject {
    if (type === 'ProgressCard') {
      const personId = fromGlobalId(String((value.person as { id?: string } | null)?.id ?? ''))?.uuid;
      const enrolmentId = personId ? oracle.currentEnrolment(personId) : null;
      return enrolmentId ? { kind: 'enrolment', id: enrolmentId } : parent;
    }
    const decoded = typeof value.id === 'string' ? fromGlobalId(value.id) : null;
    if (!decoded || !isNodeType(type)) return parent;
    return subjectOfNode(decoded.type as NodeType, decoded.uuid);
  }

  function subjectOfNode(type: NodeType, uuid: string): OracleSubject {
    switch (type) {
      case 'Person':
        return { kind: 'person', id: uuid };
      case 'Enrolment':
        return { kind: 'enrolment', id: uuid };
      case 'Session':
        return { kind: 'session', id: uuid };
      case 'Coach':
        return { kind: 'coach', id: uuid };
      case 'Program':
        return { kind: 'program', id: uuid };
      case 'MatchProposal':
        return { kind: 'program', id: oracle.programOfProposal(uuid) };
      case 'Goal':
      case 'GoalMilestone':
      case 'GoalCheckIn':
        return { kind: 'goal', id: oracle.goalOf(type, uuid) };
      case 'OrgUnit':
      case 'Capability':
      case 'Organisation':
        return { kind: 'organisation', orgId: oracle.orgOfUnitOrCapability(uuid) ?? 'unknown' };
    }
  }

  function nodeCategoryOf(subject: OracleSubject, type: NodeType): Category {
    const category = nodeCategory[type];
    if (category !== 'byVisibility') return category;
    if (subject.kind !== 'goal') throw new Error(`a ${type} without its goal`);
    return goalCategory[oracle.goalVisibility(subject.id)];
  }

  /** Walks one answer, comparing every field and every object in it with the table. */
  function judge(
    viewer: Viewer,
    root: Root,
    result: Awaited<ReturnType<typeof run>>,
    record: (
      field: string,
      relation: string,
      expected: boolean,
      got: Outcome,
      path: string,
      /** The same place in every viewer's answer: the nearest object's ID and the path from it. */
      anchor: string,
    ) => void,
  ) {
    const errors = new Set((result.errors ?? []).map((error) => JSON.stringify(error.path ?? [])));
    const own: OracleSubject = { kind: 'organisation', orgId: viewer.orgId };
    const visit = (
      nodes: FieldNode[],
      value: Record<string, unknown>,
      subject: OracleSubject,
      path: Array<string | number>,
      anchor: string,
    ) => {
      for (const node of nodes) {
        const here = [...path, node.name];
        const at = `${anchor}.${node.name}`;
        const hereKey = JSON.stringify(here);
        let outcome: Outcome;
        if (node.refusedAt) {
          if (!node.refusedAt.has(hereKey)) continue;
          outcome = 'refused';
        } else if (errors.has(hereKey)) {
          outcome = 'refused';
        } else {
          outcome = value[node.name] === null || value[node.name] === undefined ? 'null' : 'value';
        }
        const rule: FieldRule | undefined = fieldAccess[node.key];
        if (!rule) throw new Error(`${node.key} is not in the access table`);
        const answer = value[node.name];
        if (rule === 'node') {
          const target = root.target!;
          const targetSubject = subjectOfNode(target.type, target.uuid);
          const expected = allowed(viewer, nodeCategoryOf(targetSubject, target.type), targetSubject);
          const got = Array.isArray(answer) ? (answer[0] == null ? 'null' : 'value') : outcome;
          record(node.key, relationLabel(viewer, targetSubject), expected, got, here.join('.'), at);
        } else {
          const fieldSubject: OracleSubject =
            node.key === 'Query.progressCard'
              ? { kind: 'person', id: world.participantId }
              : node.key === 'Query.heatmap'
                ? // Its arguments name no program: the organisation's aggregates.
                  { kind: 'aggregates', orgId: viewer.orgId, programId: null }
                : subject;
          const expected = rule === 'inherit' || allowed(viewer, rule, fieldSubject);
          record(node.key, relationLabel(viewer, fieldSubject), expected, outcome, here.join('.'), at);
        }
        if (outcome !== 'value' || (!node.type && !node.fragmentOn)) continue;
        const items = Array.isArray(answer) ? answer : [answer];
        items.forEach((item, index) => {
          if (item === null || typeof item !== 'object') return;
          const object = item as Record<string, unknown>;
          const type = node.fragmentOn ?? node.type!;
          const itemSubject = subjectOf(type, object, subject);
          // Whatever the graph returns must be something the viewer may refetch by its ID.
          if (isNodeType(type) && typeof object.id === 'string') {
            const expected = allowed(viewer, nodeCategoryOf(itemSubject, type), itemSubject);
            record(
              `${type} (object)`,
              relationLabel(viewer, itemSubject),
              expected,
              'value',
              here.join('.'),
              at,
            );
          }
          const next =
            typeof object.id === 'string' ? object.id : Array.isArray(answer) ? `${at}[${index}]` : at;
          visit(node.children, object, itemSubject, Array.isArray(answer) ? [...here, index] : here, next);
        });
      }
    };
    // Query's own fields are about each viewer; a node root names the same object for everyone.
    const anchor = root.target ? root.name : `Query of ${viewer.personId}`;
    visit(root.tree, (result.data ?? {}) as Record<string, unknown>, own, [], anchor);
  }

  /**
   * What the table grants the viewer: the oracle's relations for a person; for a service account,
   * whatever its scopes' rows grant (conditions on groups aside), since it stands in no relation to
   * anyone.
   */
  function allowed(viewer: Viewer, category: Category, subject: OracleSubject): boolean {
    if (!viewer.scopes) return oracle.allowed(viewer.personId, category, subject);
    const row: Partial<Record<Relation, string>> = accessTable[category];
    return viewer.scopes.some((scope) => row[scopeRelation[scope]] !== undefined);
  }

  /** The viewer's fixture label, or their relation to a subject that is not the participant's. */
  function relationLabel(viewer: Viewer, subject: OracleSubject): string {
    if (viewer.scopes) return viewer.label;
    const held = [...oracle.relations(viewer.personId, subject)].filter((relation) => relation !== 'member');
    return held.length
      ? held.sort().join('+')
      : oracle.orgOf(subject) === viewer.orgId
        ? 'member'
        : 'otherOrganisation';
  }

  /** Runs a root as a viewer until no refused non-null field hides its siblings, then judges the answer. */
  async function ask(viewer: Viewer, root: Root, record: Parameters<typeof judge>[3]) {
    for (let attempt = 0; attempt < 40; attempt++) {
      const result = await run(viewer, root.tree);
      let removed = false;
      for (const error of result.errors ?? []) {
        const node = error.path ? findByShape(root.tree, shapeOf(error.path)) : null;
        if (node && node.nonNull && !node.refusedAt) {
          node.refusedAt = new Set(
            (result.errors ?? [])
              .filter((other) => other.path && shapeOf(other.path) === shapeOf(error.path!))
              .map((other) => JSON.stringify(other.path)),
          );
          removed = true;
        }
      }
      if (!removed) return judge(viewer, root, result, record);
    }
    throw new Error(`${root.name} kept nulling parents for ${viewer.label}`);
  }

  it('covers every field reachable from Query and node', () => {
    const missing = [...reachableFields(schema)].filter((key) => !(key in fieldAccess)).sort();
    expect(missing, 'fields the access table does not cover: add them to auth/policy.ts').toEqual([]);
    const stale = Object.keys(fieldAccess)
      .filter((key) => !reachableFields(schema).has(key))
      .sort();
    expect(stale, 'access table entries for fields the schema no longer has').toEqual([]);
  });

  it(
    'answers every field as the access table says, for every relation, without and with sharing',
    async () => {
      oracle = await loadOracle(db);
      const mismatches: Mismatch[] = [];
      const pairs = new Set<string>();
      let checks = 0;
      for (const sharing of [false, true]) {
        await db.query(`update enrolments set shared_with_manager = $2 where id = $1`, [
          world.enrolmentId,
          sharing,
        ]);
        oracle = await loadOracle(db);
        /** What the viewers allowed a field got, by place: one getting null where another gets a value is hidden too much. */
        const allowedAnswers = new Map<string, Map<Outcome, string[]>>();
        for (const viewer of viewers) {
          for (const root of roots().filter((candidate) => !sharing || SHARING_ROOTS.has(candidate.name))) {
            await ask(viewer, root, (field, relation, expected, got, path, anchor) => {
              checks++;
              // A field about the viewer (the viewer's own enrolment in a program) differs per viewer by design.
              if (expected && got !== 'refused' && fieldAccess[field] !== 'viewerOwn') {
                const seen = allowedAnswers.get(anchor) ?? new Map<Outcome, string[]>();
                seen.set(got, [...(seen.get(got) ?? []), `${viewer.label} (${root.name}: ${path})`]);
                allowedAnswers.set(anchor, seen);
              }
              pairs.add(`${field}|${viewer.label}${sharing ? '+sharing' : ''}`);
              const wrong = expected ? got === 'refused' : got === 'value';
              if (wrong) {
                mismatches.push({
                  viewer: `${viewer.label}${sharing ? ' (sharing on)' : ''} as ${relation}`,
                  root: root.name,
                  path,
                  field,
                  expected: expected ? 'allowed' : 'refused',
                  got,
                });
              }
            });
          }
        }
        for (const [anchor, seen] of allowedAnswers) {
          if (seen.has('value') && seen.has('null')) {
            mismatches.push({
              viewer: seen.get('null')!.join('; '),
              root: `null where ${seen.get('value')![0]} got a value`,
              path: anchor,
              field: anchor.split('.').pop()!,
              expected: 'allowed',
              got: 'null',
            });
          }
        }
      }
      await db.query(`update enrolments set shared_with_manager = false where id = $1`, [world.enrolmentId]);
      const fields = new Set([...pairs].map((pair) => pair.split('|')[0]));
      const schemaFields = [...fields].filter((field) => !field!.endsWith('(object)'));
      console.info(
        `authorisation matrix on ${engine}: ${schemaFields.length} fields and ${fields.size - schemaFields.length} ` +
          `object types × ${viewers.length + 1} relations (${pairs.size} field-relation pairs, ${checks} checks)`,
      );
      expect(mismatches).toEqual([]);
      // Every reachable field was asked at least once.
      const unasked = [...reachableFields(schema)]
        .filter((key) => !fields.has(key) && !UNASKABLE.includes(key))
        .sort();
      expect(unasked).toEqual([]);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
