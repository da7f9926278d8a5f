import { PhDialog } from './dialog.js';

if (!customElements.get('ph-dialog')) {
  customElements.define('ph-dialog', PhDialog);
}

declare global {
  interface HTMLElementTagNameMap {
    'ph-dialog': PhDialog;
  }
}

export { PhDialog };
export type * from './dialog.types.js';
