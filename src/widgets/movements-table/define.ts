import { PhMovementsTable } from './movements-table.js';

if (!customElements.get('ph-movements-table')) {
  customElements.define('ph-movements-table', PhMovementsTable);
}

declare global {
  interface HTMLElementTagNameMap {
    'ph-movements-table': PhMovementsTable;
  }
}

export { PhMovementsTable };
export type * from './movements-table.types.js';
