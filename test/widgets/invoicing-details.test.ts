import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import type { InvoicingDetails } from '../../src/adapter/schemas.js';
import '../../src/widgets/invoicing-details/define.js';
import type { PhInvoicingDetails } from '../../src/widgets/invoicing-details/invoicing-details.js';
import type { PhTextField } from '../../src/widgets/text-field/text-field.js';
import type { PhSelect } from '../../src/widgets/select/select.js';
import { vatExample } from '../../src/widgets/invoicing-details/countries.js';
import { checkVatId } from '../../src/domain/ids.js';
import {
  checkNaughtyStrings,
  deepQuery,
  deepQueryAll,
  deepText,
  expectAccessible,
  itRendersSharedStates,
  mount,
  override,
  deepActiveElement,
  settled,
  until,
} from '../support/conformance.js';

const details = () => html`<ph-invoicing-details></ph-invoicing-details>`;
const root = (el: Element) => el.shadowRoot!;
const field = (el: Element, name: string) =>
  root(el).querySelector<PhTextField>(`ph-text-field[name="${name}"]`)!;
const inner = (input: PhTextField) => input.shadowRoot!.querySelector('input')!;
const saveButton = (el: Element) =>
  deepQueryAll<HTMLButtonElement>(el, 'button').find((b) =>
    /Save invoicing details/.test(b.textContent ?? ''),
  )!;
const updates = (adapter: MemoryAdapter) =>
  adapter.calls.filter((c) => c.method === 'updateInvoicingDetails');

async function typeInto(input: PhTextField, value: string): Promise<void> {
  inner(input).focus();
  inner(input).select();
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
  await input.updateComplete;
}

async function save(el: PhInvoicingDetails): Promise<void> {
  saveButton(el).click();
  await settled(el);
}

function withoutSupportUrl(base: MemoryAdapter, patch: Partial<InvoicingDetails> = {}) {
  return override(base, {
    getInvoicingDetails: async () => {
      const { supportUrl: _u, ...rest } = await base.getInvoicingDetails();
      return { ...rest, ...patch };
    },
  });
}

