import { msg } from '../../i18n/msg.js';
import { html, isServer } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { PhElement } from '../../base/element.js';
import { styles } from './dialog.styles.js';
import type {
  DialogCloseDetail,
  DialogCloseRequestDetail,
  DialogCloseSource,
} from './dialog.types.js';
import { deepActiveElement, tabbablesIn } from './focus.js';
import { isTopDismissible, openDismissibles, pushDismissible, removeDismissible } from './stack.js';
import type { Dismissible } from './stack.js';

/**
 * A modal dialog on the native `<dialog>`: the page behind is inert, Tab stays inside, focus
 * returns to the element that opened it, and Escape closes only the dialog on top when one
 * opens another. Every way of closing (Escape, the close button, an action button, `close
 * request` from code) first fires a cancelable `ph-dialog-close-request`, and while `busy` is
 * set (a payment in flight) requests are refused.
 *
 * Moved in the page while open (taken out and put back in the same task), it stays open and
 * modal; taken off the page and not back by the end of that task, it closes as by Escape
 * (`ph-dialog-close` with '', `ask()` answers '', focus back to the opener).
 *
 * A confirmation is a few lines: buttons in the `footer` slot with `data-dialog-close="value"`
 * close the dialog with that return value, and `ask()` resolves with it.
 *
 * ```html
 * <ph-dialog label="Remove Lena Berg?">
 *   <p>She loses access to this partner account at once.</p>
 *   <button slot="footer" data-dialog-close="">Keep</button>
 *   <button slot="footer" data-dialog-close="remove" class="primary">Remove</button>
 * </ph-dialog>
 * ```
 * `if ((await dialog.ask()) === 'remove') …`
 *
 * @summary A modal dialog with focus return, a cancelable close request and an Escape stack.
 *
 * @slot - The dialog's body.
 * @slot label - The heading, when it needs more than the `label` text.
 * @slot footer - Actions, end-aligned; a `data-dialog-close` attribute makes one close the dialog.
 *
 * @event {DialogCloseRequestDetail} ph-dialog-close-request - The dialog is about to close.
 *   Cancelable: `preventDefault()` keeps it open. Bubbles, not composed.
 * @event {DialogCloseDetail} ph-dialog-close - The dialog closed. Bubbles, not composed.
 *
 * @csspart dialog - The native `<dialog>` (style its backdrop with `::part(dialog)::backdrop`).
 * @csspart header - The heading row.
 * @csspart title - The heading.
 * @csspart close-button - The × button in the header.
 * @csspart body - The body around the default slot.
 * @csspart footer - The actions row.
 *
 * @cssproperty [--ph-dialog-width=32rem] - The dialog's width on wide screens.
 */
export class PhDialog extends PhElement {
  static override styles = [...PhElement.styles, styles];

  static override properties: PropertyDeclarations = {
    label: {},
    open: { type: Boolean, reflect: true },
    busy: { type: Boolean, reflect: true },
    hasFooter: { state: true },
  };

  /** The heading, also the dialog's accessible name. */
  label = '';

  /** Whether the dialog is open. Setting it opens or closes it without a close request. */
  open = false;

  /** While set, every close request is refused: the request event still fires, to say why. */
  busy = false;

  /** The value the dialog last closed with (an action's `data-dialog-close`, else ''). */
  returnValue = '';

  private hasFooter = false;

