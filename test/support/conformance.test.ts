// The conformance helper must be able to fail: a deliberately unsafe element that writes
// adapter text as HTML is caught by the naughty-string check, a safe one passes, an element that
// shows none of the text it is fed fails it, and a claim of "no adapter text" is checked too.
import { expect, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { MAX_LENGTH } from '../../src/adapter/schemas.js';
import { PhElement } from '../../src/base/element.js';
import { ResourceController } from '../../src/base/resource-controller.js';
// The test elements read the session on PhElement: they register its schema, as PhDataElement does.
import '../../src/client/results/session.js';
import {
  checkNaughtyStrings,
  expectAccessible,
  expectNoAdapterText,
  watchCsp,
} from './conformance.js';

/** Every name it rendered, to prove that every string is shown at least once. */
const rendered: string[] = [];

class SafeName extends PhElement {
  private readonly session = new ResourceController(this, { name: 'session' });
  override render() {
    const s = this.session.value;
    if (s) rendered.push(s.user.name, s.partner.name);
    return html`<p title=${this.session.value?.partner.name ?? ''}>
      ${this.session.value?.user.name ?? ''}
    </p>`;
  }
}
class UnsafeName extends PhElement {
  private readonly session = new ResourceController(this, { name: 'session' });
  override render() {
    return html`<p>${unsafeHTML(this.session.value?.user.name ?? '')}</p>`;
  }
}
/** Reads the session but shows only its billing mode (a code, not words). */
class NoText extends PhElement {
  private readonly session = new ResourceController(this, { name: 'session' });
  override render() {
    return html`<p>${this.session.value?.billingMode === 'partner_paid' ? 'Paid' : 'Free'}</p>`;
  }
}
/** Shows why the session could not be read, as the base element's error state does. */
class ErrorReason extends PhElement {
  private readonly session = new ResourceController(this, { name: 'session' });
  override render() {
    return html`<p role="alert">${this.session.state.error?.message ?? ''}</p>`;
  }
}
customElements.define('ph-test-safe-name', SafeName);
customElements.define('ph-test-unsafe-name', UnsafeName);
customElements.define('ph-test-no-text', NoText);
customElements.define('ph-test-error-reason', ErrorReason);

describe('conformance helper', () => {
  it('passes an element that renders adapter text as text and attributes', async () => {
    const result = await checkNaughtyStrings({
      render: () => testHtml`<ph-test-safe-name></ph-test-safe-name>`,
    });
    expect(result.places).to.equal(2);
    expect(result.slots).to.equal(2);
    // Two strings a round on one element, not 485 mounts: 241 rounds for the 481 distinct
    // strings of the corpus (it repeats 4), and a few more for the strings the first field
    // refused. The names are capped at 200 characters: the 4 longer strings cannot reach them.
    expect(result.rounds).to.be.within(241, 245);
    expect(result.unshown).to.have.length(4);
    for (const text of result.unshown) expect(text.length).to.be.above(MAX_LENGTH.name);
  });

  it('shows every string it was given at least once', async () => {
    const strings = ['one', 'two', 'three', 'four', 'five'];
    rendered.length = 0;
    await checkNaughtyStrings({
      render: () => testHtml`<ph-test-safe-name></ph-test-safe-name>`,
      strings,
    });
    for (const s of strings) expect(rendered.map((r) => r.trim())).to.include(s);
  });

  it('catches an element that renders adapter text as HTML', async () => {
    const error = await checkNaughtyStrings({
      render: () => testHtml`<ph-test-unsafe-name></ph-test-unsafe-name>`,
      strings: ['plain', '<b>bold</b>'],
    }).catch((e: Error) => e);
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.match(/Elements changed|not rendered exactly/);
  });

  it('fails an element that shows none of the text it was fed', async () => {
    const error = await checkNaughtyStrings({
      render: () => testHtml`<ph-test-no-text></ph-test-no-text>`,
      strings: ['plain'],
    }).catch((e: Error) => e);
    expect((error as Error).message).to.contain('showed none of the text it was fed');
    expect((error as Error).message).to.contain('getSession');
  });

  it('feeds text through the errors of failing calls', async () => {
    const result = await checkNaughtyStrings({
      render: () => testHtml`<ph-test-error-reason></ph-test-error-reason>`,
      fail: { getSession: (text) => new AdapterError('conflict', text()) },
      strings: ['plain', '<img src=x onerror=alert(1)>', ''],
    });
    expect(result.slots).to.equal(1);
    expect(result.rounds).to.equal(3);
  });

  it('checks a claim of showing no adapter text, both ways', async () => {
    await expectNoAdapterText({ render: () => testHtml`<ph-test-no-text></ph-test-no-text>` });
    const error = await expectNoAdapterText({
      render: () => testHtml`<ph-test-safe-name></ph-test-safe-name>`,
    }).catch((e: Error) => e);
    expect((error as Error).message).to.contain('shows adapter text');
  });

  it('catches an accessibility violation, including target size', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<button></button>';
    document.body.append(host);
    const error = await expectAccessible(host).catch((e: Error) => e);
    host.remove();
    expect((error as Error).message).to.contain('button-name');
  });

  it('refuses to report "no CSP violation" on a page without the strict policy', async () => {
    const csp = watchCsp();
    const error = await csp.take().catch((e: Error) => e);
    csp.stop();
    expect((error as Error).message).to.contain('is the strict policy on?');
  });
});
