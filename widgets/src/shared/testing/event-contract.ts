import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** The host-facing events, `cw-…`, as each file in src/events/ adds itself to CoachworkEventMap. */
export type CoachworkEventType = keyof CoachworkEventMap;

interface ContractResult {
  valid: boolean;
  errors: string[];
}

/**
 * Checks an event an element really dispatched against its published contract: the name, that it
 * bubbles and is composed (src/events/README.md), and its `detail` against schemas/<name>.v<N>.schema.json
 * (validated by ajv in the test runner, see web-test-runner.config.mjs). The detail travels as JSON,
 * exactly what a host that serialises it would see. `scripts/contracts.mjs --check` fails when some
 * event has no such call in any test, so write the name literally: `expectEventContract('cw-…', e)`.
 */
export async function expectEventContract<K extends CoachworkEventType>(
  name: K,
  event: HTMLElementEventMap[K] | undefined,
): Promise<void> {
  if (!event) throw new Error(`${name} was not dispatched`);
  expect(event.type).to.equal(name);
  expect(event.bubbles, `${name} bubbles`).to.equal(true);
  expect(event.composed, `${name} is composed`).to.equal(true);
  const result = await executeServerCommand<ContractResult, { name: string; detail: unknown }>(
    'coachwork-event-contract',
    { name, detail: event.detail },
  );
  expect(
    result.valid,
    `${name} detail ${JSON.stringify(event.detail)}:\n${result.errors.join('\n')}`,
  ).to.equal(true);
}
