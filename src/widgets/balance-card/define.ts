import { PhBalanceCard } from './balance-card.js';

if (!customElements.get('ph-balance-card')) customElements.define('ph-balance-card', PhBalanceCard);

declare global {
  interface HTMLElementTagNameMap {
    'ph-balance-card': PhBalanceCard;
  }
}

export { PhBalanceCard };
export type * from './balance-card.types.js';
