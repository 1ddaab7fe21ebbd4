import { yieldToMain } from './yield.js';

let warming: Promise<void> | undefined;

/**
 * Readies the browser's Intl (ICU) data before a widget's first render needs it. The first Intl
 * call on a page loads ICU's locale tables in one go, which on a slow phone blocks the page for
 * a few hundred milliseconds inside whichever widget formats the first date or number. The same
 * loading, done a piece at a time with the main thread given back in between, costs a few short
 * tasks instead, and runs while the widget's code and data are still on their way. Once per page;
 * a failure (an engine without some Intl API) only skips the rest.
 */
export function warmUpIntl(locale: string): Promise<void> {
  return (warming ??= (async () => {
    const steps: Array<() => unknown> = [
      // Likely-subtags data, which locale negotiation reads.
      () => new Intl.Locale(locale).maximize(),
      // The list of locales ICU has data for: the bulk of the first formatter's cost.
      () => Intl.NumberFormat.supportedLocalesOf([locale]),
      () => Intl.DateTimeFormat.supportedLocalesOf([locale]),
      () => new Intl.NumberFormat(locale).format(1),
      () => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(0),
      // Time-zone names ("Central European Time"), which the badge and the booker show: their own tables.
      () => new Intl.DateTimeFormat(locale, { timeZoneName: 'longGeneric' }).formatToParts(0),
    ];
    try {
      for (const step of steps) {
        await yieldToMain();
        step();
      }
    } catch {
      // Nothing to ready ahead: the formatters load what they need themselves.
    }
  })());
}

/**
 * Readies the names of these time zones (the rules of each zone and its name in the locale) after
 * the page's Intl, a zone per task. A picker that names a dozen zones otherwise loads them all in
 * its first render, on a slow phone a few milliseconds a zone inside one task; loaded ahead, the
 * formatters it makes then find the data in place.
 */
export async function warmUpZoneNames(locale: string, zones: readonly string[]): Promise<void> {
  await warmUpIntl(locale);
  for (const timeZone of zones) {
    await yieldToMain();
    try {
      new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(0);
    } catch {
      // A zone this engine does not know: the picker shows its name as it is.
    }
  }
}
