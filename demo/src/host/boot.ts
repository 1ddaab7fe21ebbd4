import type { TokenProviderResult } from '@coachwork/client';
import { DevBackend, type DemoRole, type DevToken } from './dev-backend.js';
import { gatewayUrl } from './gateway-url.js';
import { renderViewingAs, ROLE_GROUPS, type PeopleGroup } from './viewing-as.js';
import { mountViewerBadge } from './widgets.js';

export interface HostPage {
  /** Who usually opens this kind of page; used when the URL has no `?as=<email>`. */
  defaultRole: DemoRole;
}

/** Enough of each role to try every kind of viewer without a select of several hundred options. */
const PEOPLE_PER_ROLE = 8;

/**
 * Wires a host page the way a real host would: its backend mints an embed token for the signed-in
 * person, and every Coachwork element on the page gets the gateway URL and a token provider.
 * `?as=<email>` picks the person, `?org=<slug>` the organisation.
 */
export async function bootHostPage(page: HostPage): Promise<void> {
  // The host's own search boxes are scenery on these pages.
  for (const form of document.querySelectorAll('form[role="search"]')) {
    form.addEventListener('submit', (event) => event.preventDefault());
  }

  const gateway = gatewayUrl();
  const params = new URLSearchParams(location.search);
  const backend = new DevBackend(gateway);
  const org = params.get('org') ?? undefined;
  const switcher = document.querySelector('[data-viewing-as]');

  const groups: PeopleGroup[] = await Promise.all(
    ROLE_GROUPS.map(async ({ role, label }) => ({
      role,
      label,
      people: await backend.people({ role, org, limit: PEOPLE_PER_ROLE }).catch(() => []),
    })),
  );
  const email = params.get('as') ?? groups.find((g) => g.role === page.defaultRole)?.people[0]?.email;
  const personOrg = org ?? groups.flatMap((g) => g.people).find((p) => p.email === email)?.organisation.slug;

  // Like a server-rendered host page, the first token comes with the page; later ones on demand.
  const firstToken = backend.token({ email, org: personOrg });
  let pending: Promise<DevToken> | undefined = firstToken;
  const tokenProvider = async (): Promise<TokenProviderResult> => {
    const minted = await (pending ?? backend.token({ email, org: personOrg }));
    pending = undefined;
    return { token: minted.token, expiresAt: minted.expiresAt };
  };
  for (const slot of document.querySelectorAll<HTMLElement>('[data-cw-slot]')) {
    mountViewerBadge(slot, gateway, tokenProvider);
  }

  if (switcher) {
    const viewer = await firstToken.then(
      (minted) => minted.person,
      () => undefined,
    );
    if (groups.every((g) => g.people.length === 0) && !viewer) {
      switcher.textContent = `Viewing as: nobody (gateway ${gateway} not reachable in dev mode)`;
      return;
    }
    renderViewingAs(switcher, groups, viewer, (next) => {
      params.set('as', next);
      location.search = params.toString();
    });
  }
}
