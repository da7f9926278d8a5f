import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { SearchController } from '../../src/base/search-controller.js';
import { until } from '../support/conformance.js';

/** The pause the host waits for: long enough that no step of a test outlasts it on a busy machine. */
const DELAY = 600;

class SearchHost extends LitElement {
  searched: string[] = [];
  readonly search = new SearchController(this, {
    search: (text) => this.searched.push(text),
    delay: DELAY,
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

/** Types `text` into the host's field a character at a time, as input events, at once. */
function type(el: SearchHost, text: string): void {
  const input = el.shadowRoot!.querySelector('input')!;
  input.focus();
  for (const char of text) {
    input.value += char;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: char }));
  }
}

describe('SearchController', () => {
  it('searches once typing pauses, with the trimmed text', async () => {
    const el = await fixture<SearchHost>(html`<test-search-host></test-search-host>`);
    const started = performance.now();
    type(el, ' Nord ');
    expect(el.searched).to.deep.equal([]);
    await until(() => el.searched.length > 0, 'the search', 5000);
    expect(performance.now() - started).to.be.at.least(DELAY - 5);
    await wait(DELAY * 1.5);
    expect(el.searched).to.deep.equal(['Nord']);
  });

  it('searches at once on Enter, and not again when the pause ends', async () => {
    const el = await fixture<SearchHost>(html`<test-search-host></test-search-host>`);
    type(el, 'Sol');
    await sendKeys({ press: 'Enter' });
    expect(el.searched).to.deep.equal(['Sol']);
    await wait(DELAY * 1.5);
    expect(el.searched).to.deep.equal(['Sol']);
  });

  it('drops a pending search when the element leaves the page', async () => {
    const el = await fixture<SearchHost>(html`<test-search-host></test-search-host>`);
    type(el, 'Luna');
    el.remove();
    await wait(DELAY * 1.5);
    expect(el.searched).to.deep.equal([]);
  });
});
