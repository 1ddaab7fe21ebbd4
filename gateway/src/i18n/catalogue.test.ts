/**
 * The catalogue's contract: every locale has every English key, no others, and
 * each translation parses and uses exactly the placeholders (and argument
 * types) of its English source, so no value goes missing at runtime.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogues, SUPPORTED_LOCALES, type MessageKey } from './catalogue.js';
import { en } from './locales/en.js';

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

/** `name:kind` for every argument, walking into plural and select branches. */
function argumentsOf(elements: readonly Element[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    // Kinds as @formatjs/icu-messageformat-parser numbers them: 1 argument, 2 number,
    // 3 date, 4 time, 5 select, 6 plural (0 literal, 7 `#`, 8 tag carry no name).
    const kind = ['', 'argument', 'number', 'date', 'time', 'select', 'plural'][element.type];
    if (kind && 'value' in element && typeof element.value === 'string') {
      found.add(`${element.value}:${kind}`);
    }
    if ('options' in element) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

function parse(locale: string, message: string): Element[] {
  return new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst();
}

const keys = Object.keys(en) as MessageKey[];

describe.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))('the %s catalogue', (locale) => {
  const catalogue = catalogues[locale];

  it('has every English key and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s has the English placeholders', (key) => {
    const message: string | undefined = catalogue[key];
    expect(message, `${locale} lacks ${key}`).toBeTypeOf('string');
    expect(message!.trim(), `${locale} ${key} is empty`).not.toBe('');
    const expected = [...argumentsOf(parse('en', en[key]))].sort();
    expect([...argumentsOf(parse(locale, message!))].sort()).toEqual(expected);
  });
});

describe('the English catalogue', () => {
  it.each(keys)('%s parses', (key) => {
    expect(() => parse('en', en[key])).not.toThrow();
  });
});
