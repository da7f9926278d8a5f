import { html, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';

/**
 * The kit's icon shapes (24×24 strokes, drawn in the current text colour), each on its own, so
 * that an entry drawing a few with `drawIcon` ships only those.
 */
export const checkShape = (): SVGTemplateResult => svg`<path d="M5 12.5l4.5 4.5L19 7.5" />`;
export const warningShape = (): SVGTemplateResult =>
  svg`<path d="M12 7v6M12 16.5v.5" /><path d="M3.5 19.5L12 4l8.5 15.5z" />`;
export const pauseShape = (): SVGTemplateResult =>
  svg`<path d="M9.5 8v8M14.5 8v8" /><circle cx="12" cy="12" r="9" />`;
export const minusShape = (): SVGTemplateResult =>
  svg`<path d="M7.5 12h9" /><circle cx="12" cy="12" r="9" />`;
export const errorShape = (): SVGTemplateResult =>
  svg`<circle cx="12" cy="12" r="9" /><path d="M12 7.5v5.5M12 16.5v.5" />`;
export const sortableShape = (): SVGTemplateResult => svg`<path d="M8 6l4-4 4 4M8 18l4 4 4-4" />`;
export const upShape = (): SVGTemplateResult => svg`<path d="M6 15l6-6 6 6" />`;
export const downShape = (): SVGTemplateResult => svg`<path d="M6 9l6 6 6-6" />`;

/** The icons by name, for `icon()`. */
const SHAPES = {
  check: checkShape,
  warning: warningShape,
  pause: pauseShape,
  minus: minusShape,
  error: errorShape,
  sortable: sortableShape,
  up: upShape,
  down: downShape,
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
