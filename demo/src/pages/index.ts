import { gatewayUrl } from '../host/gateway-url.js';

const gateway = gatewayUrl();
const urlSlot = document.querySelector('[data-gateway-url]');
const statusSlot = document.querySelector('[data-gateway-status]');
const graphiql = document.querySelector<HTMLAnchorElement>('a[data-graphiql]');

if (urlSlot) urlSlot.textContent = gateway;
if (graphiql) graphiql.href = `${gateway}/graphiql`;

/** The host pages need the dev routes (they mint tokens there), so that is what "ready" means here. */
async function checkGateway(): Promise<string> {
  try {
    const response = await fetch(`${gateway}/dev/people?limit=1`);
    if (response.ok) return 'ready (dev mode)';
    if (response.status === 404) return 'running, but not in dev mode: the demo pages need its /dev routes';
    return `answered HTTP ${response.status}`;
  } catch {
    return 'not reachable (start it with pnpm start)';
  }
}

void checkGateway().then((status) => {
  if (statusSlot) statusSlot.textContent = status;
});
