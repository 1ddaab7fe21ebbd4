import axe from 'axe-core';
import type { Page } from 'playwright-core';

type Axe = typeof axe;

/**
 * Runs axe-core (WCAG 2.x A/AA plus best practices) on the page as it is now, shadow roots
 * included, and returns one readable line per violating node: rule, impact, target, summary.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const { axe: inPage } = globalThis as unknown as { axe: Axe };
    const results = await inPage.run(document, { resultTypes: ['violations'] });
    return results.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'n/a'}) at ${JSON.stringify(node.target)}: ${node.failureSummary ?? violation.help}`,
      ),
    );
  });
}
