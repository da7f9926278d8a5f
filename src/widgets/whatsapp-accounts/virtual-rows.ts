import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

type HostSink = ConstructorParameters<typeof FlowLayout>[0];

/** The list's rows all have one height, which the list knows before any row is drawn. */
export interface RowLayoutConfig {
  /** The height of a row in CSS pixels. */
  rowHeight?: number;
  /** How far beyond each edge of the viewport rows are drawn, in pixels. */
  overhang?: number;
}

/**
 * The virtualizer's flow layout, told the row height up front. The stock layout guesses
 * 100 px, draws a first screen of rows at that guess, measures them and draws again, so the
 * first rows cost two passes of style, layout and rendering; with the true height the first
 * pass is the last. It draws `overhang` px of rows beyond each edge of the viewport (the stock
 * layout 1,000 px).
 *
 * Given as the layout `type` it also spares the virtualizer loading its default layout with a
 * dynamic `import()` (a second request, and a microtask hop, before the first row).
 */
export class RowLayout extends FlowLayout {
  constructor(hostSink: HostSink, config?: RowLayoutConfig) {
    super(hostSink, { direction: 'vertical' });
    this._overhang = config?.overhang ?? 400;
    if (config?.rowHeight) this.rowHeight = config.rowHeight;
  }

  set overhang(pixels: number) {
    if (pixels !== this._overhang) {
      this._overhang = pixels;
      this._triggerReflow();
    }
  }

  get overhang(): number {
    return this._overhang;
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
export const rowLayout = (rowHeight: number, overhang: number) => ({
  type: RowLayout,
  rowHeight,
  overhang,
});

/**
 * `count` placeholder items for the virtualizer (it reads their number and, to scroll to one,
 * that it exists): an array in name only, so 100,000 rows cost no 100,000-slot array to fill
 * and collect on every new count.
 */
function placeholders(count: number): number[] {
  return new Proxy<number[]>([], {
    get: (target, key, receiver) =>
      key === 'length'
        ? count
        : typeof key === 'string' && /^\d+$/.test(key) && Number(key) < count
          ? 0
          : (Reflect.get(target, key, receiver) as unknown),
  });
}

export interface VirtualRowsOptions {
  /** How many rows the virtualizer lays out (0 while the list is a plain table). */
  count: () => number;
  /** A row at `index` (its true position in the list). */
  renderRow: (index: number) => TemplateResult;
  /** The virtualizer drew rows `first` to `last` (inclusive). */
  rangeChanged?: (first: number, last: number) => void;
  /** A row's height in rem, wide and narrow (the styles' `--_row-height`). */
  rowRem: { wide: number; narrow: number };
  /** The host counts as narrow at this width in rem or less (its container query). */
  narrowAt: number;
}

/**
 * The virtualized rows of a long list, and whether the list is narrow: one placeholder per row
 * (rows render and load by position, never by item), the row layout told the row height,
 * the range on screen, and scrolling a row into view. The host renders `rows()` inside the
 * element with `@rangeChanged=${rows.handleRange}` and reads `narrow` for its layout.
 */
export class VirtualRowsController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: VirtualRowsOptions;
  private observer: ResizeObserver | undefined;
  private viewport: VirtualizerHostElement | undefined;
  private positions: number[] = placeholders(0);
  /**
   * The first rows drawn fill the viewport and no more; once they are painted, the rows beyond
   * its edges (to scroll into without a blank) follow.
   */
  private overhang = 0;
  private widening = false;
  /** The root font size in pixels, read when the host is resized. */
  private rem = 16;
  /** The rows drawn, first to last. */
  visible: [number, number] = [0, 0];
  /** The host is as narrow as a phone (each row a two-line card). */
  narrow = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: VirtualRowsOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** A row's height in pixels. */
  get rowHeight(): number {
    return this.rem * (this.narrow ? this.options.rowRem.narrow : this.options.rowRem.wide);
  }

  /** Whole rows that fit in the viewport, less one (how far Page Up and Page Down move). */
  get pageRows(): number {
    return Math.max(1, Math.floor((this.viewport?.clientHeight ?? 0) / this.rowHeight) - 1);
  }

  /** The virtualizer's directive, for the element that scrolls. */
  rows(): unknown {
    return virtualize({
      scroller: true,
      layout: rowLayout(this.rowHeight, this.overhang),
      items: this.positions,
      keyFunction: (_: number, index: number) => index,
      renderItem: (_: number, index: number) => this.options.renderRow(index),
    });
  }

  /** Brings row `index` into view (the virtualizer draws it there). */
  scrollTo(index: number): void {
    this.viewport?.[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
  }

  readonly handleRange = (event: RangeChangedEvent): void => {
    this.viewport = event.currentTarget as VirtualizerHostElement;
    this.visible = [event.first, event.last];
    if (this.overhang === 0 && !this.widening) {
      this.widening = true;
      // After the frame that paints the first rows (a task queued from that frame's callback).
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.overhang = 400;
          this.host.requestUpdate();
        }),
      );
    }
    this.options.rangeChanged?.(event.first, event.last);
  };

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const rem =
        Number(getComputedStyle(document.documentElement).fontSize.replace(/px$/, '')) || 16;
      const narrow = (entry?.contentRect.width ?? 0) <= this.options.narrowAt * rem;
      this.rem = rem;
      // Next frame: changing the layout inside the observer's callback would loop it.
      if (narrow !== this.narrow) {
        requestAnimationFrame(() => {
          this.narrow = narrow;
          this.host.requestUpdate();
        });
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.viewport = undefined;
  }

  hostUpdate(): void {
    const count = this.options.count();
    // Rows are rendered by position: the items only tell the virtualizer how many there are.
    if (this.positions.length !== count) this.positions = placeholders(count);
  }
}
