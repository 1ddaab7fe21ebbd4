/**
 * Global opaque IDs: base64url of `<TypeName>:<uuid>`. Clients must treat them as
 * opaque; the type prefix lets `node(id:)` route without a lookup table and stops
 * an ID of one type from being accepted where another is expected.
 */
import { badUserInput } from './errors.js';

export const nodeTypes = [
  'Organisation',
  'Person',
  'OrgUnit',
  'Program',
  'Enrolment',
  'Capability',
  'Goal',
  'GoalMilestone',
  'GoalCheckIn',
  'Coach',
  'Session',
  'MatchProposal',
] as const;
export type NodeType = (typeof nodeTypes)[number];

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

export function toGlobalId(type: NodeType, uuid: string): string {
  return Buffer.from(`${type}:${uuid}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: NodeType;
  uuid: string;
}

/** The decoded ID, or null when it is not one this gateway issued. */
export function fromGlobalId(id: string): DecodedId | null {
  if (id.length > 200 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const type = text.slice(0, colon);
  const uuid = text.slice(colon + 1).toLowerCase();
  if (!(nodeTypes as readonly string[]).includes(type) || !isUuid(uuid)) return null;
  return { type: type as NodeType, uuid };
}

/** The uuid of an ID argument that must be of `type`; BAD_USER_INPUT otherwise. */
export function uuidOf(id: string, type: NodeType, argument: string): string {
  const decoded = fromGlobalId(id);
  if (!decoded || decoded.type !== type) {
    throw badUserInput('core.wrongIdType', argument, { argument, type });
  }
  return decoded.uuid;
}

/**
 * Opaque IDs of objects that are not nodes (a program's KPI, an audit entry): encoded like global
 * IDs, so clients treat them alike, but `node(id:)` never resolves them.
 */
export const opaqueTypes = [
  'ProgramKpi',
  'AuditEntry',
  'WebhookSubscription',
  'WebhookDelivery',
  'ScimCredential',
  'ScimGroupMapping',
  'SigningKey',
  'ServiceAccount',
  'LtiRegistration',
  'LtiGradeLink',
  'LtiCourse',
  'LtiRosterImport',
] as const;
export type OpaqueType = (typeof opaqueTypes)[number];

export function toOpaqueId(type: OpaqueType, uuid: string): string {
  return Buffer.from(`${type}:${uuid}`, 'utf8').toString('base64url');
}

/** The uuid of an opaque ID of `type`, or null when it is not one. */
export function fromOpaqueId(id: string, type: OpaqueType): string | null {
  if (id.length > 200 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const prefix = `${type}:`;
  if (!text.startsWith(prefix)) return null;
  const uuid = text.slice(prefix.length).toLowerCase();
  return isUuid(uuid) ? uuid : null;
}
