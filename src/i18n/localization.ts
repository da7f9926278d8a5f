/**
 * Localisation: English source strings with German, Spanish and Brazilian Portuguese loaded on
 * demand (they are not in the main bundle). Intl does money, dates and countries; this module
 * only picks the translation catalogue.
 */
import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './locale-codes.js';

export type KitLocale = (typeof allLocales)[number];

const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
};

type Localization = ReturnType<typeof configureLocalization>;
let localization: Localization | undefined;

function runtime(): Localization | undefined {
  if (localization) return localization;
  try {
    localization = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) =>
        loaders[locale as keyof typeof loaders]() as ReturnType<
          Parameters<typeof configureLocalization>[0]['loadLocale']
        >,
    });
  } catch {
    // The host page configured @lit/localize itself; it then owns the active locale.
    localization = undefined;
  }
  return localization;
}

/**
 * The catalogue for a BCP 47 tag: exact match, then language (`de-AT` → `de`,
 * `pt-PT` → `pt-BR`, `es-MX` → `es`), else English.
 */
export function resolveLocale(tag: string | undefined | null): KitLocale {
  if (!tag) return sourceLocale;
  const lower = tag.toLowerCase();
  const exact = allLocales.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split('-')[0];
  return allLocales.find((l) => l.toLowerCase().split('-')[0] === language) ?? sourceLocale;
}

/** Switches the kit's catalogue; resolves once the strings are loaded. */
export async function setKitLocale(tag: string | undefined | null): Promise<void> {
  const api = runtime();
  if (!api) return;
  const locale = resolveLocale(tag);
  if (api.getLocale() !== locale) await api.setLocale(locale);
}

/** The catalogue in use now. */
export function getKitLocale(): string {
  return runtime()?.getLocale() ?? sourceLocale;
}
