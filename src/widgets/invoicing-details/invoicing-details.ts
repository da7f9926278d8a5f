import { msg, str } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type {
  InvoicingDetails,
  InvoicingDetailsPatch,
  InvoicingField,
  InvoicingValues,
} from '../../adapter/schemas.js';
import { PhDataElement } from '../../base/data-element.js';
import type { ViewState } from '../../base/element.js';
import type { Validator } from '../../base/form-control.js';
import { FormController, renderSubmit, summaryStyles } from '../../base/form-controller.js';
import { MutationController } from '../../base/mutation-controller.js';
import { ResourceController } from '../../base/resource-controller.js';
import { vatCheckDigitMessage } from '../../base/validators.js';
import { supportPath } from '../../base/support-path.js';
import { checkVatId } from '../../domain/ids.js';
import { countryName, countryOptions, vatExample } from './countries.js';
import { actionStyles, supportStyles } from '../../base/layout-styles.js';
import { EditRights } from '../../base/edit-rights.js';
import '../../client/results/invoicing-details.js';
import { styles } from './invoicing-details.styles.js';
import './invoicing-details.types.js';

type Draft = InvoicingValues & Record<string, unknown>;

/** The fields in the order they are shown. */
const FIELDS: readonly InvoicingField[] = [
  'legalName',
  'billingEmail',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'vatId',
];

/** Fields that may be left empty. */
const OPTIONAL: ReadonlySet<InvoicingField> = new Set(['addressLine2', 'vatId']);

/**
 * The partner's invoicing details: legal name, billing e-mail, address, country and VAT ID.
 *
 * - Which fields can be changed here is the hub's answer (`editable`); an owner edits those in
 *   a form (`<ph-text-field>`, the country as a `<ph-select>` named in the element's language
 *   by `Intl.DisplayNames`). The others show read-only with a "Contact support to change"
 *   path: a link to the hub's support page when the adapter gives one, else a button firing
 *   the cancelable `ph-support-request` for the host to handle (when no host cancels it, the
 *   element says to contact support).
 * - The VAT ID is checked against the chosen country's format, and the message gives that
 *   format ("like DE136695976"), or says the check digit does not match (a typo). How VAT
 *   applies (home-country VAT, EU reverse charge, none outside the EU) shows as information
 *   when the hub says.
 * - Save sends only the changed editable fields, once per logical save (one idempotency key,
 *   reused on a retry). A failure keeps everything typed; the hub's field errors land on their
 *   fields, the rest in the summary. Success announces "Invoicing details saved" and fires
 *   `ph-invoicing-details-change`.
 * - Members are told that only owners can see them (the hub refuses them the details). A
 *   client-paid account has invoicing details too: its plan and licence fees are invoiced to
 *   the partner.
 *
 * @summary Invoicing details: editable fields per the hub, support path for the rest.
 *
 * @event {InvoicingDetailsChangeDetail} ph-invoicing-details-change - The details were saved;
 *   the detail is the details as the hub saved them.
 * @event {SupportRequestDetail} ph-support-request - The person asked to change a read-only
 *   field and the adapter gives no support URL. Cancelable: cancel it when the host opens its
 *   own support path.
 *
 * @csspart card - The card around everything.
 * @csspart readonly - Each read-only field.
 * @csspart support - The "Contact support to change" link or button.
 * @csspart vat-treatment - How VAT applies to the invoices.
 * @csspart button - Every button.
 * @csspart error-summary - The summary of problems after a refused save.
 * @csspart state - The loading, error, forbidden and unavailable panels.
 * @adapter-reads getSession getInvoicingDetails
 * @adapter-writes updateInvoicingDetails
 */
export class PhInvoicingDetails extends PhDataElement {
  static override styles = [
    ...PhDataElement.styles,
    actionStyles,
    summaryStyles,
    supportStyles,
    styles,
  ];

  static override properties: PropertyDeclarations = {
    supportAsked: { state: true },
  };

  /** Everything it reads is for owners only. */
  protected override get ownerOnly(): boolean {
    return true;
  }

