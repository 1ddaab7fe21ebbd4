import { getLocale } from '../localization.js';

/** Waits until @lit/localize has loaded `locale` and the element has re-rendered in it. */
export async function untilLocale(
  element: { updateComplete: Promise<unknown> },
  locale: string,
): Promise<void> {
  const deadline = performance.now() + 5000;
  while (getLocale() !== locale) {
    if (performance.now() > deadline) throw new Error(`locale ${locale} did not load (still ${getLocale()})`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await element.updateComplete;
}
