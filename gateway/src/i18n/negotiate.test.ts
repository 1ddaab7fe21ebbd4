import { describe, expect, it } from 'vitest';
import {
  acceptedLanguages,
  negotiateAcceptLanguage,
  preferredTag,
  resolveLocale,
  supportedLocaleOf,
} from './negotiate.js';

describe('locale negotiation', () => {
  it('falls back from a region or script to its language', () => {
    expect(supportedLocaleOf('de-AT')).toBe('de');
    expect(supportedLocaleOf('ar-EG')).toBe('ar');
    expect(supportedLocaleOf('ja-Jpan-JP')).toBe('ja');
    expect(supportedLocaleOf('pt-BR')).toBeNull();
    expect(supportedLocaleOf('not a tag!')).toBeNull();
    expect(supportedLocaleOf(null)).toBeNull();
  });

  it('orders Accept-Language by quality, then by position, dropping * and q=0', () => {
    expect(acceptedLanguages('fr;q=0.5, de-AT, *;q=0.1, ja;q=0, es;q=0.5')).toEqual(['de-AT', 'fr', 'es']);
    expect(negotiateAcceptLanguage('pt-BR, zh;q=0.9, fr-CA;q=0.8, de;q=0.7')).toBe('fr');
    expect(negotiateAcceptLanguage('')).toBeNull();
  });

  it('prefers the token, then Accept-Language, then the organisation, then English', () => {
    expect(resolveLocale({ token: 'ja', acceptLanguage: 'de', organisation: ['fr'] })).toBe('ja');
    expect(resolveLocale({ token: 'xx-YY', acceptLanguage: 'de', organisation: ['fr'] })).toBe('de');
    expect(resolveLocale({ token: null, acceptLanguage: 'sw', organisation: ['pt', 'es'] })).toBe('es');
    expect(resolveLocale({ acceptLanguage: 'sw', organisation: ['pt'] })).toBe('en');
    expect(resolveLocale({})).toBe('en');
  });

  it('answers the same for a header or claim it has seen before (negotiated once, remembered)', () => {
    for (let round = 0; round < 2; round++) {
      expect(negotiateAcceptLanguage('pt-BR, zh;q=0.9, fr-CA;q=0.8')).toBe('fr');
      expect(supportedLocaleOf(' de-AT ')).toBe('de');
      expect(supportedLocaleOf('not a tag!')).toBeNull();
      expect(resolveLocale({ token: 'xx-YY', acceptLanguage: 'sw', organisation: ['pt', 'es'] })).toBe('es');
    }
    // Far more distinct headers than are remembered still negotiate correctly.
    for (let i = 0; i < 2000; i++) expect(negotiateAcceptLanguage(`x-${i}, de;q=0.5`)).toBe('de');
    expect(negotiateAcceptLanguage(`${'de-AT, '.repeat(100)}fr`)).toBe('de');
  });

  it('keeps the tag as asked for the organisation texts: the claim, else the first range, canonical', () => {
    expect(preferredTag({ token: 'pt-br', acceptLanguage: 'de' }, 'en')).toBe('pt-BR');
    expect(preferredTag({ token: 'not a tag!', acceptLanguage: 'fr;q=0.5, EN-gb' }, 'en')).toBe('en-GB');
    expect(preferredTag({ token: null, acceptLanguage: 'not a tag!' }, 'es')).toBe('es');
    expect(preferredTag({}, 'ja')).toBe('ja');
  });
});
