/**
 * PATCH requests (RFC 7644 §3.5.2) as identity providers send them, made standard before
 * `scim-patch` applies them. Microsoft Entra capitalises operations ("Replace"), names attributes in
 * any case ("Active", "name.GivenName"), sends booleans as strings ("False") and puts several
 * attributes, some as dotted paths or schema URNs, in one path-less value object; Okta sends
 * path-less `{ "active": false }` replacements. The result is applied to the resource as stored, and
 * the endpoint writes whatever the patched resource says.
 */
import { scimPatch, type ScimPatchOperation, type ScimResource } from 'scim-patch';
import { CORE_GROUP, CORE_USER, ENTERPRISE_USER, PATCH_OP, ScimError } from './protocol.js';

/** Attribute names of the resources served, in their canonical spelling. */
const CANONICAL = [
  'userName',
  'name',
  'givenName',
  'familyName',
  'formatted',
  'displayName',
  'emails',
  'value',
  'type',
  'primary',
  'display',
  'active',
  'preferredLanguage',
  'locale',
  'timezone',
  'title',
  'externalId',
  'members',
  'manager',
  'department',
  'division',
  'organization',
  'employeeNumber',
];
const canonicalName = new Map(CANONICAL.map((name) => [name.toLowerCase(), name]));
const URNS = [ENTERPRISE_USER, CORE_USER, CORE_GROUP];

/** A path with canonical attribute names and URNs; quoted filter values are left as they are. */
export function canonicalPath(path: string): string {
  let rest = path.trim();
  let urn = '';
  for (const candidate of URNS) {
    if (rest.toLowerCase().startsWith(`${candidate.toLowerCase()}:`)) {
      urn = candidate;
      rest = rest.slice(candidate.length + 1);
    }
  }
  // Core attributes are addressed without their URN.
  const prefix = urn === ENTERPRISE_USER ? `${ENTERPRISE_USER}:` : '';
  return (
    prefix +
    rest.replace(/"(?:[^"\\]|\\.)*"|[A-Za-z][A-Za-z0-9_$-]*/g, (token) =>
      token.startsWith('"') ? token : (canonicalName.get(token.toLowerCase()) ?? token),
    )
  );
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Entra sends the manager as the bare id; the attribute is complex, `{ value }`. */
function managerValue(path: string, value: unknown): unknown {
  return path === `${ENTERPRISE_USER}:manager` && typeof value === 'string' ? { value } : value;
}

/** A path-less value object as one operation per attribute, sub-attributes of complex ones apart. */
function splitValueObject(op: 'add' | 'replace', value: Record<string, unknown>): ScimPatchOperation[] {
  const ops: ScimPatchOperation[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const path = canonicalPath(key);
    const expand = isPlainObject(inner) && (path === 'name' || path === ENTERPRISE_USER);
    if (expand) {
      for (const [sub, subValue] of Object.entries(inner)) {
        const subPath = canonicalPath(`${key}${path === 'name' ? '.' : ':'}${sub}`);
        ops.push({ op, path: subPath, value: managerValue(subPath, subValue) } as ScimPatchOperation);
      }
    } else {
      ops.push({ op, path, value: inner } as ScimPatchOperation);
    }
  }
  return ops;
}

/** Reads a PatchOp body into standard operations; a body that is not one is refused as invalidSyntax. */
export function standardOperations(body: unknown): ScimPatchOperation[] {
  if (!isPlainObject(body)) throw new ScimError(400, 'The body is not a PatchOp message.', 'invalidSyntax');
  const schemas = body.schemas;
  if (!Array.isArray(schemas) || !schemas.includes(PATCH_OP)) {
    throw new ScimError(400, `A PATCH body names the schema ${PATCH_OP}.`, 'invalidSyntax');
  }
  const operations = body.Operations ?? body.operations;
  if (!Array.isArray(operations) || operations.length === 0) {
    throw new ScimError(400, 'A PATCH body holds at least one operation in Operations.', 'invalidSyntax');
  }
  const out: ScimPatchOperation[] = [];
  for (const raw of operations) {
    if (!isPlainObject(raw) || typeof raw.op !== 'string') {
      throw new ScimError(400, 'Every operation has an op.', 'invalidSyntax');
    }
    const op = raw.op.toLowerCase();
    if (op !== 'add' && op !== 'replace' && op !== 'remove') {
      throw new ScimError(400, `Unknown operation ${raw.op}.`, 'invalidSyntax');
    }
    const path = typeof raw.path === 'string' && raw.path.trim() ? canonicalPath(raw.path) : undefined;
    if (op === 'remove') {
      if (!path) throw new ScimError(400, 'A remove operation names a path.', 'noTarget');
      // Entra removes members by value rather than by a filtered path.
      if (path === 'members' && Array.isArray(raw.value)) {
        for (const member of raw.value) {
          const id = isPlainObject(member) ? member.value : member;
          out.push({ op: 'remove', path: `members[value eq ${JSON.stringify(String(id))}]` });
        }
      } else {
        out.push({ op: 'remove', path });
      }
      continue;
    }
    if (!path) {
      if (!isPlainObject(raw.value)) {
        throw new ScimError(400, 'An operation without a path carries an object value.', 'invalidValue');
      }
      out.push(...splitValueObject(op, raw.value));
    } else {
      out.push({ op, path, value: managerValue(path, raw.value) } as ScimPatchOperation);
    }
  }
  return out;
}

/** The resource with the operations applied (a copy); paths the library rejects are invalidPath. */
export function applyPatch<T extends ScimResource>(resource: T, operations: ScimPatchOperation[]): T {
  try {
    return scimPatch(resource, operations, { mutateDocument: false, treatMissingAsAdd: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ScimError(400, message, /path/i.test(message) ? 'invalidPath' : 'invalidValue');
  }
}
