/**
 * SCIM Users over the people table. Every person of the organisation is a User (those the seed or an
 * admin created too, so an identity provider can match them by userName); a person the identity
 * provider DELETEs is deactivated and hidden, never removed, so what they wrote stays theirs.
 *
 * What a change does beyond the row: deactivation withdraws the person from every program they take
 * part in and cancels their booked sessions, and the caller directory forgets them at once (migration
 * 0060's NOTIFY), so their embed tokens stop working; a person who gains a first report becomes a
 * MANAGER (job level and role), which the programs' population rules select on their next evaluation;
 * goal visibility follows `manager_id` with no copy to update.
 */
import type { ScimResource } from 'scim-patch';
import { StorageError } from '../../db/errors.js';
import type { Queryable } from '../../db/types.js';
import { actAs } from '../../modules/programs/lifecycle.js';
import { TAKING_PART } from '../../modules/programs/population.js';
import { filterToSql, type AttributeMap } from './filter.js';
import { CORE_USER, ENTERPRISE_USER, invalidValue, notFound, ScimError, versionOf } from './protocol.js';

export const USER_ATTRIBUTES: AttributeMap = {
  id: { kind: 'id', sql: 'p.id::text' },
  externalid: { kind: 'string', sql: 'p.external_id', caseExact: true },
  username: { kind: 'string', sql: 'coalesce(p.user_name, p.email)' },
  displayname: { kind: 'string', sql: 'p.name' },
  'name.formatted': { kind: 'string', sql: 'p.name' },
  'name.givenname': { kind: 'string', sql: 'p.given_name' },
  'name.familyname': { kind: 'string', sql: 'p.family_name' },
  emails: { kind: 'string', sql: 'p.email' },
  'emails.value': { kind: 'string', sql: 'p.email' },
  'emails.type': { kind: 'string', sql: `'work'` },
  'emails.primary': { kind: 'boolean', sql: 'true' },
  active: { kind: 'boolean', sql: 'p.active' },
  title: { kind: 'string', sql: 'p.title' },
  preferredlanguage: { kind: 'string', sql: 'p.locale' },
  locale: { kind: 'string', sql: 'p.locale' },
  timezone: { kind: 'string', sql: 'p.time_zone' },
  department: { kind: 'string', sql: 'p.department' },
  division: { kind: 'string', sql: 'p.division' },
  organization: { kind: 'string', sql: 'p.organization' },
  employeenumber: { kind: 'string', sql: 'p.employee_number', caseExact: true },
  manager: { kind: 'id', sql: 'p.manager_id::text' },
  'manager.value': { kind: 'id', sql: 'p.manager_id::text' },
  'meta.created': { kind: 'date', sql: 'p.created_at' },
  'meta.lastmodified': { kind: 'date', sql: 'p.updated_at' },
};

export interface UserRow {
  id: string;
  name: string;
  email: string;
  locale: string;
  time_zone: string;
  manager_id: string | null;
  manager_name: string | null;
  active: boolean;
  external_id: string | null;
  user_name: string | null;
  given_name: string | null;
  family_name: string | null;
  title: string | null;
  department: string | null;
  division: string | null;
  organization: string | null;
  employee_number: string | null;
  created_at: Date;
  updated_at: Date;
  version: string;
}

const USER_COLUMNS = `p.id, p.name, p.email, p.locale, p.time_zone, p.manager_id, m.name as manager_name, p.active,
  p.external_id, p.user_name, p.given_name, p.family_name, p.title, p.department, p.division,
  p.organization, p.employee_number, p.created_at, p.updated_at,
  (extract(epoch from p.updated_at) * 1000000)::bigint::text as version`;
const FROM_PEOPLE = `people p left join people m on m.org_id = p.org_id and m.id = p.manager_id`;

export type UserResource = ScimResource & Record<string, unknown>;

export function userResource(row: UserRow, baseUrl: string): UserResource {
  const enterprise: Record<string, unknown> = {};
  if (row.employee_number) enterprise.employeeNumber = row.employee_number;
  if (row.department) enterprise.department = row.department;
  if (row.division) enterprise.division = row.division;
  if (row.organization) enterprise.organization = row.organization;
  if (row.manager_id) {
    enterprise.manager = {
      value: row.manager_id,
      $ref: `${baseUrl}/Users/${row.manager_id}`,
      displayName: row.manager_name,
    };
  }
  const name: Record<string, string> = { formatted: row.name };
  if (row.given_name) name.givenName = row.given_name;
  if (row.family_name) name.familyName = row.family_name;
  const resource: UserResource = {
    schemas: [CORE_USER, ENTERPRISE_USER] as ScimResource['schemas'],
    id: row.id,
    userName: row.user_name ?? row.email,
    name,
    displayName: row.name,
    emails: [{ value: row.email, type: 'work', primary: true }],
    active: row.active,
    preferredLanguage: row.locale,
    locale: row.locale,
    timezone: row.time_zone,
    [ENTERPRISE_USER]: enterprise,
    meta: {
      resourceType: 'User',
      created: row.created_at,
      lastModified: row.updated_at,
      location: `${baseUrl}/Users/${row.id}`,
      version: versionOf(row.version),
    } as ScimResource['meta'],
  };
  if (row.external_id) resource.externalId = row.external_id;
  if (row.title) resource.title = row.title;
  return resource;
}

