import { VERSION } from './version.js';

type VersionedConstructor = CustomElementConstructor & { readonly version?: string };

/**
 * Registers a Coachwork element unless the tag is taken. Two copies of the kit on one page (two
 * teams' bundles) must not crash the page: the first definition wins and a warning names both.
 */
export function defineElement(tagName: string, element: VersionedConstructor): void {
  const existing = customElements.get(tagName) as VersionedConstructor | undefined;
  if (existing === undefined) {
    customElements.define(tagName, element);
    return;
  }
  if (existing !== element) {
    console.warn(
      `Coachwork: <${tagName}> is already defined by version ${existing.version ?? 'unknown'}; ` +
        `keeping it and ignoring version ${element.version ?? VERSION}.`,
    );
  }
}
