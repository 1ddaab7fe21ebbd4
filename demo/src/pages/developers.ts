/**
 * The Developers page, generated from the kit's Custom Elements Manifest (imported at build time, so
 * the page always matches the widgets it ships with) and the event detail schemas. Each element gets
 * a live example against the running gateway, signed in through the demo's stand-in backend.
 */
import manifestJson from '@coachwork/widgets/custom-elements.json';
import type { TokenProvider } from '@coachwork/client';
import mintEmbedTokenSource from '../../snippets/mint-embed-token.mjs?raw';
import { DevBackend } from '../host/dev-backend.js';
import { gatewayUrl } from '../host/gateway-url.js';
import {
  mountCoachDesk,
  mountGoalTracker,
  mountProgramConsole,
  mountProgressCard,
  mountPulse,
  mountQualityHeatmap,
  mountSessionBooker,
  mountViewerBadge,
  type WidgetSettings,
} from '../host/widgets.js';
import { h, prose, snippet, table, type Child } from '../developers/dom.js';
import {
  definedElements,
  publicProperties,
  type CssProperty,
  type ElementDoc,
  type Manifest,
} from '../developers/manifest.js';
import {
  installSnippets,
  npmSnippet,
  reactSnippet,
  scriptTagSnippet,
  tokenEndpointSnippet,
  tokenProviderSnippet,
} from '../developers/snippets.js';

const manifest: Manifest = manifestJson;
const elements = definedElements(manifest);

/** The JSON Schema of each event detail: its text for the field list, its URL for the link. */
interface DetailSchema {
  title: string;
  properties: Record<string, { type?: string | string[]; enum?: string[]; format?: string }>;
  required?: string[];
}
const schemaFiles = import.meta.glob<DetailSchema>('../../../widgets/schemas/*.schema.json', {
  eager: true,
  import: 'default',
});
const schemaUrls = import.meta.glob<string>('../../../widgets/schemas/*.schema.json', {
  eager: true,
  query: '?url',
  import: 'default',
});

/** The newest schema of an event: `cw-goal-created.v1.schema.json`, or v2 once there is one. */
function schemaOf(eventName: string): { file: string; schema: DetailSchema; url: string } | undefined {
  const versions = Object.keys(schemaFiles)
    .map((path) => ({
      path,
      version: Number(new RegExp(`/${eventName}\\.v(\\d+)\\.schema\\.json$`).exec(path)?.[1]),
    }))
    .filter((entry) => entry.version > 0)
    .sort((a, b) => b.version - a.version);
  const newest = versions[0];
  const schema = newest && schemaFiles[newest.path];
  const url = newest && schemaUrls[newest.path];
  return newest && schema && url ? { file: newest.path.split('/').pop() ?? '', schema, url } : undefined;
}

/** `cw-goal-created.v1.schema.json` → `v1`. */
const version = (file: string): string => /\.(v\d+)\.schema\.json$/.exec(file)?.[1] ?? '';

/** `{ goalId: string, progress: integer }`, from the schema. */
function detailShape(schema: DetailSchema): string {
  const fields = Object.entries(schema.properties).map(([name, field]) => {
    const type = field.enum
      ? field.enum.map((value) => `'${value}'`).join(' | ')
      : [field.type ?? 'unknown'].flat().join(' | ');
    return `${name}${schema.required?.includes(name) ? '' : '?'}: ${field.format === 'date-time' ? 'ISO 8601 string' : type}`;
  });
  return `{ ${fields.join(', ')} }`;
}

const code = (text: string | undefined): Child => (text ? h('code', {}, text) : '—');

/** `string | undefined` → `string`: every attribute may be absent; saying so on each row is noise. */
const typeText = (type: { text: string } | undefined): string | undefined =>
  type?.text.replace(/\s*\|\s*undefined\b/g, '');

// ---------------------------------------------------------------------------------------------
// Live examples

/**
 * Who each example is signed in as. The widgets share one token per gateway endpoint on a page, so
 * the heatmap, which only program admins may see, talks to the same gateway through its own
 * endpoint URL (a query string the gateway ignores) with an admin's token; the rest show a
 * participant. A real host has one signed-in person and needs none of this.
 */
