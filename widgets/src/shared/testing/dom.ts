/** Shadow-DOM lookups and polling shared by the widget tests. */

export const $ = <E extends Element = HTMLElement>(el: Element, selector: string): E | null =>
  el.shadowRoot!.querySelector<E>(selector);

export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string): E[] => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];

/** Waits until `check` holds; fails naming `what` after `timeoutMs`. */
export async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
