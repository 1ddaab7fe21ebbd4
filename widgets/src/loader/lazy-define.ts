/**
 * The runtime of the one-script loader (`coachwork.js`): registers no element itself, but loads an
 * element's module — which defines it — the first time its tag is seen: in the document when the
 * loader starts, in nodes added later, and inside open shadow roots found in either (a host's own
 * web components), which it then watches as well.
 *
 * The tag list is not written here: scripts/build/build.mjs generates the loader's entry from the
 * files in src/define/, so a new widget joins the loader by having a define file.
 *
 * A host's component that is not defined yet when it is added (its own bundle loads later) has no
 * shadow root to scan; the loader waits for its tag to be defined (the upgrade attaches the root)
 * and scans it then, so a widget two components deep is found whatever order the scripts load in.
 *
 * An element's module is asked for once an element of its tag comes within a viewport's height of
 * the visible part of the page (`near`, the margin the elements use to ask for their data), so the
 * script of a widget far below the fold, or in a hidden panel, is neither fetched nor compiled
 * while the page loads: the host's page stays responsive. `loadElement(tag)` loads at once, and
 * `customElements.whenDefined(tag)` resolves as always once the module has run.
 *
 * Several tags that come near together (a page's first frame) are asked for one per task: a host's
 * bundler may do work of its own the moment a module is asked for (Vite, for one, adds a
 * `<link rel=modulepreload>` for each of the module's dependencies, a few milliseconds each on a
 * slow phone), and asked for all at once that work adds up to one long task in the host's page.
 *
 * Not seen: elements inside closed shadow roots, and an open shadow root a defined element attaches
 * later than its upgrade (e.g. on first click). Such a host can import the widget's define module
 * (`@coachwork/widgets/<widget>.js`) or load it by hand with `loadElement(tag)`.
 */

import { warmUpIntl, warmUpZoneNames } from '../shared/intl-warm-up.js';
import { OFFERED_TIME_ZONES } from '../shared/offered-time-zones.js';
import { yieldToMain } from '../shared/yield.js';

/** Tag name → a function that imports the module defining it. */
export type ElementLoaders = Readonly<Record<string, () => Promise<unknown>>>;

export interface LazyDefinitions {
  /** Tags whose module has not been asked for yet. */
  readonly pending: ReadonlySet<string>;
  /** Loads the element's module now (e.g. before the host renders it); resolves once defined. */
  loadElement(tag: string): Promise<CustomElementConstructor | undefined>;
  /** Stops watching the document (modules already loading still load). */
  disconnect(): void;
}

export interface LazyOptions {
  /**
   * IntersectionObserver `rootMargin` within which an element's module is loaded; `false` loads it
   * as soon as an element of its tag is in the document. Default `100% 0px`: a viewport's height
   * above and below.
   */
  near?: string | false;
  /**
   * Imports the modules every element shares (Lit, the client, the shared base class), asked for
   * just before the first element's module: its graph is a part of every element's, so it arrives
   * first and runs in a task of its own, and the first element's task runs only its own code.
   */
  shared?: () => Promise<unknown>;
}

export function defineLazily(
  loaders: ElementLoaders,
  root: Document | ShadowRoot = document,
  { near = '100% 0px', shared }: LazyOptions = {},
): LazyDefinitions {
  const pending = new Map(Object.entries(loaders));
  /** Elements of a pending tag waiting to come near the viewport, by tag. */
  const waiting = new Map<string, Set<Element>>();
  const nearViewport =
    near === false || typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver(
          (entries) => {
            for (const entry of entries) if (entry.isIntersecting) loadInTurn(entry.target.localName);
          },
          { rootMargin: near },
        );
  /** Tags come near and not asked for yet, asked for one per task in the order they came. */
  const queued = new Set<string>();
  let asking = false;
  const loadInTurn = (tag: string): void => {
    queued.add(tag);
    if (asking) return;
    asking = true;
    void (async () => {
      for (const next of queued) {
        queued.delete(next);
        void loadElement(next);
        await yieldToMain();
      }
      asking = false;
    })();
  };
  const watched = new WeakSet<Node>();
  /** Undefined host components' tags whose definition the loader waits for. */
  const awaited = new Set<string>();

  let pendingShared = shared;
  const loadElement = async (tag: string): Promise<CustomElementConstructor | undefined> => {
    const load = pending.get(tag);
    const seen = waiting.get(tag);
    if (seen !== undefined) {
      waiting.delete(tag);
      for (const element of seen) nearViewport?.unobserve(element);
    }
    if (load !== undefined) {
      pending.delete(tag);
      // Not awaited: the element's own request goes out at once; a failure shows in its import.
      if (pendingShared !== undefined) void pendingShared().catch(() => undefined);
      pendingShared = undefined;
      // While the element's code and data download: its first render formats dates and numbers,
      // and the booker's names the zones it offers. Readied here, by tag, because the booker's own
      // first load has no bytes to spare for it (the size budget, docs/ARCHITECTURE.md).
      const locale = document.documentElement.lang || navigator.language;
      void (tag === 'cw-session-booker' ? warmUpZoneNames(locale, OFFERED_TIME_ZONES) : warmUpIntl(locale));
      if (pending.size === 0) {
        observer.disconnect();
        nearViewport?.disconnect();
      }
      // Loaded even when another copy of the kit defined the tag already: its define module keeps
      // that first definition and warns naming both versions (shared/define.ts), which a host with
      // two teams' bundles needs to see.
      try {
        await load();
      } catch (error) {
        // A failed chunk (offline, blocked) is tried again the next time the tag appears.
        pending.set(tag, load);
        console.error(`Coachwork: could not load <${tag}>`, error);
        return undefined;
      }
    }
    return loaders[tag] === undefined ? undefined : customElements.whenDefined(tag);
  };

  /** Loads the tag's module now, or once this element comes near the viewport. */
  const approach = (element: Element, tag: string): void => {
    if (nearViewport === undefined) {
      void loadElement(tag);
      return;
    }
    let seen = waiting.get(tag);
    if (seen === undefined) waiting.set(tag, (seen = new Set()));
    if (seen.has(element)) return;
    seen.add(element);
    nearViewport.observe(element);
  };

  const visit = (element: Element): void => {
    const tag = element.localName;
    if (pending.has(tag)) approach(element, tag);
    const shadow = element.shadowRoot;
    if (shadow !== null) scan(shadow);
    // A host component not defined yet has no shadow root: scan again once its upgrades attached
    // them (connected elements are upgraded before whenDefined resolves). Once per tag, holding no
    // element: a tag that is never defined must not keep every such element alive.
    else if (tag.includes('-') && !loaders[tag] && !customElements.get(tag) && !awaited.has(tag)) {
      awaited.add(tag);
      void customElements.whenDefined(tag).then(() => scan(root));
    }
  };

  /** Loads every pending tag under `node` (itself included), watching the open shadow roots met. */
  const scan = (node: Node): void => {
    if (pending.size === 0) return;
    if (node instanceof ShadowRoot && !watched.has(node)) {
      watched.add(node);
      observer.observe(node, { childList: true, subtree: true });
    }
    if (node instanceof Element) visit(node);
    else if (!(node instanceof Document || node instanceof DocumentFragment)) return;
    const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
    for (let next = walker.nextNode(); next !== null && pending.size > 0; next = walker.nextNode()) {
      visit(next as Element);
    }
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) scan(node);
  });
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
  scan(root);

  return {
    get pending() {
      return new Set(pending.keys());
    },
    loadElement,
    disconnect: () => {
      observer.disconnect();
      nearViewport?.disconnect();
      waiting.clear();
    },
  };
}