const PARTICIPANT = { email: 'lucia.fernandez@northwind.example', label: 'Lucía Fernández, a participant' };
const PROGRAM_ADMIN = { email: 'priya.raman@northwind.example', label: 'Priya Raman, a program admin' };
const COACH = { email: 'sofia.rossi@northwind.example', label: 'Sofia Rossi, a coach' };

interface LiveExample {
  viewer: { email: string; label: string };
  mount(slot: HTMLElement, settings: WidgetSettings): void;
}

const liveExamples: Record<string, LiveExample> = {
  'cw-goal-tracker': { viewer: PARTICIPANT, mount: mountGoalTracker },
  'cw-session-booker': { viewer: PARTICIPANT, mount: mountSessionBooker },
  'cw-progress-card': { viewer: PARTICIPANT, mount: mountProgressCard },
  'cw-quality-heatmap': { viewer: PROGRAM_ADMIN, mount: mountQualityHeatmap },
  'cw-program-console': {
    viewer: PROGRAM_ADMIN,
    mount: (slot, settings) => mountProgramConsole(slot, settings, false),
  },
  'cw-coach-desk': { viewer: COACH, mount: mountCoachDesk },
  'cw-pulse': { viewer: PARTICIPANT, mount: mountPulse },
  'cw-viewer-badge': { viewer: PARTICIPANT, mount: mountViewerBadge },
};

function mountLiveExamples(): void {
  const gateway = gatewayUrl();
  const backend = new DevBackend(gateway);
  const endpointFor = (viewer: LiveExample['viewer']) =>
    viewer === PARTICIPANT
      ? gateway
      : viewer === COACH
        ? `${gateway}/graphql?example-viewer=coach`
        : `${gateway}/graphql?example-viewer=program-admin`;
  const providers = new Map<string, TokenProvider>();
  for (const slot of document.querySelectorAll<HTMLElement>('[data-live]')) {
    const example = liveExamples[slot.dataset['live'] ?? ''];
    if (!example) continue;
    const provider = providers.get(example.viewer.email) ?? backend.tokenProvider(example.viewer.email);
    providers.set(example.viewer.email, provider);
    example.mount(slot, { gateway: endpointFor(example.viewer), tokenProvider: provider });
  }
}

/**
 * Shows the events each live example dispatches, as a host listening for them would receive them:
 * try the example and its contract appears underneath. Listens on the slot (the events bubble and
 * are composed), for the names the manifest lists for that element.
 */
