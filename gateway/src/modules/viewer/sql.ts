/** Organisations: the tenant rows. */
import type { Queryable } from '../../db/types.js';

export interface OrganisationRow {
  readonly __typename: 'Organisation';
  id: string;
  slug: string;
  name: string;
  locales: string[];
  timeZone: string;
  minGroupSize: number;
  allowedOrigins: string[];
}

interface RawOrganisation {
  id: string;
  slug: string;
  name: string;
  locales: string[];
  time_zone: string;
  min_group_size: number;
  allowed_origins: string[];
}

const columns = 'id, slug, name, locales, time_zone, min_group_size, allowed_origins';

function toOrganisation(raw: RawOrganisation): OrganisationRow {
  return {
    __typename: 'Organisation',
    id: raw.id,
    slug: raw.slug,
    name: raw.name,
    locales: raw.locales,
    timeZone: raw.time_zone,
    minGroupSize: raw.min_group_size,
    allowedOrigins: raw.allowed_origins,
  };
}

export async function organisationsByIds(tx: Queryable, ids: readonly string[]): Promise<OrganisationRow[]> {
  const rows = await tx.query<RawOrganisation>(
    `select ${columns} from organisations where id = any($1::uuid[])`,
    [ids],
  );
  return rows.map(toOrganisation);
}

export async function updatePersonPreferences(
  tx: Queryable,
  orgId: string,
  personId: string,
  changes: { locale?: string | null; timeZone?: string | null },
): Promise<void> {
  await tx.query(
    `update people set locale = coalesce($3, locale), time_zone = coalesce($4, time_zone)
     where org_id = $1 and id = $2`,
    [orgId, personId, changes.locale ?? null, changes.timeZone ?? null],
  );
}
