import { PhWhatsAppAccounts } from './whatsapp-accounts.js';

if (!customElements.get('ph-whatsapp-accounts')) {
  customElements.define('ph-whatsapp-accounts', PhWhatsAppAccounts);
}

declare global {
  interface HTMLElementTagNameMap {
    'ph-whatsapp-accounts': PhWhatsAppAccounts;
  }
}

export { PhWhatsAppAccounts };
export type * from './whatsapp-accounts.types.js';
