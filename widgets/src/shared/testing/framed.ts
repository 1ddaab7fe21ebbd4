import type { ReactiveElement } from 'lit';
import { html, type TemplateResult } from 'lit';
import { untilLocale } from './locale.js';
import { mount } from './mount.js';
import { screenshot } from './screenshot.js';

export interface FrameOptions {
  /** The frame's size, as CSS declarations: `inline-size: 560px`. */
  size: string;
  /** The widget's theme: the frame's background follows it (dark behind dark and high-contrast). */
  theme?: string;
  /** The widget's locale: the mount resolves once the widget has rendered in it. */
  locale?: string;
}

let shots = 0;
/** The widget mounted last, whose text `untilShown` reports when it times out. */
let current: Element | undefined;

/**
 * Mounts `widget` in a padded frame whose background suits the theme, so a screenshot of it
 * (`shootFrame`) reads like a page, and returns the frame's last element, the widget, at once:
 * for tests that look at the widget before its first render. Elements before the widget in
 * `widget` stay in the frame: a button to tab from, say.
 */
export function frameWidget<T extends Element>(widget: TemplateResult, options: FrameOptions): T {
  const dark = options.theme === 'dark' || options.theme === 'high-contrast';
  const frame = mount<HTMLDivElement>(
    html`<div
      data-shot=${++shots}
      style="${options.size}; padding: 24px; font-family: system-ui, sans-serif; background: ${dark ? '#2b2d31' : '#f4f5f7'}"
    >
      ${widget}
    </div>`,
  );
  const el = frame.lastElementChild as T;
  current = el;
  return el;
}

/** `frameWidget`, resolving once the widget has rendered (in `locale`, when one is named). */
export async function mountFramed<T extends ReactiveElement>(
  widget: TemplateResult,
  options: FrameOptions,
): Promise<T> {
  const el = frameWidget<T>(widget, options);
  await el.updateComplete;
  if (options.locale) await untilLocale(el, options.locale);
  return el;
}

/** Saves a screenshot named `name` of the frame `el` was mounted in by `mountFramed`. */
export const shootFrame = (el: Element, name: string): Promise<void> =>
  screenshot(name, `[data-shot="${el.parentElement!.dataset['shot']}"]`);

/**
 * Waits until `check` holds; fails naming `what` and quoting the text of the widget mounted last,
 * which tells a failure in a run's log apart from a slow gateway.
 */
export async function untilShown(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) {
      const shown = current?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 800);
      throw new Error(`timed out waiting for ${what}; the widget shows: ${shown}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
