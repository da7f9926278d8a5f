// From a small phone to a wide desktop, the grid's rows must show every
// cell whole: no status, number, Copy button, client or date cut off, nothing over another.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ReadOptions, WhatsAppAccountQuery } from '../../src/adapter/contract.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import '../../src/widgets/whatsapp-accounts/define.js';
import type { PhWhatsAppAccounts } from '../../src/widgets/whatsapp-accounts/whatsapp-accounts.js';
import { expectAccessible, mount, override, settled, until } from '../support/conformance.js';
import { cutOff } from '../support/phone.js';

const root = (el: Element) => el.shadowRoot!;
const gridRows = (el: Element) =>
  Array.from(root(el).querySelectorAll<HTMLElement>('[role="grid"] .body [role="row"]'));
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** An adapter whose accounts carry no quality rating or limit (the column is left out). */
function unrated() {
  const base = createMemoryAdapter();
  return override(base, {
    listWhatsAppAccounts: async (q: WhatsAppAccountQuery, o?: ReadOptions) => {
      const page = await base.listWhatsAppAccounts(q, o);
      return {
        ...page,
        items: page.items.map(({ quality: _q, messagingLimit: _l, ...rest }) => rest),
      };
    },
  });
}

/**
 * What is cut off or overlaps in the drawn rows and the header, as readable lines: a cell (or
 * a part of one that carries words) whose text is wider than its box, a cell that sticks out of
 * its row, and two cells on the same line that cover each other.
 */
function cutOrOverlapping(el: PhWhatsAppAccounts): string[] {
  const problems: string[] = [];
  const lines = [
    root(el).querySelector<HTMLElement>('.head')!,
    ...gridRows(el).filter((r) => !r.querySelector('.loading-row')),
  ];
  for (const line of lines) {
    const box = line.getBoundingClientRect();
    const cells = Array.from(
      line.querySelectorAll<HTMLElement>(
        ':scope > [role="gridcell"], :scope > [role="columnheader"]',
      ),
    );
    const name = (c: HTMLElement) =>
      `${line.dataset['index'] ?? 'header'} ${c.dataset['col'] ?? 'action'} "${c.textContent!.replace(/\s+/g, ' ').trim()}"`;
    for (const cell of cells) {
      // (Words for screen readers only, `.visually-hidden`, are clipped on purpose.)
      const parts = [cell, ...cell.querySelectorAll<HTMLElement>('span, button')].filter(
        (p) => !p.closest('.visually-hidden'),
      );
      for (const part of parts) {
        if (part.getBoundingClientRect().width === 0) continue;
        if (part.scrollWidth > part.clientWidth + 1 && part.clientWidth > 0)
          problems.push(`${name(cell)} cut: ${part.scrollWidth} > ${part.clientWidth}`);
      }
      // The words must fit the cell's box, however the browser lays them out.
      const c = cell.getBoundingClientRect();
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent!.trim() || node.parentElement!.closest('.visually-hidden')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const text = range.getBoundingClientRect();
        if (text.width > 0 && (text.right > c.right + 1 || text.left < c.left - 1))
          problems.push(`${name(cell)} spills out of its cell: "${node.textContent!.trim()}"`);
      }
      if (!c.width) continue; // a header the layout leaves out
      if (c.right > box.right + 1 || c.bottom > box.bottom + 1 || c.top < box.top - 1)
        problems.push(`${name(cell)} sticks out of its row`);
    }
    for (let i = 0; i < cells.length; i++) {
      for (let j = i + 1; j < cells.length; j++) {
        const [a, b] = [cells[i]!.getBoundingClientRect(), cells[j]!.getBoundingClientRect()];
        if (!a.width || !b.width) continue;
        const apart =
          a.right <= b.left + 0.5 ||
          b.right <= a.left + 0.5 ||
          a.bottom <= b.top + 0.5 ||
          b.bottom <= a.top + 0.5;
        if (!apart) problems.push(`${name(cells[i]!)} overlaps ${name(cells[j]!)}`);
      }
    }
  }
  return problems;
}

/**
 * The columns that do not line up from row to row: in every layout a column's cells start at
 * one left edge in every drawn row (rows sized by their own content would not).
 */
function misaligned(el: PhWhatsAppAccounts): string[] {
  const lefts = new Map<string, Set<number>>();
  for (const row of gridRows(el).filter((r) => !r.querySelector('.loading-row'))) {
    for (const cell of row.querySelectorAll<HTMLElement>(':scope > [data-col]')) {
      const box = cell.getBoundingClientRect();
      if (!box.width) continue;
      const col = cell.dataset['col']!;
      if (!lefts.has(col)) lefts.set(col, new Set());
      lefts.get(col)!.add(Math.round(box.left - row.getBoundingClientRect().left));
    }
  }
  return [...lefts]
    .filter(([, at]) => at.size > 1)
    .map(([col, at]) => `${col} starts at ${[...at].join(', ')} px`);
}

