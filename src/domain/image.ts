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

/**
 * Why an image of `size` breaks `rules`, in a sentence with the limit (the widget's wording), or
 * `null` when it keeps them. Width is checked before height, the minimum before the maximum.
 */
export function pixelRefusal(size: PixelSize, rules: PixelRules): string | null {
  const { width, height } = size;
  if (rules.minWidth && width < rules.minWidth) {
    return `The image is ${width} pixels wide; use one at least ${rules.minWidth} pixels wide.`;
  }
  if (rules.minHeight && height < rules.minHeight) {
    return `The image is ${height} pixels high; use one at least ${rules.minHeight} pixels high.`;
  }
  if (rules.maxWidth && width > rules.maxWidth) {
    return `The image is ${width} pixels wide; use one at most ${rules.maxWidth} pixels wide.`;
  }
  if (rules.maxHeight && height > rules.maxHeight) {
    return `The image is ${height} pixels high; use one at most ${rules.maxHeight} pixels high.`;
  }
  return null;
}
