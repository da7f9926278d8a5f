import { PhFileDrop } from './file-drop.js';

if (!customElements.get('ph-file-drop')) customElements.define('ph-file-drop', PhFileDrop);

declare global {
  interface HTMLElementTagNameMap {
    'ph-file-drop': PhFileDrop;
  }
}

export { PhFileDrop };
export type * from './file-drop.types.js';
