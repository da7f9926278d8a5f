/**
 * The memory hub's own words in the elements' language (`options.locale`), as a hub that can
 * answer in it would: its plans' features, its cancellation conditions, its data regions' names
 * and the refusals a person meets most (an invitation's e-mail, role and one-time code). Any
 * other refusal stays English.
 */
import { AdapterError } from '../errors.js';
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
      'O plano continua ativo até o fim do mês civil seguinte, e esse mês é faturado normalmente.',
    ],
  'Fees already invoiced are not refunded.': [
    'Bereits berechnete Gebühren werden nicht erstattet.',
    'Los cargos ya facturados no se reembolsan.',
    'As taxas já faturadas não são reembolsadas.',
  ],
  'Unused credit balance is refunded within 30 days of the plan ending.': [
    'Nicht genutztes Guthaben wird innerhalb von 30 Tagen nach Ende des Tarifs erstattet.',
    'El saldo de crédito no utilizado se reembolsa en los 30 días siguientes al final del plan.',
    'O saldo de créditos não utilizado é reembolsado em até 30 dias após o fim do plano.',
  ],
};

/** The invitation's refusals (the code's end with the same advice). */
const SEND_NEW = [
  'Wählen Sie „Neuen Code senden“ und geben Sie den Code aus der neuen E-Mail ein.',
  'Elija «Enviar un código nuevo» e introduzca el código del nuevo correo electrónico.',
  'Escolha “Enviar um novo código” e digite o código do novo e-mail.',
] as const;
const REFUSALS: Readonly<Record<string, readonly [string, string, string]>> = {
  'This person is already a user of this partner account.': [
    'Diese Person ist bereits Benutzer dieses Partnerkontos.',
    'Esta persona ya es usuario de esta cuenta de partner.',
    'Esta pessoa já é usuária desta conta de parceiro.',
  ],
  'That code is not right. Check the e-mail and enter the code again.': [
    'Dieser Code stimmt nicht. Prüfen Sie die E-Mail und geben Sie den Code erneut ein.',
    'Ese código no es correcto. Revise el correo electrónico e introduzca el código de nuevo.',
    'Esse código não está correto. Confira o e-mail e digite o código novamente.',
  ],
  'This code is no longer valid. Send a new code and enter the one from the new e-mail.': [
    `Dieser Code gilt nicht mehr. ${SEND_NEW[0]}`,
    `Este código ya no es válido. ${SEND_NEW[1]}`,
    `Este código não é mais válido. ${SEND_NEW[2]}`,
  ],
  'This code has expired. Send a new code and enter the one from the new e-mail.': [
    `Dieser Code ist abgelaufen. ${SEND_NEW[0]}`,
    `Este código ha caducado. ${SEND_NEW[1]}`,
    `Este código expirou. ${SEND_NEW[2]}`,
  ],
  'That code is not right, and it was tried too often. Send a new code and enter the one from the new e-mail.':
    [
      `Dieser Code stimmt nicht, und er wurde zu oft versucht. ${SEND_NEW[0]}`,
      `Ese código no es correcto y se ha intentado demasiadas veces. ${SEND_NEW[1]}`,
      `Esse código não está correto e foi tentado vezes demais. ${SEND_NEW[2]}`,
    ],
  'Choose Owner or Member.': [
    'Wählen Sie Inhaber oder Mitglied.',
    'Elija Propietario o Miembro.',
    'Escolha Proprietário ou Membro.',
  ],
};

/** The one refusal with a value in it: "nina@… already belongs to this partner account." */
const ALREADY = /^(\S+@\S+) already belongs to this partner account\.$/;
const ALREADY_IN = [
  (email: string) => `${email} gehört bereits zu diesem Partnerkonto.`,
  (email: string) => `${email} ya pertenece a esta cuenta de partner.`,
  (email: string) => `${email} já pertence a esta conta de parceiro.`,
] as const;

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
  const language = languageOf(locale);
  if (!language) return settings;
  // The language the hub speaks, not the tag as sent (which Intl may refuse: "de-").
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
  return {
    ...settings,
    availableRegions: settings.availableRegions.map((region) => {
      const country = names.of(region.id.toUpperCase());
      const city = /\(([^)]+)\)/.exec(region.label)?.[1];
      return country ? { ...region, label: city ? `${country} (${city})` : country } : region;
    }),
  };
}

/** A refusal of the hub in `locale`'s language where it has one (else as it was). */
export function refusalIn(error: unknown, locale: string | undefined): unknown {
  const language = languageOf(locale);
  if (!language || !(error instanceof AdapterError)) return error;
  const i = LANGUAGES.indexOf(language);
  const words = (text: string) => {
    const already = ALREADY.exec(text);
    return already ? ALREADY_IN[i]!(already[1]!) : (REFUSALS[text]?.[i] ?? text);
  };
  const fieldErrors = Object.fromEntries(
    Object.entries(error.fieldErrors).map(([field, text]) => [field, words(text)]),
  );
  const message = words(error.message);
  const same =
    message === error.message &&
    Object.entries(fieldErrors).every(([field, text]) => text === error.fieldErrors[field]);
  if (same) return error;
  return new AdapterError(error.code, message, {
    ...error,
    fieldErrors,
    cause: error.cause ?? error,
  });
}
