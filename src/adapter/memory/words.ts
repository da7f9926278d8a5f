/**
 * The memory hub's own words in the elements' language (`options.locale`), as a hub that can
 * answer in it would: its plans' features, its cancellation conditions and its data regions'
 * names. Its refusals stay English (the elements word the common ones themselves).
 */
import type { IntegrationSettings, Plan } from '../schemas.js';

type Language = 'de' | 'es' | 'pt-BR';

/** English → German, Spanish, Brazilian Portuguese. */
const WORDS: Readonly<Record<string, readonly [string, string, string]>> = {
  'Up to 50 WhatsApp numbers': [
    'Bis zu 50 WhatsApp-Nummern',
    'Hasta 50 números de WhatsApp',
    'Até 50 números de WhatsApp',
  ],
  'Partner API and webhooks': [
    'Partner-API und Webhooks',
    'API de partner y webhooks',
    'API de parceiro e webhooks',
  ],
  'Integrated Onboarding': [
    'Integriertes Onboarding',
    'Onboarding integrado',
    'Onboarding integrado',
  ],
  'Email support': ['Support per E-Mail', 'Soporte por correo electrónico', 'Suporte por e-mail'],
  'Unlimited WhatsApp numbers': [
    'Unbegrenzt viele WhatsApp-Nummern',
    'Números de WhatsApp ilimitados',
    'Números de WhatsApp ilimitados',
  ],
  'Integrated Onboarding with your logo and brand name': [
    'Integriertes Onboarding mit Ihrem Logo und Markennamen',
    'Onboarding integrado con su logotipo y su marca',
    'Onboarding integrado com seu logotipo e sua marca',
  ],
  'Volume pricing on messaging': [
    'Mengenpreise für Nachrichten',
    'Precios por volumen en la mensajería',
    'Preços por volume nas mensagens',
  ],
  'Priority support with a named contact': [
    'Bevorzugter Support mit fester Ansprechperson',
    'Soporte prioritario con un contacto asignado',
    'Suporte prioritário com um contato dedicado',
  ],
  'The plan stays active until the end of the following calendar month, and that month is invoiced as usual.':
    [
      'Der Tarif bleibt bis zum Ende des folgenden Kalendermonats aktiv, und dieser Monat wird wie üblich abgerechnet.',
      'El plan sigue activo hasta el final del mes natural siguiente, y ese mes se factura como de costumbre.',
      'O plano continua ativo até o fim do mês seguinte, e esse mês é faturado normalmente.',
    ],
  'Fees already invoiced are not refunded.': [
    'Bereits berechnete Gebühren werden nicht erstattet.',
    'Las tarifas ya facturadas no se reembolsan.',
    'As tarifas já faturadas não são reembolsadas.',
  ],
  'Unused credit balance is refunded within 30 days of the plan ending.': [
    'Nicht genutztes Guthaben wird innerhalb von 30 Tagen nach Ende des Tarifs erstattet.',
    'El saldo de crédito no utilizado se reembolsa en los 30 días siguientes al final del plan.',
    'O saldo de créditos não utilizado é reembolsado em até 30 dias após o fim do plano.',
  ],
};

const LANGUAGES: readonly Language[] = ['de', 'es', 'pt-BR'];

/** The hub's language for `locale` (by its language: `de-AT` is German), or none: English. */
function languageOf(locale: string | undefined): Language | undefined {
  const lang = locale?.toLowerCase().split('-')[0];
  return lang === 'de' ? 'de' : lang === 'es' ? 'es' : lang === 'pt' ? 'pt-BR' : undefined;
}

function say(text: string, language: Language): string {
  return WORDS[text]?.[LANGUAGES.indexOf(language)] ?? text;
}

/** The plan with its features and cancellation conditions in `locale`'s language. */
export function planIn(plan: Plan, locale: string | undefined): Plan {
  const language = languageOf(locale);
  if (!language) return plan;
  return {
    ...plan,
    available: plan.available.map((option) => ({
      ...option,
      features: option.features.map((f) => say(f, language)),
    })),
    cancel: { ...plan.cancel, conditions: plan.cancel.conditions.map((c) => say(c, language)) },
  };
}

/**
 * The settings with each data region named in `locale`'s language: the country (or the EU) by
 * `Intl.DisplayNames`, the city kept as the hub names it.
 */
export function settingsIn(
  settings: IntegrationSettings,
  locale: string | undefined,
): IntegrationSettings {
  if (!languageOf(locale) || !settings.availableRegions) return settings;
  const names = new Intl.DisplayNames([locale!], { type: 'region', fallback: 'none' });
  return {
    ...settings,
    availableRegions: settings.availableRegions.map((region) => {
      const country = names.of(region.id.toUpperCase());
      const city = /\(([^)]+)\)/.exec(region.label)?.[1];
      return country ? { ...region, label: city ? `${country} (${city})` : country } : region;
    }),
  };
}
