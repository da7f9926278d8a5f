import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

type HostSink = ConstructorParameters<typeof FlowLayout>[0];

/** The list's rows all have one height, which the list knows before any row is drawn. */
export interface RowLayoutConfig {
  /** The height of a row in CSS pixels. */
  rowHeight?: number;
}

/**
 * The virtualizer's flow layout, told the row height up front. The stock layout guesses
 * 100 px, draws a first screen of rows at that guess, measures them and draws again, so the
 * first rows cost two passes of style, layout and rendering; with the true height the first
 * pass is the last. It draws 400 px of rows beyond each edge of the viewport (the stock layout
 * draws 1,000 px), enough to scroll into without a blank, and fewer rows to build.
 *
 * Given as the layout `type` it also spares the virtualizer loading its default layout with a
 * dynamic `import()` (a second request, and a microtask hop, before the first row).
 */
export class RowLayout extends FlowLayout {
  constructor(hostSink: HostSink, config?: RowLayoutConfig) {
    super(hostSink, { direction: 'vertical' });
    this._overhang = 400;
    if (config?.rowHeight) this.rowHeight = config.rowHeight;
  }

  /** Set again from the config on every render (the height changes when the list narrows). */
  set rowHeight(height: number) {
    if (height > 0 && height !== this._itemSize.height) {
      this._itemSize = { width: this._itemSize.width, height };
    }
  }

  get rowHeight(): number {
    return this._itemSize.height;
  }
}

/** The layout specifier for `virtualize({ layout })`. */
export const rowLayout = (rowHeight: number) => ({ type: RowLayout, rowHeight });
