import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A cell of a data grid, by row and column index (both from 0; the header row not counted). */
export interface GridPosition {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
  /** Rows that fit in the viewport: how far Page Up and Page Down move. */
  page: number;
}

/**
 * Where `key` (with Ctrl or Cmd held: `ctrl`) moves the focused cell of a data grid, by the
 * WAI-ARIA grid pattern: arrows by one, Page Up/Down by a page, Home/End to the row's first and
 * last cell, Ctrl+Home/End to the grid's first and last cell. `undefined` for a key the grid
 * does not handle. Never leaves the grid.
 */
export function moveInGrid(
  key: string,
  ctrl: boolean,
  at: GridPosition,
  size: GridSize,
): GridPosition | undefined {
  const lastRow = Math.max(0, size.rows - 1);
  const lastCol = Math.max(0, size.cols - 1);
  const clampRow = (row: number) => Math.min(lastRow, Math.max(0, row));
  switch (key) {
    case 'ArrowDown':
      return { row: clampRow(at.row + 1), col: at.col };
    case 'ArrowUp':
      return { row: clampRow(at.row - 1), col: at.col };
    case 'ArrowRight':
      return { row: at.row, col: Math.min(lastCol, at.col + 1) };
    case 'ArrowLeft':
      return { row: at.row, col: Math.max(0, at.col - 1) };
    case 'PageDown':
      return { row: clampRow(at.row + Math.max(1, size.page)), col: at.col };
    case 'PageUp':
      return { row: clampRow(at.row - Math.max(1, size.page)), col: at.col };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row: at.row, col: lastCol };
    default:
      return undefined;
  }
}

export interface GridKeyboardOptions<T> {
  /** How many rows the grid has (all of them, drawn or not) and columns, and rows per page. */
  size: () => GridSize;
  /** The row at `index`, or `undefined` while it is not loaded. */
  rowAt: (index: number) => T | undefined;
  /** What stays the same about a row when rows load or re-sort (its id). */
  idOf: (row: T) => string;
  /** The index of the loaded row with this id, or -1. */
  indexOf: (id: string) => number;
  /** Brings row `index` into view (a virtualized grid draws it there). */
  scrollTo: (index: number) => void;
  /** Enter on a row (not on a button in it). */
  activate: (row: T) => void;
  /** Called once a row reached by a far move (a page, Ctrl+Home/End) is loaded. */
  arrived?: (index: number, row: T) => void;
}

/**
 * Keyboard navigation and focus keeping for a data grid whose rows may be virtualized and
 * loaded on demand (the WAI-ARIA grid pattern, with a roving tabindex).
 *
 * The host renders its rows with `data-index` (the row's true position) and its cells with
 * `data-cell` (the column), gives each cell `tabindex=${keys.tabindex(row, col)}`, and wires
 * `@keydown`, `@focusin` and `@focusout` of the element with `role="grid"` to the handlers
 * here. The controller then:
 * - moves the focused cell by the grid pattern's keys and scrolls its row into view; a far move
 *   calls `arrived` once the row is loaded (a list announces it there);
 * - keeps focus on the same row (by id) when rows load again or re-sort;
 * - while the focused row is scrolled out of the DOM, holds focus on the grid itself, and puts
 *   it back on the cell when the row is drawn again (`rangeChanged()` after each new range).
 */
