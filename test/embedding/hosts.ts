/**
 * The hostile host pages each widget must survive. Every page carries the same five widgets, signed
 * in through its own "backend" (the gateway's dev token route, see pages/host.js), and is served
 * with a strict Content-Security-Policy header: no 'unsafe-inline', no 'unsafe-eval', so no page
 * here can hide a widget's inline style or eval behind a lax policy.
 */
import type { HostPage } from '../support/embedding-server.js';
import { northwindCast } from '../support/seed.js';

export const widgetTags = [
  'cw-viewer-badge',
  'cw-goal-tracker',
  'cw-session-booker',
  'cw-progress-card',
  'cw-quality-heatmap',
] as const;
export type WidgetTag = (typeof widgetTags)[number];

export const themes = ['light', 'dark', 'high-contrast'] as const;
type Theme = (typeof themes)[number];

/** Who each widget shows: a participant's own widgets, and the heatmap for a program admin. */
export const signedInAs: Readonly<Record<WidgetTag, { email: string; name: string }>> = {
  'cw-viewer-badge': northwindCast.participant,
  'cw-goal-tracker': northwindCast.participant,
  'cw-session-booker': northwindCast.participant,
  'cw-progress-card': northwindCast.participant,
  'cw-quality-heatmap': northwindCast.programAdmin,
};

/** The host's own headings over each slot; unlike any widget's own, so axe sees unique landmarks. */
const headings: Readonly<Record<WidgetTag, string>> = {
  'cw-viewer-badge': 'Who is signed in',
  'cw-goal-tracker': 'My development goals',
  'cw-session-booker': 'Book coaching',
  'cw-progress-card': 'Program progress',
  'cw-quality-heatmap': 'Quality across the organisation',
};

interface HostOptions {
  /** The page's title and h1. */
  readonly title: string;
  readonly lang?: string;
  readonly dir?: 'ltr' | 'rtl';
  /** Page theme: the widgets' `theme` attribute and the page's own colours (pages/host.css). */
  readonly theme?: Theme;
  /** Extra stylesheets from pages/. */
  readonly stylesheets?: readonly string[];
  /** Module scripts, in order, besides pages/host.js; the kit's loader unless a host says otherwise. */
  readonly scripts?: readonly string[];
  /** Where the widgets go: straight into <main>, or in a <template> a host component clones (nested shadow roots). */
  readonly placement?: 'main' | 'template';
}

/** The hostile hosts, by page name (/hosts/<name>.html). */
const hosts = {
  'css-reset': {
    title: 'Aggressive CSS reset',
    stylesheets: ['css-reset.css'],
  },
  'nested-shadow': {
    title: 'Widgets two shadow roots deep',
    scripts: ['/kit/coachwork.js', '/pages/nested-components.js'],
    placement: 'template',
  },
  // Dark as well: Arabic readers pick dark pages too, and the mirrored layout must keep its contrast.
  rtl: { title: 'لوحة التطوير', lang: 'ar', dir: 'rtl', theme: 'dark' },
  zoom: { title: 'Zoomed and narrow' },
  'strict-csp': { title: 'Strict Content-Security-Policy' },
  'third-party-cookies': { title: 'Another site than the gateway' },
  'two-copies': {
    title: 'Two copies of the kit',
    // A per-widget entry of a second copy (another team's bundle), then the one-script loader of
    // this version: both try to define <cw-viewer-badge>. Module scripts run in document order, so
    // the second copy defines it before the loader runs, whichever file arrives first.
    scripts: ['/kit-b/viewer-badge.js', '/kit/coachwork.js'],
  },
  'theme-light': { title: 'Light theme', theme: 'light' },
  'theme-dark': { title: 'Dark theme', theme: 'dark' },
  'theme-high-contrast': { title: 'High-contrast theme', theme: 'high-contrast' },
} satisfies Record<string, HostOptions>;
export type HostName = keyof typeof hosts;

/** The policy every host page is served with: scripts, styles and connections from named origins only. */
function strictContentSecurityPolicy(gatewayOrigin: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${gatewayOrigin}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const escapeAttribute = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * One gateway address per identity (a query string the gateway ignores): widgets share a client,
 * and its token, per address, as two hosts signed in as two people would.
 */
function gatewayFor(gatewayUrl: string, email: string): string {
  return `${gatewayUrl}/graphql?as=${encodeURIComponent(email)}`;
}

function widgetsMarkup(gatewayUrl: string, theme: Theme | undefined): string {
  return widgetTags
    .map((tag) => {
      const { email } = signedInAs[tag];
      const attributes = [
        `gateway="${escapeAttribute(gatewayFor(gatewayUrl, email))}"`,
        `data-as="${escapeAttribute(email)}"`,
        theme ? `theme="${theme}"` : '',
      ].join(' ');
      return `<section class="slot" aria-labelledby="${tag}-heading">
        <h2 id="${tag}-heading">${headings[tag]}</h2>
        <${tag} ${attributes}></${tag}>
      </section>`;
    })
    .join('\n');
}

export function renderHost(name: HostName, gatewayUrl: string): HostPage {
  const host: HostOptions = hosts[name];
  const stylesheets = ['host.css', ...(host.stylesheets ?? [])]
    .map((file) => `<link rel="stylesheet" href="/pages/${file}">`)
    .join('\n');
  const scripts = ['/pages/host.js', ...(host.scripts ?? ['/kit/coachwork.js'])]
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join('\n');
  const widgets = widgetsMarkup(gatewayUrl, host.theme);
  const body =
    host.placement === 'template'
      ? `<host-dashboard></host-dashboard><template id="cw-widgets">${widgets}</template>`
      : widgets;
  const html = `<!doctype html>
<html lang="${host.lang ?? 'en'}" dir="${host.dir ?? 'ltr'}" data-theme="${host.theme ?? 'light'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<meta name="cw-gateway" content="${escapeAttribute(gatewayUrl)}">
<title>${host.title}</title>
${stylesheets}
${scripts}
</head>
<body>
<header><h1>${host.title}</h1></header>
<main>
${body}
</main>
</body>
</html>`;
  return { html, contentSecurityPolicy: strictContentSecurityPolicy(new URL(gatewayUrl).origin) };
}

export function isHostName(name: string): name is HostName {
  return Object.hasOwn(hosts, name);
}
