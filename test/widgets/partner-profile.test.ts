import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import '../../src/widgets/partner-profile/define.js';
import type { PhFileDrop } from '../../src/widgets/file-drop/file-drop.js';
import type { PhPartnerProfile } from '../../src/widgets/partner-profile/partner-profile.js';
import type { PhTextField } from '../../src/widgets/text-field/text-field.js';
import {
  checkNaughtyStrings,
  deepActiveElement,
  deepQuery,
  deepText,
  expectAccessible,
  itRendersSharedStates,
  mount,
  override,
  settled,
  until,
} from '../support/conformance.js';
import { atPhoneWidth, itFitsTheCardInEachLanguage } from '../support/phone.js';

const widget = () => html`<ph-partner-profile></ph-partner-profile>`;
const root = (el: Element) => el.shadowRoot!;
const announced = (el: Element) => root(el).querySelector('[data-announcer]')!.textContent ?? '';

/** A real PNG of `w`×`h` pixels, drawn on a canvas. */
async function png(w: number, h: number, name = 'logo.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  canvas.getContext('2d')!.fillRect(0, 0, w, h);
  const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

async function choose(el: Element, file: File): Promise<void> {
  const drop = root(el).querySelector<PhFileDrop>('ph-file-drop')!;
  const input = drop.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const data = new DataTransfer();
  data.items.add(file);
  input.files = data.files;
  const changed = oneEvent(drop, 'change');
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await changed;
}

const uploadButton = (el: Element) =>
  root(el).querySelector<HTMLButtonElement>('form[data-section="logo"] button[type="submit"]')!;

describe('<ph-partner-profile>', () => {
  describe('accessibility in every state', () => {
    it('is axe-clean ready: preview, brand name, logo upload and the switch', async () => {
      const { el } = await mount<PhPartnerProfile>(widget());
      expect(root(el).querySelector('[part="preview"]')!.textContent).to.contain('Acme Messaging');
      expect(root(el).querySelector('img[data-logo]')).to.exist;
      expect(root(el).querySelector('input[role="switch"]')).to.exist;
      await expectAccessible(el);
    });

    it('is axe-clean empty (no logo yet) and for a member (read-only)', async () => {
      const empty = await mount<PhPartnerProfile>(widget(), { scenario: 'empty' });
      expect(deepQuery(empty.el, '[data-state="empty"]')!.textContent).to.contain('No logo yet.');
      await expectAccessible(empty.el);
      const member = await mount<PhPartnerProfile>(widget(), { role: 'member' });
      expect(root(member.el).querySelector('form')).to.not.exist;
      expect(root(member.el).querySelector<HTMLInputElement>('input[role="switch"]')!.disabled).to
        .be.true;
      await expectAccessible(member.el);
    });

    it('is axe-clean forbidden and unavailable', async () => {
      const adapter = createMemoryAdapter();
      adapter.failNext('getProfile', new AdapterError('forbidden', 'No.'));
      const { el } = await mount<PhPartnerProfile>(widget(), { adapter });
      expect(deepQuery(el, '[data-state="forbidden"]')).to.exist;
      await expectAccessible(el);
      const none = createMemoryAdapter({ capabilities: { getProfile: false } });
      const un = await mount<PhPartnerProfile>(widget(), { adapter: none });
      expect(deepQuery(un.el, '[data-state="unavailable"]')).to.exist;
      await expectAccessible(un.el);
    });

    it('has no phone-number switch on a client-paid account', async () => {
      const { el } = await mount<PhPartnerProfile>(widget(), { scenario: 'client-paid' });
      expect(root(el).querySelector('input[role="switch"]')).to.not.exist;
    });

    itRendersSharedStates(widget, { read: 'getProfile' });
  });

  it('never runs the script of an SVG logo: drawn only by an <img>', async () => {
    const flag = '__phSvgRan';
    const w = window as unknown as Record<string, unknown>;
    delete w[flag];
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" onload="window.__phSvgRan=1">' +
      '<script>window.__phSvgRan=2</script><rect width="64" height="64"/></svg>';
    const base = createMemoryAdapter();
    const adapter = override(base, {
      getProfile: async () => ({
        ...(await base.getProfile()),
        logoUrl: `data:image/svg+xml;base64,${btoa(svg)}`,
      }),
    });
    const { el } = await mount<PhPartnerProfile>(widget(), { adapter });
    const img = root(el).querySelector<HTMLImageElement>('img[data-logo]')!;
    expect(img).to.exist;
    await img.decode().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
    expect(w[flag]).to.equal(undefined);
    expect(root(el).querySelector('svg, script, object, iframe, embed')).to.not.exist;
  });

  it('refuses an SVG file before anything is sent', async () => {
    const { el, adapter } = await mount<PhPartnerProfile>(widget());
    adapter.clearCalls();
    const svg = new File(
      ['<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>'],
      'x.svg',
      {
        type: 'image/svg+xml',
      },
    );
    await choose(el, svg);
    uploadButton(el).click();
    await settled(el);
    expect(deepText(el)).to.contain('Choose a file of type PNG or JPEG.');
    expect(adapter.calls.some((c) => c.method === 'uploadLogo')).to.be.false;
  });

  it('refuses a logo below the pixel minimum before upload', async () => {
    const { el, adapter } = await mount<PhPartnerProfile>(widget());
    adapter.clearCalls();
    await choose(el, await png(20, 20));
    uploadButton(el).click();
    await settled(el);
    expect(deepText(el)).to.contain(
      'The image is 20 pixels wide; use one at least 64 pixels wide.',
    );
    expect(adapter.calls.some((c) => c.method === 'uploadLogo')).to.be.false;
  });

  it('uploads a PNG: the preview shows it and it is announced', async () => {
    const { el } = await mount<PhPartnerProfile>(widget());
    await choose(el, await png(128, 128));
    const changed = oneEvent(el, 'ph-profile-change');
    uploadButton(el).click();
    expect((await changed).detail.change).to.equal('logo');
    await until(() =>
      (root(el).querySelector<HTMLImageElement>('img[data-logo]')?.src ?? '').startsWith(
        'data:image/png',
      ),
    );
    expect(announced(el)).to.equal('Logo uploaded. Clients see it from now on.');
  });

  it('keeps the old logo when the hub refuses the upload, and says why', async () => {
    const { el, adapter } = await mount<PhPartnerProfile>(widget());
    const before = root(el).querySelector<HTMLImageElement>('img[data-logo]')!.src;
    adapter.failNext('uploadLogo', new AdapterError('conflict', 'The profile is locked.'));
    await choose(el, await png(128, 128));
    uploadButton(el).click();
    const form = () => root(el).querySelector('form[data-section="logo"]')!;
    await until(() => !!form().querySelector('[part="error-summary"]'));
    expect(form().textContent).to.contain('The previous logo stays.');
    expect(root(el).querySelector<HTMLImageElement>('img[data-logo]')!.src).to.equal(before);
  });

  it('says an upload whose answer was lost was not confirmed (it may have landed), not that the old logo stays', async () => {
    const { el, adapter } = await mount<PhPartnerProfile>(widget());
    adapter.failNext('uploadLogo', new AdapterError('network', 'Lost.'));
    await choose(el, await png(128, 128));
    uploadButton(el).click();
    const form = () => root(el).querySelector('form[data-section="logo"]')!;
    await until(() => !!form().querySelector('[part="error-summary"]'));
    expect(form().textContent).to.contain('The hub did not confirm this change.');
    expect(form().textContent).to.not.contain('The previous logo stays.');
  });

  it('previews the brand name as typed and saves it by keyboard', async () => {
    const { el, adapter } = await mount<PhPartnerProfile>(widget());
    const field = root(el).querySelector<PhTextField>('ph-text-field[name="brandName"]')!;
    const input = field.shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'Acme Europe' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="preview"]')!.textContent).to.contain('Acme Europe');
    await sendKeys({ press: 'Enter' });
    await until(() => announced(el) === 'Brand name saved.');
    expect((await adapter.getProfile()).brandName).to.equal('Acme Europe');
  });

  it('keeps focus on the switch while it saves, and a press meanwhile changes nothing', async () => {
    const base = createMemoryAdapter();
    let release = () => {};
    let calls = 0;
    const adapter = override(base, {
      updateProfile: async (...args: Parameters<typeof base.updateProfile>) => {
        calls += 1;
        await new Promise<void>((r) => (release = r));
        return base.updateProfile(...args);
      },
    });
    const { el } = await mount<PhPartnerProfile>(widget(), { adapter });
    const toggle = () => root(el).querySelector<HTMLInputElement>('input[role="switch"]')!;
    toggle().focus();
    await sendKeys({ press: 'Space' });
    await until(() => calls === 1, 'the save sent');
    await el.updateComplete;
    expect(toggle().getAttribute('aria-disabled')).to.equal('true');
    expect(deepActiveElement() === toggle(), 'focus on the switch while saving').to.equal(true);
    await sendKeys({ press: 'Space' }); // a second press while the first is on its way
    expect(toggle().checked, 'still shows the change on its way').to.equal(true);
    release();
    await until(() => announced(el) === 'Clients can now add phone numbers themselves.');
    expect(calls).to.equal(1);
    expect(toggle().checked).to.equal(true);
    expect(toggle().hasAttribute('aria-disabled')).to.equal(false);
    expect(deepActiveElement() === toggle(), 'focus on the switch after').to.equal(true);
    expect((await base.getProfile()).allowClientPhoneNumbers).to.equal(true);
  });

  it('shows the saved switch at once when the change is announced, before the profile is read again', async () => {
    const { el, adapter } = await mount<PhPartnerProfile>(widget());
    const toggle = () => root(el).querySelector<HTMLInputElement>('input[role="switch"]')!;
    adapter.setLatency(300); // the save and the read after it each take 300 ms
    toggle().focus();
    await sendKeys({ press: 'Space' });
    await until(() => announced(el) === 'Clients can now add phone numbers themselves.', 'said');
    await el.updateComplete;
    expect(toggle().checked).to.equal(true);
    await settled(el);
    expect(toggle().checked).to.equal(true);
  });

  it('saves the phone-number switch by keyboard; a refusal puts it back and says why', async () => {
    const { el, adapter } = await mount<PhPartnerProfile>(widget());
    const toggle = () => root(el).querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(toggle().checked).to.be.false;
    toggle().focus();
    await sendKeys({ press: 'Space' });
    await until(() => announced(el) === 'Clients can now add phone numbers themselves.');
    expect((await adapter.getProfile()).allowClientPhoneNumbers).to.be.true;
    // The switch keeps focus through the save, so the next press needs no search for it.
    expect(deepActiveElement() === toggle(), 'focus on the switch').to.equal(true);
    adapter.failNext('updateProfile', new AdapterError('forbidden', 'Owners only.'));
    await sendKeys({ press: 'Space' });
    await until(() => !!root(el).querySelector('[role="alert"]'));
    await settled(el);
    expect(toggle().checked).to.be.true;
    expect(deepText(el)).to.contain('The setting was not changed.');
  });

  atPhoneWidth(() => {
    itFitsTheCardInEachLanguage(widget);
    it('lines every section up with the card, the preview and the switch included', async () => {
      const { el } = await mount<HTMLElement>(widget());
      const left = (e: Element) => Math.round(e.getBoundingClientRect().left);
      const card = root(el).querySelector('.card')!;
      const edge = left(root(el).querySelector('h2')!);
      const sections = [...root(el).querySelectorAll('.section')];
      expect(sections.length).to.be.greaterThan(1);
      // A <figure> keeps the browser's 40 px margins unless told otherwise.
      for (const section of sections) expect(left(section), section.className).to.equal(edge);
      expect(left(root(el).querySelector('[part="preview"]')!)).to.equal(edge);
      // The switch starts at the card's text edge, not inside a box wider than it.
      const box = root(el).querySelector('.switch input')!.getBoundingClientRect();
      expect(Math.round(box.left)).to.equal(edge);
      expect(box.width).to.be.at.least(24);
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    });
  });

  it('shows adapter text as text (naughty strings)', async () => {
    const result = await checkNaughtyStrings({
      render: widget,
      fail: { getProfile: (text) => new AdapterError('validation', text()) },
    });
    expect(result.methods).to.include('getProfile');
  });
});
