import { expect } from '@open-wc/testing';
import type { LiveListener, PartnerHubAdapter } from '../../src/adapter/contract.js';
import type { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import { MovementListSchema, ProfileSchema, SessionSchema } from '../../src/adapter/schemas.js';
import { RESULT_SCHEMAS, withValidation } from '../../src/adapter/validate.js';
import { PartnerHubClient } from '../../src/client/client.js';
import type { AdapterFailure } from '../../src/client/diagnostics.js';
import { registerChangeEffects, registerResultSchemas } from '../../src/client/results.js';

// This file loads no element and registers only what each test registers: a method the page's
// elements did not register a result schema for is refused, never passed through unchecked.

/** Records console.error and console.warn while `run` runs. */
async function consoleDuring(run: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => lines.push(`error: ${args.map(String).join(' ')}`);
  console.warn = (...args: unknown[]) => lines.push(`warn: ${args.map(String).join(' ')}`);
  try {
    await run();
  } finally {
    console.error = error;
    console.warn = warn;
  }
  return lines;
}

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    return error as AdapterError;
  }
  throw new Error('expected a rejection');
}

describe('result schemas registered by use', () => {
  it('refuses a read with no schema registered before calling the adapter, and says what to do', async () => {
    const adapter = createMemoryAdapter({ latency: 0 });
    const client = new PartnerHubClient(adapter, { retry: { retries: 0 } });
    const failures: AdapterFailure[] = [];
    client.addEventListener('failure', (e) => failures.push(e.detail));
    let error!: AdapterError;
    const lines = await consoleDuring(async () => {
      error = await rejection(client.read('movements', {}));
    });
    expect(error.code).to.equal('invalid_response');
    expect(error.message).to.contain('No result schema is registered for listMovements()');
    expect(error.message).to.contain(
      'registerResultSchemas({ listMovements: RESULT_SCHEMAS.listMovements })',
    );
    expect(error.message).to.contain('RESULT_SCHEMAS from "partner-hub-elements/adapter"');
    expect(adapter.calls.map((c) => c.method)).to.not.include('listMovements');
    // Reported as every other failure: one console error, one `failure` event.
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(/^error: \[partner-hub-elements\] Reading "movements"/);
    expect(lines[0]).to.contain('No result schema is registered for listMovements()');
    expect(lines[0]).to.not.contain('to match src/adapter/schemas.ts'); // the hint for a bad answer
    expect(failures.map((f) => [f.method, f.code])).to.deep.equal([
      ['listMovements', 'invalid_response'],
    ]);
  });

  it('refuses a change with no schema registered before anything is charged', async () => {
    const adapter = createMemoryAdapter({ latency: 0 });
    const client = new PartnerHubClient(adapter);
    let error!: AdapterError;
    const lines = await consoleDuring(async () => {
      error = await rejection(
        client.topUp(
          { amount: { amount: 5000, currency: 'EUR' }, paymentMethodId: 'pm_visa_4242' },
          { idempotencyKey: 'k-unregistered' },
        ),
      );
    });
    expect(error.code).to.equal('invalid_response');
    expect(error.message).to.contain('No result schema is registered for topUp()');
    expect(adapter.calls.map((c) => c.method)).to.not.include('topUp');
    expect(lines).to.have.length(1);
    expect(lines[0]).to.contain('The change topUp failed: invalid_response.');
  });

  it('checks the answer against the schema once it is registered', async () => {
    registerResultSchemas({ listMovements: MovementListSchema });
    const good = new PartnerHubClient(createMemoryAdapter({ latency: 0 }));
    const rows = await good.read('movements', {});
    expect(rows.length).to.be.greaterThan(0);

    const bad = new PartnerHubClient({
      listMovements: async () => [{ period: '2026-13', fundsAdded: 0, usage: 0 }],
    } as unknown as PartnerHubAdapter);
    const error = await consoleDuring(async () => {
      const refused = await rejection(bad.read('movements', {}));
      expect(refused.code).to.equal('invalid_response');
      expect(refused.field).to.equal('0.period');
    });
    expect(error).to.have.length(1);
  });

  it('never applies the balances of a live event with no balances schema registered', async () => {
    let listener: LiveListener | undefined;
    const client = new PartnerHubClient({
      subscribe(l: LiveListener) {
        listener = l;
        return () => (listener = undefined);
      },
    } as PartnerHubAdapter);
    const entry = client.resource('balances');
    listener!({ resource: 'balances', data: [{ money: { amount: 1.5, currency: 'eur' } }] });
    expect(entry.state.data).to.equal(undefined);
    expect(entry.state.status).to.equal('idle');
    client.dispose();
  });

  it('leaves the full table to withValidation: every method that answers with data is checked', async () => {
    const checked = Object.entries(RESULT_SCHEMAS).filter(([, schema]) => schema !== null);
    expect(checked.length).to.be.greaterThan(30);
    for (const [method] of checked) {
      const adapter = withValidation({
        // A number: no method answers one (a PDF may be a string).
        [method]: async () => 42,
      } as unknown as PartnerHubAdapter);
      const call = (adapter as unknown as Record<string, () => Promise<unknown>>)[method]!;
      const error = await rejection(call());
      expect(error.code, method).to.equal('invalid_response');
    }
  });

  it('re-reads every watched resource after a change with no effect registered, and only what a registered one names', async () => {
    registerResultSchemas({
      getSession: SessionSchema,
      getProfile: ProfileSchema,
      updateProfile: ProfileSchema,
      uploadLogo: ProfileSchema,
    });
    const adapter = createMemoryAdapter({ latency: 0 });
    const client = new PartnerHubClient(adapter);
    const session = client.resource('session');
    const profile = client.resource('profile');
    const offs = [session.subscribe(() => {}), profile.subscribe(() => {})];
    await Promise.all([session.refresh(), profile.refresh()]);
    const reads = () =>
      adapter.calls.filter((c) => c.method.startsWith('get')).map((c) => c.method);

    adapter.clearCalls();
    await client.updateProfile({ brandName: 'Acme' }, { idempotencyKey: 'k-profile-1' });
    await new Promise((r) => setTimeout(r, 0));
    expect(reads().sort()).to.deep.equal(['getProfile', 'getSession']);

    registerChangeEffects({ updateProfile: { invalidates: ['profile'] } });
    adapter.clearCalls();
    await client.updateProfile({ brandName: 'Acme 2' }, { idempotencyKey: 'k-profile-2' });
    await new Promise((r) => setTimeout(r, 0));
    expect(reads()).to.deep.equal(['getProfile']);
    offs.forEach((off) => off());
  });

  it('checks getInvoicePdf answers as the invoice list registers them: a URL or a Blob, nothing else', async () => {
    await import('../../src/client/results/invoices.js');
    const answering = (answer: unknown) =>
      new PartnerHubClient({ getInvoicePdf: async () => answer } as unknown as PartnerHubAdapter, {
        retry: { retries: 0 },
      });
    expect(await answering('https://hub.example/inv_1.pdf').getInvoicePdf('inv_1')).to.equal(
      'https://hub.example/inv_1.pdf',
    );
    const pdf = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    expect(await answering(pdf).getInvoicePdf('inv_1')).to.equal(pdf);

    for (const wrong of [{ url: 'https://hub.example/inv_1.pdf' }, '', null, 42]) {
      const client = answering(wrong);
      const failures: AdapterFailure[] = [];
      client.addEventListener('failure', (e) => failures.push(e.detail));
      let error!: AdapterError;
      const lines = await consoleDuring(async () => {
        error = await rejection(client.getInvoicePdf('inv_1'));
      });
      expect(error.code, JSON.stringify(wrong)).to.equal('invalid_response');
      expect(lines).to.have.length(1);
      expect(lines[0]).to.match(/^error: \[partner-hub-elements\] getInvoicePdf failed/);
      expect(lines[0]).to.contain('a URL string or the PDF as a Blob');
      expect(failures.map((f) => [f.method, f.code])).to.deep.equal([
        ['getInvoicePdf', 'invalid_response'],
      ]);
    }
    // withValidation checks it too.
    const wrapped = withValidation({
      getInvoicePdf: async () => ({ url: 'https://hub.example/inv_1.pdf' }),
    } as unknown as PartnerHubAdapter);
    expect((await rejection(wrapped.getInvoicePdf!('inv_1'))).code).to.equal('invalid_response');
  });
});
