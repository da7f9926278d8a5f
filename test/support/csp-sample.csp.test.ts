// Runs under the strict CSP added by test/support/strict-csp-plugin.mjs (any *.csp.test.ts
// file does). It proves two things: a Lit element with decorators and static styles renders
// with no violation at all, and the policy is really in force, so a CSP test can fail.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { property } from 'lit/decorators.js';
import { watchCsp } from './conformance.js';

class CspSample extends LitElement {
  static override styles = css`
    p {
      color: rgb(0, 128, 0);
    }
  `;

  @property() label = 'ready';

  override render() {
    return html`<p part="label" title=${this.label}>${this.label}</p>`;
  }
}
customElements.define('ph-csp-sample', CspSample);

// Each take() waits for a violation it provokes itself, so every earlier one has arrived.
const csp = watchCsp();
const takeViolations = () => csp.take();

describe('strict CSP test page', () => {
  beforeEach(async () => {
    await takeViolations();
  });

  it('renders and updates a Lit element, and axe runs, with no violation', async () => {
    const el = await fixture<CspSample>(html`<ph-csp-sample label="first"></ph-csp-sample>`);
    await expect(el).to.be.accessible();
    el.label = 'second';
    await el.updateComplete;

    const text = el.shadowRoot?.querySelector('p');
    expect(text?.textContent).to.equal('second');
    expect(text?.title).to.equal('second');
    expect(getComputedStyle(text!).color).to.equal('rgb(0, 128, 0)');
    expect(await takeViolations()).to.deep.equal([]);
  });

  it('blocks an HTML string written with innerHTML (Trusted Types)', async () => {
    const host = document.createElement('div');
    expect(() => {
      host.innerHTML = '<script>window.inlineRan = true</script><b style="color: red">x</b>';
    }).to.throw(TypeError);
    expect(await takeViolations()).to.include('require-trusted-types-for');
  });

  it('blocks an inline style attribute', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.setAttribute('style', 'color: rgb(255, 0, 0)');
    expect(getComputedStyle(host).color).not.to.equal('rgb(255, 0, 0)');
    host.remove();
    expect(await takeViolations()).to.include('style-src-attr');
  });

  it('blocks eval', async () => {
    expect(() => (0, eval)('1 + 1')).to.throw();
    expect((await takeViolations()).length).to.be.greaterThan(0);
  });
});
