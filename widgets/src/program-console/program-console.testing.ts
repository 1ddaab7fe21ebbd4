import type { TokenProvider } from '@coachwork/client';
import { expect } from '@open-wc/testing';
import { html, nothing } from 'lit';
import '../define/program-console.js';
import { $ } from '../shared/testing/dom.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { gql, mintToken, onRealGateway, signedIn } from '../shared/testing/gateway.js';
import { untilLocale } from '../shared/testing/locale.js';
import { frameWidget, shootFrame, untilShown } from '../shared/testing/framed.js';
import type { ProgramConsole } from './program-console.js';

/** Test helpers the console's test files share (not shipped: only tests import this). */

export const PRIYA = 'priya.raman@northwind.example';
export const TOM = 'tom.becker@northwind.example';
export const LUCIA = 'lucia.fernandez@northwind.example';

/** The `programs` gateway's `comments` organisation: its org admin, and a program admin of its program. */
export const COMMENTS_ADMIN = 'admin@comments.example';
export const COMMENTS_PROGRAM_ADMIN = 'padma@comments.example';

export const part = (el: Element, name: string): HTMLElement | null => $(el, `[part~="${name}"]`);

/** Waits until `check` holds; a timeout quotes what the widget shows. */
export const until = untilShown;

export interface MountOptions {
  gateway: string;
  tokenProvider?: TokenProvider;
  locale?: string;
  theme?: string;
  program?: string;
  tab?: string;
}

export async function mountConsole(options: MountOptions): Promise<ProgramConsole> {
  // No program or tab attribute unless one is asked for: the console then opens its list.
  const el = frameWidget<ProgramConsole>(
    html`<cw-program-console
      gateway=${options.gateway}
      locale=${options.locale ?? 'en'}
      theme=${options.theme ?? 'light'}
      program=${options.program || nothing}
      tab=${options.tab || nothing}
      .tokenProvider=${options.tokenProvider}
    ></cw-program-console>`,
    { size: 'inline-size: 900px', theme: options.theme },
  );
  // A test mounting several consoles stacks them; each is looked at, as a person scrolls to it (a
  // widget a viewport below the fold waits to be near before it loads).
  el.parentElement!.scrollIntoView();
  await el.updateComplete;
  if (options.locale) await untilLocale(el, options.locale);
  return el;
}

/** The console as Priya, a program admin of the seed, who manages the programs the tests create. */
export const mountAsAdmin = (
  gateway: string,
  options: Omit<MountOptions, 'gateway' | 'tokenProvider'>,
): Promise<ProgramConsole> => mountConsole({ ...signedIn(gateway, { email: PRIYA }), ...options });

export interface CommentsProgram {
  gateway: string;
  /** The org admin's token, for what a test sets up or tidies through the API. */
  adminToken: string;
  programId: string;
}

/**
 * For a suite on a tab of the `comments` organisation's program (the org admin's tabs): starts the
 * `programs` gateway and finds the program before the first test, then hands them to `ready`.
 * Returns how the suite mounts the console on `tab`, signed in as `email`.
 */
export function onCommentsProgram(
  tab: string,
  ready: (suite: CommentsProgram) => unknown = () => undefined,
): (email: string, look?: { theme?: string; locale?: string; tab?: string }) => Promise<ProgramConsole> {
  let suite: CommentsProgram;
  onRealGateway(async (gateway) => {
    const adminToken = (await mintToken(gateway, { email: COMMENTS_ADMIN })).token;
    const programs = await gql<{ programs: { edges: Array<{ node: { id: string } }> } }>(
      gateway,
      adminToken,
      `{ programs(first: 5) { edges { node { id } } } }`,
    );
    suite = { gateway, adminToken, programId: programs.programs.edges[0]!.node.id };
    await ready(suite);
  }, 'programs');
  return (email, look = {}) =>
    mountConsole({ ...signedIn(suite.gateway, { email }), program: suite.programId, tab, ...look });
}

/** The looks each tab is checked in besides the default: dark, and right-to-left in Arabic. */
export const LOOKS = [
  { theme: 'dark', locale: 'en' },
  { theme: 'light', locale: 'ar' },
] as const;

export type Look = (typeof LOOKS)[number];

export const shoot = (el: Element, name: string): Promise<void> => shootFrame(el, `program-console-${name}`);

/**
 * What a view is checked for in a look, the one the console was mounted in: right to left in
 * Arabic, accessible, and shot as `<name>-<theme>` (`<name>-ar` in Arabic).
 */
export async function expectLook(el: ProgramConsole, name: string): Promise<void> {
  const arabic = el.locale === 'ar';
  if (arabic) expect(el.dir).to.equal('rtl');
  await expectAccessible(el);
  await shoot(el, `${name}-${arabic ? 'ar' : el.theme}`);
}

/** `show` mounts the console in a look and waits for the view; each of LOOKS is then checked. */
export async function expectLooks(
  name: string,
  show: (look: Look) => Promise<ProgramConsole>,
): Promise<void> {
  for (const look of LOOKS) await expectLook(await show(look), name);
}

/** Types into a control as a person would (value, then input and change events). */
export function fill(
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  value: string,
): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The label's control, found by its visible text. */
export function control<E extends HTMLElement = HTMLInputElement>(el: Element, label: string): E {
  const found = [...el.shadowRoot!.querySelectorAll('label')].find(
    (l) => l.textContent?.replace(/\s+/g, ' ').trim() === label,
  );
  if (!found) throw new Error(`no label “${label}”`);
  const target = found.htmlFor ? el.shadowRoot!.getElementById(found.htmlFor) : found.querySelector('input');
  if (!target) throw new Error(`label “${label}” names no control`);
  return target as E;
}

export function collect<E extends Event>(el: Element, name: string): E[] {
  const seen: E[] = [];
  el.addEventListener(name, (event) => seen.push(event as E));
  return seen;
}

/** Opens a tab by clicking it and waits for its panel to leave the loading state. */
export async function openTab(el: ProgramConsole, tab: string): Promise<void> {
  $(el, `[data-tab="${tab}"]`)!.click();
  await until(
    () =>
      el.tab === tab &&
      $(el, '[role="tabpanel"]') !== null &&
      $(el, '[role="tabpanel"] [part~="state-loading"]') === null,
    `the ${tab} tab`,
  );
  await el.updateComplete;
}
