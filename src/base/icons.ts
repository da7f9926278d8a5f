import { html, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';

/**
 * The shapes of the error and warning icons, on their own so that an entry drawing only these
 * (every form control) does not ship the others.
 */
export const errorShape = (): SVGTemplateResult =>
  svg`<circle cx="12" cy="12" r="9" /><path d="M12 7.5v5.5M12 16.5v.5" />`;
export const warningShape = (): SVGTemplateResult =>
  svg`<path d="M12 7v6M12 16.5v.5" /><path d="M3.5 19.5L12 4l8.5 15.5z" />`;

/** The kit's icons: 24×24 strokes, drawn in the current text colour. */
const SHAPES = {
  check: () => svg`<path d="M5 12.5l4.5 4.5L19 7.5" />`,
  warning: warningShape,
  pause: () => svg`<path d="M9.5 8v8M14.5 8v8" /><circle cx="12" cy="12" r="9" />`,
  minus: () => svg`<path d="M7.5 12h9" /><circle cx="12" cy="12" r="9" />`,
  error: errorShape,
  sortable: () => svg`<path d="M8 6l4-4 4 4M8 18l4 4 4-4" />`,
  up: () => svg`<path d="M6 15l6-6 6 6" />`,
  down: () => svg`<path d="M6 9l6 6 6-6" />`,
} satisfies Record<string, () => SVGTemplateResult>;

export type IconName = keyof typeof SHAPES;

/**
 * A decorative icon (hidden from assistive technology: the words beside it carry the meaning,
 * so state is never told by icon or colour alone).
 */
export function icon(name: IconName, className = 'icon'): TemplateResult {
  return drawIcon(SHAPES[name](), className);
}

/** An icon of the given shape (see `icon`). */
export function drawIcon(shape: SVGTemplateResult, className = 'icon'): TemplateResult {
  return html`<svg
    class=${className}
    viewBox="0 0 24 24"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${shape}
  </svg>`;
}
