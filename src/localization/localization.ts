/**
 * Runtime locale switching for every element (`@lit/localize` runtime mode). English is built in; other
 * locales load on demand. Elements decorated with `@localized()` re-render when the locale changes.
 *
 * lit-localize can be configured once per page, so this module configures it lazily, on the first
 * `setLocale()`: importing the library never claims it from a host that configures it itself.
 */
import { configureLocalization, LOCALE_STATUS_EVENT, type LocaleModule } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';

export type Locale = (typeof allLocales)[number];
export const SUPPORTED_LOCALES: readonly Locale[] = allLocales;

const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  pl: () => import('./generated/locales/pl.js'),
};

let localization: ReturnType<typeof configureLocalization> | undefined;

function configured(): ReturnType<typeof configureLocalization> {
  try {
    return (localization ??= configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
    }));
  } catch (cause) {
    throw new Error(
      'lit-localize is already configured on this page, so customer-list-elements cannot switch locales itself. ' +
        "Load this library's translations from your own loadLocale (they are in its localization/generated/locales).",
      { cause },
    );
  }
}

export function isSupportedLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (allLocales as readonly string[]).includes(value);
}

/** The active locale; English until `setLocale()` is called. */
export function getLocale(): string {
  return localization?.getLocale() ?? sourceLocale;
}

/**
 * Switches every element to a locale (`en`, `pl`). An unsupported tag such as `pl-PL` falls back to its
 * language, then to English, so a host can pass `navigator.language` as it is. Resolves to the locale chosen.
 */
export async function setLocale(locale: string): Promise<Locale> {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  const chosen: Locale = isSupportedLocale(locale) ? locale : isSupportedLocale(language) ? language : sourceLocale;
  await configured().setLocale(chosen);
  return chosen;
}

const RIGHT_TO_LEFT_LANGUAGES = new Set(['ar', 'dv', 'fa', 'he', 'ps', 'ur', 'yi']);

/**
 * The direction of the UI's own words in the active locale: `ltr` for English and Polish. Text with no letters
 * of its own ("+3") takes it, so a right-to-left page does not turn it into "3+".
 */
export function textDirection(): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT_LANGUAGES.has(getLocale().split('-')[0]!) ? 'rtl' : 'ltr';
}

export { LOCALE_STATUS_EVENT };
