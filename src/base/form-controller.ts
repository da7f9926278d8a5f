import { msg } from '../i18n/msg.js';
import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { PhFormControl } from './form-control.js';

/** A problem in the error summary, linked to the field it is about (if any). */
export interface FormProblem {
  /** The `name` of the field, or `null` for a problem of the whole form. */
  field: string | null;
  message: string;
}

/** A refused save as the form needs it: per-field messages and, failing those, one sentence. */
export interface FormFailure {
  fieldErrors: Readonly<Record<string, string>>;
  /** Said in the summary when no field error is given. */
  message: string;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** Where a form lives, when a host has several (one per section that saves on its own). */
export interface FormScope {
  /** The element holding this form's controls and summary (default: the host's render root). */
  root?: () => ParentNode | null | undefined;
  /** Makes the summary's ids unique among the host's forms (default `summary`). */
  id?: string;
}

/**
 * A widget's form over the kit's form controls (`PhFormControl`), after Lion's form groups:
 *
 * - the draft: the values being edited, keyed by the controls' `name`s, kept in step with what
 *   the person types (every control's `input` event) and with `set()`; `dirty` when it differs
 *   from what `start()` began with;
 * - `check(title)` on submit: touches every control, collects what each says is wrong (in its
 *   own words, after its label) and shows the error summary, which takes focus; its links move
 *   focus to the field. The summary is said once, by that focus move (a named group: its heading,
 *   then its list); it is not also an alert, which would say it a second time;
 * - `fail(title, failure)` after the hub refused a save: each field error lands on its field
 *   (shown at once, until the value changes), the rest go to the summary;
 * - warnings never block: only the controls' errors stop `check()`;
 * - nothing typed is lost: a failed save leaves the draft and the fields as they were.
 *
 * The host renders `renderSummary()` at the top of its `<form>` and includes `summaryStyles`.
 * A host with several forms that save on their own gives each controller a `scope`: its
 * controls, its summary and its focus then stay inside that form.
 */
export class FormController<D extends Record<string, unknown>> implements ReactiveController {
  #host: Host;
  #current: D;
  #initial: D;
  /** The values given at construction: the blank form, before any account's values. */
  readonly #blank: D;
  #list: FormProblem[] = [];
  #heading = '';
  #focusSummary = false;
  #scope: FormScope;

  constructor(host: Host, initial: D, scope: FormScope = {}) {
    this.#host = host;
    this.#current = initial;
    this.#initial = initial;
    this.#blank = initial;
    this.#scope = scope;
    host.addController(this);
  }

  /** The values being edited. */
  get draft(): D {
    return this.#current;
  }

