import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { SearchController } from '../../src/base/search-controller.js';

class SearchHost extends LitElement {
  searched: string[] = [];
  readonly search = new SearchController(this, {
    search: (text) => this.searched.push(text),
    delay: 100,
  });
  override render() {
    return html`<input
      aria-label="Search"
      @input=${this.search.handleInput}
      @keydown=${this.search.handleKeydown}
    />`;
  }
}
customElements.define('test-search-host', SearchHost);

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('SearchController', () => {
  it('searches once typing pauses, with the trimmed text', async () => {
    const el = await fixture<SearchHost>(html`<test-search-host></test-search-host>`);
    el.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: ' Nord ' });
    expect(el.searched).to.deep.equal([]);
    await wait(200);
    expect(el.searched).to.deep.equal(['Nord']);
  });

  it('searches at once on Enter, and not again when the pause ends', async () => {
    const el = await fixture<SearchHost>(html`<test-search-host></test-search-host>`);
    el.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'Sol' });
    await sendKeys({ press: 'Enter' });
    expect(el.searched).to.deep.equal(['Sol']);
    await wait(200);
    expect(el.searched).to.deep.equal(['Sol']);
  });

  it('drops a pending search when the element leaves the page', async () => {
    const el = await fixture<SearchHost>(html`<test-search-host></test-search-host>`);
    el.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'Luna' });
    el.remove();
    await wait(200);
    expect(el.searched).to.deep.equal([]);
  });
});
