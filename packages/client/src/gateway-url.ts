/**
 * A widget's `gateway` attribute may be the gateway's base URL (`https://coach.example.com`)
 * or its GraphQL endpoint (`https://coach.example.com/graphql`); both name the same client.
 */
export function resolveEndpoint(gateway: string): string {
  let url: URL;
  try {
    url = new URL(gateway, globalThis.location?.href);
  } catch (cause) {
    throw new TypeError(`Coachwork: "${gateway}" is not a valid gateway URL`, { cause });
  }
  if (!url.pathname.endsWith('/graphql')) {
    url.pathname = `${url.pathname.replace(/\/$/, '')}/graphql`;
  }
  url.hash = '';
  return url.href;
}
