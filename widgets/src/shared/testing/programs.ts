import { gql } from './tokens.js';

// Programs made through the API as a host's program admin would, for the widget tests that need
// people invited to one (run them on `startGateway('programs')`).

export interface Invited {
  enrolmentId: string;
  personId: string;
}

/**
 * `prefix` and six random characters: a program name no other test on the shared `programs`
 * gateway has used, so a test finds its own program by name.
 */
export const uniqueName = (prefix: string): string => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;

/** A draft program for the seed's managers; `input` adds to or replaces the defaults. */
export async function createProgram(
  gateway: string,
  token: string,
  name: string,
  input: Record<string, unknown> = {},
): Promise<string> {
  const created = await gql<{ createProgram: { program: { id: string } | null; userErrors: unknown[] } }>(
    gateway,
    token,
    `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { program { id } userErrors { field message } } }`,
    {
      input: {
        names: [{ locale: 'en', text: name }],
        objectives: [{ locale: 'en', text: 'Faster ramp-up of new managers' }],
        languages: ['en', 'es', 'fr', 'de', 'ja', 'ar'],
        targetPopulation: { jobLevels: ['MANAGER'] },
        ...input,
      },
    },
  );
  const id = created.createProgram.program?.id;
  if (!id) throw new Error(`createProgram refused: ${JSON.stringify(created.createProgram.userErrors)}`);
  return id;
}

/** Publishes a program, which invites everyone it is for. */
export async function publishProgram(gateway: string, token: string, programId: string): Promise<void> {
  const published = await gql<{ publishProgram: { invitedCount: number; userErrors: unknown[] } }>(
    gateway,
    token,
    `mutation ($input: PublishProgramInput!) { publishProgram(input: $input) { invitedCount userErrors { field message } } }`,
    { input: { programId } },
  );
  if (published.publishProgram.invitedCount === 0)
    throw new Error(`publishProgram invited nobody: ${JSON.stringify(published.publishProgram.userErrors)}`);
}

/** The first twenty people a program invited who have not answered yet. */
export async function invitedTo(gateway: string, token: string, programId: string): Promise<Invited[]> {
  const roster = await gql<{
    node: { enrolments: { edges: Array<{ node: { id: string; person: { id: string } } }> } };
  }>(
    gateway,
    token,
    `query ($id: ID!) { node(id: $id) { ... on Program { enrolments(first: 20, status: INVITED) { edges { node { id person { id } } } } } } }`,
    { id: programId },
  );
  return roster.node.enrolments.edges.map(({ node }) => ({ enrolmentId: node.id, personId: node.person.id }));
}
