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

/** Whether `bytes` start the way a file of `type` does (PNG, JPEG, WebP, SVG; any other: no). */
export function looksLike(type: string, bytes: Uint8Array): boolean {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  switch (type) {
    case 'image/png':
      return starts(...PNG_SIGNATURE);
    case 'image/jpeg':
      return starts(0xff, 0xd8, 0xff);
    case 'image/webp':
      return (
        starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP'
      );
    case 'image/svg+xml':
      return /<svg[\s>]/i.test(new TextDecoder().decode(bytes.subarray(0, 4096)));
    default:
      return false;
  }
}

/** What a hub takes as a logo: its types, its largest size in bytes, its pixel limits. */
export interface LogoRules extends PixelRules {
  types: readonly string[];
  maxBytes: number;
}

/** "1 MB", "500 KB": a byte limit as people read it (binary units). */
function sizeLabel(bytes: number): string {
  return bytes % 1_048_576 === 0 ? `${bytes / 1_048_576} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** "PNG or JPEG", "PNG, JPEG or SVG": the types a logo may have, as people read them. */
function typeLabel(types: readonly string[]): string {
  const names = types.map((t) => (t === 'image/svg+xml' ? 'SVG' : t.replace(/^image\//, '')));
  const upper = names.map((n) => n.toUpperCase());
  return upper.length > 1 ? `${upper.slice(0, -1).join(', ')} or ${upper.at(-1)}` : upper.join('');
}

/**
 * Why a hub refuses a logo, as one English sentence for its `logo` field, or `null` when it
 * takes it: a declared type among `rules.types`, not empty, within `rules.maxBytes`, bytes that
 * are the image they claim to be (a page sent as `image/png` is not), and for PNG and JPEG the
 * pixel size their own header declares within the rules. One definition for every backend (the
 * memory hub, the 360dialog backend): none may trust the widget's checks.
 */
export function logoRefusal(
  file: { type: string; bytes: Uint8Array },
  rules: LogoRules,
): string | null {
  const { type, bytes } = file;
  if (!rules.types.includes(type)) return `Use a ${typeLabel(rules.types)} image.`;
  if (bytes.length === 0) return 'The file is empty.';
  if (bytes.length > rules.maxBytes)
    return `The logo must be at most ${sizeLabel(rules.maxBytes)}.`;
  if (!looksLike(type, bytes)) return 'The file is not the image it claims to be.';
  if (type !== 'image/png' && type !== 'image/jpeg') return null;
  // The widget measured the decoded image; a hub reads what the file declares itself.
  const pixels = declaredPixels(bytes);
  return pixels ? pixelRefusal(pixels, rules) : "The image's size in pixels could not be read.";
}
