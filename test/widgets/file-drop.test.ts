import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/widgets/file-drop/define.js';
import type { PhFileDrop } from '../../src/widgets/file-drop/file-drop.js';
import { expectAccessible } from '../support/conformance.js';
import { runFormControlSuite } from '../support/form-control-suite.js';

const inner = (el: PhFileDrop) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: PhFileDrop) =>
  el.shadowRoot!.querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();

/** A real PNG of `width` × `height` pixels, drawn on a canvas. */
async function png(width: number, height: number, name = 'logo.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.fillRect(0, 0, width, height);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

const text = () => new File(['not an image'], 'notes.txt', { type: 'text/plain' });

/**
 * A JPEG of `width` × `height` pixels whose EXIF says to show it turned (`orientation` 6: 90°),
 * with `metadata` bytes of other segments before its frame (a phone's depth map, an ICC profile).
 */
async function jpegWithOrientation(
  width: number,
  height: number,
  orientation: number,
  metadata = 0,
) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.fillRect(0, 0, width, height);
  const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/jpeg', 0.9));
  const jpeg = new Uint8Array(await blob.arrayBuffer());
  // An APP1 Exif segment: a big-endian TIFF header and one entry, Orientation (0x0112), SHORT.
  const tiff = [0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1];
  const payload = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff, 0, orientation, 0, 0, 0, 0, 0, 0];
  const length = payload.length + 2;
  const app1 = [0xff, 0xe1, length >> 8, length & 0xff, ...payload];
  // APP2 segments of at most 60,000 bytes each, filled with zeros.
  for (let left = metadata; left > 0; left -= 60_000) {
    const size = Math.min(left, 60_000) + 2;
    app1.push(0xff, 0xe2, size >> 8, size & 0xff, ...new Array<number>(size - 2).fill(0));
  }
  const bytes = new Uint8Array(jpeg.length + app1.length);
  bytes.set(jpeg.subarray(0, 2));
  bytes.set(app1, 2);
  bytes.set(jpeg.subarray(2), 2 + app1.length);
  return new File([bytes], 'portrait.jpg', { type: 'image/jpeg' });
}

/** As the person: focuses the file input and picks `file`; waits until it is checked. */
async function pick(el: PhFileDrop, file: File): Promise<void> {
  const input = inner(el);
  input.focus();
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  const checked = oneEvent(el, 'change');
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await checked;
  await el.updateComplete;
}

async function leave(el: PhFileDrop): Promise<void> {
  inner(el).blur();
  await el.updateComplete;
}

runFormControlSuite<PhFileDrop>('ph-file-drop', {
  bound: {
    value: new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'logo.svg', {
      type: 'image/svg+xml',
    }),
    submits: new File([], 'logo.svg'),
  },
  render: (a) =>
    html`<ph-file-drop
      accept="image/png,image/jpeg,.svg"
      max-size="100000"
      min-width="32"
      min-height="32"
      name=${a.name}
      label=${a.label}
      description=${a.description ?? ''}
      ?required=${a.required}
      ?disabled=${a.disabled}
    ></ph-file-drop>`,
  inner,
  fill: async (el) => {
    const file = await png(64, 64);
    await pick(el, file);
    return file;
  },
  fillInvalid: async (el) => {
    await pick(el, text());
    return 'Choose a file of type PNG, JPEG, or SVG.';
  },
  requiredMessage: 'Choose a file.',
  emptyFormValue: null,
  committedAtOnce: true,
});

async function drop(attributes: string) {
  const wrapper = fixtureSync<HTMLDivElement>(
    html`<div>
      <button>before</button
      >${attributes === 'logo' ? html`<ph-file-drop label="Logo" accept="image/png" max-size="50000" min-width="100" min-height="100" max-width="1000" max-height="1000"></ph-file-drop>` : html`<ph-file-drop label="File"></ph-file-drop>`}
    </div>`,
  );
  const el = wrapper.querySelector('ph-file-drop')!;
  await el.updateComplete;
  return el;
}

