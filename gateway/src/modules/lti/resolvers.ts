import type { JSONWebKeySet } from 'jose';
import { isAdmin, mayRead } from '../../auth/policy.js';
import { callerOf, type Caller } from '../../context.js';
import { forbidden } from '../../errors.js';
import type { Resolvers, UserError } from '../../generated/resolvers.js';
import { fromOpaqueId, toOpaqueId } from '../../ids.js';
import { toGlobalId } from '../../ids.js';
import { listSize } from '../core/connection.js';
import { readOwnOrganisation, requireOrganisationAccess, userError } from '../core/resolving.js';
import { managedProgram } from '../programs/managed.js';
import { queueRosterImport } from './nrps.js';
import { JwksRefused, parsePlatformJwks } from './platform-keys.js';
import {
  courseById,
  deleteRegistration,
  gradeRefusals,
  insertRegistration,
  insertRosterImport,
  listCourses,
  listRegistrations,
  rosterImportsOfProgram,
  updateRegistrationKeys,
  type RegistrationInput,
} from './sql.js';

const MAX_TEXT = 2000;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** https, or http on a loopback host (a platform run beside the gateway in development and tests). */
function isPlatformUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

function urlErrors(caller: Caller, field: string, value: string): UserError[] {
  if (!value.trim()) return [userError(caller, [field], 'REQUIRED', 'lti.required')];
  if (value.length > MAX_TEXT || !isPlatformUrl(value))
    return [userError(caller, [field], 'INVALID', 'lti.invalidUrl')];
  return [];
}

type KeySource = { jwksUrl: string | null; jwks: JSONWebKeySet | null };

/**
 * Where a platform's keys come from: exactly one of a JWKS URL and a JWK Set pasted inline (an
 * empty string counts as not given), the set checked and normalised.
 */
async function keySource(
  caller: Caller,
  input: { jwksUrl?: string | null; jwks?: string | null },
): Promise<{ keys: KeySource } | { errors: UserError[] }> {
  const url = input.jwksUrl?.trim() || null;
  const text = input.jwks?.trim() || null;
  if ((url === null) === (text === null)) {
    const code = url === null ? 'REQUIRED' : 'INVALID';
    return {
      errors: [
        userError(caller, ['jwksUrl'], code, 'lti.keySource'),
        userError(caller, ['jwks'], code, 'lti.keySource'),
      ],
    };
  }
  if (url !== null) {
    const errors = urlErrors(caller, 'jwksUrl', url);
    return errors.length ? { errors } : { keys: { jwksUrl: url, jwks: null } };
  }
  try {
    return { keys: { jwksUrl: null, jwks: await parsePlatformJwks(text!) } };
  } catch (error) {
    if (!(error instanceof JwksRefused)) throw error;
    return {
      errors: [userError(caller, ['jwks'], 'INVALID', 'lti.jwksInvalid', { problem: error.problem })],
    };
  }
}

/** The input's errors in the order of its fields (the key source's after the issuer's). */
function validate(
  caller: Caller,
  input: Omit<RegistrationInput, 'jwksUrl' | 'jwks'>,
  keyErrors: UserError[],
): UserError[] {
  const errors: UserError[] = [...urlErrors(caller, 'issuer', input.issuer), ...keyErrors];
  for (const field of ['authLoginUrl', 'accessTokenUrl'] as const)
    errors.push(...urlErrors(caller, field, input[field]));
  if (!input.clientId.trim() || input.clientId.length > MAX_TEXT)
    errors.push(userError(caller, ['clientId'], 'REQUIRED', 'lti.required'));
  if (
    input.deploymentIds.length === 0 ||
    input.deploymentIds.some((id) => !id.trim() || id.length > MAX_TEXT)
  )
    errors.push(userError(caller, ['deploymentIds'], 'REQUIRED', 'lti.required'));
  input.emailLinkDomains.forEach((domain, index) => {
    if (!DOMAIN.test(domain))
      errors.push(userError(caller, ['emailLinkDomains', String(index)], 'INVALID', 'lti.invalidDomain'));
  });
  return errors;
}

/** Registrations and grade refusals are the org admins' (auth/policy.ts `ltiRegistrations`). */
const requireOrgAdmin = (caller: Caller) =>
  requireOrganisationAccess(caller, 'ltiRegistrations', 'lti.orgAdminsOnly');

