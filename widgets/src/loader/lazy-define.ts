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
 * Not seen: elements inside closed shadow roots, and an open shadow root a defined element attaches
 * later than its upgrade (e.g. on first click). Such a host can import the widget's define module
 * (`@coachwork/widgets/<widget>.js`) or load it by hand with `loadElement(tag)`.
 */

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

export function defineLazily(
  loaders: ElementLoaders,
  root: Document | ShadowRoot = document,
): LazyDefinitions {
  const pending = new Map(Object.entries(loaders));
  const watched = new WeakSet<Node>();
  /** Undefined host components' tags whose definition the loader waits for. */
  const awaited = new Set<string>();

  const loadElement = async (tag: string): Promise<CustomElementConstructor | undefined> => {
    const load = pending.get(tag);
    if (load !== undefined) {
      pending.delete(tag);
      if (pending.size === 0) observer.disconnect();
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

  const visit = (element: Element): void => {
    const tag = element.localName;
    if (pending.has(tag)) void loadElement(tag);
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
    disconnect: () => observer.disconnect(),
  };
}