describe('<ph-file-drop>', () => {
  it('refuses an image smaller than the minimum, with its size and the limit', async () => {
    const el = await drop('logo');
    await pick(el, await png(40, 300));
    await leave(el);
    expect(el.validity.rangeUnderflow).to.be.true;
    expect(errorText(el)).to.equal(
      'The image is 40 pixels wide; use one at least 100 pixels wide.',
    );
    expect(el.pixels).to.deep.equal({ width: 40, height: 300 });
    await expectAccessible(el);
  });

  it('refuses an image larger than the maximum', async () => {
    const el = await drop('logo');
    await pick(el, await png(200, 1200));
    await leave(el);
    expect(errorText(el)).to.equal(
      // Counted in the reader's digits, as every number the kit shows.
      'The image is 1,200 pixels high; use one at most 1,000 pixels high.',
    );
  });

  it('refuses a file over the size limit, in words', async () => {
    const el = await drop('logo');
    const big = new File([new Uint8Array(60_000)], 'big.png', { type: 'image/png' });
    await pick(el, big);
    await leave(el);
    expect(el.validity.rangeOverflow).to.be.true;
    expect(errorText(el)).to.equal('Choose a file of at most 50 kB.');
  });

  it('says when an image cannot be read', async () => {
    const el = await drop('logo');
    await pick(el, new File(['garbage'], 'broken.png', { type: 'image/png' }));
    await leave(el);
    expect(el.validity.badInput).to.be.true;
    expect(errorText(el)).to.equal('This image could not be read.');
  });

  it('takes a good image: valid, previewed, its name and size shown', async () => {
    const el = await drop('logo');
    await pick(el, await png(256, 128));
    expect(el.validity.valid).to.be.true;
    const preview = el.shadowRoot!.querySelector<HTMLImageElement>('[part="preview"]')!;
    expect(preview.src).to.match(/^blob:/);
    expect(preview.alt).to.equal('Preview of the chosen image');
    expect(el.shadowRoot!.querySelector('[part="file"]')!.textContent).to.match(/^logo\.png \(/);
    await expectAccessible(el);
  });

  it('takes a dropped file', async () => {
    const el = await drop('logo');
    const transfer = new DataTransfer();
    transfer.items.add(await png(300, 300, 'dropped.png'));
    const zone = el.shadowRoot!.querySelector('[part="drop-zone"]')!;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
    await el.updateComplete;
    expect(zone.classList.contains('over')).to.be.true;
    const checked = oneEvent(el, 'change');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    await checked;
    expect(el.value!.name).to.equal('dropped.png');
    expect(el.validity.valid).to.be.true;
    expect(zone.classList.contains('over')).to.be.false;
  });

  it('says at once what is wrong with a dropped file (focus never entered the field)', async () => {
    const el = await drop('logo');
    const transfer = new DataTransfer();
    transfer.items.add(text());
    const zone = el.shadowRoot!.querySelector('[part="drop-zone"]')!;
    const checked = oneEvent(el, 'change');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    await checked;
    await el.updateComplete;
    expect(errorText(el)).to.equal('Choose a file of type PNG.');
    expect(el.matches(':state(user-invalid)')).to.be.true;
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
  });

  it('measures a JPEG by the size its header declares, as the hub does (not turned by EXIF)', async () => {
    // A phone photo stored 400 × 200 with "rotate 90°": the hub reads 400 × 200.
    const el = await drop('logo');
    el.minWidth = 300;
    el.maxSize = 1_000_000;
    el.accept = 'image/jpeg';
    await pick(el, await jpegWithOrientation(400, 200, 6));
    await leave(el);
    expect(el.pixels).to.deep.equal({ width: 400, height: 200 });
    expect(el.validity.valid).to.be.true;
    // Its frame after 100 kB of other metadata: still the header's size.
    await pick(el, await jpegWithOrientation(400, 200, 6, 100_000));
    expect(el.pixels).to.deep.equal({ width: 400, height: 200 });
  });

  it('is not valid while the image is being measured', async () => {
    const el = await drop('logo');
    const input = inner(el);
    const transfer = new DataTransfer();
    transfer.items.add(await png(300, 300));
    input.files = transfer.files;
    const checked = oneEvent(el, 'change');
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(el.validity.valid).to.be.false;
    expect(el.validationMessage).to.equal('Checking the image…');
    await checked;
    expect(el.validity.valid).to.be.true;
  });

  it('stays inside a narrow column: the browser’s own file-button text never widens it', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div style="width: 200px"><ph-file-drop label="Logo"></ph-file-drop></div>`,
    );
    const el = wrapper.querySelector('ph-file-drop')!;
    await el.updateComplete;
    const right = wrapper.getBoundingClientRect().right;
    const zone = el.shadowRoot!.querySelector('[part="drop-zone"]')!;
    expect(zone.getBoundingClientRect().right).to.be.at.most(right + 0.5);
    expect(inner(el).getBoundingClientRect().right).to.be.at.most(right + 0.5);
  });
});
