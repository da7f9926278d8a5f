/**
 * An image's size in pixels as its own header declares it, read from the bytes without decoding
 * them: the hub's side of the logo rules (the widget measures the decoded image in the browser;
 * an adapter or server cannot, and must not trust the widget). PNG and JPEG, the logo types.
 */
export interface PixelSize {
  width: number;
  height: number;
}

/** The pixel limits a logo must keep (absent: no limit). */
export interface PixelRules {
  minWidth?: number;
  minHeight?: number;
  maxWidth?: number;
  maxHeight?: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** JPEG markers that start a frame (SOF0–SOF15 but for DHT, JPG and DAC), which hold the size. */
const isFrameStart = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32 = (b: Uint8Array, at: number) => u16(b, at) * 65_536 + u16(b, at + 2);

function pngPixels(b: Uint8Array): PixelSize | null {
  // Signature, then the first chunk, which must be IHDR: length 13, width, height (big-endian).
  if (b.length < 24 || !PNG_SIGNATURE.every((byte, i) => b[i] === byte)) return null;
  if (String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR') return null;
  return { width: u32(b, 16), height: u32(b, 20) };
}

function jpegPixels(b: Uint8Array): PixelSize | null {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  let at = 2;
  while (at + 3 < b.length) {
    if (b[at] !== 0xff) return null; // not at a marker: not a JPEG we can read
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end, or scan data before any frame
    if (isFrameStart(marker)) {
      if (at + 8 >= b.length) return null;
      return { height: u16(b, at + 5), width: u16(b, at + 7) };
    }
    at += 2 + u16(b, at + 2);
  }
  return null;
}

/**
 * The width and height a PNG or JPEG file declares, or `null` when the bytes are neither or end
 * before saying (a truncated or disguised file). A zero size counts as unreadable.
 */
export function declaredPixels(bytes: Uint8Array): PixelSize | null {
  const size = pngPixels(bytes) ?? jpegPixels(bytes);
  return size && size.width > 0 && size.height > 0 ? size : null;
}

/** The first of `rules` an image breaks: which, its own size there, and the limit. */
export interface PixelBreach {
  rule: keyof PixelRules;
  actual: number;
  limit: number;
}

/**
 * The first rule an image of `size` breaks, or `null` when it keeps them all. Width is checked
 * before height, the minimum before the maximum. One definition for the widget (which words it
 * in the user's language) and the hub (`pixelRefusal`).
 */
export function pixelBreach(size: PixelSize, rules: PixelRules): PixelBreach | null {
  const { width, height } = size;
  const checks: Array<[keyof PixelRules, number, boolean]> = [
    ['minWidth', width, !!rules.minWidth && width < rules.minWidth],
    ['minHeight', height, !!rules.minHeight && height < rules.minHeight],
    ['maxWidth', width, !!rules.maxWidth && width > rules.maxWidth],
    ['maxHeight', height, !!rules.maxHeight && height > rules.maxHeight],
  ];
  const broken = checks.find(([, , breaks]) => breaks);
  return broken ? { rule: broken[0], actual: broken[1], limit: rules[broken[0]]! } : null;
}

/**
 * Why an image of `size` breaks `rules`, in a sentence with the limit (the widget's wording, in
 * English), or `null` when it keeps them.
 */
export function pixelRefusal(size: PixelSize, rules: PixelRules): string | null {
  const breach = pixelBreach(size, rules);
  if (!breach) return null;
  const { actual, limit } = breach;
  switch (breach.rule) {
    case 'minWidth':
      return `The image is ${actual} pixels wide; use one at least ${limit} pixels wide.`;
    case 'minHeight':
      return `The image is ${actual} pixels high; use one at least ${limit} pixels high.`;
    case 'maxWidth':
      return `The image is ${actual} pixels wide; use one at most ${limit} pixels wide.`;
    case 'maxHeight':
      return `The image is ${actual} pixels high; use one at most ${limit} pixels high.`;
  }
}
