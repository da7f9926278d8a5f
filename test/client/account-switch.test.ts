import { expect } from '@open-wc/testing';
import type { MutationOptions, PartnerHubAdapter } from '../../src/adapter/contract.js';
import { AdapterError } from '../../src/adapter/errors.js';
import type { AdapterErrorCode } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { Session } from '../../src/adapter/schemas.js';
import { RESULT_SCHEMAS } from '../../src/adapter/validate.js';
import { classifyFailure } from '../../src/base/mutation-controller.js';
import { PartnerHubClient } from '../../src/client/client.js';
import { registerResultSchemas } from '../../src/client/results.js';
import { override, until } from '../support/conformance.js';

registerResultSchemas(RESULT_SCHEMAS);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Hub = ReturnType<typeof createMemoryAdapter>;

/** A memory hub whose switch goes through `how` (given the hub's own switch). */
function hubWith(
  how: (apply: () => Promise<Session>, id: string, options: MutationOptions) => Promise<Session>,
) {
  const hub = createMemoryAdapter();
  const adapter = override(hub, {
    switchPartnerAccount: (id: string, options: MutationOptions) =>
      how(
        () => hub.switchPartnerAccount!(id, { idempotencyKey: options.idempotencyKey }),
        id,
        options,
      ),
  }) as PartnerHubAdapter;
  return { hub, adapter };
}

/** A client over `adapter` watching the session and the partner profile, and the scopes it said. */
async function watching(adapter: PartnerHubAdapter, timeout?: number) {
  const client = new PartnerHubClient(adapter, {
    retry: { retries: 0 },
    ...(timeout ? { timeout: { mutation: timeout } } : {}),
  });
  const session = client.resource('session');
  const profile = client.resource('profile');
  const stops = [session.subscribe(() => {}), profile.subscribe(() => {})];
  const scopes: (string | undefined)[] = [];
  client.addEventListener('scope-change', (event) => scopes.push(event.detail.partnerId));
  await until(
    () => session.state.status === 'ready' && profile.state.status === 'ready',
    'the first account read',
  );
  const stop = () => {
    for (const unsubscribe of stops) unsubscribe();
    client.dispose();
  };
  return { client, session, profile, scopes, stop };
}

/** Waits until the client shows, in the session and the partner profile alike, what `hub` says now. */
async function showsTheHub(watched: Awaited<ReturnType<typeof watching>>, hub: Hub) {
  const [session, profile] = [await hub.getSession(), await hub.getProfile()];
  await until(
    () =>
      watched.session.state.data?.partner.id === session.partner.id &&
      watched.profile.state.status === 'ready' &&
      JSON.stringify(watched.profile.state.data) === JSON.stringify(profile),
    `the client on ${session.partner.id}, as the hub`,
    3000,
  );
}

