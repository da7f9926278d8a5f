import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import {
  VirtualRowsController,
  virtualRowsStyles,
} from '../../src/widgets/whatsapp-accounts/virtual-rows.js';

/**
 * A list of `count` rows of 40 px in a 400 px viewport (both set by CSS, as the accounts list
 * sets its own), windowed by the controller; it records the ranges it is told of.
 */
class RowsHost extends LitElement {
  static override styles = [
    virtualRowsStyles,
    css`
      :host {
        display: block;
        width: 300px;
        --_row-height: 40px;
        container-type: inline-size;
      }
      :host(.tall) {
        --_row-height: 80px;
      }
      /* As the accounts list does: taller rows in a narrow container. */
      @container (width <= 10rem) {
        [role='grid'] {
          --_row-height: 120px;
        }
      }
      .viewport {
        height: var(--height, 400px);
      }
      [role='row'] {
        height: var(--_row-height);
      }
    `,
  ];

  count = 10_000;
  ranges: string[] = [];

  readonly rows = new VirtualRowsController(this, {
    count: () => this.count,
    renderRow: (index) =>
      html`<div role="row" data-index=${index}><span role="gridcell">Row ${index}</span></div>`,
    rangeChanged: (first, last) => this.ranges.push(`${first}-${last}`),
  });

  override render() {
    return html`<div role="grid" aria-label="Rows">${this.rows.rows()}</div>`;
  }
}
customElements.define('test-virtual-rows', RowsHost);

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await frame();
};
const viewport = (el: RowsHost) => el.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
const drawn = (el: RowsHost) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[role="row"]'));
const indexes = (el: RowsHost) => drawn(el).map((r) => Number(r.dataset['index']));

/** Every row drawn sits at its index × 40 px (less the scroll), and the rows in view are drawn. */
function expectPlaced(el: RowsHost, rowHeight = 40) {
  const box = viewport(el).getBoundingClientRect();
  const { scrollTop, clientHeight } = viewport(el);
  for (const row of drawn(el)) {
    const index = Number(row.dataset['index']);
    expect(row.getBoundingClientRect().top - box.top, `row ${index}`).to.be.closeTo(
      index * rowHeight - scrollTop,
      1,
    );
  }
  const firstInView = Math.floor(scrollTop / rowHeight);
  const lastInView = Math.min(el.count, Math.ceil((scrollTop + clientHeight) / rowHeight)) - 1;
  const shown = indexes(el);
  for (let i = firstInView; i <= lastInView; i++) expect(shown, `row ${i} in view`).to.include(i);
}

async function mountRows(setup: (el: RowsHost) => void = () => {}) {
  const el = document.createElement('test-virtual-rows') as RowsHost;
  setup(el);
  await fixture(html`${el}`);
  await frames(3);
  return el;
}

async function scrollTo(el: RowsHost, top: number) {
  viewport(el).scrollTop = top;
  await frames(2);
  await el.updateComplete;
}

