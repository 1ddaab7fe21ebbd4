import type { TokenProvider } from '@coachwork/client';
import { fixture, html } from '@open-wc/testing';
import '../define/coach-desk.js';
import { $ } from '../shared/testing/dom.js';
import { untilLocale } from '../shared/testing/locale.js';
import { screenshot } from '../shared/testing/screenshot.js';
import type { CoachDesk } from './coach-desk.js';

/** Test helpers the desk's test files share (not shipped: only tests import this). */

/** The coach of the test gateway's `desk` organisation (widgets/scripts/test-gateway-desk.ts). */
export const COACH = 'coach@desk.example';
/** Their first client, who shares two goals and rates sessions. */
export const CLIENT = 'report1@desk.example';
/** A coach with a client and no sessions. */
export const EMPTY_COACH = 'coach@deskempty.example';

export const part = (el: Element, name: string): HTMLElement | null => $(el, `[part~="${name}"]`);

let current: Element | undefined;

export async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) {
      const shown = current?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 800);
      throw new Error(`timed out waiting for ${what}; the element shows: ${shown}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

let shots = 0;

export async function mountDesk(options: {
  gateway: string;
  tokenProvider?: TokenProvider;
  locale?: string;
  theme?: string;
  tab?: string;
}): Promise<CoachDesk> {
  const dark = options.theme === 'dark' || options.theme === 'high-contrast';
  const frame = await fixture<HTMLDivElement>(
    html`<div
      data-shot=${++shots}
      style="inline-size: 860px; padding: 24px; font-family: system-ui, sans-serif; background: ${dark ? '#2b2d31' : '#f4f5f7'}"
    >
      <cw-coach-desk
        gateway=${options.gateway}
        locale=${options.locale ?? 'en'}
        theme=${options.theme ?? 'light'}
        tab=${options.tab ?? ''}
        .tokenProvider=${options.tokenProvider}
      ></cw-coach-desk>
    </div>`,
  );
  const el = frame.querySelector('cw-coach-desk')!;
  if (!options.tab) el.removeAttribute('tab');
  current = el;
  await el.updateComplete;
  if (options.locale && options.locale !== 'en') await untilLocale(el, options.locale);
  return el;
}

export const shoot = (el: Element, name: string): Promise<void> =>
  screenshot(`coach-desk-${name}`, `[data-shot="${el.parentElement!.dataset['shot']}"]`);

/** Types into a control as a person would (value, then input and change events). */
export function fill(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Waits until the panel shows its content (no skeleton left). */
export async function untilPanel(el: CoachDesk, what: string): Promise<void> {
  await until(
    () => $(el, '[role="tabpanel"]') !== null && $(el, '[role="tabpanel"] [part~="state-loading"]') === null,
    what,
  );
  await el.updateComplete;
}
