/**
 * No element asks for another update from inside an update (Lit's "change-in-update": in dev
 * mode Lit warns about it, and each costs a second render). Lit's production build does not
 * warn, so this test watches for it itself: after every element's `updated()` (which runs after
 * `firstUpdated()`), an update must not be pending already. Every element the kit registers
 * is mounted as a host writes it, loaded and settled, and the dialog with a footer.
 */
import { expect, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { asAHostWritesIt, kitTags } from '../support/elements.js';
import { mount, settled } from '../support/conformance.js';

const tags = await kitTags();

/** The elements that asked for an update from inside one, by tag. */
const offenders = new Set<string>();
for (const tag of tags) {
  const proto = customElements.get(tag)!.prototype as LitElement;
  const updated = proto['updated'];
  Object.defineProperty(proto, 'updated', {
    configurable: true,
    value(this: LitElement, changed: Map<PropertyKey, unknown>) {
      (updated as (c: Map<PropertyKey, unknown>) => void).call(this, changed);
      if (this.isUpdatePending) offenders.add(this.localName);
    },
  });
}

const render = asAHostWritesIt;

describe('the update cycle', () => {
  it('walks every element the kit registers', () => {
    expect(tags).to.include.members(['ph-balance-card', 'ph-dialog', 'ph-whatsapp-accounts']);
  });

  for (const tag of tags) {
    it(`<${tag}> asks for no update from inside one while it loads and settles`, async () => {
      offenders.clear();
      const { el } = await mount(render(tag));
      await settled(el);
      // The rows a list loads once it has drawn, and their update, come after it.
      await new Promise((r) => setTimeout(r, 50));
      await settled(el);
      expect([...offenders]).to.deep.equal([]);
    });
  }

  it('<ph-dialog> with a footer asks for no update from inside one', async () => {
    offenders.clear();
    const { el } = await mount(
      html`<ph-dialog label="Confirm"
        ><p>Sure?</p>
        <button slot="footer">OK</button></ph-dialog
      >`,
    );
    await settled(el);
    expect([...offenders]).to.deep.equal([]);
  });
});