  #opener: HTMLElement | null = null;
  /** Where the opener was (its root), to find its stand-in should it be drawn anew. */
  #openerRoot: (ParentNode & Node) | null = null;
  /**
   * Watches the content while the dialog is open, so focus is never lost (`#keepFocusIn`); made
   * on the first opening (a server has no MutationObserver).
   */
  #contentWatch: MutationObserver | undefined;
  /** Focus is on the × only because the content had nothing to focus yet. */
  #awaiting = false;
  #answer: ((value: string) => void) | undefined;
  /** The root whose live region this dialog holds while open (see `#holdLiveRegion`). */
  #regionHome: ParentNode | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#handleAction);
    // Put back while open (moved in the page): the browser took it out of the top layer, so it
    // is modal again, on top, with the same opener to return focus to.
    if (this.hasUpdated && this.open) {
      if (this.#dialog.open) this.#showModal();
      else this.#openNow();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#handleAction);
    removeDismissible(this);
    // A move puts it back in the same task; still off the page after that, it is closed as by
    // Escape (whatever `busy` says: nobody can see it), so `ask()` answers '' and focus goes
    // back to the opener rather than waiting for a dialog that is gone.
    if (this.open) {
      setTimeout(() => {
        if (!this.isConnected) this.close();
      });
    }
  }

  protected override willUpdate(): void {
    // Known before the first render (the footer's slotchange keeps it after), so that render
    // draws the footer at once rather than scheduling a second update.
    if (!this.hasUpdated && !isServer) {
      this.hasFooter = this.querySelector(':scope > [slot="footer"]') !== null;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#keepFocusIn(); // a footer action shows once the footer row does
    if (!changed.has('open')) return;
    if (this.open && !this.#dialog.open && this.isConnected) this.#openNow();
    else if (!this.open && this.#dialog.open) this.#closeNow();
  }

  /** The native `<dialog>` (rendered on the first update). */
  get #dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  // ── handlers ───────────────────────────────────────────────────────────────────────────

  #handleKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
      // Handled here rather than left to the native cancel, which Chromium skips for a page
      // without focus (an embedding frame, a background tab).
      if (!isTopDismissible(this)) return;
      event.preventDefault();
      this.requestClose('escape');
    } else if (event.key === 'Tab') {
      this.#trapTab(event);
    }
  }

  #handleCancel(event: Event): void {
    event.preventDefault();
    if (isTopDismissible(this)) this.requestClose('escape');
  }

  #handleNativeClose(): void {
    // A close event queued before the dialog opened again is not about this opening.
    if (this.open && !this.#dialog.open) this.#finishClose();
  }

  readonly #handleAction = (event: Event): void => {
    for (const target of event.composedPath()) {
      if (target === this) return;
      if (target instanceof HTMLElement && target.hasAttribute('data-dialog-close')) {
        if ((target as HTMLButtonElement).disabled) return;
        this.requestClose('action', target.getAttribute('data-dialog-close') ?? '');
        return;
      }
    }
  };

