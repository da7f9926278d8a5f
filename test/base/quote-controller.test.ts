import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AdapterError } from '../../src/adapter/errors.js';
import { QuoteController } from '../../src/base/quote-controller.js';

interface Call {
  amount: number;
  signal: AbortSignal;
  resolve: (fee: number) => void;
  reject: (error: unknown) => void;
}

/** A host that quotes a fee for its `amount` (null: nothing to quote). */
class QuoteHost extends LitElement {
  static override properties = { amount: { attribute: false } };
  amount: number | null = null;
  calls: Call[] = [];
  readonly quote = new QuoteController<{ amount: number }, number>(this, {
    args: () => (this.amount === null ? null : { amount: this.amount }),
    task: ({ amount }, { signal }) =>
      new Promise<number>((resolve, reject) =>
        this.calls.push({ amount, signal, resolve, reject }),
      ),
    debounce: 30,
  });
  protected override render() {
    return html`<p>${this.quote.status}:${this.quote.value ?? ''}</p>`;
  }
}
customElements.define('test-quote-host', QuoteHost);

async function until(check: () => boolean, what: string) {
  const end = Date.now() + 2000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

async function setAmount(el: QuoteHost, amount: number | null) {
  el.amount = amount;
  await el.updateComplete;
}

const shown = (el: QuoteHost) => el.shadowRoot!.querySelector('p')!.textContent;

describe('QuoteController', () => {
  let el: QuoteHost;
  beforeEach(async () => {
    el = await fixture<QuoteHost>(html`<test-quote-host></test-quote-host>`);
  });

  it('asks nothing while there is nothing to quote', async () => {
    el.requestUpdate();
    await el.updateComplete;
    // Nothing scheduled either: a change would have made it pending at once.
    expect(el.quote.status).to.equal('idle');
    expect(shown(el)).to.equal('idle:');
    expect(el.calls).to.have.length(0);
  });

  it('is pending at once and asks once the input has stayed still', async () => {
    for (const amount of [1, 12, 123, 1234]) await setAmount(el, amount);
    expect(el.quote.status).to.equal('pending');
    expect(shown(el)).to.equal('pending:');
    expect(el.calls).to.have.length(0);
    await until(() => el.calls.length === 1, 'the request');
    expect(el.calls[0]!.amount).to.equal(1234);
    el.calls[0]!.resolve(19);
    await until(() => el.quote.status === 'complete', 'the answer');
    await el.updateComplete;
    expect(shown(el)).to.equal('complete:19');
  });

  it('a newer input aborts the older request, whose answer is never shown', async () => {
    await setAmount(el, 100);
    await until(() => el.calls.length === 1, 'the first request');
    await setAmount(el, 200);
    expect(el.calls[0]!.signal.aborted).to.equal(true);
    expect(el.quote.value).to.equal(undefined);
    el.calls[0]!.resolve(1);
    await until(() => el.calls.length === 2, 'the second request');
    expect(el.quote.value, 'the old answer').to.equal(undefined);
    el.calls[1]!.resolve(3);
    await until(() => el.quote.value === 3, 'the second answer');
  });

  it('flush asks at once, without waiting for the debounce', async () => {
    await setAmount(el, 500);
    el.quote.flush();
    expect(el.calls).to.have.length(1);
    el.quote.flush();
    expect(el.calls, 'a request already out is not repeated').to.have.length(1);
  });

  it('an error is kept for its input; retry and flush ask again', async () => {
    await setAmount(el, 700);
    el.quote.flush();
    el.calls[0]!.reject(new AdapterError('network', 'Offline.'));
    await until(() => el.quote.status === 'error', 'the error');
    expect(el.quote.error!.code).to.equal('network');
    el.quote.retry();
    expect(el.calls).to.have.length(2);
    expect(el.quote.status).to.equal('pending');
    el.calls[1]!.reject(new AdapterError('network', 'Offline.'));
    await until(() => el.quote.status === 'error', 'the second error');
    el.quote.flush();
    expect(el.calls).to.have.length(3);
    el.calls[2]!.resolve(10);
    await until(() => el.quote.status === 'complete', 'the answer');
    expect(el.quote.error).to.equal(undefined);
  });

  it('a refusal of the input itself gives the reasons by field, for that input only', async () => {
    await setAmount(el, 5);
    el.quote.flush();
    expect(el.quote.refusal).to.equal(undefined);
    el.calls[0]!.reject(
      new AdapterError('validation', 'Not accepted.', {
        fieldErrors: { amount: 'Enter an amount between €10.00 and €10,000.00.' },
      }),
    );
    await until(() => el.quote.status === 'error', 'the refusal');
    expect(el.quote.refusal).to.deep.equal({
      amount: 'Enter an amount between €10.00 and €10,000.00.',
    });
    await setAmount(el, 20);
    expect(el.quote.refusal).to.equal(undefined);
    // A failure that is not about the input (or names no field) is no refusal.
    el.quote.flush();
    el.calls[1]!.reject(new AdapterError('validation', 'Not accepted.'));
    await until(() => el.quote.status === 'error', 'the error');
    expect(el.quote.refusal).to.equal(undefined);
    el.quote.retry();
    el.calls[2]!.reject(new AdapterError('network', 'Offline.'));
    await until(() => el.quote.status === 'error', 'the network error');
    expect(el.quote.refusal).to.equal(undefined);
  });

  it('with fields, a refusal is one naming them (amount.currency as amount), else an error like any other', async () => {
    class FieldsHost extends QuoteHost {
      readonly only = new QuoteController<{ amount: number }, number>(this, {
        args: () => (this.amount === null ? null : { amount: this.amount }),
        task: ({ amount }, { signal }) =>
          new Promise<number>((resolve, reject) =>
            this.calls.push({ amount, signal, resolve, reject }),
          ),
        fields: ['amount'],
      });
    }
    customElements.define('test-quote-fields-host', FieldsHost);
    const host = await fixture<FieldsHost>(html`<test-quote-fields-host></test-quote-fields-host>`);
    host.amount = 5;
    await host.updateComplete;
    host.only.flush();
    const refuse = (fieldErrors: Record<string, string>) =>
      host.calls.at(-1)!.reject(new AdapterError('validation', 'No.', { fieldErrors }));
    refuse({ 'amount.currency': 'Use EUR.', body: 'Too long.' });
    await until(() => host.only.status === 'error', 'the refusal');
    expect(host.only.refusal).to.deep.equal({ amount: 'Use EUR.' });
    host.only.retry();
    refuse({ body: 'Too long.' });
    await until(() => host.only.status === 'error', 'the error');
    expect(host.only.refusal).to.equal(undefined);
  });

  it('clearing the input goes back to idle and stops the request', async () => {
    await setAmount(el, 800);
    el.quote.flush();
    await setAmount(el, null);
    expect(el.calls[0]!.signal.aborted).to.equal(true);
    expect(el.quote.status).to.equal('idle');
  });

  it('leaving the page aborts the request, and coming back asks again', async () => {
    await setAmount(el, 900);
    el.quote.flush();
    const parent = el.parentElement!;
    el.remove();
    expect(el.calls[0]!.signal.aborted).to.equal(true);
    parent.append(el);
    await until(() => el.calls.length === 2, 'a new request');
    expect(el.calls[1]!.amount).to.equal(900);
  });
});