describe('<ph-invoicing-details>', () => {
  describe('accessibility in every state', () => {
    it('is axe-clean ready: editable fields in a form, the rest read-only', async () => {
      const { el } = await mount<PhInvoicingDetails>(details());
      expect(field(el, 'billingEmail')).to.exist;
      expect(field(el, 'vatId')).to.exist;
      expect(field(el, 'legalName')).to.not.exist;
      expect(inner(field(el, 'billingEmail')).value).to.equal('billing@acme-messaging.example');
      expect(root(el).querySelector('[part="readonly"][data-field="legalName"]')).to.exist;
      await expectAccessible(el);
    });

    it('is axe-clean with every field editable, the country from Intl.DisplayNames', async () => {
      const base = createMemoryAdapter();
      const adapter = override(base, {
        getInvoicingDetails: async () => ({
          ...(await base.getInvoicingDetails()),
          editable: [
            'legalName',
            'billingEmail',
            'addressLine1',
            'addressLine2',
            'city',
            'postalCode',
            'country',
            'vatId',
          ],
        }),
      });
      const { el } = await mount<PhInvoicingDetails>(details(), { adapter, locale: 'de' });
      const select = root(el).querySelector<PhSelect>('ph-select[name="country"]')!;
      expect(select.value).to.equal('DE');
      const names = select.options.map((o) => o.label);
      expect(names).to.include('Deutschland');
      expect(names).to.include('Frankreich');
      await expectAccessible(el);
    });

    it('is axe-clean with the error summary shown', async () => {
      const { el } = await mount<PhInvoicingDetails>(details());
      await typeInto(field(el, 'billingEmail'), 'not-an-address');
      await save(el);
      expect(deepQuery(el, '[part="error-summary"]')).to.exist;
      await expectAccessible(el);
    });

    itRendersSharedStates(details, {
      forbiddenRead: 'getInvoicingDetails',
      read: 'getInvoicingDetails',
      clientPaid: 'shown',
    });

    it('is axe-clean for a member, whom the hub refuses the details', async () => {
      const { el } = await mount(details(), { role: 'member' });
      expect(deepQuery(el, 'form')).to.not.exist;
      // In the words its neighbours on the Billing page use for a member.
      expect(deepText(el)).to.contain(
        'Only owners of this partner account can see its invoicing details.',
      );
      await expectAccessible(el);
    });
  });

  it('says in its own words when the hub offers no invoicing details (unavailable)', async () => {
    const adapter = override(createMemoryAdapter(), { getInvoicingDetails: undefined });
    const { el } = await mount<PhInvoicingDetails>(details(), { adapter });
    expect(deepQuery(el, '[data-state="unavailable"]')).to.exist;
    expect(deepText(el)).to.contain('This hub does not offer invoicing details here.');
    await expectAccessible(el);
  });

  it('shows a read-only legal name with a link to support', async () => {
    const { el } = await mount<PhInvoicingDetails>(details());
    const row = root(el).querySelector('[data-field="legalName"]')!;
    expect(row.textContent).to.contain('Acme Messaging GmbH');
    const link = row.querySelector<HTMLAnchorElement>('a[part="support"]')!;
    expect(link.textContent).to.contain('Contact support to change the legal name');
    expect(link.href).to.match(/^https:/);
    expect(link.rel).to.contain('noopener');
  });

  it('offers one support path per thing to change: the address once, after its last line', async () => {
    const { el } = await mount<PhInvoicingDetails>(details());
    const paths = [...root(el).querySelectorAll('[part~="support"]')].map((p) =>
      (p.textContent ?? '').trim(),
    );
    expect(paths).to.deep.equal([...new Set(paths)]);
    expect(paths).to.include('Contact support to change the address');
    const address = root(el).querySelectorAll('[data-field="addressLine1"], [data-field="city"]');
    expect(address[0]!.querySelector('[part~="support"]')).to.equal(null);
    expect(address[1]!.querySelector('[part~="support"]')!.textContent).to.contain(
      'Contact support to change the address',
    );
  });

  it('without a support URL, fires a cancelable ph-support-request for the field', async () => {
    const adapter = withoutSupportUrl(createMemoryAdapter());
    const { el } = await mount<PhInvoicingDetails>(details(), { adapter });
    const button = root(el).querySelector<HTMLButtonElement>(
      '[data-field="legalName"] button[part~="support"]',
    )!;
    expect(button.textContent).to.contain('Contact support to change the legal name');
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'ph-support-request');
    expect(event.detail).to.deep.equal({ field: 'legalName' });
    expect(event.cancelable).to.equal(true);
    await settled(el);
    // Nobody handled it: the element says what to do.
    expect(deepText(el)).to.contain('To change this, contact the hub’s support team.');
  });

  it('shows how VAT applies when the hub says', async () => {
    const { el } = await mount<PhInvoicingDetails>(details());
    expect(root(el).querySelector('[part="vat-treatment"]')!.textContent).to.contain(
      'VAT of the hub’s country is charged',
    );
    const adapter = withoutSupportUrl(createMemoryAdapter(), { vatTreatment: 'outside_eu' });
    const other = await mount<PhInvoicingDetails>(details(), { adapter });
    expect(deepText(other.el)).to.contain('outside the EU');
  });

  it('refuses a VAT ID in the wrong format for its country, giving the format', async () => {
    const { el, adapter } = await mount<PhInvoicingDetails>(details());
    const vat = field(el, 'vatId');
    await typeInto(vat, 'DE12345');
    await save(el);
    const summary = deepQuery(el, '[part="error-summary"]')!;
    expect(summary.textContent).to.contain(
      'Enter the VAT ID in the format of the invoicing address’s country (Germany), like DE136695976.',
    );
    expect(deepText(vat)).to.contain('like DE136695976');
    expect(updates(adapter)).to.have.length(0);
    // Another country's prefix is refused too, naming the country.
    await typeInto(vat, 'FRXX123456789');
    await save(el);
    expect(deepQuery(el, '[part="error-summary"]')!.textContent).to.contain(
      'This VAT ID does not match the country of the invoicing address (Germany). A VAT ID from this country looks like this: DE136695976.',
    );
    expect(updates(adapter)).to.have.length(0);
  });

  // The country's name stands on its own, in parentheses: no language has to inflect it or give
  // it an article ("pertence a Alemanha" would need "à Alemanha", "zu Schweiz" "zur Schweiz").
  for (const [locale, format, mismatch] of [
    [
      'de',
      'Geben Sie die USt-IdNr. im Format des Landes der Rechnungsadresse (Deutschland) ein, z. B. DE136695976.',
      'Diese USt-IdNr. passt nicht zum Land der Rechnungsadresse (Deutschland). Eine USt-IdNr. aus diesem Land sieht so aus: DE136695976.',
    ],
    [
      'es',
      'Introduzca el NIF-IVA con el formato del país de la dirección de facturación (Alemania), por ejemplo DE136695976.',
      'Este NIF-IVA no corresponde al país de la dirección de facturación (Alemania). Un NIF-IVA de este país tiene este aspecto: DE136695976.',
    ],
    [
      'pt-BR',
      'Informe o número de IVA no formato do país do endereço de faturamento (Alemanha), por exemplo DE136695976.',
      'Este número de IVA não corresponde ao país do endereço de faturamento (Alemanha). Um número de IVA deste país tem este formato: DE136695976.',
    ],
  ] as const) {
    it(`words the VAT ID's country in ${locale} without inflecting its name`, async () => {
      const { el } = await mount<PhInvoicingDetails>(details(), { locale });
      const vat = field(el, 'vatId');
      // The save button in any language: the form's submit button.
      const submit = async () => {
        root(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
        await settled(el);
      };
      await typeInto(vat, 'DE12345');
      await submit();
      const summary = () => deepQuery(el, '[part="error-summary"]')!.textContent!;
      expect(summary()).to.contain(format);
      await typeInto(vat, 'FRXX123456789');
      await submit();
      expect(summary()).to.contain(mismatch);
    });
  }

  it('tells a mistyped check digit apart from a wrong format', async () => {
    const { el, adapter } = await mount<PhInvoicingDetails>(details());
    const vat = field(el, 'vatId');
    await typeInto(vat, 'DE136695977');
    await save(el);
    expect(deepQuery(el, '[part="error-summary"]')!.textContent).to.contain(
      'The check digit of this VAT ID does not match its other digits. Check it for a typo.',
    );
    expect(deepText(vat)).to.not.contain('in the format for');
    expect(updates(adapter)).to.have.length(0);
  });

  it('gives as every country’s example a VAT ID its own check accepts', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const examples: string[] = [];
    for (const a of letters) {
      for (const b of letters) {
        const example = vatExample(a + b);
        if (!example) continue;
        examples.push(example);
        expect(checkVatId(example, a + b), `${a + b}: ${example}`).to.equal(null);
      }
    }
    expect(examples.length).to.be.greaterThan(25);
  });

  it('saves only the changed fields, once, and announces it', async () => {
    const { el, adapter } = await mount<PhInvoicingDetails>(details());
    await typeInto(field(el, 'billingEmail'), 'accounts@acme-messaging.example');
    setTimeout(() => saveButton(el).click());
    const event = await oneEvent(el, 'ph-invoicing-details-change');
    expect(event.detail.values.billingEmail).to.equal('accounts@acme-messaging.example');
    await settled(el);
    expect(updates(adapter)).to.have.length(1);
    expect(updates(adapter)[0]!.args[0]).to.deep.equal({
      billingEmail: 'accounts@acme-messaging.example',
    });
    expect(root(el).querySelector('[data-announcer]')!.textContent).to.contain(
      'Invoicing details saved',
    );
    expect((await adapter.getInvoicingDetails()).values.billingEmail).to.equal(
      'accounts@acme-messaging.example',
    );
  });

  it('saves a cleared VAT ID (a partner who no longer has one), and VAT then applies at home', async () => {
    const { el, adapter } = await mount<PhInvoicingDetails>(details());
    expect((await adapter.getInvoicingDetails()).values.vatId).to.not.equal('');
    await typeInto(field(el, 'vatId'), '');
    setTimeout(() => saveButton(el).click());
    const event = await oneEvent(el, 'ph-invoicing-details-change');
    expect(event.detail.values.vatId).to.equal('');
    await settled(el);
    expect(updates(adapter)[0]!.args[0]).to.deep.equal({ vatId: '' });
    expect(deepText(el)).to.not.contain('Enter the VAT ID');
    expect(root(el).querySelector('[data-announcer]')!.textContent).to.contain(
      'Invoicing details saved',
    );
    const saved = await adapter.getInvoicingDetails();
    expect(saved.values.vatId).to.equal('');
    expect(saved.vatTreatment).to.not.equal('reverse_charge');
  });

  it('keeps what is being typed when the hub’s details are read again meanwhile', async () => {
    const { el, adapter, provider } = await mount<PhInvoicingDetails>(details());
    await typeInto(field(el, 'billingEmail'), 'new@acme-messaging.example');
    // Another part of the page changes something and the details are read again (or a live
    // event says they changed): what the person is typing stays.
    const before = provider.client!.resource('invoicingDetails').state.data;
    provider.client!.invalidate('invoicingDetails');
    await until(
      () => provider.client!.resource('invoicingDetails').state.data !== before,
      'the details read again',
    );
    await settled(el);
    expect(inner(field(el, 'billingEmail')).value).to.equal('new@acme-messaging.example');
    // And it is what Save sends.
    await save(el);
    expect(updates(adapter).at(-1)!.args[0]).to.deep.include({
      billingEmail: 'new@acme-messaging.example',
    });
    expect((await adapter.getInvoicingDetails()).values.billingEmail).to.equal(
      'new@acme-messaging.example',
    );
    // refresh() too: the field being edited keeps what is typed, the others show the hub's.
    await typeInto(field(el, 'billingEmail'), 'draft@acme-messaging.example');
    await adapter.updateInvoicingDetails({ vatId: 'DE136695976' }, { idempotencyKey: 'other-tab' });
    await el.refresh();
    await settled(el);
    expect(inner(field(el, 'billingEmail')).value).to.equal('draft@acme-messaging.example');
    expect(inner(field(el, 'vatId')).value).to.equal('DE136695976');
  });

  it('keeps focus on Save while it saves, and after', async () => {
    // A hub that takes a moment to answer.
    const { el, adapter } = await mount<PhInvoicingDetails>(details(), { latency: 300 });
    await typeInto(field(el, 'billingEmail'), 'new@acme-messaging.example');
    // Found by its role, as its words change to "Saving…" while it saves.
    const save = root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
    save.focus();
    save.click();
    await el.updateComplete;
    expect(save.getAttribute('aria-busy')).to.equal('true');
    expect(deepActiveElement() === save, 'focus on Save while saving').to.equal(true);
    // Pressed again while saving: nothing is sent twice.
    save.click();
    await until(() => save.getAttribute('aria-busy') === 'false', 'the save');
    expect(updates(adapter)).to.have.length(1);
    expect(deepActiveElement() === save, 'focus on Save after saving').to.equal(true);
  });

  it('keeps everything typed when the save fails', async () => {
    const { el, adapter } = await mount<PhInvoicingDetails>(details());
    adapter.failNext('updateInvoicingDetails', new AdapterError('network', 'offline'));
    await typeInto(field(el, 'billingEmail'), 'new@acme-messaging.example');
    await typeInto(field(el, 'vatId'), 'DE 136 695 976');
    await save(el);
    // No answer: it may have been saved, so it is not said to be "not saved".
    expect(deepQuery(el, '[part="error-summary"]')!.textContent).to.contain(
      'The hub did not confirm this change.',
    );
    expect(inner(field(el, 'billingEmail')).value).to.equal('new@acme-messaging.example');
    expect(inner(field(el, 'vatId')).value).to.equal('DE 136 695 976');
    // Trying again sends the same values with the same idempotency key.
    await save(el);
    const calls = updates(adapter);
    expect(calls).to.have.length(2);
    expect(calls[1]!.args[0]).to.deep.equal(calls[0]!.args[0]);
    expect((calls[1]!.args[1] as { idempotencyKey: string }).idempotencyKey).to.equal(
      (calls[0]!.args[1] as { idempotencyKey: string }).idempotencyKey,
    );
  });

  it('puts a server field error on its field', async () => {
    const { el, adapter } = await mount<PhInvoicingDetails>(details());
    adapter.failNext(
      'updateInvoicingDetails',
      new AdapterError('validation', 'Refused.', {
        fieldErrors: { billingEmail: 'This address bounced last month.' },
      }),
    );
    await typeInto(field(el, 'billingEmail'), 'bounce@acme-messaging.example');
    await save(el);
    const email = field(el, 'billingEmail');
    expect(email.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(
      'This address bounced last month.',
    );
    expect(inner(email).value).to.equal('bounce@acme-messaging.example');
    const link = deepQuery<HTMLAnchorElement>(el, '[part="error-summary"] a')!;
    expect(link.textContent).to.contain('This address bounced last month.');
  });

  it('is keyboard-usable: support link, fields, then save, in order', async () => {
    const { el, adapter } = await mount<PhInvoicingDetails>(details());
    const order: string[] = [];
    root(el).querySelector<HTMLElement>('a[part="support"]')!.focus();
    for (let i = 0; i < 12; i++) {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const name =
        active?.closest('[data-field]')?.getAttribute('data-field') ??
        (active?.getRootNode() as ShadowRoot).host?.getAttribute('name') ??
        active?.textContent?.trim() ??
        '';
      if (order.at(-1) !== name) order.push(name);
      if (/Save invoicing details/.test(name)) break;
      await sendKeys({ press: 'Tab' });
    }
    expect(order.indexOf('billingEmail')).to.be.greaterThan(-1);
    expect(order.indexOf('vatId')).to.be.greaterThan(order.indexOf('billingEmail'));
    expect(order.at(-1)).to.match(/Save invoicing details/);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    // Nothing changed: nothing is sent.
    expect(updates(adapter)).to.have.length(0);
  });

  it('shows the 485 naughty strings exactly, as values and as server errors', async () => {
    const result = await checkNaughtyStrings({
      render: details,
      fail: { getInvoicingDetails: (text) => new AdapterError('validation', text()) },
    });
    expect(result.methods).to.include('getInvoicingDetails');
  });
});
