import { createContext } from '@lit/context';
import type { PartnerHubClient } from '../client/client.js';
import type { TextOverrides } from '../i18n/localization.js';

/** The client shared by every widget under a `<ph-provider>`. */
export const clientContext = createContext<PartnerHubClient | undefined>(
  Symbol.for('partner-hub-elements/client'),
);

/** The locale the provider was given (`undefined`: use the page's `lang`). */
export const localeContext = createContext<string | undefined>(
  Symbol.for('partner-hub-elements/locale'),
);

/** The host's text overrides, per locale, from the provider's `texts`. */
export const textsContext = createContext<TextOverrides | undefined>(
  Symbol.for('partner-hub-elements/texts'),
);
