import { msg, str } from '../../i18n/msg.js';
import { css, html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { PhFormControl } from '../../base/form-control.js';
import { formatNumber } from '../../base/format-number.js';
import type { Problem } from '../../base/form-control.js';
import { fieldStyles } from '../../base/form-control.styles.js';
import type { PixelSize } from './file-drop.types.js';
import { declaredPixels, pixelBreach } from '../../domain/image.js';

/** Whether `file` matches one `accept` token: `image/png`, `image/*` or `.svg`. */
function accepts(token: string, file: File): boolean {
  const t = token.trim().toLowerCase();
  if (t.startsWith('.')) return file.name.toLowerCase().endsWith(t);
  if (t.endsWith('/*')) return file.type.toLowerCase().startsWith(t.slice(0, -1));
  return file.type.toLowerCase() === t;
}

/**
 * Reads an image's size in pixels, or `null` when the browser cannot decode it. A bitmap
 * decode first (off the main thread, and it does not wait for the page to be shown); SVG,
 * which it does not take, through an image element. A PNG or JPEG counts by the size its
 * header declares, as the hub reads it (`declaredPixels`): a photo whose EXIF says to turn it
 * is decoded turned.
 */
async function measure(file: File): Promise<PixelSize | null> {
  try {
    const bitmap = await createImageBitmap(file);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    // The whole file, as the hub reads it: a frame may follow a phone's large metadata.
    return declaredPixels(new Uint8Array(await file.arrayBuffer())) ?? size;
  } catch {
    if (!file.type.includes('svg')) return null;
  }
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * A file chosen or dropped, as a form control, checked before anything is sent: its type
 * (`accept`), its size (`max-size`, in bytes) and, for images, its size in pixels (`min-width`,
 * `min-height`, `max-width`, `max-height`). An image shows a preview.
 *
 * - A native file input inside (keyboard and screen readers as everywhere), in a zone that also
 *   takes a dropped file.
 * - Form-associated: submits the `File` under `name` (a form posting `multipart/form-data`
 *   sends it), resets with the form, follows a disabled `<fieldset>`. While an image is being
 *   measured the field is not yet valid; `change` fires once the checks are done.
 * - Problems appear after the person chose a file (they did change the field), or on a submit
 *   attempt; a required field passed through shows nothing.
 *
 * @summary Form-associated file picker and drop zone with type, size and pixel checks.
 *
 * @event input - A file was chosen or dropped (before the image is measured).
 * @event change - The file is checked (type, size, pixels): read `validity` or `value`.
 *
 * @csspart label - The visible label.
 * @csspart description - The hint under the label.
 * @csspart drop-zone - The area that takes a dropped file, around the file input.
 * @csspart input - The native file input.
 * @csspart file - The chosen file's name and size.
 * @csspart preview - The preview of a chosen image.
 * @csspart error - The error under the field.
 * @csspart field-warning - A warning under the field (never blocks).
 */
export class PhFileDrop extends PhFormControl<File | null> {
  static override styles = [
    ...PhFormControl.styles,
    fieldStyles,
    css`
      .zone {
        display: grid;
        /* One column no wider than the field: a file input's own label ("Choose file No file
           chosen", as long as the browser writes it) must not widen the zone past its card. */
        grid-template-columns: minmax(0, 1fr);
        gap: calc(var(--_space) * 2);
        justify-items: start;
        padding: calc(var(--_space) * 4);
        border: 2px dashed var(--_control-border);
        border-radius: calc(var(--_radius) * 0.75);
        background: var(--_surface);
      }

      .zone.over {
        border-color: var(--_accent);
        background: var(--_surface-alt);
      }

      .zone.invalid {
        border-color: var(--_danger);
      }

      .zone:focus-within {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }

      input {
        font: inherit;
        max-width: 100%;
      }

      input:focus-visible {
        outline: none;
      }

      .chosen {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: calc(var(--_space) * 3);
      }

      img {
        display: block;
        max-width: min(100%, 12rem);
        max-height: 8rem;
        object-fit: contain;
        border: 1px solid var(--_border);
        border-radius: calc(var(--_radius) * 0.5);
      }

      @media (forced-colors: active) {
        .zone.over {
          border-color: Highlight;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    accept: {},
    maxSize: { type: Number, attribute: 'max-size' },
    minWidth: { type: Number, attribute: 'min-width' },
    minHeight: { type: Number, attribute: 'min-height' },
    maxWidth: { type: Number, attribute: 'max-width' },
    maxHeight: { type: Number, attribute: 'max-height' },
    value: { attribute: false },
    pixels: { state: true },
    measuring: { state: true },
    unreadable: { state: true },
    over: { state: true },
    preview: { state: true },
  };

  /** The file types taken, as on `<input type=file>`: `image/png,image/jpeg,.svg`. */
  accept = '';

  /** The largest file taken, in bytes. */
  maxSize?: number;

  /** The narrowest image taken, in pixels. */
  minWidth?: number;

  /** The shortest image taken, in pixels. */
  minHeight?: number;

  /** The widest image taken, in pixels. */
  maxWidth?: number;

  /** The tallest image taken, in pixels. */
  maxHeight?: number;

  /** The chosen file, or `null`. */
  value: File | null = null;

  /** The chosen image's size in pixels, once measured (`null`: not an image, or unreadable). */
  pixels: PixelSize | null = null;

  private measuring = false;
  private unreadable = false;
  private over = false;
  private preview = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#setPreview('');
  }

  protected formValue(): File | null {
    return this.value;
  }

  protected isEmpty(): boolean {
    return this.value === null;
  }

  protected requiredMessage(): string {
    return msg('Choose a file.');
  }

  protected resetValue(): void {
    this.#choose(null);
    const input = this.validationAnchor as HTMLInputElement | null;
    if (input) input.value = '';
  }

  protected restoreValue(saved: string | File | FormData): void {
    if (saved instanceof File) void this.#take(saved);
  }

  /** Type, size, then pixels: in words, with the limit. */
  protected override checkValue(): Problem | null {
    const file = this.value;
    if (!file) return null;
    const tokens = this.accept.split(',').filter((t) => t.trim());
    if (tokens.length > 0 && !tokens.some((t) => accepts(t, file))) {
      const list = new Intl.ListFormat(this.locale, { type: 'disjunction' }).format(
        tokens.map((t) => t.trim().replace(/^\./, '').replace(/^.*\//, '').toUpperCase()),
      );
      return { flags: { typeMismatch: true }, message: msg(str`Choose a file of type ${list}.`) };
    }
    if (this.maxSize !== undefined && file.size > this.maxSize) {
      return {
        flags: { rangeOverflow: true },
        message: msg(str`Choose a file of at most ${this.#bytes(this.maxSize)}.`),
      };
    }
    if (this.measuring) {
      return { flags: { customError: true }, message: msg('Checking the image…') };
    }
    if (this.unreadable) {
      return { flags: { badInput: true }, message: msg('This image could not be read.') };
    }
    return this.pixels ? this.#checkPixels(this.pixels) : null;
  }

  #checkPixels(size: PixelSize): Problem | null {
    const breach = pixelBreach(size, this);
    if (!breach) return null;
    // Sizes in the reader's digits ("1,200" in en, "1.200" in de).
    const actual = formatNumber(breach.actual, this.locale);
    const limit = formatNumber(breach.limit, this.locale);
    const { rule } = breach;
    const message =
      rule === 'minWidth'
        ? msg(str`The image is ${actual} pixels wide; use one at least ${limit} pixels wide.`)
        : rule === 'minHeight'
          ? msg(str`The image is ${actual} pixels high; use one at least ${limit} pixels high.`)
          : rule === 'maxWidth'
            ? msg(str`The image is ${actual} pixels wide; use one at most ${limit} pixels wide.`)
            : msg(str`The image is ${actual} pixels high; use one at most ${limit} pixels high.`);
    return {
      flags: { [rule.startsWith('min') ? 'rangeUnderflow' : 'rangeOverflow']: true },
      message,
    };
  }

  /** A size in bytes as people read it: "2 MB", "500 kB". */
  #bytes(size: number): string {
    const [value, unit] =
      size >= 1_000_000 ? [size / 1_000_000, 'megabyte'] : [size / 1000, 'kilobyte'];
    return new Intl.NumberFormat(this.locale, {
      style: 'unit',
      unit,
      maximumFractionDigits: 1,
    }).format(value);
  }

  #setPreview(url: string): void {
    if (this.preview) URL.revokeObjectURL(this.preview);
    this.preview = url;
  }

  #choose(file: File | null): void {
    this.value = file;
    this.pixels = null;
    this.unreadable = false;
    this.measuring = false;
    this.#setPreview('');
  }

  /** Takes a file the person chose or dropped: checks it and tells the host. */
  async #take(file: File | null): Promise<void> {
    this.#choose(file);
    const image = file?.type.startsWith('image/') ?? false;
    this.measuring = image && this.checkValue() === null;
    this.userChanged();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (file && this.measuring) {
      const pixels = await measure(file);
      if (this.value !== file) return; // another file was chosen meanwhile
      this.measuring = false;
      this.pixels = pixels;
      this.unreadable = pixels === null;
      if (pixels) this.#setPreview(URL.createObjectURL(file));
      this.userChanged();
    }
    // A choice made (a native change): what is wrong with it shows now, also for a file dropped
    // without focus ever entering the field.
    this.markTouched();
    await this.updateComplete;
    this.dispatchChange();
  }

  #handleInput(event: Event): void {
    event.stopPropagation(); // re-sent from the host by take()
    void this.#take((event.target as HTMLInputElement).files?.[0] ?? null);
  }

  #handleDragOver(event: DragEvent): void {
    if (this.isDisabled) return;
    event.preventDefault();
    this.over = true;
  }

  #handleDrop(event: DragEvent): void {
    this.over = false;
    if (this.isDisabled) return;
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    const input = this.validationAnchor as HTMLInputElement | null;
    if (input && event.dataTransfer) input.files = event.dataTransfer.files;
    void this.#take(file);
  }

  protected override render() {
    const invalid = this.shownError !== '';
    const disabled = this.isDisabled;
    const file = this.value;
    return html`<div class="field">
      ${this.renderLabel()} ${this.renderDescription()}
      <div
        part="drop-zone"
        class="zone ${this.over ? 'over' : ''} ${invalid ? 'invalid' : ''}"
        @dragover=${this.#handleDragOver}
        @dragleave=${() => (this.over = false)}
        @drop=${this.#handleDrop}
      >
        <input
          id=${this.controlId}
          part="input"
          type="file"
          accept=${this.accept || nothing}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${this.describedBy || nothing}
          ?required=${this.required}
          ?disabled=${disabled}
          @input=${this.#handleInput}
          @change=${(e: Event) => e.stopPropagation()}
        />
        <span class="muted">${msg('Or drop a file here.')}</span>
      </div>
      ${
        file
          ? html`<div class="chosen">
              ${
                this.preview
                  ? html`<img
                      part="preview"
                      src=${this.preview}
                      alt=${msg('Preview of the chosen image')}
                    />`
                  : nothing
              }
              <span part="file">${file.name} (${this.#bytes(file.size)})</span>
            </div>`
          : nothing
      }
      ${this.renderFeedback()}
    </div>`;
  }
}
