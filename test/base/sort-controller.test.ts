import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SortController, parseSortParam, sortParam } from '../../src/base/sort-controller.js';

type Key = 'name' | 'createdAt';

class SortHost extends LitElement {
  announced: string[] = [];
  changes = 0;
  readonly sort = new SortController<Key>(this, {
    keys: ['name', 'createdAt'],
    initial: { key: 'createdAt', direction: 'descending' },
    firstDirection: (key) => (key === 'createdAt' ? 'descending' : 'ascending'),
    describe: ({ key, direction }) =>
      key === 'name'
        ? direction === 'ascending'
          ? 'Sorted by name, A to Z.'
          : 'Sorted by name, Z to A.'
        : direction === 'ascending'
          ? 'Sorted by date, oldest first.'
          : 'Sorted by date, newest first.',
    announce: (text) => this.announced.push(text),
    onChange: () => this.changes++,
  });
  override render() {
    return html`<table>
      <tr>
        <th aria-sort=${this.sort.ariaSort('name')}>Name</th>
        <th aria-sort=${this.sort.ariaSort('createdAt')}>Created</th>
      </tr>
    </table>`;
  }
}
customElements.define('test-sort-host', SortHost);

describe('SortController', () => {
  it('starts from the initial sort and renders aria-sort on each header', async () => {
    const el = await fixture<SortHost>(html`<test-sort-host></test-sort-host>`);
    const headers = el.shadowRoot!.querySelectorAll('th');
    expect(headers[0]!.getAttribute('aria-sort')).to.equal('none');
    expect(headers[1]!.getAttribute('aria-sort')).to.equal('descending');
    expect(el.sort.param).to.equal('-createdAt');
    expect(el.announced).to.deep.equal([]);
  });

  it('sorts by a new column in its first direction, reverses on the second choice, announces each', async () => {
    const el = await fixture<SortHost>(html`<test-sort-host></test-sort-host>`);
    el.sort.toggle('name');
    await el.updateComplete;
    const headers = el.shadowRoot!.querySelectorAll('th');
    expect(headers[0]!.getAttribute('aria-sort')).to.equal('ascending');
    expect(headers[1]!.getAttribute('aria-sort')).to.equal('none');
    expect(el.sort.param).to.equal('name');
    el.sort.toggle('name');
    await el.updateComplete;
    expect(headers[0]!.getAttribute('aria-sort')).to.equal('descending');
    expect(el.sort.param).to.equal('-name');
    el.sort.toggle('createdAt');
    expect(el.sort.param).to.equal('-createdAt');
    expect(el.announced).to.deep.equal([
      'Sorted by name, A to Z.',
      'Sorted by name, Z to A.',
      'Sorted by date, newest first.',
    ]);
    expect(el.changes).to.equal(3);
  });

  it('ignores unknown columns and a sort that is already set', async () => {
    const el = await fixture<SortHost>(html`<test-sort-host></test-sort-host>`);
    el.sort.toggle('status' as Key);
    el.sort.set({ key: 'createdAt', direction: 'descending' });
    expect(el.announced).to.deep.equal([]);
    expect(el.changes).to.equal(0);
  });

  it('gives a comparator in the current direction', async () => {
    const el = await fixture<SortHost>(html`<test-sort-host></test-sort-host>`);
    const rows = [
      { name: 'b', createdAt: 2 },
      { name: 'a', createdAt: 3 },
      { name: 'c', createdAt: 1 },
    ];
    const by = {
      name: (x: (typeof rows)[0], y: (typeof rows)[0]) => x.name.localeCompare(y.name),
      createdAt: (x: (typeof rows)[0], y: (typeof rows)[0]) => x.createdAt - y.createdAt,
    };
    expect([...rows].sort(el.sort.compare(by)).map((r) => r.createdAt)).to.deep.equal([3, 2, 1]);
    el.sort.toggle('name');
    expect([...rows].sort(el.sort.compare(by)).map((r) => r.name)).to.deep.equal(['a', 'b', 'c']);
  });

  it('writes and reads the adapter sort parameter', () => {
    expect(sortParam({ key: 'name', direction: 'ascending' })).to.equal('name');
    expect(sortParam({ key: 'name', direction: 'descending' })).to.equal('-name');
    expect(parseSortParam('-createdAt', ['name', 'createdAt'])).to.deep.equal({
      key: 'createdAt',
      direction: 'descending',
    });
    expect(parseSortParam('-status', ['name', 'createdAt'])).to.equal(undefined);
    expect(parseSortParam(undefined, ['name'])).to.equal(undefined);
  });
});
