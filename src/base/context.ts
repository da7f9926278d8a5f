import { createContext } from '@lit/context';
import type { PartnerHubClient } from '../client/client.js';

/** The client shared by every widget under a `<ph-provider>`. */
export const clientContext = createContext<PartnerHubClient | undefined>(
  Symbol.for('partner-hub-elements/client'),
);

/** The locale the provider was given (`undefined`: use the page's `lang`). */
export const localeContext = createContext<string | undefined>(
  Symbol.for('partner-hub-elements/locale'),
);
