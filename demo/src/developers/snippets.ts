import { integrity, version } from 'virtual:coachwork-kit';
import { componentName, reactComponentName, widgetName, type ElementDoc } from './manifest.js';

/** Placeholders a host replaces: its gateway and its own token route. */
export const EXAMPLE_GATEWAY = 'https://coach.example.com';
const TOKEN_ROUTE = '/coachwork/token';

/** The kit this page documents, as the gateway serves it: one URL per version, cached for good. */
export const kitLoaderUrl = `${EXAMPLE_GATEWAY}/kit/${version}/coachwork.js`;
export const kitIntegrity = integrity;

/**
 * The loader's script tag. `integrity` makes the browser refuse a loader whose bytes differ from
 * the release's; it covers coachwork.js itself, not the chunks that file imports. `crossorigin` is
 * required for the check on a file from another origin.
 */
const loaderTag = integrity
  ? `<script type="module" src="${kitLoaderUrl}"
        integrity="${integrity}"
        crossorigin="anonymous"></script>`
  : `<script type="module" src="${kitLoaderUrl}" crossorigin="anonymous"></script>
<!-- integrity: build the widgets (pnpm --filter @coachwork/widgets build) to see this release's hash -->`;

const fetchToken = `() => fetch('${TOKEN_ROUTE}', { method: 'POST' }).then((response) => response.json())`;

/** `cw-goal-created` → `onGoalCreated`: how @lit/react wrappers name an event prop. */
export function reactEventProp(eventName: string): string {
  return `on${componentName(eventName)}`;
}

export function scriptTagSnippet(tag: string): string {
  return `<!-- Once per page: registers every cw-* element; each loads the first time it appears. -->
${loaderTag}

<${tag} gateway="${EXAMPLE_GATEWAY}"></${tag}>
<script type="module">
  // Your backend mints the embed token (see "Minting embed tokens").
  document.querySelector('${tag}').tokenProvider = ${fetchToken};
</script>`;
}

export function npmSnippet(tag: string): string {
  return `// npm install @coachwork/widgets
import '@coachwork/widgets/${widgetName(tag)}.js';

const element = document.createElement('${tag}');
element.gateway = '${EXAMPLE_GATEWAY}';
element.tokenProvider = ${fetchToken};
document.querySelector('#coaching').append(element);`;
}

export function reactSnippet(element: ElementDoc): string {
  const name = reactComponentName(element.tagName);
  // Show the element's own first event; every element also has onTokenRejected.
  const event = element.events?.find((e) => !e.inheritedFrom) ?? element.events?.[0];
  const handler = event ? `\n      ${reactEventProp(event.name)}={(event) => console.log(event.detail)}` : '';
  return `// npm install @coachwork/react
import { ${name} } from '@coachwork/react';

const tokenProvider = ${fetchToken};

export function Coaching() {
  return (
    <${name}
      gateway="${EXAMPLE_GATEWAY}"
      tokenProvider={tokenProvider}${handler}
    />
  );
}`;
}

export const installSnippets = {
  scriptTag: `<!-- Kit ${version}, served by your Coachwork gateway: coachwork.js loads each element
     the first time it appears. To host it yourself, copy node_modules/@coachwork/widgets/dist/
     to any static host (the integrity hash stays the same). -->
${loaderTag}`,
  npm: `npm install @coachwork/widgets

// one entry point per element; Lit and the client stay shared with your bundle;
// types included (document.createElement('cw-goal-tracker') is a GoalTracker)
import '@coachwork/widgets/goal-tracker.js';
import '@coachwork/widgets/session-booker.js';`,
  react: `npm install @coachwork/react

// React 18 or 19; safe to render on the server (the elements upgrade in the browser)
import { CwGoalTracker, CwSessionBooker } from '@coachwork/react';`,
};

export const tokenEndpointSnippet = `// Express, for example: the page asks this route for a token whenever the widgets need one.
import express from 'express';
import { mintEmbedToken } from './mint-embed-token.mjs';

const app = express();
app.post('${TOKEN_ROUTE}', requireSignedIn, (request, response) => {
  response.set('Cache-Control', 'no-store');
  response.json(
    mintEmbedToken({
      organisationId: process.env.COACHWORK_ORGANISATION_ID,
      personId: request.user.coachworkPersonId, // mapped when you provision people
      secret: process.env.COACHWORK_EMBED_SECRET,
    }),
  );
});`;

export const tokenProviderSnippet = `// On the page: every element of this gateway shares the provider, and calls it again
// shortly before \`expiresAt\` and whenever the gateway refuses a token.
import { setTokenProvider } from '@coachwork/widgets';

setTokenProvider('${EXAMPLE_GATEWAY}', async () => {
  const response = await fetch('${TOKEN_ROUTE}', { method: 'POST' });
  if (response.status === 401) return null; // nobody signed in: the widgets show "signed out"
  return response.json(); // { token, expiresAt }
});`;
