import { expect } from '@open-wc/testing';
import { declaredPixels, logoRefusal, pixelBreach, pixelRefusal } from '../../src/domain/index.js';

/** A real PNG of `w`×`h` pixels, drawn and encoded by the browser. */
async function png(w: number, h: number): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  canvas.getContext('2d')!.fillRect(0, 0, w, h);
  const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/png'));
  return new Uint8Array(await blob.arrayBuffer());
}

/** A real JPEG of `w`×`h` pixels, drawn and encoded by the browser (it writes APP0 and more before the frame). */
async function jpeg(w: number, h: number): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  canvas.getContext('2d')!.fillRect(0, 0, w, h);
  const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/jpeg', 0.8));
  return new Uint8Array(await blob.arrayBuffer());
}

describe('declaredPixels', () => {
  it('reads the size a PNG declares', async () => {
    expect(declaredPixels(await png(300, 120))).to.deep.equal({ width: 300, height: 120 });
  });

  it('reads the size a JPEG declares, past the segments before its frame', async () => {
    expect(declaredPixels(await jpeg(77, 513))).to.deep.equal({ width: 77, height: 513 });
  });

  it('reads sizes past 65,535 in a PNG (four-byte fields)', async () => {
    const bytes = (await png(2, 2)).slice();
    bytes.set([0, 1, 0, 0], 16); // width 65,536
    expect(declaredPixels(bytes)).to.deep.equal({ width: 65_536, height: 2 });
  });

  it('refuses bytes that end before the size, or are no PNG or JPEG', async () => {
    const whole = await png(10, 10);
    expect(declaredPixels(whole.subarray(0, 20))).to.equal(null);
    expect(declaredPixels(whole.subarray(0, 8))).to.equal(null);
    expect(declaredPixels((await jpeg(10, 10)).subarray(0, 30))).to.equal(null);
    expect(
      declaredPixels(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).to.equal(null);
    expect(declaredPixels(new Uint8Array())).to.equal(null);
  });

  it('counts a declared zero size as unreadable', async () => {
    const bytes = (await png(4, 4)).slice();
    bytes.set([0, 0, 0, 0], 20);
    expect(declaredPixels(bytes)).to.equal(null);
  });
});

describe('pixelRefusal', () => {
  const rules = { minWidth: 64, minHeight: 64, maxWidth: 2048, maxHeight: 2048 };

  it('passes an image within the limits, and any image when there are none', () => {
    expect(pixelRefusal({ width: 64, height: 2048 }, rules)).to.equal(null);
    expect(pixelRefusal({ width: 1, height: 99_999 }, {})).to.equal(null);
  });

  it('names the side, the size and the limit', () => {
    expect(pixelRefusal({ width: 20, height: 500 }, rules)).to.equal(
      'The image is 20 pixels wide; use one at least 64 pixels wide.',
    );
    expect(pixelRefusal({ width: 500, height: 63 }, rules)).to.equal(
      'The image is 63 pixels high; use one at least 64 pixels high.',
    );
    expect(pixelRefusal({ width: 4000, height: 500 }, rules)).to.equal(
      'The image is 4000 pixels wide; use one at most 2048 pixels wide.',
    );
    expect(pixelRefusal({ width: 500, height: 2049 }, rules)).to.equal(
      'The image is 2049 pixels high; use one at most 2048 pixels high.',
    );
  });
});

describe('pixelBreach', () => {
  it('names the first rule broken, the size there and the limit, for the widget to word', () => {
    const rules = { minWidth: 64, minHeight: 64, maxWidth: 2048, maxHeight: 2048 };
    expect(pixelBreach({ width: 20, height: 20 }, rules)).to.deep.equal({
      rule: 'minWidth',
      actual: 20,
      limit: 64,
    });
    expect(pixelBreach({ width: 500, height: 4096 }, rules)).to.deep.equal({
      rule: 'maxHeight',
      actual: 4096,
      limit: 2048,
    });
    expect(pixelBreach({ width: 500, height: 500 }, rules)).to.equal(null);
  });
});

describe('logoRefusal', () => {
  const rules = {
    types: ['image/png', 'image/jpeg', 'image/svg+xml'],
    maxBytes: 100_000,
    maxWidth: 1000,
  };
  const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>');

  it('takes a PNG, a JPEG and an SVG that are what they say, within the rules', async () => {
    expect(logoRefusal({ type: 'image/png', bytes: await png(400, 200) }, rules)).to.equal(null);
    expect(logoRefusal({ type: 'image/jpeg', bytes: await jpeg(400, 200) }, rules)).to.equal(null);
    expect(logoRefusal({ type: 'image/svg+xml', bytes: svg }, rules)).to.equal(null);
  });

  it('refuses a file that is not the image its type says, whichever image it is', async () => {
    const refusal = 'The file is not the image it claims to be.';
    const page = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    expect(logoRefusal({ type: 'image/png', bytes: page }, rules)).to.equal(refusal);
    expect(logoRefusal({ type: 'image/svg+xml', bytes: page }, rules)).to.equal(refusal);
    // A real PNG sent as a JPEG, and the other way round.
    expect(logoRefusal({ type: 'image/jpeg', bytes: await png(40, 40) }, rules)).to.equal(refusal);
    expect(logoRefusal({ type: 'image/png', bytes: await jpeg(40, 40) }, rules)).to.equal(refusal);
  });

  it('says which types, how large and how many pixels, in that order', async () => {
    const gif = new TextEncoder().encode('GIF89a');
    expect(logoRefusal({ type: 'image/gif', bytes: gif }, rules)).to.equal(
      'Use a PNG, JPEG or SVG image.',
    );
    expect(
      logoRefusal({ type: 'image/gif', bytes: gif }, { ...rules, types: ['image/png'] }),
    ).to.equal('Use a PNG image.');
    expect(logoRefusal({ type: 'image/png', bytes: new Uint8Array() }, rules)).to.equal(
      'The file is empty.',
    );
    const big = new Uint8Array(1_048_577);
    expect(
      logoRefusal({ type: 'image/png', bytes: big }, { ...rules, maxBytes: 1_048_576 }),
    ).to.equal('The logo must be at most 1 MB.');
    expect(logoRefusal({ type: 'image/png', bytes: await png(1200, 10) }, rules)).to.equal(
      'The image is 1200 pixels wide; use one at most 1000 pixels wide.',
    );
    const cut = (await png(10, 10)).subarray(0, 12);
    expect(logoRefusal({ type: 'image/png', bytes: cut }, rules)).to.equal(
      "The image's size in pixels could not be read.",
    );
  });
});
