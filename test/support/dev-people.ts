/** A seeded person as the gateway's dev-only `GET /dev/people` lists them. */
export interface SeededPerson {
  id: string;
  name: string;
  email: string;
  roles: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function asPerson(value: unknown): SeededPerson {
  if (!isRecord(value)) throw new Error(`not a person: ${JSON.stringify(value)}`);
  const { id, name, email, roles } = value;
  if (
    typeof id !== 'string' ||
    typeof name !== 'string' ||
    typeof email !== 'string' ||
    !Array.isArray(roles)
  ) {
    throw new Error(`not a person: ${JSON.stringify(value)}`);
  }
  return { id, name, email, roles: roles.map(String) };
}

export async function devPeople(
  gatewayUrl: string,
  query: { role?: string; org?: string } = {},
): Promise<SeededPerson[]> {
  const url = new URL('/dev/people', gatewayUrl);
  for (const [key, value] of Object.entries(query)) if (value) url.searchParams.set(key, value);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  const body: unknown = await response.json();
  const list = Array.isArray(body) ? body : isRecord(body) ? body.people : undefined;
  if (!Array.isArray(list))
    throw new Error(`GET ${url}: unexpected body ${JSON.stringify(body).slice(0, 200)}`);
  return list.map(asPerson);
}
