import { expect } from '@open-wc/testing';
import { allLocales, directionOf, resolveLocale, sourceLocale } from './localization.js';

describe('localization', () => {
  it('resolves requested tags to a supported locale', () => {
    expect(resolveLocale('ar')).to.equal('ar');
    expect(resolveLocale('ar-EG')).to.equal('ar');
    expect(resolveLocale('AR_sa')).to.equal('ar');
    expect(resolveLocale('en-GB')).to.equal('en');
    expect(resolveLocale('de-AT')).to.equal('de');
    expect(resolveLocale('fr-CA')).to.equal('fr');
    expect(resolveLocale('es-419')).to.equal('es');
    expect(resolveLocale('ja-JP')).to.equal('ja');
    expect(resolveLocale('pt-BR')).to.equal('en');
    expect(resolveLocale('xx')).to.equal(sourceLocale);
    expect(resolveLocale('')).to.equal(sourceLocale);
    expect(resolveLocale(undefined)).to.equal(sourceLocale);
  });

  it('knows which languages are written right to left', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('he-IL')).to.equal('rtl');
    expect(directionOf('fa')).to.equal('rtl');
    expect(directionOf('en')).to.equal('ltr');
    expect(directionOf('ja')).to.equal('ltr');
  });

  for (const locale of allLocales.filter((l) => l !== sourceLocale)) {
    it(`xliff/${locale}.xlf translates every message`, async () => {
      const xml = new DOMParser().parseFromString(
        await (await fetch(`/widgets/xliff/${locale}.xlf`)).text(),
        'application/xml',
      );
      const units = [...xml.querySelectorAll('trans-unit')];
      expect(units.length).to.be.greaterThan(0);
      const missing = units
        .filter((u) => !u.querySelector('target')?.textContent?.trim())
        .map((u) => u.querySelector('source')?.textContent);
      expect(missing, `untranslated in ${locale}`).to.deep.equal([]);
    });
  }
});
