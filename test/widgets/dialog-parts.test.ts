// A partner styles every element's dialog the same way: `::part(dialog)` is the native
// `<dialog>` (its box and, through `::part(dialog)::backdrop`, its backdrop) and `::part(title)`
// its heading, on each element that has one.
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/widgets/top-up-dialog/define.js';
import '../../src/widgets/pay-invoice-dialog/define.js';
import '../../src/widgets/partner-plan/define.js';
import '../../src/widgets/payment-methods/define.js';
import '../../src/widgets/user-manager/define.js';
import { mount } from '../support/conformance.js';

const elements: Array<[string, TemplateResult]> = [
  ['ph-top-up-dialog', html`<ph-top-up-dialog></ph-top-up-dialog>`],
  ['ph-pay-invoice-dialog', html`<ph-pay-invoice-dialog></ph-pay-invoice-dialog>`],
  ['ph-partner-plan', html`<ph-partner-plan></ph-partner-plan>`],
  ['ph-payment-methods', html`<ph-payment-methods></ph-payment-methods>`],
  ['ph-user-manager', html`<ph-user-manager></ph-user-manager>`],
];

describe('::part(dialog) and ::part(title)', () => {
  for (const [tag, template] of elements) {
    it(`reach the native dialog and its heading in <${tag}>`, async () => {
      const style = document.createElement('style');
      style.textContent = `${tag}::part(dialog) { background-color: rgb(1, 2, 3); }
        ${tag}::part(title) { color: rgb(4, 5, 6); }`;
      document.head.append(style);
      try {
        const { el } = await mount<HTMLElement>(template);
        const dialogs = [...el.shadowRoot!.querySelectorAll('ph-dialog')];
        expect(dialogs.length, `<${tag}> has a dialog in its page`).to.be.greaterThan(0);
        for (const dialog of dialogs) {
          const native = dialog.shadowRoot!.querySelector('dialog')!;
          const title = dialog.shadowRoot!.querySelector('[part~="title"]')!;
          expect(getComputedStyle(native).backgroundColor).to.equal('rgb(1, 2, 3)');
          expect(getComputedStyle(title).color).to.equal('rgb(4, 5, 6)');
        }
      } finally {
        style.remove();
      }
    });
  }
});
