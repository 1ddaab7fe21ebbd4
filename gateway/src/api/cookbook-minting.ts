/**
 * The cookbook's first recipe: minting an embed token on the host's backend, which every other
 * recipe's `$TOKEN` comes from. It runs on the host's side, not against a schema field, so it is not
 * a `CookbookRecipe`; docs.ts prints it before them, and cookbook.test.ts runs both versions (Node
 * and the shell) and sends their tokens to a running gateway.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The Node module a host copies; the Developers page shows the same file. */
export const mintModuleFile = path.join(repo, 'demo/snippets/mint-embed-token.mjs');

export const mintingRecipe = {
  title: 'Mint an embed token on your backend',
  explanation:
    'Every request carries an embed token: a JWT your backend signs with HS256 and your organisation’s embed signing secret, naming one person (`sub`) of your organisation (`org`, and the `kid` header) for the Coachwork gateway (`aud`). Keep it short-lived (the gateway refuses more than 12 hours) and mint it where the secret lives, never in the browser. A token the gateway refuses answers HTTP 401 with UNAUTHENTICATED; mint a new one. `roles` (optional) narrows the person’s roles for one page.',
  node: {
    intro:
      'With Node (18 or later, no dependencies; TypeScript reads its JSDoc types with `allowJs`), the module:',
    usage: `import { mintEmbedToken } from './mint-embed-token.mjs';

const { token, expiresAt } = mintEmbedToken({
  organisationId: process.env.COACHWORK_ORGANISATION_ID!,
  personId, // the signed-in user's Coachwork id, mapped when you provision people
  secret: process.env.COACHWORK_EMBED_SECRET!,
});
const answer = await request<{ viewer: { name: string } }>(GATEWAY, token, '{ viewer { name } }');`,
  },
  shell: {
    intro:
      'With the shell (openssl and curl; for scripts on a machine you trust: the secret is on `openssl`’s command line, where other users of the machine can see it):',
    script: `b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"HS256","typ":"JWT","kid":"%s"}' "$ORG_ID" | b64url)
claims=$(printf '{"aud":"coachwork-gateway","org":"%s","sub":"%s","iat":%s,"exp":%s}' \\
  "$ORG_ID" "$PERSON_ID" "$now" "$((now + 900))" | b64url)
signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -hmac "$SECRET" -binary | b64url)
TOKEN="$header.$claims.$signature"

curl -sS "$GATEWAY/graphql" \\
  -H "Authorization: Bearer $TOKEN" \\
  -H "Content-Type: application/json" \\
  --data '{"query":"{ viewer { name } }"}'`,
  },
} as const;

/** The module's source as a host copies it. */
export function mintModuleSource(): string {
  return readFileSync(mintModuleFile, 'utf8').trim();
}
