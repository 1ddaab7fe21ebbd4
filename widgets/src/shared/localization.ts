import { configureLocalization, type LocaleModule } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../locales/locale-codes.js';

export type SupportedLocale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

/** One entry per target locale; static imports so bundlers split each locale into its own chunk. */
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  ar: () => import('../locales/ar.js'),
  de: () => import('../locales/de.js'),
  es: () => import('../locales/es.js'),
  fr: () => import('../locales/fr.js'),
  ja: () => import('../locales/ja.js'),
};

/**
 * @lit/localize in runtime mode keeps one active locale per copy of the kit, so every widget on a
 * page speaks the locale most recently asked for; each still sets its own `dir` and Intl locale.
 */
export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as TargetLocale](),
});

export { allLocales, sourceLocale };

/** Best supported match for a BCP 47 tag: exact, then by language (`ar-EG` → `ar`), else English. */
export function resolveLocale(requested: string | null | undefined): SupportedLocale {
  const tag = requested?.trim().replace(/_/g, '-').toLowerCase();
  if (!tag) return sourceLocale;
  const exact = allLocales.find((l) => l.toLowerCase() === tag);
  if (exact) return exact;
  const language = tag.split('-')[0];
  return allLocales.find((l) => l.toLowerCase() === language) ?? sourceLocale;
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
