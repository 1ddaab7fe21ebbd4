import type { TokenProvider } from '@coachwork/client';
import { html, nothing } from 'lit';
import '../define/coach-desk.js';
import { $ } from '../shared/testing/dom.js';
import { mountFramed, shootFrame, untilShown } from '../shared/testing/framed.js';
import type { CoachDesk } from './coach-desk.js';

/** Test helpers the desk's test files share (not shipped: only tests import this). */

/** The coach of the test gateway's `desk` organisation (widgets/scripts/test-gateway-desk.ts). */
export const COACH = 'coach@desk.example';
/** Their first client, who shares two goals and rates sessions. */
export const CLIENT = 'report1@desk.example';
/** A coach with a client and no sessions. */
export const EMPTY_COACH = 'coach@deskempty.example';

export const part = (el: Element, name: string): HTMLElement | null => $(el, `[part~="${name}"]`);

/** Waits until `check` holds; a timeout quotes what the widget shows. */
export const until = untilShown;

export async function mountDesk(options: {
  gateway: string;
  tokenProvider?: TokenProvider;
  locale?: string;
  theme?: string;
  tab?: string;
}): Promise<CoachDesk> {
  // No tab attribute at all unless one is asked for: the desk then opens its default tab.
  return mountFramed<CoachDesk>(
    html`<cw-coach-desk
      gateway=${options.gateway}
      locale=${options.locale ?? 'en'}
      theme=${options.theme ?? 'light'}
      tab=${options.tab || nothing}
      .tokenProvider=${options.tokenProvider}
    ></cw-coach-desk>`,
    { size: 'inline-size: 860px', theme: options.theme, locale: options.locale },
  );
}

export const shoot = (el: Element, name: string): Promise<void> => shootFrame(el, `coach-desk-${name}`);

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
