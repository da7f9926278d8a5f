import { PhOverview } from './overview.js';

if (!customElements.get('ph-overview')) customElements.define('ph-overview', PhOverview);

declare global {
  interface HTMLElementTagNameMap {
    'ph-overview': PhOverview;
  }
}

export { PhOverview };
