import { PhTopUpDialog } from './top-up-dialog.js';

if (!customElements.get('ph-top-up-dialog')) {
  customElements.define('ph-top-up-dialog', PhTopUpDialog);
}

declare global {
  interface HTMLElementTagNameMap {
    'ph-top-up-dialog': PhTopUpDialog;
  }
}

export { PhTopUpDialog };
export type * from './top-up-dialog.types.js';
