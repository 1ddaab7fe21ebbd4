/**
 * A learning platform to try the LTI tool by hand against a running dev gateway: registers itself
 * for an organisation (as its org admin, through /dev/token and GraphQL), then answers the OIDC
 * flow, the client-credentials token endpoint and the grade service like Moodle or Canvas would.
 *
 *   tsx scripts/lti-platform.ts --gateway http://localhost:4000 --admin <org admin e-mail> \
 *     --learner <e-mail of the person to launch as> [--widget goal-tracker] [--capability CODE]
 *
 * It prints the login-initiation URL to open in a browser; GET <platform>/gradebook shows the
 * scores the tool posted.
 */
import { parseArgs } from 'node:util';
import { startPlatform } from '../src/modules/lti/testing/platform.js';
import {
  ltiRegistrationInput,
  REGISTER_LTI_PLATFORM,
  type RegisterLtiPlatformResult,
} from '../src/testing/lti-registration.js';

const { values } = parseArgs({
  options: {
    gateway: { type: 'string', default: 'http://localhost:4000' },
    admin: { type: 'string' },
    learner: { type: 'string' },
    widget: { type: 'string', default: 'goal-tracker' },
    capability: { type: 'string' },
  },
});
if (!values.admin || !values.learner) {
  console.error('usage: tsx scripts/lti-platform.ts --gateway URL --admin EMAIL --learner EMAIL');
  process.exit(2);
}
const gateway = values.gateway!.replace(/\/$/, '');
const minted = (await (
  await fetch(`${gateway}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: values.admin }),
  })
).json()) as { token: string };
const platform = await startPlatform({ name: 'northwind-academy' });
platform.toolUrl = gateway;
const registered = (await (
  await fetch(`${gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${minted.token}` },
    body: JSON.stringify({
      query: REGISTER_LTI_PLATFORM,
      variables: { input: ltiRegistrationInput(platform, [values.learner.split('@')[1]!]) },
    }),
  })
).json()) as { data?: RegisterLtiPlatformResult };
console.log(JSON.stringify(registered));
const login = platform.loginUrl(gateway, {
  user: { sub: `academy-${values.learner}`, email: values.learner, name: values.learner },
  custom: { widget: values.widget!, ...(values.capability ? { capability: values.capability } : {}) },
  lineItem: 'module-3',
});
console.log(`platform ${platform.url}\nlaunch   ${login}\ngradebook: see the score posts in this log`);
setInterval(() => {
  for (const [item, users] of platform.gradebook) {
    for (const [user, scores] of users)
      console.log(`gradebook ${item} ${user} ${JSON.stringify(scores.at(-1))}`);
  }
}, 5000).unref();
await new Promise(() => {});