describe('client: a partner-account switch whose answer is lost', () => {
  it('a failure the hub did not refuse drops the old account and reads the session again', async () => {
    const { hub, adapter } = hubWith(async (apply) => {
      await apply(); // made, but the answer is lost on the way back
      throw new AdapterError('unavailable', 'The connection dropped.');
    });
    const watched = await watching(adapter);
    const old = watched.profile.state.data;
    const error = await watched.client
      .switchPartnerAccount('acme-cp', { idempotencyKey: 'k1' })
      .catch((e: AdapterError) => e);
    expect((error as AdapterError).code).to.equal('unavailable');
    // In the same task: the old account's data is gone, and the account is not known yet.
    expect(watched.scopes).to.deep.equal([undefined]);
    expect(watched.profile.state.data).to.equal(undefined);
    await showsTheHub(watched, hub);
    expect(watched.session.state.data!.partner.id).to.equal('acme-cp');
    expect(watched.profile.state.data).not.to.deep.equal(old);
    watched.stop();
  });

  it('an answer after the deadline is taken as the switch', async () => {
    const { hub, adapter } = hubWith(async (apply) => {
      await sleep(150);
      return apply();
    });
    const watched = await watching(adapter, 50);
    const error = await watched.client
      .switchPartnerAccount('acme-cp', { idempotencyKey: 'k1' })
      .catch((e: AdapterError) => e);
    expect((error as AdapterError).code).to.equal('timeout');
    expect(watched.scopes).to.deep.equal([undefined]);
    await until(() => watched.scopes.length === 2, 'the late answer', 3000);
    expect(watched.scopes).to.deep.equal([undefined, 'acme-cp']);
    await showsTheHub(watched, hub);
    watched.stop();
  });

  it('an answer after an abort is taken as the switch', async () => {
    const { hub, adapter } = hubWith(async (apply) => {
      await sleep(100);
      return apply();
    });
    const watched = await watching(adapter);
    const controller = new AbortController();
    const switching = watched.client.switchPartnerAccount('acme-cp', {
      idempotencyKey: 'k1',
      signal: controller.signal,
    });
    await sleep(20);
    controller.abort();
    expect(((await switching.catch((e: unknown) => e)) as AdapterError).code).to.equal('aborted');
    await until(() => watched.scopes.length === 2, 'the late answer', 3000);
    expect(watched.scopes).to.deep.equal([undefined, 'acme-cp']);
    await showsTheHub(watched, hub);
    watched.stop();
  });

  it('an older switch’s late answer, after a newer switch, has the session read again', async () => {
    // The hub makes the first switch at once but its answer comes late; the second is made and
    // answered after it: the hub is on the second account.
    const { hub, adapter } = hubWith(async (apply, id) => {
      const session = await apply();
      if (id === 'acme-cp') await sleep(150);
      return session;
    });
    const watched = await watching(adapter, 50);
    await watched.client
      .switchPartnerAccount('acme-cp', { idempotencyKey: 'k1' })
      .catch(() => undefined);
    await watched.client.switchPartnerAccount('acme', { idempotencyKey: 'k2' });
    await until(() => watched.scopes.length === 3, 'the late answer', 3000);
    expect(watched.scopes).to.deep.equal([undefined, 'acme', undefined]);
    await sleep(50);
    expect((await hub.getSession()).partner.id).to.equal('acme');
    await showsTheHub(watched, hub);
    watched.stop();
  });

  it('a switch the hub refused keeps the account and its data', async () => {
    const { adapter } = hubWith(async () => {
      throw new AdapterError('not_found', 'No such account.');
    });
    const watched = await watching(adapter);
    const shown = watched.profile.state;
    await watched.client
      .switchPartnerAccount('acme-cp', { idempotencyKey: 'k1' })
      .catch(() => undefined);
    await sleep(50);
    expect(watched.scopes).to.deep.equal([]);
    expect(watched.profile.state).to.equal(shown);
    watched.stop();
  });

  it('a switch aborted before it was sent changes nothing', async () => {
    let asked = 0;
    const { adapter } = hubWith((apply) => {
      asked += 1;
      return apply();
    });
    const watched = await watching(adapter);
    const shown = watched.profile.state;
    const error = await watched.client
      .switchPartnerAccount('acme-cp', { idempotencyKey: 'k1', signal: AbortSignal.abort() })
      .catch((e: AdapterError) => e);
    expect((error as AdapterError).code).to.equal('aborted');
    await sleep(50);
    expect(asked).to.equal(0);
    expect(watched.scopes).to.deep.equal([]);
    expect(watched.profile.state).to.equal(shown);
    watched.stop();
  });

  it('tells refusals from unknown outcomes as the mutation controller does', async () => {
    // The client cannot import the base layer: its list is checked against it here.
    const codes: AdapterErrorCode[] = [
      'network',
      'unauthorized',
      'forbidden',
      'not_found',
      'validation',
      'conflict',
      'payment_failed',
      'rate_limited',
      'unavailable',
      'invalid_response',
      'timeout',
      'unsupported',
      'adapter_failed',
    ];
    for (const code of codes) {
      const { adapter } = hubWith(async () => {
        throw new AdapterError(code, code);
      });
      const watched = await watching(adapter);
      await watched.client
        .switchPartnerAccount('acme-cp', { idempotencyKey: 'k1' })
        .catch(() => undefined);
      const unknown = classifyFailure(new AdapterError(code, code)).kind === 'unknown';
      expect(watched.scopes, code).to.deep.equal(unknown ? [undefined] : []);
      watched.stop();
    }
  });
});
