/** The best name for `locale`: exact tag, then its language, then English. */
export function localised(texts: Record<string, string>, locale: string): string | undefined {
  const language = locale.split('-')[0] ?? locale;
  return texts[locale] ?? texts[language] ?? texts.en;
}
