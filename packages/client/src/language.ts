/**
 * Where the page's request language lives: on `globalThis`, because every copy of the kit on a
 * page shares one client per gateway (registry.ts), and a copy's own module variable would only be
 * read by the clients that copy created.
 */
const LANGUAGE_KEY = Symbol.for('coachwork.requestLanguage');
type LanguageHolder = typeof globalThis & { [LANGUAGE_KEY]?: string | undefined };

/**
 * Sends `Accept-Language: <tag>` with every request from now on, so the gateway's messages
 * (`userErrors`, refusals) come in the language the widgets show rather than the browser's. A
 * token's `locale` claim still wins at the gateway. One language per page, set by whichever widget
 * applied its locale last, as @lit/localize keeps one locale; undefined: the browser's own header.
 */
export function setRequestLanguage(tag: string | undefined): void {
  (globalThis as LanguageHolder)[LANGUAGE_KEY] = tag;
}

/** The language set by setRequestLanguage, read when each request is made. */
export function requestLanguage(): string | undefined {
  return (globalThis as LanguageHolder)[LANGUAGE_KEY];
}