/**
 * The headers that do not stand above their column: where the rows are columns (the name and
 * the status side by side, not a phone's cards), each header starts where its cells do.
 */
function headersAstray(el: PhWhatsAppAccounts): string[] {
  const [row] = gridRows(el).filter((r) => !r.querySelector('.loading-row'));
  const left = (scope: Element, col: string) =>
    scope.querySelector(`:scope > [data-col="${col}"]`)?.getBoundingClientRect();
  if (!row || left(row, 'status')!.left <= left(row, 'name')!.left) return [];
  const head = root(el).querySelector('.head')!;
  return Array.from(head.querySelectorAll<HTMLElement>(':scope > [data-col]'))
    .filter((h) => h.getBoundingClientRect().width > 0)
    .map((h) => [
      h.dataset['col']!,
      h.getBoundingClientRect().left,
      left(row, h.dataset['col']!)!.left,
    ])
    .filter(([, at, cells]) => Math.abs((at as number) - (cells as number)) > 1)
    .map(
      ([col, at, cells]) =>
        `the ${col} header starts at ${Math.round(at as number)} px, its cells at ${Math.round(cells as number)}`,
    );
}

describe('<ph-whatsapp-accounts> between phone and desktop widths', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  const cases = [
    ['en', 'with the quality column', false],
    ['de', 'with the quality column', false],
    ['en', 'without the quality column', true],
    ['de', 'without the quality column', true],
  ] as const;
  const ranges = [
    ['641 to 1,600 px', [641, 720, 800, 900, 1000, 1100, 1260, 1440, 1600]],
    ['320 to 640 px, a phone’s cards', [320, 358, 390, 480, 560, 640]],
  ] as const;
  for (const [locale, label, noQuality] of cases)
    for (const [range, widths] of ranges) {
      it(`cuts off nothing, overlaps nothing and lines its columns up at ${range} (${locale}, ${label})`, async function () {
        this.timeout(20_000);
        const { el, provider } = await mount<PhWhatsAppAccounts>(
          html`<ph-whatsapp-accounts></ph-whatsapp-accounts>`,
          { locale, ...(noQuality ? { adapter: unrated() } : {}) },
        );
        await until(() => gridRows(el).some((r) => !r.querySelector('.loading-row')), 'rows');
        // A host's row action too: one more column to fit.
        el.rowActions = [{ id: 'open', label: locale === 'de' ? 'Öffnen' : 'Open' }];
        // Tall enough for a few of a phone's taller cards too.
        el.style.setProperty('--ph-accounts-height', '90rem');
        const problems: string[] = [];
        for (const width of widths) {
          // The layout follows the element's own width: the wrapper around it sets it.
          provider.style.display = 'block';
          provider.style.width = `${width}px`;
          await frame();
          await frame();
          await el.updateComplete;
          expect(el.getBoundingClientRect().width).to.be.closeTo(width, 1);
          expect(gridRows(el).length, `${width}px draws rows`).to.be.above(5);
          // One height for every row of the layout, the one the scrolling is sized by.
          const heights = new Set(gridRows(el).map((r) => r.getBoundingClientRect().height));
          expect(heights.size, `${width}px rows of one height`).to.equal(1);
          const [height] = heights;
          const viewport = root(el).querySelector<HTMLElement>('.viewport')!;
          expect(viewport.scrollHeight, `${width}px`).to.be.closeTo(el.list.total * height!, 2);
          problems.push(...cutOrOverlapping(el).map((p) => `${width}px: ${p}`));
          problems.push(...misaligned(el).map((p) => `${width}px: ${p}`));
          problems.push(...headersAstray(el).map((p) => `${width}px: ${p}`));
        }
        expect([...new Set(problems)].slice(0, 25)).to.deep.equal([]);
        await expectAccessible(el); // in the layout of the last width
      });
    }

  it('highlights the row under the pointer, in every layout, without changing what it shows', async () => {
    const { sendMouse } = await import('@web/test-runner-commands');
    const { el, provider } = await mount<PhWhatsAppAccounts>(
      html`<ph-whatsapp-accounts></ph-whatsapp-accounts>`,
    );
    await until(() => gridRows(el).some((r) => !r.querySelector('.loading-row')), 'rows');
    provider.style.display = 'block';
    const problems: string[] = [];
    for (const width of [390, 1000, 1500]) {
      provider.style.width = `${width}px`;
      await frame();
      await el.updateComplete;
      const [hovered, other] = gridRows(el);
      const box = hovered!.getBoundingClientRect();
      await sendMouse({
        type: 'move',
        position: [Math.round(box.left + 20), Math.round(box.top + 10)],
      });
      await until(() => hovered!.matches(':hover'), 'the pointer is over the first row');
      const look = getComputedStyle(hovered!);
      const head = getComputedStyle(root(el).querySelector('.head')!);
      if (look.backgroundColor !== head.backgroundColor)
        problems.push(`${width}px: the row under the pointer is ${look.backgroundColor}`);
      if (look.backgroundColor === getComputedStyle(other!).backgroundColor)
        problems.push(`${width}px: the row under the pointer looks like the others`);
      problems.push(...cutOrOverlapping(el).map((p) => `${width}px: ${p}`));
      await sendMouse({ type: 'move', position: [0, 0] });
    }
    expect(problems).to.deep.equal([]);
  });

  it('tints the plain table’s header as the grid’s, and the row under the pointer in both', async () => {
    const { sendMouse } = await import('@web/test-runner-commands');
    const table = await mount<PhWhatsAppAccounts>(
      html`<ph-whatsapp-accounts></ph-whatsapp-accounts>`,
      { whatsAppAccounts: 40 },
    );
    await settled(table.el);
    const grid = await mount<PhWhatsAppAccounts>(
      html`<ph-whatsapp-accounts></ph-whatsapp-accounts>`,
    );
    await until(() => !!root(grid.el).querySelector('.head'), 'the grid');
    const tint = getComputedStyle(root(grid.el).querySelector('.head')!).backgroundColor;
    const headers = Array.from(root(table.el).querySelectorAll('thead th'));
    expect(headers.length).to.be.above(3);
    expect(headers.map((th) => getComputedStyle(th).backgroundColor)).to.deep.equal(
      headers.map(() => tint),
    );
    const row = root(table.el).querySelector<HTMLElement>('tbody tr')!;
    const box = row.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + 20), Math.round(box.top + 10)],
    });
    await until(() => row.matches(':hover'), 'the pointer over the first row');
    expect(getComputedStyle(row).backgroundColor).to.equal(tint);
    await sendMouse({ type: 'move', position: [0, 0] });
    table.provider.remove();
    grid.provider.remove();
  });

  it('as a plain table at a small phone’s width with text twice as large, cuts off no WABA ID', async () => {
    await setViewport({ width: 320, height: 844 });
    const { el, provider } = await mount<PhWhatsAppAccounts>(
      html`<ph-whatsapp-accounts></ph-whatsapp-accounts>`,
      { whatsAppAccounts: 40 },
    );
    provider.style.fontSize = '200%';
    await settled(el);
    const problems = cutOff(el);
    await setViewport({ width: 1280, height: 900 });
    expect(problems.slice(0, 10)).to.deep.equal([]);
  });

  it('puts the status filter’s label above its field, as the search field’s', async () => {
    const { el } = await mount<PhWhatsAppAccounts>(
      html`<ph-whatsapp-accounts></ph-whatsapp-accounts>`,
      { whatsAppAccounts: 40 },
    );
    await settled(el);
    const fields = Array.from(root(el).querySelectorAll('.toolbar label'));
    expect(fields.length).to.equal(2);
    const astray = fields.filter((field) => {
      const label = field.querySelector('span')!.getBoundingClientRect();
      const control = field.querySelector('input, select')!.getBoundingClientRect();
      return label.bottom > control.top || Math.abs(label.left - control.left) > 1;
    });
    expect(astray.map((f) => f.textContent!.trim().split(/\s+/)[0])).to.deep.equal([]);
  });

  it('as a plain table (under 300 accounts) at a phone’s width, wraps long names and clients instead of cutting them', async () => {
    const problems: string[] = [];
    for (const width of [320, 390, 560]) {
      await setViewport({ width, height: 844 });
      for (const locale of ['en', 'de']) {
        const { el, provider } = await mount<PhWhatsAppAccounts>(
          html`<ph-whatsapp-accounts></ph-whatsapp-accounts>`,
          { locale, whatsAppAccounts: 40 },
        );
        await settled(el);
        expect(root(el).querySelectorAll('tbody tr').length, 'the plain table').to.equal(40);
        problems.push(...cutOff(el).map((p) => `${width}px ${locale}: ${p}`));
        provider.remove();
      }
    }
    await setViewport({ width: 1280, height: 900 });
    expect(problems.slice(0, 20)).to.deep.equal([]);
  });
});
