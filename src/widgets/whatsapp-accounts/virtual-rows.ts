import { css, html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

/** Pixels of rows drawn beyond each edge of the viewport (to scroll into without a blank). */
const OVERSCAN = 400;

/**
 * The scrolling row group and the element sized to all the rows, whose top padding puts the rows
 * drawn in their place. The host gives `.viewport` a height and its rows `--_row-height`.
 */
export const virtualRowsStyles = css`
  .viewport {
    overflow: auto;
    overflow-anchor: none;
    contain: strict;
  }

  .window {
    height: calc(var(--_rows, 0) * var(--_row-height));
    padding-top: calc(var(--_first, 0) * var(--_row-height));
  }
`;

export interface VirtualRowsOptions {
  /** How many rows there are (0 while the list is a plain table). */
  count: () => number;
  /** A row at `index` (its true position in the list), `--_row-height` tall. */
  renderRow: (index: number) => TemplateResult;
  /** Rows `first` to `last` (inclusive) are drawn now. */
  rangeChanged?: (first: number, last: number) => void;
}

/**
 * The rows of a long list, windowed: every row is `--_row-height` tall (a CSS length the host's
 * styles set, per layout in its container queries), so a row's place is its index times that height (read in
 * pixels from the sized element, never row by row). `rows()` renders the scrolling row group: inside it, one element sized to all
 * the rows (`--_rows` of them) whose top padding (`--_first` rows) puts the rows drawn, those in
 * view and `OVERSCAN` pixels beyond each edge, where they belong. Both numbers are set through
 * the CSSOM (no inline `style` attribute, so it runs under the strict CSP); the rows are keyed
 * by index, so the row element that has focus stays the same element while it is drawn.
 *
 * Scrolling recomputes the window once per frame (in the frame's animation callbacks, before it
 * paints); a ResizeObserver on the viewport and on the sized element recomputes it when either
 * changes size (its callback runs after layout and before paint: the first rows are in the first
 * frame painted), so a layout with taller rows is followed at once. The host adds
 * `virtualRowsStyles`.
 */
export class VirtualRowsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: VirtualRowsOptions;
  #observer: ResizeObserver | undefined;
  #viewport: HTMLElement | undefined;
  #sized: HTMLElement | undefined;
  /** The viewport's scroll position and height, and a row's height, in pixels (0: not known). */
  #top = 0;
  #height = 0;
  #row = 0;
  /** The count and first row the sized element was last given. */
  #count = -1;
  #first = -1;
  /** The first screen draws the rows in view only; the overscan follows once they are painted. */
  #overscan = 0;
  #widening = false;
  #frame = 0;
  /** The rows drawn: first, and last + 1. */
  #drawn: [number, number] = [0, 0];
  #reported: [number, number] = [0, 0];
  /** The rows drawn, first to last (inclusive). */
  visible: [number, number] = [0, 0];

  constructor(host: ReactiveControllerHost & HTMLElement, options: VirtualRowsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whole rows that fit in the viewport, less one (how far Page Up and Page Down move). */
  get pageRows(): number {
    return this.#row ? Math.max(1, Math.floor(this.#height / this.#row) - 1) : 1;
  }

  /** The scrolling row group with the rows drawn. */
  rows(): TemplateResult {
    const [first, last] = this.#drawn;
    const indexes: number[] = [];
    for (let i = first; i < last; i++) indexes.push(i);
    return html`<div role="rowgroup" class="viewport body" @scroll=${this.#handleScroll}>
      <div class="window">${repeat(indexes, (i) => i, this.#options.renderRow)}</div>
    </div>`;
  }

  /** Scrolls row `index` just into view, if it is not; the next update draws it. */
  scrollTo(index: number): void {
    const viewport = this.#viewport;
    const row = this.#row;
    if (!viewport || !row) return;
    const top = viewport.scrollTop;
    const at = index * row;
    const to = at < top ? at : at + row > top + this.#height ? at + row - this.#height : top;
    if (to !== top) {
      viewport.scrollTop = to;
      this.#top = to;
      this.#host.requestUpdate();
    }
  }

  readonly #handleScroll = (): void => {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      if (this.#viewport) this.#top = this.#viewport.scrollTop;
      this.#redraw();
    });
  };

  /** The rows to draw, first and last + 1, for the scroll position. */
  #range(): [number, number] {
    const count = this.#options.count();
    const row = this.#row;
    const height = this.#height;
    if (!row || !count) return [0, 0];
    const top = Math.min(this.#top, Math.max(0, count * row - height));
    return [
      Math.max(0, Math.floor((top - this.#overscan) / row)),
      Math.min(count, Math.ceil((top + height + this.#overscan) / row)),
    ];
  }

  #redraw(): void {
    const [first, last] = this.#range();
    if (first !== this.#drawn[0] || last !== this.#drawn[1]) this.#host.requestUpdate();
  }

  #measure(): void {
    const viewport = this.#viewport;
    const sized = this.#sized;
    const count = this.#count;
    if (!viewport || !sized || count <= 0) return;
    this.#height = viewport.clientHeight;
    this.#row = sized.getBoundingClientRect().height / count;
    this.#top = viewport.scrollTop;
    this.#redraw();
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver(() => this.#measure());
    // Observe the viewport again after a reconnection.
    this.#viewport = this.#sized = undefined;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#viewport = this.#sized = undefined;
  }

  hostUpdate(): void {
    this.#drawn = this.#range();
  }

  hostUpdated(): void {
    const root = this.#host.shadowRoot ?? this.#host;
    const viewport = root.querySelector<HTMLElement>('.viewport') ?? undefined;
    if (viewport !== this.#viewport) {
      if (this.#viewport) this.#observer?.unobserve(this.#viewport);
      if (this.#sized) this.#observer?.unobserve(this.#sized);
      this.#viewport = viewport;
      this.#sized = viewport?.querySelector<HTMLElement>('.window') ?? undefined;
      this.#top = 0;
      this.#count = this.#first = -1;
      if (viewport) this.#observer?.observe(viewport);
      if (this.#sized) this.#observer?.observe(this.#sized);
    }
    const sized = this.#sized;
    if (!sized) return;
    const count = this.#options.count();
    const [first, last] = this.#drawn;
    if (count !== this.#count) sized.style.setProperty('--_rows', String((this.#count = count)));
    if (first !== this.#first) sized.style.setProperty('--_first', String((this.#first = first)));
    if (last > first && (first !== this.#reported[0] || last !== this.#reported[1])) {
      this.#reported = this.#drawn;
      // Once this update is done: rows the host loads for the range are an update of their own.
      queueMicrotask(() => {
        this.visible = [first, last - 1];
        this.#options.rangeChanged?.(first, last - 1);
      });
      if (!this.#widening) {
        this.#widening = true;
        // After the frame that paints the first rows (a task queued from that frame's callback).
        requestAnimationFrame(() =>
          setTimeout(() => {
            this.#overscan = OVERSCAN;
            this.#redraw();
          }),
        );
      }
    }
  }
}
