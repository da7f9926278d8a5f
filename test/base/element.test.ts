import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/errors.js';
import { PhElement } from '../../src/base/element.js';
import type { StateWords, ViewState } from '../../src/base/element.js';
import '../../src/widgets/balance-card/define.js';
import '../../src/widgets/dialog/define.js';
import type { PhDialog } from '../../src/widgets/dialog/define.js';
import { until } from '../support/conformance.js';

declare module '../../src/base/events.js' {
  interface PhEventMap {
    'ph-test-ping': { count: number };
  }
}

const words: StateWords = {
  error: 'Couldn’t load the pings.',
  forbidden: 'Only owners can see the pings.',
  empty: 'No pings yet.',
};

/** A bare element on the base: emits, announces and focuses on request. */
class TestElement extends PhElement {
  view: ViewState = { kind: 'ready' };

  ping(count: number): boolean {
    return this.emit('ph-test-ping', { count }, { cancelable: true });
  }

  wrongDetails(): void {
    // Each line must fail to compile (`npm run typecheck`): a wrong detail, an unknown name.
    // @ts-expect-error -- the detail of ph-test-ping is { count: number }
    this.emit('ph-test-ping', { count: 'one' });
    // @ts-expect-error -- ph-top-up-request's detail has a currency and a balance
    this.emit('ph-top-up-request', { currency: 'EUR' });
    // @ts-expect-error -- not an event of the kit
    this.emit('ph-no-such-event', {});
  }

  say(text: string): void {
    this.announce(text);
  }

  focusLater(selector: string): Promise<boolean> {
    return this.focusAfterUpdate(selector);
  }

  protected override render() {
    return this.view.kind === 'ready'
      ? html`<button type="button" id="a">A</button><button type="button" id="b">B</button>`
      : this.renderState(this.view, words);
  }
}
customElements.define('ph-test-element', TestElement);

/** An element drawing a modal dialog, as the pay-invoice dialog does. */
class DialogElement extends PhElement {
  get dialog(): PhDialog {
    return this.renderRoot.querySelector('ph-dialog')!;
  }

  /** Says `text` and closes the dialog in the same task (a payment that just went through). */
  sayAndClose(text: string): void {
    this.announce(text);
    this.dialog.close('paid');
  }

  protected override render() {
    return html`<ph-dialog label="Pay invoice"><p>Paying…</p></ph-dialog>`;
  }
}
customElements.define('ph-test-dialog-element', DialogElement);

/** An element whose confirmation opens over its first dialog. */
class StackedDialogsElement extends PhElement {
  dialog(id: string): PhDialog {
    return this.renderRoot.querySelector(`#${id}`)!;
  }

  protected override render() {
    // The confirmation comes first in the DOM: the one below is the one opened before it.
    return html`<ph-dialog id="confirm" label="Remove the card?"><p>Sure?</p></ph-dialog>
      <ph-dialog id="cards" label="Payment methods"><p>Cards</p></ph-dialog>`;
  }
}
customElements.define('ph-test-stacked-dialogs', StackedDialogsElement);

const region = (el: Element) =>
  el.shadowRoot!.querySelectorAll<HTMLElement>('[role="status"][aria-live="polite"]');

