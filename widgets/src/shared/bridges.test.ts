import { expect, html } from '@open-wc/testing';
import '../define/viewer-badge.js';
import '../define/progress-card.js';
import { until } from './testing/dom.js';
import { expectAccessible } from './testing/expect-accessible.js';
import { signedIn, startGateway } from './testing/gateway.js';
import { mount } from './testing/mount.js';
import { screenshot } from './testing/screenshot.js';
import { themeTokens } from './theme-tokens.js';

/**
 * The host design-system bridges (widgets/bridges/*.css): a widget in a portal that defines its own
 * design system's variables takes the portal's colours, and the pairs stay readable (axe's
 * colour-contrast) both with the portal's values and with the bridge's fallbacks alone.
 */
interface BridgeCase {
  bridge: 'sap-fiori' | 'material3';
  /** A portal's own theme: values unlike the widgets' defaults, so picking them up shows. */
  hostVariables: Record<string, string>;
  /** What the badge must then show, as computed colours. */
  expected: { surface: string; text: string; accent: string; fontFamily: RegExp };
  /** What it shows with the bridge loaded and no host variables at all (the bridge's fallbacks). */
  fallback: { surface: string; text: string; accent: string };
}

const cases: BridgeCase[] = [
  {
    bridge: 'sap-fiori',
    // A company's Theme Designer variant of Horizon: teal brand, tinted page.
    hostVariables: {
      '--sapGroup_ContentBackground': '#fdfcf7',
      '--sapBackgroundColor': '#eef3f2',
      '--sapTextColor': '#1a2b2a',
      '--sapContent_LabelColor': '#4d605e',
      '--sapHighlightColor': '#006d66',
      '--sapBrandColor': '#00857c',
      '--sapField_BorderColor': '#6b7f7c',
      '--sapFontFamily': 'Georgia, serif',
      '--sapTile_BorderCornerRadius': '2px',
    },
    expected: {
      surface: 'rgb(253, 252, 247)',
      text: 'rgb(26, 43, 42)',
      accent: 'rgb(0, 109, 102)',
      fontFamily: /Georgia/,
    },
    fallback: { surface: 'rgb(255, 255, 255)', text: 'rgb(19, 30, 41)', accent: 'rgb(0, 100, 217)' },
  },
  {
    bridge: 'material3',
    // Material Theme Builder's output for a green seed.
    hostVariables: {
      '--md-sys-color-surface-container-low': '#f1f5ec',
      '--md-sys-color-surface-container-highest': '#e0e4da',
      '--md-sys-color-on-surface': '#181d17',
      '--md-sys-color-on-surface-variant': '#424940',
      '--md-sys-color-outline-variant': '#c2c9bd',
      '--md-sys-color-primary': '#2e6b30',
      '--md-sys-color-on-primary': '#ffffff',
      '--md-sys-typescale-body-medium-font': 'Georgia, serif',
      '--md-sys-shape-corner-medium': '16px',
    },
    expected: {
      surface: 'rgb(241, 245, 236)',
      text: 'rgb(24, 29, 23)',
      accent: 'rgb(46, 107, 48)',
      fontFamily: /Georgia/,
    },
    fallback: { surface: 'rgb(247, 242, 250)', text: 'rgb(29, 27, 32)', accent: 'rgb(103, 80, 164)' },
  },
];

const LUCIA = 'lucia.fernandez@northwind.example';

