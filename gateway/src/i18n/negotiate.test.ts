import { describe, expect, it } from 'vitest';
import { acceptedLanguages, negotiateAcceptLanguage, resolveLocale, supportedLocaleOf } from './negotiate.js';

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
});