describe('PhElement', () => {
  it('emits a typed, bubbling, composed event that the host can cancel', async () => {
    const el = await fixture<TestElement>(html`<ph-test-element></ph-test-element>`);
    const heard = oneEvent(document, 'ph-test-ping');
    document.addEventListener('ph-test-ping', (e) => e.preventDefault(), { once: true });
    expect(el.ping(3)).to.be.false;
    const event = await heard;
    expect(event.detail.count).to.equal(3);
    expect(event.composed).to.be.true;
  });

  it('announces each call once through one live region that renders never touch', async () => {
    const el = await fixture<TestElement>(html`<ph-test-element></ph-test-element>`);
    expect(region(el)).to.have.length(1);
    const seen: string[] = [];
    // One record per text the region was given (the observer batches synchronous calls).
    new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) seen.push(node.textContent ?? '');
    }).observe(region(el)[0]!, { childList: true, characterData: true, subtree: true });
    el.say('Sorted by month.');
    el.say('Sorted by month.');
    el.view = { kind: 'empty' };
    el.requestUpdate();
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // Two calls, two announcements (the same words repeated still count), and the re-render
    // to another template kept the region and its text.
    expect(seen).to.deep.equal(['Sorted by month.', 'Sorted by month.']);
    expect(region(el)).to.have.length(1);
    expect(region(el)[0]!.textContent).to.equal('Sorted by month.');
  });

  it('says what was announced just before a dialog closed again where the region ends up', async () => {
    // The region sits inside an open dialog (the page behind a modal is inert) and moves back
    // when it closes. A region moved together with its words is a new region to a screen
    // reader, which reads nothing: the words must be written again at the region's new place.
    const el = await fixture<DialogElement>(
      html`<ph-test-dialog-element></ph-test-dialog-element>`,
    );
    await el.dialog.show();
    const live = el.shadowRoot!.querySelector<HTMLElement>('[data-announcer]')!;
    expect(live.parentElement).to.equal(el.dialog);
    // What happens to the region, in order: its words written, and where it moved.
    const events: string[] = [];
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.target === live) events.push(`said: ${live.textContent}`);
        else if ([...r.addedNodes].includes(live)) {
          events.push(r.target === el.shadowRoot ? 'moved to the page' : 'moved to a dialog');
        }
      }
    }).observe(el.shadowRoot!, { childList: true, subtree: true });
    el.sayAndClose('Invoice INV-2026-0042 is paid.');
    expect(el.dialog.open).to.be.false;
    await until(() => events.length >= 3, `the words said again (${events.join(' | ')})`, 2000);
    expect(events).to.deep.equal([
      'said: Invoice INV-2026-0042 is paid.',
      'moved to the page',
      'said: Invoice INV-2026-0042 is paid.',
    ]);
    expect(live.parentNode).to.equal(el.shadowRoot);
    expect(live.textContent).to.equal('Invoice INV-2026-0042 is paid.');
  });

  it('keeps the live region in the dialog on top, then the one opened before it, then the page', async () => {
    const el = await fixture<StackedDialogsElement>(
      html`<ph-test-stacked-dialogs></ph-test-stacked-dialogs>`,
    );
    const live = el.shadowRoot!.querySelector<HTMLElement>('[data-announcer]')!;
    await el.dialog('cards').show();
    expect(live.parentElement).to.equal(el.dialog('cards'));
    await el.dialog('confirm').show();
    expect(live.parentElement).to.equal(el.dialog('confirm'));
    el.dialog('confirm').close();
    expect(live.parentElement).to.equal(el.dialog('cards'));
    el.dialog('cards').close();
    expect(live.parentNode).to.equal(el.shadowRoot);
    expect(el.shadowRoot!.firstChild).to.equal(live);
  });

  it('moves focus after the pending render, and reports a target that is not there', async () => {
    const el = await fixture<TestElement>(html`<ph-test-element></ph-test-element>`);
    el.view = { kind: 'empty' };
    el.requestUpdate();
    // #b does not exist yet: it does once the render this call waits for has run.
    el.view = { kind: 'ready' };
    expect(await el.focusLater('#b')).to.be.true;
    expect(el.shadowRoot!.activeElement?.id).to.equal('b');
    expect(await el.focusLater('#missing')).to.be.false;
    expect(el.shadowRoot!.activeElement?.id).to.equal('b');
  });

  it('renders each state in the widget’s own whole sentences', async () => {
    const el = await fixture<TestElement>(html`<ph-test-element></ph-test-element>`);
    const shown = async (view: ViewState) => {
      el.view = view;
      el.requestUpdate();
      await el.updateComplete;
      return el.shadowRoot!.querySelector('[data-state]')!.textContent!.replace(/\s+/g, ' ');
    };
    expect(await shown({ kind: 'forbidden' })).to.contain('Only owners can see the pings.');
    expect(await shown({ kind: 'empty' })).to.contain('No pings yet.');
    const error = new AdapterError('network', 'offline');
    expect(await shown({ kind: 'error', error, retry: () => {} })).to.contain(
      'Couldn’t load the pings.',
    );
  });

  it('says in words (translated) that an action is missing, not the adapter’s method name', async () => {
    const el = await fixture<TestElement>(html`<ph-test-element></ph-test-element>`);
    el.view = {
      kind: 'error',
      error: new AdapterError('unsupported', 'The adapter has no getInvoicePdf() method.'),
      retry: () => {},
    };
    el.requestUpdate();
    await el.updateComplete;
    const shown = el.shadowRoot!.querySelector('[data-state]')!.textContent!;
    expect(shown).to.contain('This hub does not offer this feature.');
    expect(shown).not.to.contain('getInvoicePdf');
  });

  it('keeps "Try again" out of the error’s alert, so the failure is read once', async () => {
    const el = await fixture<TestElement>(html`<ph-test-element></ph-test-element>`);
    let retried = 0;
    el.view = {
      kind: 'error',
      error: new AdapterError('network', 'offline'),
      retry: () => retried++,
    };
    el.requestUpdate();
    await el.updateComplete;
    const alerts = el.shadowRoot!.querySelectorAll('[role="alert"]');
    expect(alerts).to.have.length(1);
    expect(alerts[0]!.textContent).to.contain('Couldn’t load the pings.');
    expect(alerts[0]!.textContent).to.contain('The connection failed.');
    expect(alerts[0]!.textContent).not.to.contain('Try again');
    expect(alerts[0]!.querySelector('button')).to.be.null;
    // No status region speaks at the same time.
    expect(region(el)[0]!.textContent).to.equal('');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-state="error"] button')!.click();
    expect(retried).to.equal(1);
  });
});