export async function readUser(tx: Queryable, orgId: string, id: string): Promise<UserRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await tx.query<UserRow>(
    `select ${USER_COLUMNS} from ${FROM_PEOPLE}
     where p.org_id = $1 and p.id = $2 and p.scim_deleted_at is null`,
    [orgId, id],
  );
  return row ?? null;
}

export async function listUsers(
  tx: Queryable,
  orgId: string,
  filter: string | null,
  startIndex: number,
  count: number,
): Promise<{ rows: UserRow[]; total: number }> {
  const { where, params } = filterToSql(filter, USER_ATTRIBUTES, 2);
  const base = `from ${FROM_PEOPLE} where p.org_id = $1 and p.scim_deleted_at is null and ${where}`;
  const [counted] = await tx.query<{ total: number }>(`select count(*)::int as total ${base}`, [
    orgId,
    ...params,
  ]);
  const rows = count
    ? await tx.query<UserRow>(
        `select ${USER_COLUMNS} ${base} order by p.created_at, p.id
         offset $${params.length + 2} limit $${params.length + 3}`,
        [orgId, ...params, startIndex - 1, count],
      )
    : [];
  return { rows, total: counted?.total ?? 0 };
}

/** What a User resource says, in the people table's terms. */
interface UserFields {
  userName: string;
  externalId: string | null;
  name: string;
  givenName: string | null;
  familyName: string | null;
  email: string;
  active: boolean;
  locale: string | null;
  timeZone: string | null;
  title: string | null;
  department: string | null;
  division: string | null;
  organization: string | null;
  employeeNumber: string | null;
  managerId: string | null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown, attribute: string, max = 200): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' && typeof value !== 'number') throw invalidValue(`${attribute} is a string.`);
  const trimmed = String(value).trim();
  if (trimmed.length > max) throw invalidValue(`${attribute} is at most ${max} characters.`);
  return trimmed || null;
}

/** Booleans as Entra sends them too: "True", "False". */
function bool(value: unknown, attribute: string): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && ['true', 'false'].includes(value.toLowerCase())) {
    return value.toLowerCase() === 'true';
  }
  throw invalidValue(`${attribute} is a boolean.`);
}

/** Attributes of a resource looked up case-insensitively (RFC 7643 §2.1). */
function attr(resource: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(resource).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : resource[key];
}

const KNOWN_USER_ATTRIBUTES = new Set(
  [
    'schemas',
    'id',
    'externalId',
    'userName',
    'name',
    'displayName',
    'nickName',
    'emails',
    'active',
    'preferredLanguage',
    'locale',
    'timezone',
    'title',
    'userType',
    'phoneNumbers',
    'addresses',
    'groups',
    'roles',
    'password',
    'meta',
    ENTERPRISE_USER,
  ].map((name) => name.toLowerCase()),
);

export function fieldsOf(resource: Record<string, unknown>): UserFields {
  for (const key of Object.keys(resource)) {
    if (!KNOWN_USER_ATTRIBUTES.has(key.toLowerCase())) {
      throw invalidValue(`Unknown attribute ${key}.`);
    }
  }
  const userName = text(attr(resource, 'userName'), 'userName', 256);
  if (!userName) throw invalidValue('userName is required.');
  const nameValue = attr(resource, 'name');
  const name = isObject(nameValue) ? nameValue : {};
  const givenName = text(attr(name, 'givenName'), 'name.givenName');
  const familyName = text(attr(name, 'familyName'), 'name.familyName');
  const formatted =
    text(attr(resource, 'displayName'), 'displayName') ??
    text(attr(name, 'formatted'), 'name.formatted') ??
    ([givenName, familyName].filter(Boolean).join(' ') || userName);
  const emailsValue = attr(resource, 'emails');
  const emails = Array.isArray(emailsValue) ? emailsValue.filter(isObject) : [];
  const chosen =
    emails.find((email) => bool(attr(email, 'primary') ?? false, 'emails.primary')) ??
    emails.find((email) => String(attr(email, 'type') ?? '').toLowerCase() === 'work') ??
    emails[0];
  const email = (
    text(chosen ? attr(chosen, 'value') : undefined, 'emails.value', 254) ?? userName
  ).toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    throw invalidValue('A user needs an email address: a work email, or a userName that is one.');
  }
  const enterpriseValue = attr(resource, ENTERPRISE_USER);
  const enterprise = isObject(enterpriseValue) ? enterpriseValue : {};
  const manager = attr(enterprise, 'manager');
  const managerId = text(isObject(manager) ? attr(manager, 'value') : manager, 'manager.value', 64);
  return {
    userName,
    externalId: text(attr(resource, 'externalId'), 'externalId', 256),
    name: formatted,
    givenName,
    familyName,
    email,
    active: bool(attr(resource, 'active'), 'active'),
    locale:
      text(attr(resource, 'preferredLanguage'), 'preferredLanguage', 35) ??
      text(attr(resource, 'locale'), 'locale', 35),
    timeZone: text(attr(resource, 'timezone'), 'timezone', 64),
    title: text(attr(resource, 'title'), 'title'),
    department: text(attr(enterprise, 'department'), 'department'),
    division: text(attr(enterprise, 'division'), 'division'),
    organization: text(attr(enterprise, 'organization'), 'organization'),
    employeeNumber: text(attr(enterprise, 'employeeNumber'), 'employeeNumber', 64),
    managerId,
  };
}

