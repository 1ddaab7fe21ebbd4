/**
 * Which catalogue answers a request: the embed token's `locale` claim, else the
 * request's Accept-Language (from the widgets, the language they show; from other
 * clients, often the browser's), else the organisation's default (its first locale this catalogue has),
 * else English. A region or script falls back to its language (`de-AT` → `de`).
 */
import { DEFAULT_LOCALE, isSupportedLocale, type SupportedLocale } from './catalogue.js';

/** The supported locale a BCP 47 tag falls back to, or null (`de-AT` → `de`, `pt-BR` → null). */
export function supportedLocaleOf(tag: string | null | undefined): SupportedLocale | null {
  if (!tag) return null;
  try {
    const language = new Intl.Locale(tag.trim()).language.toLowerCase();
    return isSupportedLocale(language) ? language : null;
  } catch {
    // Not a well-formed tag (a garbled header or claim): ignore it.
    return null;
  }
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

/** The first supported locale of Accept-Language, in the client's order of preference. */
export function negotiateAcceptLanguage(header: string | null | undefined): SupportedLocale | null {
  for (const tag of acceptedLanguages(header)) {
    const locale = supportedLocaleOf(tag);
    if (locale) return locale;
  }
  return null;
}

export interface LocaleSources {
  /** The embed token's `locale` claim (the person's language as the host minted it). */
  token?: string | null;
  /** The request's Accept-Language header. */
  acceptLanguage?: string | null;
  /** The organisation's locales, its default first. */
  organisation?: readonly string[] | null;
}

export function resolveLocale(sources: LocaleSources): SupportedLocale {
  return (
    supportedLocaleOf(sources.token) ??
    negotiateAcceptLanguage(sources.acceptLanguage) ??
    (sources.organisation ?? []).map(supportedLocaleOf).find((locale) => locale !== null) ??
    DEFAULT_LOCALE
  );
}

/**
 * The tag a person asked for, as asked, for the organisation's own texts (capability names), which
 * may be in any language, not only the catalogue's: the token's claim, else Accept-Language's first
 * range, when well formed; else the catalogue language the request answers in.
 */
export function preferredTag(sources: LocaleSources, answering: SupportedLocale): string {
  for (const tag of [sources.token, acceptedLanguages(sources.acceptLanguage)[0]]) {
    if (!tag) continue;
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? answering;
    } catch {
      // Not a well-formed tag: try the next source.
    }
  }
  return answering;
}
