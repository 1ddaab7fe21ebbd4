/**
 * Which catalogue answers a request: the embed token's `locale` claim, else the
 * request's Accept-Language (from the widgets, the language they show; from other
 * clients, often the browser's), else the organisation's default (its first locale this catalogue has),
 * else English. A region or script falls back to its language (`de-AT` → `de`).
 */
import { boundedMemo } from './bounded-memo.js';
import { DEFAULT_LOCALE, isSupportedLocale, type SupportedLocale } from './catalogue.js';

/**
 * Requests repeat a handful of headers and claims: each distinct one is negotiated once. Real
 * Accept-Language headers are well under this length; longer ones are negotiated every time.
 */
const memoOptions = { maxEntries: 512, maxKeyLength: 256 };

const supportedLocaleOfTag = boundedMemo((tag): SupportedLocale | null => {
  try {
    const language = new Intl.Locale(tag.trim()).language.toLowerCase();
    return isSupportedLocale(language) ? language : null;
  } catch {
    // Not a well-formed tag (a garbled header or claim): ignore it.
    return null;
  }
}, memoOptions);

/** The supported locale a BCP 47 tag falls back to, or null (`de-AT` → `de`, `pt-BR` → null). */
export function supportedLocaleOf(tag: string | null | undefined): SupportedLocale | null {
  if (!tag) return null;
  return supportedLocaleOfTag(tag);
}

/** Accept-Language ranges by descending quality (RFC 9110 §12.5.4); `*` and q=0 are dropped. */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  const ranges: Array<{ tag: string; quality: number; order: number }> = [];
  header.split(',').forEach((part, order) => {
    const [range, ...parameters] = part.split(';').map((piece) => piece.trim());
    if (!range || range === '*') return;
    let quality = 1;
    for (const parameter of parameters) {
      const match = /^q=([01](?:\.\d{0,3})?)$/i.exec(parameter);
      if (match?.[1] !== undefined) quality = Number(match[1]);
    }
    if (quality > 0) ranges.push({ tag: range, quality, order });
  });
  return ranges.sort((a, b) => b.quality - a.quality || a.order - b.order).map((range) => range.tag);
}

const negotiateHeader = boundedMemo((header): SupportedLocale | null => {
  for (const tag of acceptedLanguages(header)) {
    const locale = supportedLocaleOf(tag);
    if (locale) return locale;
  }
  return null;
}, memoOptions);

/** The first supported locale of Accept-Language, in the client's order of preference. */
export function negotiateAcceptLanguage(header: string | null | undefined): SupportedLocale | null {
  if (!header) return null;
  return negotiateHeader(header);
}

/** Accept-Language's most preferred range, as the client wrote it. */
const firstAcceptedLanguage = boundedMemo(
  (header): string | undefined => acceptedLanguages(header)[0],
  memoOptions,
);

/** A well-formed tag in its canonical form (`EN-gb` → `en-GB`), or null. */
const canonicalTag = boundedMemo((tag): string | null => {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}, memoOptions);

export interface LocaleSources {
  /** The embed token's `locale` claim (the person's language as the host minted it). */
  token?: string | null;
  /** The request's Accept-Language header. */
  acceptLanguage?: string | null;
  /** The organisation's locales, its default first. */
  organisation?: readonly string[] | null;
}

export function resolveLocale(sources: LocaleSources): SupportedLocale {
  const chosen = supportedLocaleOf(sources.token) ?? negotiateAcceptLanguage(sources.acceptLanguage);
  if (chosen) return chosen;
  for (const tag of sources.organisation ?? []) {
    const locale = supportedLocaleOf(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/**
 * The tag a person asked for, as asked, for the organisation's own texts (capability names), which
 * may be in any language, not only the catalogue's: the token's claim, else Accept-Language's first
 * range, when well formed; else the catalogue language the request answers in.
 */
export function preferredTag(sources: LocaleSources, answering: SupportedLocale): string {
  const { token, acceptLanguage } = sources;
  // A source that is not a well-formed tag is passed over for the next.
  if (token) {
    const canonical = canonicalTag(token);
    if (canonical !== null) return canonical;
  }
  const asked = acceptLanguage ? firstAcceptedLanguage(acceptLanguage) : undefined;
  if (asked) return canonicalTag(asked) ?? answering;
  return answering;
}