export class GridKeyboardController<T> implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #options: GridKeyboardOptions<T>;
  #focusRow = 0;
  #focusCol = 0;
  #focusId: string | undefined;
  #focusWithin = false;
  #arriving: number | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: GridKeyboardOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The focused cell (the one with tabindex 0). */
  get position(): GridPosition {
    return { row: this.#focusRow, col: this.#focusCol };
  }

  /** 0 for the focused cell, -1 for every other (a roving tabindex). */
  tabindex(row: number, col: number): 0 | -1 {
    return row === this.#focusRow && col === this.#focusCol ? 0 : -1;
  }

  /** Moves focus to a cell and scrolls its row into view; `far` calls `arrived` on arrival. */
  moveTo(row: number, col: number, far = false): void {
    this.#focusRow = row;
    this.#focusCol = col;
    const loaded = this.#options.rowAt(row);
    this.#focusId = loaded ? this.#options.idOf(loaded) : undefined;
    this.#focusWithin = true;
    this.#options.scrollTo(row);
    if (far) this.#arriving = row;
    this.#host.requestUpdate();
  }

  /** After another range of rows was drawn: the focused cell may be back in the DOM. */
  rangeChanged(): void {
    if (this.#focusWithin) requestAnimationFrame(() => this.#focusCell());
  }

  // ── handlers for the grid element ──────────────────────────────────────────────────────

  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      if ((event.target as HTMLElement).localName === 'button') return; // its own action
      const row = this.#options.rowAt(this.#focusRow);
      event.preventDefault();
      if (row) this.#options.activate(row);
      return;
    }
    const ctrl = event.ctrlKey || event.metaKey;
    const next = moveInGrid(event.key, ctrl, this.position, this.#options.size());
    if (!next) return;
    event.preventDefault();
    this.moveTo(next.row, next.col, ctrl || event.key === 'PageDown' || event.key === 'PageUp');
  };

  readonly handleFocusIn = (event: FocusEvent): void => {
    this.#focusWithin = true;
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-index]');
    if (!row) return;
    const index = Number(row.dataset['index']);
    const cell = target.closest<HTMLElement>('[data-cell]');
    const col = cell ? Number(cell.dataset['cell']) : this.#focusCol;
    if (index !== this.#focusRow || col !== this.#focusCol) {
      this.#focusRow = index;
      this.#focusCol = col;
      this.#host.requestUpdate();
    }
    const loaded = this.#options.rowAt(index);
    this.#focusId = loaded ? this.#options.idOf(loaded) : undefined;
  };

  readonly handleFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (to && this.#root.contains(to)) return;
    const from = event.target as HTMLElement;
    // A focused row the windowing removed (scrolled far away) is not the user leaving.
    queueMicrotask(() => {
      if (from.isConnected || to) this.#focusWithin = false;
    });
  };

  // ── lifecycle ──────────────────────────────────────────────────────────────────────────

  hostUpdate(): void {
    this.#followRow();
  }

  hostUpdated(): void {
    if (this.#arriving !== undefined) {
      const row = this.#options.rowAt(this.#arriving);
      if (row) {
        const index = this.#arriving;
        this.#arriving = undefined;
        this.#options.arrived?.(index, row);
      }
    }
    if (this.#focusWithin) this.#focusCell();
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────

  get #root(): ShadowRoot | HTMLElement {
    return this.#host.shadowRoot ?? this.#host;
  }

  /** After rows load or re-sort, the focused cell follows its row when that row is loaded. */
  #followRow(): void {
    const focusId = this.#focusId;
    if (focusId === undefined) {
      const loaded = this.#options.rowAt(this.#focusRow);
      if (loaded && this.#focusWithin) this.#focusId = this.#options.idOf(loaded);
      return;
    }
    const here = this.#options.rowAt(this.#focusRow);
    if (here && this.#options.idOf(here) === focusId) return;
    const index = this.#options.indexOf(focusId);
    if (index >= 0 && index !== this.#focusRow) {
      this.#focusRow = index;
      this.#options.scrollTo(index);
    }
  }

  #focusCell(): void {
    const root = this.#root;
    const row = root.querySelector<HTMLElement>(`[data-index="${this.#focusRow}"]`);
    const cell =
      row?.querySelector<HTMLElement>(`[data-cell="${this.#focusCol}"]`) ??
      row?.querySelector<HTMLElement>('[tabindex]');
    // While the row is scrolled out of the DOM, the grid itself holds focus (and the keys).
    const target =
      cell?.querySelector<HTMLElement>('button') ??
      cell ??
      root.querySelector<HTMLElement>('[role="grid"]');
    const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
    if (target && active !== target) target.focus({ preventScroll: true });
  }
}