/** Loads a bridge the way a host does, with one <link>; resolves once its rules apply. */
async function loadBridge(name: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/widgets/bridges/${name}.css`;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error(`${link.href} did not load`)), { once: true });
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** The portal's theme as a stylesheet on a wrapper class (CSSOM; no style attributes). */
function hostTheme(className: string, variables: Record<string, string>): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  const body = Object.entries(variables)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');
  sheet.replaceSync(`.${className} { ${body} padding: 16px; background: #ffffff; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return sheet;
}

const part = (element: Element, name: string): HTMLElement => {
  const found = element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part ${name}`);
  return found;
};

/** A signed-in badge and progress card inside the host's themed wrapper. */
async function widgetsIn(className: string, gateway: string, shot: string): Promise<HTMLElement> {
  const auth = signedIn(gateway, { email: LUCIA });
  const frame = mount<HTMLDivElement>(
    html`<div class=${className} data-bridge-shot=${shot}>
      <cw-viewer-badge
        gateway=${auth.gateway}
        locale="en"
        .tokenProvider=${auth.tokenProvider}
      ></cw-viewer-badge>
      <cw-progress-card
        gateway=${auth.gateway}
        locale="en"
        layout="compact"
        .tokenProvider=${auth.tokenProvider}
      ></cw-progress-card>
    </div>`,
  );
  const badge = frame.querySelector('cw-viewer-badge')!;
  const card = frame.querySelector('cw-progress-card')!;
  await until(() => !!badge.shadowRoot?.querySelector('[part~="name"]'), 'the badge');
  await until(() => !!card.shadowRoot?.querySelector('[part~="action-button"]'), 'the progress card');
  return frame;
}

describe('host design-system bridges', function () {
  this.timeout(90_000);
  let gateway: string;
  const cleanup: Array<() => void> = [];

  before(async function () {
    this.timeout(200_000);
    gateway = (await startGateway()).url;
  });

  afterEach(() => {
    for (const undo of cleanup.splice(0)) undo();
  });

  for (const bridgeCase of cases) {
    describe(bridgeCase.bridge, () => {
      it('names every element and only tokens that exist', async () => {
        const css = await (await fetch(`/widgets/bridges/${bridgeCase.bridge}.css`)).text();
        const known = new Set<string>(themeTokens.map((token) => token.name));
        const set = [...css.matchAll(/^\s*(--cw-[a-z0-9-]+):/gm)].map((match) => match[1]!);
        expect(set.length).to.be.greaterThan(10);
        expect(set.filter((name) => !known.has(name))).to.deep.equal([]);
        // Every per-widget entry point in the package exports is a `cw-<widget>` the bridge must style.
        const manifest = (await (await fetch('/widgets/package.json')).json()) as {
          exports: Record<string, unknown>;
        };
        const tags = Object.keys(manifest.exports)
          .map((key) => /^\.\/([a-z-]+)\.js$/.exec(key)?.[1])
          .filter((name): name is string => !!name && name !== 'coachwork')
          .map((name) => `cw-${name}`);
        expect(tags.length).to.be.greaterThanOrEqual(5);
        for (const tag of tags) expect(css, tag).to.include(tag);
      });

      it("takes the host's colours and font, and keeps text readable (axe colour-contrast)", async () => {
        const link = await loadBridge(bridgeCase.bridge);
        const sheet = hostTheme(`host-${bridgeCase.bridge}`, bridgeCase.hostVariables);
        cleanup.push(() => {
          link.remove();
          document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        });
        const frame = await widgetsIn(`host-${bridgeCase.bridge}`, gateway, `${bridgeCase.bridge}-host`);
        const badge = frame.querySelector('cw-viewer-badge')!;
        const base = getComputedStyle(part(badge, 'base'));
        expect(base.backgroundColor).to.equal(bridgeCase.expected.surface);
        expect(getComputedStyle(part(badge, 'name')).color).to.equal(bridgeCase.expected.text);
        expect(getComputedStyle(part(badge, 'avatar')).backgroundColor).to.equal(bridgeCase.expected.accent);
        expect(getComputedStyle(badge).fontFamily).to.match(bridgeCase.expected.fontFamily);
        await screenshot(
          `bridge-${bridgeCase.bridge}-host`,
          `[data-bridge-shot="${bridgeCase.bridge}-host"]`,
        );
        await expectAccessible(frame, { runOnly: { type: 'rule', values: ['color-contrast'] } });
      });

      it("falls back to the design system's defaults when the host defines none", async () => {
        const link = await loadBridge(bridgeCase.bridge);
        cleanup.push(() => link.remove());
        const frame = await widgetsIn('no-host-theme', gateway, `${bridgeCase.bridge}-fallback`);
        const badge = frame.querySelector('cw-viewer-badge')!;
        expect(getComputedStyle(part(badge, 'base')).backgroundColor).to.equal(bridgeCase.fallback.surface);
        expect(getComputedStyle(part(badge, 'name')).color).to.equal(bridgeCase.fallback.text);
        expect(getComputedStyle(part(badge, 'avatar')).backgroundColor).to.equal(bridgeCase.fallback.accent);
        await expectAccessible(frame, { runOnly: { type: 'rule', values: ['color-contrast'] } });
      });
    });
  }
});