/**
 * The stored locale for a SCIM language tag ("en-US", "fr_FR"): the tag itself when the organisation
 * offers it, else the organisation's locale of the same language, else its first locale.
 */
export function localeFor(tag: string | null, offered: readonly string[]): string {
  const fallback = offered[0] ?? 'en';
  if (!tag) return fallback;
  const normalised = tag.replace(/_/g, '-');
  const exact = offered.find((locale) => locale.toLowerCase() === normalised.toLowerCase());
  if (exact) return exact;
  const language = normalised.toLowerCase().split('-')[0];
  return offered.find((locale) => locale.toLowerCase().split('-')[0] === language) ?? fallback;
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

async function organisationDefaults(
  tx: Queryable,
  orgId: string,
): Promise<{ locales: string[]; timeZone: string; rootUnit: string | null; today: string }> {
  const [row] = await tx.query<{
    locales: string[];
    time_zone: string;
    root_unit: string | null;
    today: string;
  }>(
    `select o.locales, o.time_zone, (now() at time zone o.time_zone)::date::text as today,
       (select u.id from org_units u where u.org_id = o.id and u.parent_id is null
        order by u.created_at, u.id limit 1) as root_unit
     from organisations o where o.id = $1`,
    [orgId],
  );
  if (!row) throw new ScimError(404, 'No such organisation.');
  return { locales: row.locales, timeZone: row.time_zone, rootUnit: row.root_unit, today: row.today };
}

async function checkManager(tx: Queryable, orgId: string, personId: string | null, managerId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(managerId)) throw invalidValue(`manager ${managerId} is not a user here.`);
  if (managerId === personId) throw invalidValue('A user cannot be their own manager.');
  const [row] = await tx.query<{ found: boolean; cycle: boolean }>(
    `with recursive chain(id, depth) as (
       select $2::uuid, 0
       union all
       select p.manager_id, c.depth + 1 from chain c join people p on p.org_id = $1 and p.id = c.id
       where p.manager_id is not null and c.depth < 64
     )
     select exists (select 1 from people where org_id = $1 and id = $2 and scim_deleted_at is null) as found,
            $3::uuid is not null and exists (select 1 from chain where id = $3::uuid) as cycle`,
    [orgId, managerId, personId],
  );
  if (!row?.found) throw invalidValue(`manager ${managerId} is not a user here.`);
  if (row.cycle) throw invalidValue('That manager reports to this user: the reporting line would be a loop.');
}

function uniqueness(error: unknown): never {
  if (error instanceof StorageError && error.code === 'UNIQUE_VIOLATION') {
    const constraint = error.constraint ?? '';
    const what = constraint.includes('email')
      ? 'email'
      : constraint.includes('external')
        ? 'externalId'
        : 'userName';
    throw new ScimError(409, `Another user already has this ${what}.`, 'uniqueness');
  }
  throw error;
}

/** A person gaining a first report becomes a manager, so population rules on job level select them. */
async function promoteManager(tx: Queryable, orgId: string, managerId: string): Promise<void> {
  await tx.query(
    `update people set job_level = case when job_level = 'IC' then 'MANAGER' else job_level end,
       roles = case when 'MANAGER' = any(roles) then roles else roles || 'MANAGER'::text end
     where org_id = $1 and id = $2 and (job_level = 'IC' or not 'MANAGER' = any(roles))`,
    [orgId, managerId],
  );
}

