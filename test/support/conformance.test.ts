// The conformance helper must be able to fail: a deliberately unsafe element that writes
// adapter text as HTML is caught by the naughty-string check, and a safe one passes.
import { expect, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { PhElement } from '../../src/base/element.js';
import { ResourceController } from '../../src/base/resource-controller.js';
import { checkNaughtyStrings, expectAccessible } from './conformance.js';

class SafeName extends PhElement {
  private readonly session = new ResourceController(this, { name: 'session' });
  override render() {
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
customElements.define('ph-test-safe-name', SafeName);
customElements.define('ph-test-unsafe-name', UnsafeName);

describe('conformance helper', () => {
  it('passes an element that renders adapter text as text and attributes', async () => {
    const result = await checkNaughtyStrings({
      render: () => testHtml`<ph-test-safe-name></ph-test-safe-name>`,
    });
    expect(result.places).to.equal(2);
  });

  it('catches an element that renders adapter text as HTML', async () => {
    const error = await checkNaughtyStrings({
      render: () => testHtml`<ph-test-unsafe-name></ph-test-unsafe-name>`,
      strings: ['plain', '<b>bold</b>'],
    }).catch((e: Error) => e);
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.match(/Elements changed|not rendered exactly/);
  });

  it('catches an accessibility violation, including target size', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<button></button>';
    document.body.append(host);
    const error = await expectAccessible(host).catch((e: Error) => e);
    host.remove();
    expect((error as Error).message).to.contain('button-name');
  });
});
