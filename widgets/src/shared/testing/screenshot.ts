import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Saves a PNG of the element matching `selector` as $CW_SHOTS/<name>.png when the test run was
 * started with CW_SHOTS set (see web-test-runner.config.mjs); a no-op otherwise.
 */
export async function screenshot(name: string, selector: string): Promise<void> {
  await executeServerCommand<boolean, { name: string; selector: string }>('coachwork-screenshot', {
    name,
    selector,
  });
}