function logLiveEvents(element: ElementDoc): void {
  const slot = document.querySelector<HTMLElement>(`[data-live="${element.tagName}"]`);
  const log = document.querySelector<HTMLOListElement>(`[data-event-log="${element.tagName}"]`);
  if (!slot || !log) return;
  for (const { name } of element.events ?? []) {
    slot.addEventListener(name, (event) => {
      const detail = event instanceof CustomEvent ? JSON.stringify(event.detail) : '';
      const time = new Date().toLocaleTimeString('en-GB');
      log.prepend(h('li', {}, `${time} `, h('code', {}, name), ' ', h('code', {}, detail)));
      while (log.children.length > 5) log.lastElementChild?.remove();
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Sections

function attributesTable(element: ElementDoc): Child {
  const attributes = element.attributes ?? [];
  if (attributes.length === 0) return h('p', {}, 'None.');
  return table(
    `Attributes of <${element.tagName}>`,
    ['Attribute', 'Property', 'Type', 'Default', 'Description'],
    attributes.map((attribute) => [
      code(attribute.name),
      code(attribute.fieldName),
      code(typeText(attribute.type)),
      code(attribute.default),
      prose(attribute.description),
    ]),
  );
}

function propertiesTable(element: ElementDoc): Child {
  // Attributes are listed above; these are the properties a host sets from script only.
  const scriptOnly = publicProperties(element).filter(
    (member) => !element.attributes?.some((attribute) => attribute.fieldName === member.name),
  );
  if (scriptOnly.length === 0) return h('p', {}, 'None besides the attributes’ properties.');
  return table(
    `Properties of <${element.tagName}> set from script`,
    ['Property', 'Type', 'Description'],
    scriptOnly.map((member) => [
      code(member.name),
      code(typeText(member.type)),
      h('span', {}, prose(member.description), member.readonly || member.static ? ' (read-only)' : ''),
    ]),
  );
}

function eventsTable(element: ElementDoc): Child {
  const events = element.events ?? [];
  if (events.length === 0) return h('p', {}, 'None.');
  return table(
    `Events of <${element.tagName}>`,
    ['Event', 'Detail', 'When', 'Schema'],
    events.map((event) => {
      const contract = schemaOf(event.name);
      // The @fires text ends with "detail: `{ … }`"; the detail column shows the schema's types instead.
      const when = (event.description ?? '').replace(/\s*detail: `[^`]*`\.?$/, '');
      return [
        code(event.name),
        contract ? code(detailShape(contract.schema)) : '—',
        prose(when),
        contract
          ? h(
              'a',
              {
                href: contract.url,
                download: contract.file,
                'aria-label': `${event.name} ${version(contract.file)} schema`,
              },
              `${version(contract.file)} schema`,
            )
          : '—',
      ];
    }),
  );
}

function partsTable(element: ElementDoc): Child {
  const parts = element.cssParts ?? [];
  if (parts.length === 0) return h('p', {}, 'None.');
  return table(
    `CSS parts of <${element.tagName}>`,
    ['Part', 'What it is'],
    parts.map((part) => [code(part.name), prose(part.description)]),
  );
}

function slotsSection(element: ElementDoc): Child {
  const slots = element.slots ?? [];
  if (slots.length === 0)
    return h(
      'p',
      {},
      'None: the element renders its own content from the gateway; children you put inside it are not shown.',
    );
  return table(
    `Slots of <${element.tagName}>`,
    ['Slot', 'What goes in it'],
    slots.map((slot) => [code(slot.name || '(default)'), prose(slot.description)]),
  );
}

/** Theme tokens come from the base class and are the same for every element; they get one table. */
const isThemeToken = (property: CssProperty) => property.inheritedFrom?.name === 'CoachworkElement';

function customPropertiesSection(element: ElementDoc): Child[] {
  const own = (element.cssProperties ?? []).filter((property) => !isThemeToken(property));
  const shared = (element.cssProperties ?? []).filter(isThemeToken).length;
  const note = h(
    'p',
    {},
    `${own.length > 0 ? 'Also' : 'The'} ${shared} `,
    h('a', { href: '#theme-tokens' }, 'theme tokens'),
    ' every element shares.',
  );
  if (own.length === 0) return [note];
  return [
    table(
      `CSS custom properties of <${element.tagName}>`,
      ['Property', 'Default', 'Meaning'],
      own.map((property) => [code(property.name), code(property.default), prose(property.description)]),
    ),
    note,
  ];
}

function elementSection(element: ElementDoc): HTMLElement {
  const id = element.tagName;
  // Plain groups, not <section>s: a labelled section is a landmark, and five "Live example"
  // landmarks would be indistinguishable (axe: landmark-unique). The element's section is the landmark.
  const sub = (name: string, title: string, ...content: Child[]) =>
    h('div', { class: 'sub' }, h('h3', { id: `${id}-${name}` }, title), ...content);
  const example = liveExamples[id];
  return h(
    'section',
    { id, class: 'element', 'aria-labelledby': `${id}-heading`, 'data-element': id },
    h('h2', { id: `${id}-heading` }, h('code', {}, `<${id}>`), element.summary ? ` ${element.summary}` : ''),
    h('p', { class: 'element__description' }, prose(element.description)),
    h('p', { class: 'element__class' }, 'Class ', code(element.name), ' in ', code(element.modulePath)),
    sub(
      'live',
      'Live example',
      example ? h('p', { class: 'live__viewer' }, `Signed in as ${example.viewer.label}.`) : null,
      h('div', { class: 'live', 'data-live': id }),
      h('p', { class: 'event-log__title', id: `${id}-event-log` }, 'Events it dispatched (newest first):'),
      // role=log on a wrapper: an <ol> may not take it, and its items need the list.
      h(
        'div',
        { role: 'log', 'aria-labelledby': `${id}-event-log` },
        h('ol', { class: 'event-log', 'data-event-log': id }),
      ),
    ),
    sub(
      'use',
      'Use it',
      h(
        'div',
        { class: 'snippets' },
        snippet(`Script tag: <${id}>`, 'html', scriptTagSnippet(id)),
        snippet(`npm: <${id}>`, 'js', npmSnippet(id)),
        snippet(`React: <${id}>`, 'jsx', reactSnippet(element)),
      ),
    ),
    sub('attributes', 'Attributes', attributesTable(element)),
    sub('properties', 'Properties', propertiesTable(element)),
    sub('events', 'Events', eventsTable(element)),
    sub('parts', 'CSS parts', partsTable(element)),
    sub('slots', 'Slots', slotsSection(element)),
    sub('custom-properties', 'CSS custom properties', ...customPropertiesSection(element)),
  );
}

function themeTokensSection(): HTMLElement {
  const tokens = (elements[0]?.cssProperties ?? []).filter(isThemeToken);
  return h(
    'section',
    { id: 'theme-tokens', 'aria-labelledby': 'theme-tokens-heading' },
    h('h2', { id: 'theme-tokens-heading' }, 'Theme tokens'),
    h(
      'p',
      {},
      'Every element reads these ',
      h('code', {}, '--cw-*'),
      ' custom properties; set any of them on the element or an ancestor. The defaults are the light theme’s; ',
      h('code', {}, 'theme="dark"'),
      ' and ',
      h('code', {}, 'theme="high-contrast"'),
      ' bring their own (widgets/THEMING.md lists all three).',
    ),
    table(
      'Theme tokens',
      ['Property', 'Default (light)', 'Meaning'],
      tokens.map((token) => [code(token.name), code(token.default), prose(token.description)]),
    ),
  );
}

function installSection(): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(
    h(
      'div',
      { class: 'snippets' },
      snippet('Script tag (intranets, any page)', 'html', installSnippets.scriptTag),
      snippet('npm (your bundler)', 'js', installSnippets.npm),
      snippet('React', 'jsx', installSnippets.react),
    ),
  );
  return fragment;
}

function tokensSection(): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const p = (...children: Child[]) => h('p', {}, ...children);
  fragment.append(
    p(
      'The widgets never use cookies. Your page gives them a ',
      h('code', {}, 'tokenProvider'),
      '; it asks your backend, which checks its own session and mints a short-lived ',
      h('strong', {}, 'embed token'),
      ' for that person. The widgets send it as ',
      h('code', {}, 'Authorization: Bearer …'),
      ' and ask for a new one shortly before it expires.',
    ),
    h('h3', {}, 'Format'),
    p(
      'A JSON Web Token signed with ',
      h('strong', {}, 'HS256'),
      ' (HMAC-SHA-256) and your organisation’s ',
      h('strong', {}, 'embed signing secret'),
      ' (its UTF-8 bytes; at least 32 characters). Nothing else is accepted: no other algorithm, no unsigned tokens.',
    ),
    table(
      'Embed token header and claims',
      ['Field', 'Where', 'Required', 'Value'],
      [
        [code('alg'), 'header', 'yes', h('span', {}, code('HS256'))],
        [code('typ'), 'header', 'no', h('span', {}, code('JWT'))],
        [
          code('kid'),
          'header',
          'yes',
          'Your organisation’s id (a UUID). The gateway looks up the signing secret by it.',
        ],
        [code('org'), 'claims', 'yes', 'The organisation’s id again; must equal kid.'],
        [
          code('sub'),
          'claims',
          'yes',
          h(
            'span',
            {},
            'The person’s Coachwork id (a UUID; a GraphQL ',
            code('Person.id'),
            ' is base64url of ',
            code('Person:<uuid>'),
            '). Must be a person of that organisation.',
          ),
        ],
        [
          code('aud'),
          'claims',
          'yes',
          h(
            'span',
            {},
            code('coachwork-gateway'),
            ': the token is for this gateway. A JWT for another API, even one signed with the same secret, is refused.',
          ),
        ],
        [
          code('iat'),
          'claims',
          'yes',
          'Issued at, seconds since the epoch; not in the future and not older than 12 hours.',
        ],
        [
          code('exp'),
          'claims',
          'yes',
          'Expiry, seconds since the epoch, at most 12 hours after iat (a longer-lived token is refused, whoever signed it). Keep it short: 15 minutes is the default of the gateway’s own tools; 30 seconds of clock skew are tolerated.',
        ],
        [
          code('roles'),
          'claims',
          'no',
          h(
            'span',
            {},
            'Narrows the person’s roles for this page (',
            code('PARTICIPANT'),
            ', ',
            code('MANAGER'),
            ', ',
            code('COACH'),
            ', ',
            code('PROGRAM_ADMIN'),
            ', ',
            code('ORG_ADMIN'),
            '). The gateway keeps only roles the person really holds: a token can narrow, never widen. Omitted, the person’s own roles apply; anything but a list of strings means no roles at all.',
          ),
        ],
        [
          code('locale'),
          'claims',
          'no',
          h(
            'span',
            {},
            'The language of the gateway’s messages to this person (userErrors, refusals), as a BCP 47 tag; it wins over the request’s. Omitted, the gateway answers in the widgets’ language (they send it as ',
            code('Accept-Language'),
            '), else the organisation’s default. The widgets’ own text follows their ',
            code('locale'),
            ' attribute or the page’s language either way.',
          ),
        ],
      ],
    ),
    h('h3', {}, 'Mint it'),
    p(
      'This is the whole of it, in Node with no dependencies (any JWT library that does HS256 works the same; the gateway itself uses ',
      code('jose'),
      '). The demo’s end-to-end test signs a token with exactly this file and the gateway accepts it.',
    ),
    snippet('mint-embed-token.mjs (your backend)', 'js', mintEmbedTokenSource.trimEnd()),
    snippet('A token route on your backend', 'js', tokenEndpointSnippet),
    snippet('The page’s token provider', 'js', tokenProviderSnippet),
    h('h3', {}, 'What the gateway checks'),
    h(
      'ul',
      {},
      h(
        'li',
        {},
        'The signature, with the secret of the organisation named by kid; for 24 hours after a secret rotation the previous secret is accepted too. An unknown kid gets the same answer as a bad signature.',
      ),
      h(
        'li',
        {},
        'aud, iat and exp (with 30 s of skew; at most 12 hours apart), and that sub is a person of org.',
      ),
      h(
        'li',
        {},
        'The page’s Origin against the organisation’s allowed embed origins: another origin gets ',
        code('403 FORBIDDEN'),
        '.',
      ),
      h(
        'li',
        {},
        'A refused token gets ',
        code('401'),
        ' with ',
        code('WWW-Authenticate: Bearer error="invalid_token"'),
        ' and a reason. The widget asks its tokenProvider once more; if that token is refused too it shows its signed-out state and fires ',
        code('cw-token-rejected'),
        '.',
      ),
    ),
    h('h3', {}, 'While developing'),
    p(
      code('pnpm token -- --email lucia.fernandez@northwind.example'),
      ' prints a token for a seeded person; a gateway in dev mode (',
      code('COACHWORK_ENV=dev'),
      ', which only ever listens on this machine) also mints them at ',
      code('POST /dev/token'),
      ', which is what these live examples use. Production mode has no dev routes.',
    ),
  );
  return fragment;
}

function render(): void {
  const gatewaySlot = document.querySelector('[data-gateway-url]');
  if (gatewaySlot) gatewaySlot.textContent = gatewayUrl();
  document.querySelector('[data-install]')?.replaceChildren(installSection());
  document
    .querySelector('[data-elements]')
    ?.replaceChildren(...elements.map(elementSection), themeTokensSection());
  document.querySelector('[data-tokens]')?.replaceChildren(tokensSection());
  const toc = document.querySelector('[data-toc]');
  toc?.append(
    ...elements.map((element) =>
      h('li', {}, h('a', { href: `#${element.tagName}` }, h('code', {}, `<${element.tagName}>`))),
    ),
    h('li', {}, h('a', { href: '#theme-tokens' }, 'Theme tokens')),
    h('li', {}, h('a', { href: '#embed-tokens' }, 'Minting embed tokens')),
    h('li', {}, h('a', { href: '#graphql-api' }, 'GraphQL API')),
  );
  document.body.dataset['rendered'] = '';
  mountLiveExamples();
  elements.forEach(logLiveEvents);
}

render();