describe('VirtualRowsController (the accounts list’s windowing)', () => {
  it('draws the rows in the first frame painted, the rows in view only', async () => {
    const el = document.createElement('test-virtual-rows') as RowsHost;
    let atFirstFrame: number[] = [];
    requestAnimationFrame(() => requestAnimationFrame(() => (atFirstFrame = indexes(el))));
    await fixture(html`${el}`);
    await frames(2);
    // The frame after connecting painted the ten rows that fill the 400 px viewport.
    expect(atFirstFrame).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(el.ranges[0]).to.equal('0-9');
  });

  it('then draws 400 px of rows beyond the viewport, and no more', async () => {
    const el = await mountRows();
    expect(indexes(el)).to.deep.equal(Array.from({ length: 20 }, (_, i) => i));
    expectPlaced(el);
    expect(el.rows.pageRows).to.equal(9);
  });

  it('sizes the scrolling area to every row, and resizes it when the count changes', async () => {
    const el = await mountRows();
    expect(viewport(el).scrollHeight).to.equal(10_000 * 40);
    el.count = 500;
    el.requestUpdate();
    await el.updateComplete;
    await frame();
    expect(viewport(el).scrollHeight).to.equal(500 * 40);
  });

  it('draws the rows in view wherever it is scrolled, with a bounded DOM', async () => {
    const el = await mountRows();
    await scrollTo(el, 200_000 + 13); // row 5,000 and a bit
    expectPlaced(el);
    expect(indexes(el)).to.include(5_000);
    expect(drawn(el).length).to.be.at.most(32);
    expect(el.ranges.at(-1)).to.equal(`${indexes(el)[0]}-${indexes(el).at(-1)}`);
    await scrollTo(el, 1_000);
    expectPlaced(el);
    expect(drawn(el).length).to.be.at.most(32);
  });

  it('scrolls to the end: the last row drawn at the bottom of the viewport', async () => {
    const el = await mountRows();
    await scrollTo(el, viewport(el).scrollHeight);
    expect(indexes(el).at(-1)).to.equal(9_999);
    const last = drawn(el).at(-1)!;
    const box = viewport(el).getBoundingClientRect();
    expect(last.getBoundingClientRect().bottom).to.be.closeTo(
      box.top + viewport(el).clientHeight,
      1,
    );
    expectPlaced(el);
  });

  it('keeps the rows in view when the count shrinks under the scroll position', async () => {
    const el = await mountRows();
    await scrollTo(el, 300_000);
    el.count = 400;
    el.requestUpdate();
    await el.updateComplete;
    // Drawn in the same update, before the browser has clamped the scroll position: no blank.
    expect(indexes(el)).to.include(399);
    await frames(2);
    expectPlaced(el);
  });

  it('follows a resize of the viewport and a change of the row height', async () => {
    const el = await mountRows();
    el.style.setProperty('--height', '800px');
    await frames(2);
    expect(Math.max(...indexes(el))).to.be.at.least(19 + 10);
    expectPlaced(el);
    expect(el.rows.pageRows).to.equal(19);

    el.classList.add('tall'); // as the list's rows when it turns narrow
    await frames(2);
    expect(viewport(el).scrollHeight).to.equal(10_000 * 80);
    expectPlaced(el, 80);
    expect(el.rows.pageRows).to.equal(9);
  });

  it('follows the row height of a container query as the host narrows, and widens again', async () => {
    const el = await mountRows();
    el.style.width = '120px'; // under 10rem: the narrow layout's taller rows
    await frames(2);
    expect(viewport(el).scrollHeight).to.equal(10_000 * 120);
    expectPlaced(el, 120);
    el.style.width = '';
    await frames(2);
    expect(viewport(el).scrollHeight).to.equal(10_000 * 40);
    expectPlaced(el);
  });

  it('scrolls a row just into view, from above or below, and draws it', async () => {
    const el = await mountRows();
    el.rows.scrollTo(5_000);
    await el.updateComplete;
    expect(indexes(el)).to.include(5_000);
    // Just into view: the row is the last one in the viewport.
    expect(viewport(el).scrollTop).to.equal(5_001 * 40 - 400);
    el.rows.scrollTo(4_000);
    await el.updateComplete;
    expect(viewport(el).scrollTop).to.equal(4_000 * 40);
    expect(indexes(el)).to.include(4_000);
    const before = viewport(el).scrollTop;
    el.rows.scrollTo(4_003); // already in view: no scroll
    expect(viewport(el).scrollTop).to.equal(before);
    await frames(2);
    expectPlaced(el);
  });

  it('keeps the same element for a row that stays drawn while scrolling', async () => {
    const el = await mountRows();
    const row = () => drawn(el).find((r) => r.dataset['index'] === '12');
    const before = row()!;
    await scrollTo(el, 40 * 15); // the rows before row 5 are no longer drawn
    expect(indexes(el)[0]).to.equal(5);
    expect(row()).to.equal(before);
  });
});
