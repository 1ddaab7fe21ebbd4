/**
 * The gateway's message catalogue: one file per locale under ./locales, English
 * the source. A locale file is typed against English, so a missing or stray key
 * fails `tsc`; catalogue.test.ts also checks that every translation parses and
 * uses the same placeholders as English.
 */
import { ar } from './locales/ar.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { es } from './locales/es.js';
import { fr } from './locales/fr.js';
import { ja } from './locales/ja.js';

export type MessageKey = keyof typeof en;

/** What a locale file must hold: a sentence for every English key, and nothing else. */
export type Catalogue = Record<MessageKey, string>;

/** The languages the widgets ship, in the order the docs list them. */
export const SUPPORTED_LOCALES = ['en', 'de', 'fr', 'es', 'ja', 'ar'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export const DEFAULT_LOCALE: SupportedLocale = 'en';

export const catalogues: Readonly<Record<SupportedLocale, Catalogue>> = { en, de, fr, es, ja, ar };

export function isSupportedLocale(tag: string): tag is SupportedLocale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(tag);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
