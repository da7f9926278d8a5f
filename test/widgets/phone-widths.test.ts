// "Usable at 390 pixels wide", for every element of the kit at once: loaded (a dialog opened),
// in each of the four languages at 390 px and in German (whose words run longest) at 320 px (the smallest
// phones), nothing a person reads is cut off or runs out of the window. A wide table scrolls
// sideways in its own named region on purpose and is not counted. New elements are included
// by the Custom Elements Manifest.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import '../../src/index.js';
import type { PhDialog } from '../../src/widgets/dialog/dialog.js';
import type { PhPayInvoiceDialog } from '../../src/widgets/pay-invoice-dialog/pay-invoice-dialog.js';
import type { PhTopUpDialog } from '../../src/widgets/top-up-dialog/top-up-dialog.js';
import { mount, settled, until } from '../support/conformance.js';
import { asAHostWritesIt, kitTags } from '../support/elements.js';
import { cutOff } from '../support/phone.js';

const tags = await kitTags();

/** What an element needs to show what it is for: a dialog is opened, a control labelled. */
const shown: Record<string, (el: HTMLElement, adapter: MemoryAdapter) => Promise<unknown>> = {
  'ph-dialog': (el) => (el as PhDialog).show(),
  'ph-top-up-dialog': async (el) => {
    await (el as PhTopUpDialog).show();
    await until(() => !!el.shadowRoot!.querySelector('input[name="method"]'), 'the cards');
  },
  'ph-pay-invoice-dialog': async (el, adapter) => {
    const { items } = await adapter.listInvoices({ status: 'unpaid' });
    await (el as PhPayInvoiceDialog).show(items[0]!);
    await until(() => !!el.shadowRoot!.querySelector('input[name="method"]'), 'the cards');
  },
};

/** As a host writes it; the bare dialog with a title and words of its own. */
const labelled = (tag: string) =>
  tag === 'ph-dialog'
    ? html`<ph-dialog label="Remove Jonas Weber from Acme Messaging GmbH?">
        <p>Jonas Weber will no longer be able to sign in to this partner account.</p>
      </ph-dialog>`
    : asAHostWritesIt(tag);

describe('every element at a phone’s width', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));
  it('covers the elements of the manifest', () => {
    expect(tags).to.include.members(['ph-balance-card', 'ph-top-up-dialog', 'ph-partner-hub']);
  });
  for (const tag of tags) {
    for (const [width, locales] of [
      [390, ['en', 'de', 'es', 'pt-BR']],
      [320, ['de']],
    ] as const) {
      it(`<${tag}> cuts nothing off at ${width} px (${locales.join(', ')})`, async function () {
        this.timeout(20_000);
        await setViewport({ width, height: 844 });
        const problems: string[] = [];
        for (const locale of locales) {
          const { el, adapter, provider } = await mount(labelled(tag), { locale });
          await shown[tag]?.(el, adapter);
          await settled(el);
          problems.push(...cutOff(el).map((p) => `${locale}: ${p}`));
          provider.remove();
        }
        expect(problems.slice(0, 20)).to.deep.equal([]);
      });
    }
  }
});
