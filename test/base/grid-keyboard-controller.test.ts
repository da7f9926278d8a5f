import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { GridKeyboardController, moveInGrid } from '../../src/base/grid-keyboard-controller.js';

interface Row {
  id: string;
  name: string;
}

const ROWS = 40;

/**
 * A grid of 40 rows and 3 columns that draws only rows `from` to `to` (as a virtualizer would)
 * and has only some rows loaded (`loaded` rows from the start; the rest show "Loading").
 */
class GridHost extends LitElement {
  rows: Row[] = Array.from({ length: ROWS }, (_, i) => ({ id: `r${i}`, name: `Row ${i}` }));
  loaded = ROWS;
  from = 0;
  to = ROWS;
  scrolledTo: number[] = [];
  activated: string[] = [];
  arrivals: string[] = [];

  readonly keys = new GridKeyboardController<Row>(this, {
    size: () => ({ rows: ROWS, cols: 3, page: 5 }),
    rowAt: (index) => (index < this.loaded ? this.rows[index] : undefined),
    idOf: (row) => row.id,
    indexOf: (id) => this.rows.slice(0, this.loaded).findIndex((r) => r.id === id),
    scrollTo: (index) => this.scrolledTo.push(index),
    activate: (row) => this.activated.push(row.id),
    arrived: (index, row) => this.arrivals.push(`${index}:${row.name}`),
  });

  override render() {
    const drawn = [];
    for (let i = this.from; i < this.to; i++) {
      const row = i < this.loaded ? this.rows[i] : undefined;
      drawn.push(
        row
          ? html`<div role="row" data-index=${i} aria-rowindex=${i + 2}>
              <span role="gridcell" data-cell="0" tabindex=${this.keys.tabindex(i, 0)}
                >${row.name}</span
              >
              <span role="gridcell" data-cell="1" tabindex=${this.keys.tabindex(i, 1)}
                >${row.id}</span
              >
              <span role="gridcell" data-cell="2"
                ><button type="button" tabindex=${this.keys.tabindex(i, 2)}>Act</button></span
              >
            </div>`
          : html`<div role="row" data-index=${i} aria-rowindex=${i + 2}>
              <span role="gridcell" tabindex=${this.keys.tabindex(i, this.keys.position.col)}
                >Loading</span
              >
            </div>`,
      );
    }
    return html`<div
      role="grid"
      tabindex="-1"
      aria-label="Rows"
      aria-rowcount=${ROWS + 1}
      @keydown=${this.keys.handleKeydown}
      @focusin=${this.keys.handleFocusIn}
      @focusout=${this.keys.handleFocusOut}
    >
      ${drawn}
    </div>`;
  }
}
customElements.define('test-grid-host', GridHost);

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const active = (el: GridHost) => el.shadowRoot!.activeElement as HTMLElement | null;
const activeRow = (el: GridHost) => active(el)?.closest<HTMLElement>('[role="row"]');
const focusable = (el: GridHost) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[tabindex="0"]'));

async function press(key: string, ctrl = false) {
  if (ctrl) await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  if (ctrl) await sendKeys({ up: 'Control' });
}

async function grid(setup: (el: GridHost) => void = () => {}) {
  const el = document.createElement('test-grid-host') as GridHost;
  setup(el);
  await fixture(html`${el}`);
  el.shadowRoot!.querySelector<HTMLElement>('[data-cell="0"]')!.focus();
  await el.updateComplete;
  return el;
}

describe('moveInGrid', () => {
  const size = { rows: 100, cols: 4, page: 10 };
  const at = { row: 5, col: 2 };
  it('moves by the grid pattern’s keys and never leaves the grid', () => {
    expect(moveInGrid('ArrowDown', false, at, size)).to.deep.equal({ row: 6, col: 2 });
    expect(moveInGrid('ArrowUp', false, { row: 0, col: 2 }, size)).to.deep.equal({
      row: 0,
      col: 2,
    });
    expect(moveInGrid('ArrowRight', false, { row: 5, col: 3 }, size)).to.deep.equal({
      row: 5,
      col: 3,
    });
    expect(moveInGrid('ArrowLeft', false, at, size)).to.deep.equal({ row: 5, col: 1 });
    expect(moveInGrid('PageDown', false, { row: 95, col: 0 }, size)).to.deep.equal({
      row: 99,
      col: 0,
    });
    expect(moveInGrid('PageUp', false, at, size)).to.deep.equal({ row: 0, col: 2 });
    expect(moveInGrid('Home', false, at, size)).to.deep.equal({ row: 5, col: 0 });
    expect(moveInGrid('End', false, at, size)).to.deep.equal({ row: 5, col: 3 });
    expect(moveInGrid('Home', true, at, size)).to.deep.equal({ row: 0, col: 0 });
    expect(moveInGrid('End', true, at, size)).to.deep.equal({ row: 99, col: 3 });
    expect(moveInGrid('a', false, at, size)).to.equal(undefined);
  });
});