  /** The draft differs from what editing started with. */
  get dirty(): boolean {
    return JSON.stringify(this.#current) !== JSON.stringify(this.#initial);
  }

  /** The problems the summary lists now. */
  get problems(): readonly FormProblem[] {
    return this.#list;
  }

  /** Begins editing `values`: the draft, the baseline for `dirty`, no problems. */
  start(values: D): void {
    this.#current = values;
    this.#initial = values;
    this.clear();
    // A fresh start (after a save, an invitation sent): the fields say nothing until used again.
    for (const control of this.#controls()) control.markPristine();
  }

  /**
   * The user switched partner account: the form goes back to the blank values it was made with.
   * Neither what was typed for the old account nor that account's values are carried into the
   * new one: the host starts (`start()`) or fills (`follow()`) it from the new account's data.
   */
  hostScopeChanged(): void {
    this.start(this.#blank);
  }

  /**
   * The hub's values, read again while the form is open (another part of the page changed
   * something, a live event, `refresh()`): the fields the person has not changed show the new
   * values; what they typed stays, and stays `dirty` against the new baseline. Nothing typed is
   * lost to a re-read.
   */
  follow(values: D): void {
    const draft = { ...values };
    for (const key in values) {
      if (JSON.stringify(this.#current[key]) !== JSON.stringify(this.#initial[key])) {
        draft[key] = this.#current[key];
      }
    }
    this.#current = draft;
    this.#initial = values;
    this.#host.requestUpdate();
  }

  /** Changes the draft (the controls bound to it show the new values). */
  set(patch: Partial<D>): void {
    this.#current = { ...this.#current, ...patch };
    this.#host.requestUpdate();
  }

  /** Clears the summary and the errors set on the fields from outside. */
  clear(): void {
    this.#list = [];
    this.#heading = '';
    for (const control of this.#controls()) control.error = '';
    this.#host.requestUpdate();
  }

  /**
   * Touches every field and lists what is wrong; when something is, shows the summary under
   * `title` (focused) and returns `false`.
   */
  check(title: string): boolean {
    const problems: FormProblem[] = [];
    for (const control of this.#controls()) {
      // The summary says what is wrong; the fields show it without saying it again.
      control.quietFeedback = true;
      control.markTouched();
      if (!control.checkValidity()) {
        const message = control.validationMessage;
        problems.push({
          field: control.name,
          message: control.label ? `${control.label}: ${message}` : message,
        });
      }
    }
    // All well: an earlier summary goes (its problems are mended).
    this.#show(problems.length ? title : '', problems);
    return problems.length === 0;
  }

  /** Shows a refused save: field errors on their fields (and in the summary), the rest too. */
  fail(title: string, failure: FormFailure): void {
    const problems: FormProblem[] = [];
    for (const [name, message] of Object.entries(failure.fieldErrors)) {
      const control = this.#controlFor(name);
      if (control) {
        control.quietFeedback = true;
        control.error = message;
      }
      problems.push({ field: control ? control.name : null, message });
    }
    if (problems.length === 0) problems.push({ field: null, message: failure.message });
    this.#show(title, problems);
  }

  /** The control named `name` in the host, if shown. */
  control(name: string): PhFormControl<unknown> | undefined {
    return this.#controls().find((c) => c.name === name);
  }

  /**
   * The field a hub's error names: `threshold`, or a part of it (`threshold.amount`, as the http
   * adapter turns the pointer `/threshold/amount`) lands on the field `threshold`.
   */
  #controlFor(key: string): PhFormControl<unknown> | undefined {
    for (let name = key; name; name = name.slice(0, Math.max(0, name.lastIndexOf('.')))) {
      const control = this.control(name);
      if (control) return control;
    }
    return undefined;
  }

  hostConnected(): void {
    this.#host.addEventListener('input', this.#handleInput);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('input', this.#handleInput);
  }

  hostUpdated(): void {
    if (!this.#focusSummary) return;
    this.#focusSummary = false;
    this.#root()?.querySelector<HTMLElement>('[part="error-summary"]')?.focus();
  }

  /**
   * The summary of problems (nothing when there are none); it takes focus when shown, and that
   * focus move is its one announcement (no `role="alert"` as well).
   */
  renderSummary(): TemplateResult | typeof nothing {
    if (this.#list.length === 0) return nothing;
    const id = `${this.#scope.id ?? 'summary'}-title`;
    return html`<div
      class="summary"
      part="error-summary"
      role="group"
      tabindex="-1"
      aria-labelledby=${id}
    >
      <h3 id=${id}>${this.#heading}</h3>
      <ul>
        ${this.#list.map(({ field, message }) =>
          field
            ? html`<li>
                <a href="#${field}" @click=${(e: Event) => this.#handleLink(e, field)}
                  >${message}</a
                >
              </li>`
            : html`<li>${message}</li>`,
        )}
      </ul>
    </div>`;
  }

  #show(title: string, problems: FormProblem[]): void {
    this.#heading = title;
    this.#list = problems;
    this.#focusSummary = true;
    this.#host.requestUpdate();
  }

  #root(): ParentNode | null | undefined {
    return this.#scope.root ? this.#scope.root() : this.#host.renderRoot;
  }

  #controls(): PhFormControl<unknown>[] {
    return [...(this.#root()?.querySelectorAll('[name]') ?? [])].filter(
      (el): el is PhFormControl<unknown> => el instanceof PhFormControl,
    );
  }

  #handleInput = (event: Event) => {
    const control = event
      .composedPath()
      .find((node): node is PhFormControl<unknown> => node instanceof PhFormControl);
    if (control?.name && control.name in this.#current) {
      this.set({ [control.name]: control.value } as Partial<D>);
    }
  };

  #handleLink(event: Event, field: string): void {
    event.preventDefault();
    this.control(field)?.focus();
  }
}

/**
 * A form's submit button: the primary action, `aria-disabled` and `aria-busy` while `busy`, its
 * label then `busyLabel` ("Saving…" unless given). Not `disabled`: a disabled button lets go of
 * focus, and the person pressing it would be left on the page. A press while busy still submits
 * the form, whose handler ignores it while its mutation is in flight.
 */
export function renderSubmit(busy: boolean, label: string, busyLabel?: string): TemplateResult {
  return html`<button
    type="submit"
    class="primary"
    part="button"
    aria-disabled=${busy ? 'true' : 'false'}
    aria-busy=${busy ? 'true' : 'false'}
  >
    ${busy ? (busyLabel ?? msg('Saving…')) : label}
  </button>`;
}

/** The error summary's look; a host using `FormController` adds it to its styles. */
export const summaryStyles = css`
  .summary {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 4);
    border: 2px solid var(--_danger);
    border-radius: calc(var(--_radius) * 0.75);
  }

  .summary h3 {
    color: var(--_danger);
  }

  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .summary a {
    color: var(--_danger);
    font-weight: 600;
  }
`;