/** Withdraws the person from every program they take part in and cancels their booked sessions. */
async function withdrawEverywhere(tx: Queryable, orgId: string, personId: string): Promise<void> {
  await actAs(tx, null, 'Deactivated by the identity provider');
  await tx.query(
    `update sessions set status = 'CANCELLED', cancelled_at = now(), sequence = sequence + 1,
       cancellation_reason = 'The participant left the organisation.'
     where org_id = $1 and participant_id = $2 and status = 'BOOKED' and ends_at > now()`,
    [orgId, personId],
  );
  await tx.query(
    `update enrolments set status = 'WITHDRAWN', withdrawn_at = now()
     where org_id = $1 and person_id = $2 and status = any($3::text[])`,
    [orgId, personId, [...TAKING_PART]],
  );
}

export async function createUser(
  tx: Queryable,
  orgId: string,
  resource: Record<string, unknown>,
): Promise<string> {
  const fields = fieldsOf(resource);
  const defaults = await organisationDefaults(tx, orgId);
  if (!defaults.rootUnit) {
    throw new ScimError(409, 'The organisation has no org unit yet to place people in.', 'invalidValue');
  }
  if (fields.timeZone && !validTimeZone(fields.timeZone))
    throw invalidValue(`Unknown timezone ${fields.timeZone}.`);
  if (fields.managerId) await checkManager(tx, orgId, null, fields.managerId);
  const [row] = await tx
    .query<{ id: string }>(
      `insert into people (org_id, name, email, locale, time_zone, job_level, org_unit_id, manager_id,
           in_role_since, roles, active, deactivated_at, external_id, user_name, given_name, family_name,
           title, department, division, organization, employee_number)
         values ($1, $2, $3, $4, $5, 'IC', $6, $7, $8::date, array['PARTICIPANT'], $9,
           case when $9 then null else now() end, $10, $11, $12, $13, $14, $15, $16, $17, $18)
         returning id`,
      [
        orgId,
        fields.name,
        fields.email,
        localeFor(fields.locale, defaults.locales),
        fields.timeZone ?? defaults.timeZone,
        defaults.rootUnit,
        fields.managerId,
        defaults.today,
        fields.active,
        ...profileColumns(fields),
      ],
    )
    .catch(uniqueness);
  if (fields.managerId) await promoteManager(tx, orgId, fields.managerId);
  return row!.id;
}

/** The SCIM profile attributes stored as they come, in the column order both writes use. */
function profileColumns(fields: ReturnType<typeof fieldsOf>): Array<string | null> {
  return [
    fields.externalId,
    fields.userName,
    fields.givenName,
    fields.familyName,
    fields.title,
    fields.department,
    fields.division,
    fields.organization,
    fields.employeeNumber,
  ];
}

/** Writes the whole resource over the person (PUT, and PATCH once applied to the stored resource). */
export async function replaceUser(
  tx: Queryable,
  orgId: string,
  current: UserRow,
  resource: Record<string, unknown>,
): Promise<void> {
  const fields = fieldsOf(resource);
  const defaults = await organisationDefaults(tx, orgId);
  if (fields.timeZone && !validTimeZone(fields.timeZone))
    throw invalidValue(`Unknown timezone ${fields.timeZone}.`);
  if (fields.managerId && fields.managerId !== current.manager_id) {
    await checkManager(tx, orgId, current.id, fields.managerId);
  }
  await tx
    .query(
      `update people set name = $3, email = $4, locale = $5, time_zone = $6, manager_id = $7,
           active = $8, deactivated_at = case when $8 then null else coalesce(deactivated_at, now()) end,
           external_id = $9, user_name = $10, given_name = $11, family_name = $12, title = $13,
           department = $14, division = $15, organization = $16, employee_number = $17
         where org_id = $1 and id = $2`,
      [
        orgId,
        current.id,
        fields.name,
        fields.email,
        fields.locale ? localeFor(fields.locale, defaults.locales) : current.locale,
        fields.timeZone ?? current.time_zone,
        fields.managerId,
        fields.active,
        ...profileColumns(fields),
      ],
    )
    .catch(uniqueness);
  if (fields.managerId && fields.managerId !== current.manager_id) {
    await promoteManager(tx, orgId, fields.managerId);
  }
  if (current.active && !fields.active) await withdrawEverywhere(tx, orgId, current.id);
}

/** DELETE: deactivated and no longer a resource; the row and what points at it stay. */
export async function deleteUser(tx: Queryable, orgId: string, id: string): Promise<void> {
  const current = await readUser(tx, orgId, id);
  if (!current) throw notFound('User', id);
  await tx.query(
    `update people set active = false, deactivated_at = coalesce(deactivated_at, now()), scim_deleted_at = now()
     where org_id = $1 and id = $2`,
    [orgId, id],
  );
  await tx.query(`delete from scim_group_members where org_id = $1 and person_id = $2`, [orgId, id]);
  if (current.active) await withdrawEverywhere(tx, orgId, id);
}