describe('GridKeyboardController', () => {
  it('moves focus across cells and rows with one tabindex="0" (a roving tabindex)', async () => {
    const el = await grid();
    await press('ArrowRight');
    await el.updateComplete;
    expect(active(el)!.textContent).to.equal('r0');
    await press('ArrowDown');
    await press('ArrowDown');
    await el.updateComplete;
    expect(active(el)!.textContent).to.equal('r2');
    expect(activeRow(el)!.getAttribute('aria-rowindex')).to.equal('4');
    await press('PageDown');
    await el.updateComplete;
    expect(activeRow(el)!.dataset['index']).to.equal('7');
    await press('End');
    await el.updateComplete;
    expect(active(el)!.localName).to.equal('button'); // the cell’s own control takes focus
    expect(focusable(el)).to.have.length(1);
    expect(el.scrolledTo.at(-1)).to.equal(7);
  });

  it('reaches the last row with Ctrl+End and reports its arrival once it is loaded', async () => {
    const el = await grid((g) => (g.loaded = 10));
    await press('End', true);
    await el.updateComplete;
    expect(el.scrolledTo.at(-1)).to.equal(ROWS - 1);
    expect(activeRow(el)!.dataset['index']).to.equal(String(ROWS - 1));
    expect(active(el)!.textContent).to.equal('Loading');
    expect(el.arrivals).to.deep.equal([]);
    el.loaded = ROWS;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.arrivals).to.deep.equal([`${ROWS - 1}:Row ${ROWS - 1}`]);
    expect(active(el)!.localName).to.equal('button');
    await press('Home', true);
    await el.updateComplete;
    expect(active(el)!.textContent).to.equal('Row 0');
    expect(el.arrivals).to.deep.equal([`${ROWS - 1}:Row ${ROWS - 1}`, '0:Row 0']);
  });

  it('activates the focused row with Enter, but not through a button in it', async () => {
    const el = await grid();
    await press('ArrowDown');
    await el.updateComplete;
    await press('Enter');
    expect(el.activated).to.deep.equal(['r1']);
    await press('End');
    await el.updateComplete;
    expect(active(el)!.localName).to.equal('button');
    await press('Enter');
    expect(el.activated).to.deep.equal(['r1']);
  });

  it('keeps focus on the same row when the rows re-sort', async () => {
    const el = await grid();
    await press('ArrowDown');
    await press('ArrowDown');
    await press('ArrowDown');
    await el.updateComplete;
    expect(active(el)!.textContent).to.equal('Row 3');
    el.rows = [...el.rows].reverse();
    el.requestUpdate();
    await el.updateComplete;
    expect(active(el)!.textContent).to.equal('Row 3');
    expect(activeRow(el)!.dataset['index']).to.equal(String(ROWS - 1 - 3));
    expect(el.scrolledTo.at(-1)).to.equal(ROWS - 1 - 3);
  });

  it('holds focus on the grid while the focused row is out of the DOM, and returns it', async () => {
    const el = await grid();
    await press('ArrowDown');
    await el.updateComplete;
    el.from = 20;
    el.to = 30;
    el.requestUpdate();
    await el.updateComplete;
    expect(active(el)!.getAttribute('role')).to.equal('grid');
    await press('ArrowDown'); // the keys still work from the grid itself
    await el.updateComplete;
    el.from = 0;
    el.to = 10;
    el.requestUpdate();
    await el.updateComplete;
    el.keys.rangeChanged();
    await frame();
    expect(active(el)!.textContent).to.equal('Row 2');
  });

  it('lets focus leave the grid with Tab', async () => {
    const el = await grid();
    const after = document.createElement('button');
    after.textContent = 'After';
    document.body.append(after);
    try {
      await press('Tab');
      await el.updateComplete;
      await frame();
      expect(document.activeElement).to.equal(after);
    } finally {
      after.remove();
    }
  });
});
