/**
 * The built one-script loader (dist/coachwork.js, from `node scripts/build.mjs`, which the package's
 * test script runs first) on a page of its own: an iframe holding only the script tag and the
 * elements each test puts there.
 */
import { expect } from '@open-wc/testing';
import { until } from '../shared/testing/dom.js';

const LOADER = '/widgets/dist/coachwork.js';

interface HostPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
  /** Paths of the scripts the page fetched so far (the loader, chunks, widget entries). */
  scripts(): string[];
  /** The page's loader (its module's `loader` export) once it has run, with the tags not asked for yet. */
  loader(): { readonly pending: ReadonlySet<string> } | undefined;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

async function hostPage(body: string): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="${LOADER}"></script>
<script type="module">import { loader } from '${LOADER}'; window.cwLoader = loader;</script>
</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  return {
    frame,
    window: win,
    document: frame.contentDocument!,
    scripts: () =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith('.js')),
    loader: () => (win as unknown as { cwLoader?: { pending: ReadonlySet<string> } }).cwLoader,
  };
}

const defined = (page: HostPage, tag: string) => page.window.customElements.get(tag) !== undefined;

/** An element counts as upgraded once it is an instance of its tag's class and has rendered. */
const upgraded = (page: HostPage, element: Element) => {
  const constructor = page.window.customElements.get(element.localName);
  return constructor !== undefined && element instanceof constructor && element.shadowRoot !== null;
};

describe('coachwork.js (the one-script loader)', () => {
  before(async () => {
    const response = await fetch(LOADER, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${LOADER} is missing: run \`node widgets/scripts/build.mjs\` first`);
  });

  it('defines an element on the page and loads nothing for elements that are not', async () => {
    const page = await hostPage('<cw-viewer-badge></cw-viewer-badge>');
    const badge = page.document.querySelector('cw-viewer-badge')!;
    await until(() => upgraded(page, badge), '<cw-viewer-badge> to be defined and upgraded');

    // The loader asks for a module only through its pending list, at once when it meets the tag:
    // the other tags still pending is the loader's own word that it asked for none of them, with
    // no time to wait for. The badge's module and its static imports were fetched before it ran.
    expect(page.scripts()).to.include('/widgets/dist/viewer-badge.js');
    const pending = page.loader()!.pending;
    expect(pending.has('cw-viewer-badge')).to.equal(false);
    for (const name of ['goal-tracker', 'session-booker', 'quality-heatmap']) {
      expect(pending.has(`cw-${name}`), `cw-${name} still pending`).to.equal(true);
      expect(defined(page, `cw-${name}`), `cw-${name} defined`).to.equal(false);
      expect(page.scripts(), `scripts fetched`).not.to.include(`/widgets/dist/${name}.js`);
    }
  });

  it('loads and upgrades an element added after the page loaded', async () => {
    const page = await hostPage('<p>nothing to show yet</p>');
    await until(() => page.loader() !== undefined, 'the loader to run');
    expect(page.loader()!.pending.has('cw-goal-tracker')).to.equal(true);
    expect(defined(page, 'cw-goal-tracker')).to.equal(false);
    expect(page.scripts()).not.to.include('/widgets/dist/goal-tracker.js');

    const tracker = page.document.createElement('cw-goal-tracker');
    page.document.body.append(tracker);
    await until(() => upgraded(page, tracker), 'the added <cw-goal-tracker> to be upgraded');
    expect(page.scripts()).to.include('/widgets/dist/goal-tracker.js');
    expect(defined(page, 'cw-session-booker')).to.equal(false);
  });

  it('finds elements inside open shadow roots, also ones added to them later', async () => {
    const page = await hostPage('');
    await until(() => page.loader() !== undefined, 'the loader to run');

    // A host component: its open shadow root already holds a badge when it is added to the page.
    const host = page.document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><cw-viewer-badge></cw-viewer-badge></section>';
    page.document.body.append(host);
    const badge = shadow.querySelector('cw-viewer-badge')!;
    await until(() => upgraded(page, badge), 'the badge in the shadow root to be upgraded');

    // Later the component renders a booker into the same shadow root.
    expect(page.loader()!.pending.has('cw-session-booker')).to.equal(true);
    expect(defined(page, 'cw-session-booker')).to.equal(false);
    const booker = page.document.createElement('cw-session-booker');
    shadow.querySelector('section')!.append(booker);
    await until(() => upgraded(page, booker), 'the booker added to the shadow root to be upgraded');
  });
});

describe('coachwork.js: code for what is near the viewport only', () => {
  it('loads a widget far below the fold once it is scrolled near, and whenDefined resolves then', async () => {
    const page = await hostPage(
      '<cw-viewer-badge></cw-viewer-badge><div style="height: 5000px"></div><cw-goal-tracker></cw-goal-tracker>',
    );
    const badge = page.document.querySelector('cw-viewer-badge')!;
    await until(() => upgraded(page, badge), 'the badge in view to be upgraded');
    let defined = false;
    void page.window.customElements.whenDefined('cw-goal-tracker').then(() => (defined = true));
    // The badge's module was fetched and run; had the tracker's been asked for with it, it would
    // have been fetched by now too.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.scripts(), 'scripts fetched').not.to.include('/widgets/dist/goal-tracker.js');
    expect(defined, 'cw-goal-tracker defined').to.equal(false);

    const tracker = page.document.querySelector('cw-goal-tracker')!;
    tracker.scrollIntoView();
    await until(() => upgraded(page, tracker), 'the tracker scrolled to to be upgraded');
    expect(page.scripts()).to.include('/widgets/dist/goal-tracker.js');
    await until(() => defined, 'whenDefined to resolve');
  });

  it('loads at once what the host asks for, wherever the element is', async () => {
    const page = await hostPage('<div style="height: 5000px"></div><cw-session-booker></cw-session-booker>');
    const { loader } = (await page.window.eval(`import('${LOADER}')`)) as {
      loader: { loadElement(tag: string): Promise<unknown>; pending: ReadonlySet<string> };
    };
    expect(loader.pending.has('cw-session-booker')).to.equal(true);
    await loader.loadElement('cw-session-booker');
    expect(defined(page, 'cw-session-booker')).to.equal(true);
  });
});
