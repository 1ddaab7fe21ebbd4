import axe from 'axe-core';
import type { Page } from 'playwright-core';

type Axe = typeof axe;

export interface AxeOptions {
  /**
   * Where the page can load axe-core from. By default it is injected as an inline script, which a
   * page with a strict Content-Security-Policy refuses; such a page gets it from a URL it allows.
   */
  readonly scriptUrl?: string;
  /** Rules to turn on or off, e.g. `{ 'color-contrast-enhanced': { enabled: true } }` for AAA contrast. */
  readonly rules?: Readonly<Record<string, { enabled: boolean }>>;
}

/**
 * Runs axe-core (WCAG 2.x A/AA plus best practices) on the page as it is now, shadow roots
 * included, and returns one readable line per violating node: rule, impact, target, summary.
 */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) {
    await page.addScriptTag(options.scriptUrl ? { url: options.scriptUrl } : { content: axe.source });
  }
  return page.evaluate(async (rules) => {
    const { axe: inPage } = globalThis as unknown as { axe: Axe };
    const results = await inPage.run(document, { resultTypes: ['violations'], ...(rules ? { rules } : {}) });
    return results.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'n/a'}) at ${JSON.stringify(node.target)}: ${node.failureSummary ?? violation.help}`,
      ),
    );
  }, options.rules);
}
