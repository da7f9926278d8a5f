import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/dialog/define.js';
import type { PhDialog } from '../../src/widgets/dialog/define.js';
import { expectAccessible, until } from '../support/conformance.js';

const nativeOf = (el: PhDialog) => el.shadowRoot!.querySelector('dialog')!;
const closeButton = (el: PhDialog) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!;

/** A page with an opener button and a dialog with a field and two actions. */
async function page() {
  const root = await fixture<HTMLDivElement>(
    html`<div>
      <button id="opener">Open</button>
      <ph-dialog label="Remove Lena Berg?">
        <p>She loses access to this partner account at once.</p>
        <label>Reason <input id="reason" /></label>
        <button slot="footer" id="keep" data-dialog-close="">Keep</button>
        <button slot="footer" id="remove" data-dialog-close="remove">Remove</button>
      </ph-dialog>
    </div>`,
  );
  const el = root.querySelector('ph-dialog')!;
  const opener = root.querySelector<HTMLButtonElement>('#opener')!;
  opener.focus();
  return { root, el, opener };
}

describe('<ph-dialog>', () => {
  it('is accessible when open: a named modal dialog with a heading', async () => {
    const { el } = await page();
    await el.show();
    expect(nativeOf(el).open).to.equal(true);
    expect(nativeOf(el).matches(':modal')).to.equal(true);
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Remove Lena Berg?');
    expect(nativeOf(el).getAttribute('aria-labelledby')).to.equal('title');
    await expectAccessible(el);
  });

  it('is closed and hidden until shown', async () => {
    const { el } = await page();
    expect(el.open).to.equal(false);
    expect(nativeOf(el).open).to.equal(false);
    expect(nativeOf(el).getClientRects().length).to.equal(0);
  });

  it('moves focus to the first field inside, or [autofocus]', async () => {
    const { el, root } = await page();
    await el.show();
    expect(document.activeElement).to.equal(root.querySelector('#reason'));
    el.close();
    root.querySelector('#remove')!.setAttribute('autofocus', '');
    await el.show();
    expect(document.activeElement).to.equal(root.querySelector('#remove'));
  });

  it('opened on content still loading: focus on ×, then on the first field once there is one', async () => {
    const el = await fixture<PhDialog>(html`<ph-dialog label="Pay invoice"></ph-dialog>`);
    await el.show();
    expect(el.shadowRoot!.activeElement).to.equal(closeButton(el));
    const loading = document.createElement('p');
    loading.textContent = 'Loading your cards…';
    el.append(loading); // nothing to focus yet: focus stays
    await new Promise((r) => setTimeout(r));
    expect(el.shadowRoot!.activeElement).to.equal(closeButton(el));
    const card = document.createElement('input');
    card.type = 'radio';
    card.name = 'method';
    card.disabled = true; // an expired card is no place to put focus…
    el.append(card);
    await new Promise((r) => setTimeout(r));
    expect(el.shadowRoot!.activeElement).to.equal(closeButton(el));
    card.disabled = false; // …a card that can be charged is
    await until(() => document.activeElement === card, 'focus on the card');
  });

  it('moves focus in once only: to a footer action, and a field that comes later leaves it there', async () => {
    const el = await fixture<PhDialog>(html`<ph-dialog label="Pay invoice"></ph-dialog>`);
    await el.show();
    expect(el.shadowRoot!.activeElement).to.equal(closeButton(el));
    const cancel = document.createElement('button');
    cancel.slot = 'footer';
    cancel.textContent = 'Cancel';
    el.append(cancel);
    await until(() => document.activeElement === cancel, 'focus on Cancel');
    el.prepend(document.createElement('input'));
    await new Promise((r) => setTimeout(r));
    expect(document.activeElement).to.equal(cancel);
  });

  it('keeps focus inside when the element that had it is drawn away: to the first field', async () => {
    const el = await fixture<PhDialog>(
      html`<ph-dialog label="Add to Credit Balance"><button id="wait">Close</button></ph-dialog>`,
    );
    await el.show();
    expect(document.activeElement!.id).to.equal('wait'); // the loading panel's button
    const field = document.createElement('input');
    el.querySelector('#wait')!.replaceWith(field); // the form takes its place
    await until(() => document.activeElement === field, 'focus on the field, not on the page');
    field.remove(); // nothing left to focus: the ×
    await until(() => el.shadowRoot!.activeElement === closeButton(el), 'focus on ×');
  });

  it('Escape closes it and focus returns to the opener', async () => {
    const { el, opener } = await page();
    await el.show();
    const closed = oneEvent(el, 'ph-dialog-close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail.returnValue).to.equal('');
    expect(el.open).to.equal(false);
    expect(nativeOf(el).open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('every close is a cancelable request first', async () => {
    const { el } = await page();
    await el.show();
    const sources: string[] = [];
    el.addEventListener('ph-dialog-close-request', (event) => {
      sources.push(event.detail.source);
      event.preventDefault();
    });
    await sendKeys({ press: 'Escape' });
    closeButton(el).click();
    el.querySelector<HTMLButtonElement>('#remove')!.click();
    expect(el.requestClose()).to.equal(false);
    expect(sources).to.deep.equal(['escape', 'close-button', 'action', 'api']);
    expect(nativeOf(el).open).to.equal(true);
  });

  it('while busy every request is refused, and still announced to listeners', async () => {
    const { el } = await page();
    await el.show();
    el.busy = true;
    await el.updateComplete;
    const request = oneEvent(el, 'ph-dialog-close-request');
    await sendKeys({ press: 'Escape' });
    expect((await request).detail.source).to.equal('escape');
    closeButton(el).click();
    expect(el.requestClose()).to.equal(false);
    expect(nativeOf(el).open).to.equal(true);
    expect(nativeOf(el).getAttribute('aria-busy')).to.equal('true');
    el.busy = false;
    expect(el.requestClose()).to.equal(true);
    expect(el.open).to.equal(false);
  });

  it('ask() resolves with the action’s value: a confirmation in a few lines', async () => {
    const { el } = await page();
    const answer = el.ask();
    await el.updateComplete;
    el.querySelector<HTMLButtonElement>('#remove')!.click();
    expect(await answer).to.equal('remove');
    expect(el.returnValue).to.equal('remove');
    const second = el.ask();
    await el.updateComplete;
    closeButton(el).click();
    expect(await second).to.equal('');
  });

  it('Tab and Shift+Tab stay inside', async () => {
    const { el } = await page();
    await el.show();
    const inside = () => el.contains(document.activeElement) || el.shadowRoot!.activeElement;
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      expect(inside(), `after Tab ${i + 1}`).to.be.ok;
    }
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      expect(inside(), `after Shift+Tab ${i + 1}`).to.be.ok;
    }
    await sendKeys({ up: 'Shift' });
  });

  it('Escape closes only the dialog on top', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <button id="opener">Open</button>
        <ph-dialog id="outer" label="Pay invoice">
          <button id="inner-opener">Details</button>
          <ph-dialog id="inner" label="Invoice details"><p>Plan fee.</p></ph-dialog>
        </ph-dialog>
      </div>`,
    );
    const outer = root.querySelector<PhDialog>('#outer')!;
    const inner = root.querySelector<PhDialog>('#inner')!;
    const innerOpener = root.querySelector<HTMLButtonElement>('#inner-opener')!;
    root.querySelector<HTMLButtonElement>('#opener')!.focus();
    await outer.show();
    innerOpener.focus();
    await inner.show();
    await sendKeys({ press: 'Escape' });
    await until(() => !inner.open, 'the inner dialog to close');
    expect(outer.open, 'the outer dialog stays open').to.equal(true);
    expect(nativeOf(outer).open).to.equal(true);
    expect(document.activeElement).to.equal(innerOpener);
    inner.busy = true;
    await inner.show();
    await sendKeys({ press: 'Escape' });
    expect(inner.open, 'a busy dialog on top refuses').to.equal(true);
    expect(outer.open, 'and the one below does not close instead').to.equal(true);
    inner.busy = false;
    inner.close();
    await sendKeys({ press: 'Escape' });
    await until(() => !outer.open, 'the outer dialog to close');
    expect(document.activeElement).to.equal(root.querySelector('#opener'));
  });

  it('the footer row is there only with actions; the label slot names the dialog', async () => {
    const el = await fixture<PhDialog>(
      html`<ph-dialog>
        <span slot="label">Cancel the <em>Growth</em> plan?</span>
        <p>Body.</p>
      </ph-dialog>`,
    );
    await el.show();
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part="footer"]')!.hidden).to.equal(true);
    await expectAccessible(el);
    el.close();
  });

  it('moved while open (out of the page and back in one task): still modal, and Escape closes it', async () => {
    const { root, el, opener } = await page();
    await el.show();
    el.remove();
    root.append(el); // what a framework re-ordering its children does
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(nativeOf(el).matches(':modal'), 'modal again').to.equal(true);
    expect(el.contains(document.activeElement), 'focus back inside').to.equal(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(el.open, 'a move is not a close').to.equal(true);
    const closed = oneEvent(el, 'ph-dialog-close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail.returnValue).to.equal('');
    expect(nativeOf(el).open).to.equal(false);
    expect(document.activeElement === opener, 'focus returns to the opener').to.equal(true);
  });

  it('removed while open and not back by the end of the task: closed, ask() answers ""', async () => {
    const { root, el, opener } = await page();
    const answer = el.ask();
    await el.updateComplete;
    el.remove();
    const settled = await Promise.race([
      answer,
      new Promise<string>((r) => setTimeout(() => r('still waiting'), 1000)),
    ]);
    expect(settled).to.equal('');
    expect(el.open).to.equal(false);
    expect(document.activeElement === opener, 'focus returns to the opener').to.equal(true);
    root.append(el); // put back later: closed, nothing inert, and it opens again as a modal
    await el.updateComplete;
    expect(nativeOf(el).open).to.equal(false);
    await el.show();
    expect(nativeOf(el).matches(':modal')).to.equal(true);
    const closed = oneEvent(el, 'ph-dialog-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(el.open).to.equal(false);
  });

  it('setting open opens and closes it', async () => {
    const { el } = await page();
    el.open = true;
    await el.updateComplete;
    expect(nativeOf(el).open).to.equal(true);
    el.open = false;
    await el.updateComplete;
    expect(nativeOf(el).open).to.equal(false);
  });
});
