import type { Page } from 'playwright-core';

/**
 * Records on `page` what would otherwise fail silently, one line each: uncaught errors, console
 * errors, HTTP answers of 400 and above, and failed requests. `reloads`: the page navigates away by
 * itself (the demo's person picker), and what that aborts in flight is not a failure.
 */
export function watchProblems(page: Page, { reloads = false } = {}): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    if (!reloads || request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${request.url()}`);
  });
  return problems;
}