  #handleFooterSlotChange(event: Event): void {
    this.hasFooter = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }

  // ── public methods ─────────────────────────────────────────────────────────────────────

  /** Opens the dialog and moves focus in (to `[autofocus]`, else the first field or button). */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
  }

  /** Opens the dialog and resolves with the value it closes with ('' for Escape or ×). */
  ask(): Promise<string> {
    const answered = new Promise<string>((resolve) => (this.#answer = resolve));
    void this.show();
    return answered;
  }

  /**
   * Asks to close: fires the cancelable `ph-dialog-close-request` and closes unless a listener
   * cancelled it or the dialog is `busy`. Returns whether it closed.
   */
  requestClose(source: DialogCloseSource = 'api', returnValue = ''): boolean {
    if (!this.open) return true;
    const detail: DialogCloseRequestDetail = { source, returnValue };
    const request = new CustomEvent('ph-dialog-close-request', {
      detail,
      bubbles: true,
      cancelable: true,
    });
    const allowed = this.dispatchEvent(request) && !this.busy;
    if (allowed) this.close(returnValue);
    return allowed;
  }

  /** Closes at once, without a request, and returns focus to the opener. */
  close(returnValue = ''): void {
    if (!this.open) return;
    this.returnValue = returnValue;
    this.#closeNow();
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────

  #openNow(): void {
    this.#opener = deepActiveElement();
    this.#openerRoot = (this.#opener?.getRootNode() as (ParentNode & Node) | undefined) ?? null;
    this.returnValue = '';
    this.#showModal();
  }

  /** Shows the native dialog as the modal on top (again, when it was moved in the page). */
  #showModal(): void {
    const dialog = this.#dialog;
    // Taken off the page, the native dialog stays open, but no longer modal: open it anew (its
    // queued close event finds it open again and is ignored).
    if (dialog.open) dialog.close();
    dialog.showModal();
    pushDismissible(this);
    this.#holdLiveRegion();
    this.#keepFocusIn(true);
    this.#contentWatch ??= new MutationObserver(() => this.#keepFocusIn());
    this.#contentWatch.observe(this, { childList: true, subtree: true, attributes: true });
  }

  /**
   * Focus moves in as the dialog opens (to `[autofocus]`, else the first field or button of the
   * content, else, still loading, to the ×, from where it moves into the content once that has
   * something to focus) and stays in as the content changes: when the element that had focus is
   * drawn away (a loading panel's button replaced by the form), the same again. Focus the person
   * moved stays where it is.
   */
  #keepFocusIn(opening = false): void {
    if (!this.#dialog.open) return;
    const active = deepActiveElement();
    const close = this.renderRoot.querySelector<HTMLElement>('.close')!;
    if (opening || !active || active === document.body || (this.#awaiting && active === close)) {
      const first =
        this.querySelector<HTMLElement>('[autofocus]') ??
        ['.body', '.footer'].flatMap((part) =>
          tabbablesIn(this.renderRoot.querySelector(part)!),
        )[0];
      this.#awaiting = !first;
      (first ?? close).focus();
    } else {
      this.#awaiting = false;
    }
  }

  #closeNow(): void {
    if (this.#dialog.open) this.#dialog.close();
    this.#finishClose();
  }

  /**
   * While the dialog is modal the rest of the page is inert, and a live region there is not read
   * out: the live region of the element this dialog is drawn in (`announce()`) comes inside it
   * (into the body slot, still visually hidden) until it closes.
   */
  #holdLiveRegion(): void {
    const root = this.#root;
    if (this.#regionHome === root) return; // moved within the same root: it has it still
    this.#releaseLiveRegion(); // moved to another root: the first one gets its own back
    const region = root.querySelector('[data-announcer]');
    if (region) this.append(region);
    this.#regionHome = root;
  }

  /**
   * Hands the live region to the newest dialog still open in the same shadow root (this one is
   * off the stack by now), else back to its place.
   */
  #releaseLiveRegion(): void {
    const root = this.#regionHome;
    this.#regionHome = undefined;
    const region = this.querySelector(':scope > [data-announcer]');
    if (!region || !root) return;
    const below = openDismissibles.findLast(
      (d): d is Dismissible & Element => d instanceof Element && d.getRootNode() === root,
    );
    if (below) below.append(region);
    else root.prepend(region);
  }

  /**
   * Where the dialog is drawn: the shadow root of a kit element (whose live region it holds),
   * else the document, which holds no kit region.
   */
  get #root(): ParentNode {
    return this.getRootNode() as ParentNode;
  }

  #finishClose(): void {
    this.#contentWatch?.disconnect();
    removeDismissible(this);
    this.open = false;
    this.#releaseLiveRegion();
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
    else if (opener?.dataset['action'] && this.#openerRoot?.isConnected) {
      // The opener was drawn anew meanwhile (a first top-up turns "no balance yet" into the
      // balance, with its own Add button): focus the control doing the same where it was.
      this.#openerRoot
        .querySelector<HTMLElement>(`[data-action="${CSS.escape(opener.dataset['action'])}"]`)
        ?.focus();
    }
    this.#openerRoot = null;
    const detail: DialogCloseDetail = { returnValue: this.returnValue };
    this.dispatchEvent(new CustomEvent('ph-dialog-close', { detail, bubbles: true }));
    const answer = this.#answer;
    this.#answer = undefined;
    answer?.(this.returnValue);
  }

  /**
   * Keeps Tab and Shift+Tab inside (the page behind is inert; the browser's own UI is not). The
   * key event reached the `<dialog>`, so focus is inside it: its path says whether on the last
   * stop (Tab) or the first (Shift+Tab), hosts of shadow roots included.
   */
  #trapTab(event: KeyboardEvent): void {
    const items = tabbablesIn(this.#dialog);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.composedPath().includes(event.shiftKey ? first : last)) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  }

  protected override render() {
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-busy=${this.busy ? 'true' : 'false'}
      @keydown=${this.#handleKeydown}
      @cancel=${this.#handleCancel}
      @close=${this.#handleNativeClose}
    >
      <header class="header" part="header">
        <h2 id="title" part="title"><slot name="label">${this.label}</slot></h2>
        <button
          type="button"
          class="close"
          part="close-button"
          aria-label=${msg('Close')}
          @click=${() => this.requestClose('close-button')}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </header>
      <div class="body" part="body"><slot></slot></div>
      <div class="footer" part="footer" ?hidden=${!this.hasFooter}>
        <slot name="footer" @slotchange=${this.#handleFooterSlotChange}></slot>
      </div>
    </dialog>`;
  }
}
