import 'axe-core/axe.min.js';
import type { AxeResults, Result, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/**
 * Runs axe-core on a rendered element (shadow roots included) and fails on any violation,
 * listing each rule, its impact and the offending markup.
 */
export async function expectAccessible(element: Element, options: RunOptions = {}): Promise<void> {
  if ('updateComplete' in element) await (element as { updateComplete: Promise<unknown> }).updateComplete;
  const results = await window.axe.run(element, { resultTypes: ['violations'], ...options });
  if (results.violations.length > 0) {
    throw new Error(
      `axe found ${results.violations.length} violation(s):\n${results.violations.map(describe).join('\n')}`,
    );
  }
}

function describe(violation: Result): string {
  const nodes = violation.nodes
    .map((node) => `    ${node.html}\n      ${node.failureSummary ?? ''}`)
    .join('\n');
  return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n${nodes}`;
}