export const ltiResolvers: Resolvers = {
  Query: {
    ltiRegistrations: (_parent, _args, context) =>
      readOwnOrganisation(context, requireOrgAdmin, listRegistrations),
    async ltiFailedGradeDeliveries(_parent, args, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const first = listSize(args.first);
      return caller.tenant((tx) => gradeRefusals(tx, caller.viewer.orgId, first));
    },
    async ltiCourses(_parent, args, context) {
      const caller = callerOf(context);
      await requireOrganisationAccess(caller, 'ltiCourses', 'lti.adminsOnly');
      const first = listSize(args.first);
      return caller.tenant((tx) => listCourses(tx, caller.viewer.orgId, first));
    },
  },
  Mutation: {
    async registerLtiPlatform(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const fields = {
        issuer: input.issuer.trim(),
        clientId: input.clientId.trim(),
        deploymentIds: [...new Set(input.deploymentIds.map((id) => id.trim()))],
        authLoginUrl: input.authLoginUrl.trim(),
        accessTokenUrl: input.accessTokenUrl.trim(),
        emailLinkDomains: [
          ...new Set((input.emailLinkDomains ?? []).map((domain) => domain.trim().toLowerCase())),
        ],
      };
      const keys = await keySource(caller, input);
      const errors = validate(caller, fields, 'errors' in keys ? keys.errors : []);
      if (errors.length || 'errors' in keys) return { registration: null, userErrors: errors };
      const registration: RegistrationInput = { ...fields, ...keys.keys };
      const row = await caller.tenant((tx) => insertRegistration(tx, caller.viewer.orgId, registration));
      if (!row) {
        return {
          registration: null,
          userErrors: [userError(caller, ['clientId'], 'CONFLICT', 'lti.platformTaken')],
        };
      }
      return { registration: row, userErrors: [] };
    },
    async setLtiPlatformKeys(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const uuid = fromOpaqueId(input.registrationId, 'LtiRegistration');
      const keys = await keySource(caller, input);
      if ('errors' in keys) return { registration: null, userErrors: keys.errors };
      const row = uuid ? await caller.tenant((tx) => updateRegistrationKeys(tx, uuid, keys.keys)) : undefined;
      if (!row) {
        return {
          registration: null,
          userErrors: [userError(caller, ['registrationId'], 'NOT_FOUND', 'lti.registrationNotFound')],
        };
      }
      return { registration: row, userErrors: [] };
    },
    async removeLtiRegistration(_parent, { id }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const uuid = fromOpaqueId(id, 'LtiRegistration');
      const removed = uuid ? await caller.tenant((tx) => deleteRegistration(tx, uuid)) : false;
      if (!removed) {
        return {
          removedId: null,
          userErrors: [userError(caller, ['id'], 'NOT_FOUND', 'lti.registrationNotFound')],
        };
      }
      return { removedId: id, userErrors: [] };
    },
    async inviteLtiCourseMembers(_parent, { input }, context) {
      const caller = callerOf(context);
      if (!isAdmin(caller)) throw forbidden('lti.adminsOnly');
      // The program first: a program admin of another program is refused before learning about courses.
      const { program, errors } = await managedProgram(caller, input.programId);
      if (!program) return { rosterImport: null, userErrors: errors };
      if (program.status !== 'ACTIVE') {
        return {
          rosterImport: null,
          userErrors: [
            userError(caller, ['programId'], 'INVALID', 'programs.notActive', { status: program.status }),
          ],
        };
      }
      const courseId = fromOpaqueId(input.courseId, 'LtiCourse');
      const { orgId, personId } = caller.viewer;
      const result = await caller.tenant(async (tx) => {
        const course = courseId ? await courseById(tx, orgId, courseId) : null;
        if (!course) return { error: userError(caller, ['courseId'], 'NOT_FOUND', 'lti.courseNotFound') };
        if (!course.membershipsUrl)
          return { error: userError(caller, ['courseId'], 'UNSUPPORTED', 'lti.rosterUnavailable') };
        const row = await insertRosterImport(tx, orgId, {
          courseId: course.id,
          programId: program.id,
          requestedBy: caller.viewer.serviceAccount ? null : personId,
        });
        await queueRosterImport(tx, orgId, row.id);
        return { row };
      });
      if ('error' in result) return { rosterImport: null, userErrors: [result.error!] };
      return { rosterImport: result.row, userErrors: [] };
    },
  },
  Program: {
    async ltiRosterImports(program, args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'programManagement', { kind: 'program', programId: program.id })))
        return null;
      const first = listSize(args.first, 10);
      return caller.tenant((tx) => rosterImportsOfProgram(tx, caller.viewer.orgId, program.id, first));
    },
  },
  LtiCourse: {
    id: (course) => toOpaqueId('LtiCourse', course.id),
    rosterAvailable: (course) => course.membershipsUrl !== null,
  },
  LtiRosterImport: {
    id: (row) => toOpaqueId('LtiRosterImport', row.id),
    programId: (row) => toGlobalId('Program', row.programId),
    async course(row, _args, context) {
      const caller = callerOf(context);
      const course = await caller.tenant((tx) => courseById(tx, caller.viewer.orgId, row.courseId));
      if (!course) throw new Error('a roster import without its course');
      return course;
    },
    unknownMembers: (row) =>
      row.unknownMembers.map((member) => ({
        userId: member.userId,
        name: member.name ?? null,
        email: member.email ?? null,
        reason: member.reason,
      })),
  },
  LtiRegistration: {
    id: (registration) => toOpaqueId('LtiRegistration', registration.id),
    jwks: (registration) => (registration.jwks ? JSON.stringify(registration.jwks) : null),
  },
  LtiGradeDeliveryFailure: {
    reason: (row) => (row.lastStatus === 'GAVE_UP' ? 'RETRIES_EXHAUSTED' : 'REFUSED'),
    gradeLinkId: (row) => toOpaqueId('LtiGradeLink', row.id),
    personId: (row) => toGlobalId('Person', row.personId),
    responseStatus: (row) => row.lastResponseStatus,
    responseBodyExcerpt: (row) => row.lastResponseExcerpt,
    error: (row) => row.lastDetail,
  },
};