  readonly #details = new ResourceController(this, {
    name: 'invoicingDetails',
    enabled: () => this.isOwner,
  });

  readonly #form = new FormController<Draft>(this, emptyDraft());

  readonly #save = new MutationController<InvoicingDetailsPatch, InvoicingDetails>(this, {
    task: (patch, { signal, idempotencyKey }) =>
      this.hubClient!.updateInvoicingDetails(patch, { signal, idempotencyKey }),
    onComplete: (saved) => {
      this.#form.start({ ...saved.values });
      this.#startedFrom = saved;
      this.announce(msg('Invoicing details saved'));
      this.emit('ph-invoicing-details-change', saved);
    },
    onError: (failure) =>
      this.#rights.saveFailed(
        failure,
        this.#save,
        this.#form,
        msg('The invoicing details were not saved.'),
        this.describeError(failure.error),
      ),
  });

  readonly #rights = new EditRights(this, () => this.isOwner);

  /** The details the form was started from (to send only what changed). */
  #startedFrom: InvoicingDetails | undefined;
  /** The field whose support request no host handled: the element says what to do. */
  private supportAsked: InvoicingField | undefined;

  #vatFor = '';
  #vatValidators: ReadonlyArray<Validator<string>> = [];

  get #view(): ViewState {
    return this.dataViewState([this.#details]);
  }

  get #canEdit(): boolean {
    return this.#rights.canEdit;
  }

  /** Re-reads the details (fields being edited keep what is typed). */
  async refresh(): Promise<void> {
    await Promise.all([this.session.refresh(), this.#details.refresh()]);
  }

  protected override willUpdate(): void {
    const value = this.#details.value;
    // A new answer from the hub (first read, a re-read, a refresh) shows in every field the
    // person has not changed; what they typed stays.
    if (value && value !== this.#startedFrom) {
      this.#startedFrom = value;
      this.#form.follow({ ...value.values });
    }
  }

  #label(field: InvoicingField): string {
    switch (field) {
      case 'legalName':
        return msg('Legal name');
      case 'billingEmail':
        return msg('Billing e-mail');
      case 'addressLine1':
        return msg('Address');
      case 'addressLine2':
        return msg('Address line 2');
      case 'postalCode':
        return msg('Postal code');
      case 'city':
        return msg('City');
      case 'country':
        return msg('Country');
      case 'vatId':
        return msg('VAT ID');
    }
  }

  #supportLabel(field: InvoicingField): string {
    switch (field) {
      case 'legalName':
        return msg('Contact support to change the legal name');
      case 'billingEmail':
        return msg('Contact support to change the billing e-mail');
      case 'addressLine1':
      case 'addressLine2':
      case 'postalCode':
      case 'city':
        return msg('Contact support to change the address');
      case 'country':
        return msg('Contact support to change the country');
      case 'vatId':
        return msg('Contact support to change the VAT ID');
    }
  }

  /**
   * The VAT-ID check for the chosen country, with its format in the message. The country's
   * name stands alone in parentheses, so no language has to inflect it or give it an article.
   */
  #vatValidatorsFor(country: string): ReadonlyArray<Validator<string>> {
    if (this.#vatFor === country && this.#vatValidators.length > 0) return this.#vatValidators;
    const name = countryName(country, this.locale);
    const example = vatExample(country);
    this.#vatFor = country;
    this.#vatValidators = [
      {
        flag: 'patternMismatch',
        check: (value) => {
          const error = checkVatId(value, country || undefined);
          if (!error) return null;
          if (error === 'check_digit') return vatCheckDigitMessage();
          if (error === 'country_mismatch') {
            return example
              ? msg(
                  str`This VAT ID does not match the country of the invoicing address (${name}). A VAT ID from this country looks like this: ${example}.`,
                )
              : msg(
                  str`This VAT ID does not match the country of the invoicing address (${name}). A VAT ID from this country starts with ${country}.`,
                );
          }
          return example
            ? msg(
                str`Enter the VAT ID in the format of the invoicing address’s country (${name}), like ${example}.`,
              )
            : msg(
                str`Enter the VAT ID with the prefix ${country} followed by 2 to 13 letters or digits.`,
              );
        },
      },
    ];
    return this.#vatValidators;
  }

  #handleSupport(event: Event, field: InvoicingField): void {
    event.preventDefault();
    const handled = !this.emit('ph-support-request', { field }, { cancelable: true });
    this.supportAsked = handled ? undefined : field;
  }

  #handleSubmit(event: Event): void {
    event.preventDefault();
    const details = this.#startedFrom;
    if (this.#save.inFlight || !details || !this.hubClient || !this.#canEdit) return;
    if (!this.#form.check(msg('Check these fields before saving:'))) return;
    const draft = this.#form.draft;
    const patch: InvoicingDetailsPatch = {};
    for (const field of details.editable) {
      const value = String(draft[field] ?? '').trim();
      if (value !== details.values[field]) patch[field] = value;
    }
    this.#form.clear();
    if (Object.keys(patch).length === 0) {
      this.announce(msg('Nothing changed, so nothing was saved.'));
      return;
    }
    void this.#save.run(patch);
  }

  #renderReadOnly(
    field: InvoicingField,
    details: InvoicingDetails,
    withSupport: boolean,
  ): TemplateResult {
    const raw = details.values[field];
    const value = field === 'country' && raw ? countryName(raw, this.locale) : raw;
    const path =
      this.#canEdit && withSupport
        ? supportPath({
            url: details.supportUrl,
            label: this.#supportLabel(field),
            onRequest: (e) => this.#handleSupport(e, field),
          })
        : nothing;
    return html`<div class="readonly" part="readonly" data-field=${field}>
      <dt>${this.#label(field)}</dt>
      <dd>
        <span class="value">${value || msg('Not given')}</span>
        ${path}
      </dd>
    </div>`;
  }

  #renderControl(field: InvoicingField, saving: boolean): TemplateResult {
    const draft = this.#form.draft;
    const required = !OPTIONAL.has(field);
    if (field === 'country') {
      return html`<ph-select
        name="country"
        data-field="country"
        label=${this.#label(field)}
        .options=${countryOptions(this.locale)}
        value=${this.#startedFrom?.values.country ?? ''}
        .value=${draft.country}
        ?required=${required}
        ?disabled=${saving}
      ></ph-select>`;
    }
    const example = field === 'vatId' ? vatExample(draft.country) : undefined;
    return html`<ph-text-field
      name=${field}
      data-field=${field}
      label=${this.#label(field)}
      type=${field === 'billingEmail' ? 'email' : 'text'}
      autocomplete=${autocompleteOf(field)}
      description=${example ? msg(str`For example ${example}.`) : nothing}
      value=${this.#startedFrom?.values[field] ?? ''}
      .value=${String(draft[field] ?? '')}
      .validators=${field === 'vatId' ? this.#vatValidatorsFor(draft.country) : []}
      ?required=${required}
      ?disabled=${saving}
    ></ph-text-field>`;
  }

  #renderTreatment(details: InvoicingDetails): TemplateResult | typeof nothing {
    const words = {
      domestic: msg('VAT of the hub’s country is charged on your invoices.'),
      reverse_charge: msg(
        'EU reverse charge: your invoices carry no VAT, and you account for it with your VAT ID.',
      ),
      outside_eu: msg('Your invoices carry no VAT, because your address is outside the EU.'),
    };
    if (!details.vatTreatment) return nothing;
    return html`<p class="info" part="vat-treatment">${words[details.vatTreatment]}</p>`;
  }

  #renderReady(details: InvoicingDetails): TemplateResult {
    const saving = this.#save.inFlight;
    const canEdit = this.#canEdit;
    const editable = (field: InvoicingField) => canEdit && details.editable.includes(field);
    const readOnly = FIELDS.filter((f) => !editable(f));
    const editing = FIELDS.filter(editable);
    return html`${this.#rights.renderReason(
      msg('Only owners of this partner account can change the invoicing details.'),
    )}
    ${
      readOnly.length > 0
        ? html`<dl class="fields" data-mode="view">
            ${readOnly.map((f, i) =>
              // One support path per thing to change: the address's after its last line shown.
              this.#renderReadOnly(
                f,
                details,
                this.#supportLabel(f) !== this.#supportLabel(readOnly[i + 1] ?? f) ||
                  i === readOnly.length - 1,
              ),
            )}
          </dl>`
        : nothing
    }
    ${
      this.supportAsked
        ? html`<p class="note" role="status">
            ${msg('To change this, contact the hub’s support team.')}
          </p>`
        : nothing
    }
    ${
      editing.length > 0
        ? html`<form data-mode="edit" novalidate @submit=${this.#handleSubmit}>
            ${this.#form.renderSummary()}
            <div class="controls">${editing.map((f) => this.#renderControl(f, saving))}</div>
            <div class="actions">${renderSubmit(saving, msg('Save invoicing details'))}</div>
          </form>`
        : nothing
    }
    ${this.#renderTreatment(details)}`;
  }

  protected override render() {
    const view = this.#view;
    const details = this.#details.value;
    const body =
      view.kind !== 'ready' || !details
        ? this.renderState(view, {
            error: msg('Couldn’t load the invoicing details.'),
            forbidden: msg('Only owners of this partner account can see its invoicing details.'),
            unavailable: msg('This hub does not offer invoicing details here.'),
          })
        : this.#renderReady(details);
    return html`<article class="card" part="card" aria-labelledby="title">
      <h2 id="title">${msg('Invoicing details')}</h2>
      ${body}
    </article>`;
  }
}

function emptyDraft(): Draft {
  return {
    legalName: '',
    billingEmail: '',
    addressLine1: '',
    addressLine2: '',
    postalCode: '',
    city: '',
    country: '',
    vatId: '',
  };
}

function autocompleteOf(field: InvoicingField): string {
  switch (field) {
    case 'legalName':
      return 'organization';
    case 'billingEmail':
      return 'email';
    case 'addressLine1':
      return 'address-line1';
    case 'addressLine2':
      return 'address-line2';
    case 'postalCode':
      return 'postal-code';
    case 'city':
      return 'address-level2';
    default:
      return 'off';
  }
}
