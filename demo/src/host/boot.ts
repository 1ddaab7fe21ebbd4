import type { TokenProviderResult } from '@coachwork/client';
import { DevBackend, DevBackendError, type DemoRole, type DevToken } from './dev-backend.js';
import { gatewayUrl } from './gateway-url.js';
import { retryUntilAnswered } from './retry.js';
import { renderViewingAs, ROLE_GROUPS, type PeopleGroup } from './viewing-as.js';
import {
  mountCoachDesk,
  mountGoalTracker,
  mountProgramConsole,
  mountProgressCard,
  mountPulse,
  mountQualityHeatmap,
  mountSessionBooker,
  mountTeamProgress,
  mountViewerBadge,
  routeProgressLinks,
} from './widgets.js';

export interface HostPage {
  /** Who opens this page by default: one of the seed's well-known people (stable in every seed)… */
  defaultEmail: string;
  /** …or, in another organisation (`?org=`) or a database without them, the first person with this role. */
  defaultRole: DemoRole;
  /**
   * For a page that talks to the gateway itself rather than through widgets: called once with the
   * page's token source (the first sign-in, then a fresh token on each call), before the "Viewing
   * as" picker fills in.
   */
  onSession?: (session: { token: () => Promise<DevToken> }) => void;
}

const THEMES = ['auto', 'light', 'dark', 'high-contrast'];

/** Enough of each role to try every kind of viewer without a select of several hundred options. */
const PEOPLE_PER_ROLE = 8;

/**
 * Wires a host page the way a real host would: its backend mints an embed token for the signed-in
 * person, and every Coachwork element on the page gets the gateway URL and a token provider.
 * `?as=<email>` picks the person, `?org=<slug>` the organisation; `?locale=` and `?theme=` are handed
 * to the widgets as attributes, the way a host would configure them.
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
  const asEmail = params.get('as') ?? undefined;

  const loadGroups = (): Promise<PeopleGroup[]> =>
    Promise.all(
      ROLE_GROUPS.map(async ({ role, label }) => ({
        role,
        label,
        people: await backend.people({ role, org, limit: PEOPLE_PER_ROLE }).catch(() => []),
      })),
    );
  const groupsLoaded = loadGroups();
  const firstOfRole = async () =>
    (await groupsLoaded).find((group) => group.role === page.defaultRole)?.people[0]?.email;

  // Like a server-rendered host page, the first token arrives with the page; later ones on demand.
  const signIn = async (): Promise<DevToken> => {
    if (asEmail) return backend.token({ email: asEmail, org });
    if (!org) {
      try {
        return await backend.token({ email: page.defaultEmail });
      } catch (error) {
        // A gateway that did not answer says nothing about who is in its database: ask again later as
        // this person. Had the next call reached it just after it came back, the page would have
        // signed in as whoever the fallback found instead.
        if (error instanceof DevBackendError && error.unreachable) throw error;
        // Not in this database (another seed); fall back to the role.
      }
    }
    return backend.token({ email: await firstOfRole(), org });
  };
  let signedIn: { email: string; org: string } | undefined;
  const mint = async (): Promise<DevToken> => {
    const minted = await (signedIn ? backend.token(signedIn) : signIn());
    signedIn = { email: minted.person.email, org: minted.organisation.slug };
    return minted;
  };
  const firstToken = mint();
  let pending: Promise<DevToken> | undefined = firstToken;
  const token = (): Promise<DevToken> => {
    // After a failed sign-in, the widget's retry asks again and gets a fresh attempt.
    const next = pending ?? mint();
    pending = undefined;
    return next;
  };
  const tokenProvider = async (): Promise<TokenProviderResult> => {
    const minted = await token();
    return { token: minted.token, expiresAt: minted.expiresAt };
  };
  page.onSession?.({ token });
  const theme = params.get('theme') ?? undefined;
  const settings = {
    gateway,
    tokenProvider,
    locale: params.get('locale') ?? undefined,
    theme: theme && THEMES.includes(theme) ? theme : undefined,
  };
  for (const slot of document.querySelectorAll<HTMLElement>('[data-cw-slot]')) {
    mountViewerBadge(slot, settings);
  }
  for (const slot of document.querySelectorAll<HTMLElement>('[data-cw-goal-tracker]')) {
    mountGoalTracker(slot, settings);
  }
  for (const slot of document.querySelectorAll<HTMLElement>('[data-cw-quality-heatmap]')) {
    mountQualityHeatmap(slot, settings);
  }
  for (const slot of document.querySelectorAll<HTMLElement>('[data-cw-session-booker]')) {
    mountSessionBooker(slot, settings);
  }
  for (const slot of document.querySelectorAll<HTMLElement>('[data-cw-pulse]')) {
    mountPulse(slot, settings);
  }
  for (const slot of document.querySelectorAll<HTMLElement>('[data-cw-program-console]')) {
    mountProgramConsole(slot, settings);
  }
  // The coach's desk is only for coaches: the page asks who signed in and leaves the section out for
  // anyone else, as a host that knows its user's roles would.
  const deskSlots = document.querySelectorAll<HTMLElement>('[data-cw-coach-desk]');
  if (deskSlots.length > 0) {
    const person = await firstToken.then(
      (minted) => minted.person,
      () => undefined,
    );
    for (const slot of deskSlots) {
      const section = slot.closest<HTMLElement>('section') ?? slot;
      if (person?.roles.includes('COACH')) {
        section.hidden = false;
        mountCoachDesk(slot, settings);
      } else {
        section.hidden = true;
      }
    }
  }
  for (const slot of document.querySelectorAll<HTMLElement>('[data-cw-progress-card]')) {
    mountProgressCard(slot, settings);
  }
  for (const slot of document.querySelectorAll<HTMLElement>('[data-cw-team-progress]')) {
    void mountTeamProgress(slot, settings);
  }
  routeProgressLinks();

  const switcher = document.querySelector('[data-viewing-as]');
  if (!switcher) return;
  let [groups, viewer] = await Promise.all([
    groupsLoaded,
    firstToken.then(
      (minted) => minted.person,
      () => undefined,
    ),
  ]);
  if (!viewer && groups.every((group) => group.people.length === 0)) {
    switcher.textContent = `Viewing as: nobody (no dev gateway at ${gateway})`;
    // The gateway is down or not started yet: ask again on the widgets' schedule, so the line comes
    // back with them rather than only after a reload. A token minted here (or by a widget's retry)
    // names the viewer.
    [groups, viewer] = await retryUntilAnswered(async () => {
      const person = await token().then(
        (minted) => minted.person,
        () => undefined,
      );
      return person && ([await loadGroups(), person] as const);
    });
  }
  renderViewingAs(switcher, groups, viewer, (next) => {
    params.set('as', next);
    location.search = params.toString();
  });
}
