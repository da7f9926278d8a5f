import { msg, str } from '../../i18n/msg.js';
import { adoptStyles, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type {
  IntegrationSettings,
  IntegrationSettingsPatch,
  WebhookTestResult,
} from '../../adapter/schemas.js';
import { PhDataElement } from '../../base/data-element.js';
import type { ViewState } from '../../base/element.js';
import { FormController, renderSubmit, summaryStyles } from '../../base/form-controller.js';
import { MutationController } from '../../base/mutation-controller.js';
import { ResourceController } from '../../base/resource-controller.js';
import type { ApiKeysController } from './api-keys.js';
import { actionStyles } from '../../base/layout-styles.js';
import { EditRights } from '../../base/edit-rights.js';
import '../../client/results/integration-settings.js';
import { addSolutionIdFormat, addUrlFormats } from '../text-field/formats.js';
import { styles } from './integration-settings.styles.js';
import type { IntegrationSection } from './integration-settings.types.js';
import './integration-settings.types.js';

// Its fields check a Solution ID and two addresses.
addUrlFormats();
addSolutionIdFormat();

type Field = 'solutionId' | 'webhookUrl' | 'redirectUrl' | 'dataRegion';
type Draft = Record<string, string>;

const SECTIONS: readonly IntegrationSection[] = ['solution', 'webhook', 'redirect', 'region'];

const FIELD: Readonly<Record<IntegrationSection, Field>> = {
  solution: 'solutionId',
  webhook: 'webhookUrl',
  redirect: 'redirectUrl',
  region: 'dataRegion',
};

interface Section {
  form: FormController<Draft>;
  save: MutationController<IntegrationSettingsPatch, IntegrationSettings>;
  /** The value the form was started from (what the hub has). */
  from: string;
}

/** Each section's sentences, whole (never a field name dropped into a shared sentence). */
function words(section: IntegrationSection) {
  return {
    solution: {
      label: msg('Solution ID'),
      hint: msg('14 to 18 digits, from Meta. It enables Account Sharing and Embedded Signup.'),
      save: msg('Save Solution ID'),
      saved: msg('Solution ID saved.'),
    },
    webhook: {
      label: msg('Partner webhook URL'),
      hint: msg('Where the hub sends account events. It must start with https://.'),
      save: msg('Save webhook URL'),
      saved: msg('Webhook URL saved.'),
    },
    redirect: {
      label: msg('Redirect URL'),
      hint: msg('Where clients go after they finish Integrated Onboarding.'),
      save: msg('Save redirect URL'),
      saved: msg('Redirect URL saved.'),
    },
    region: {
      label: msg('Data storage region'),
      hint: msg('Where the Cloud API stores the messages of your numbers.'),
      save: msg('Save data storage region'),
      saved: msg('Data storage region saved.'),
    },
  }[section];
}

/** A term and its value, in a `<dl>` (the read-only settings, a test event's report). */
const term = (label: string, value: unknown): TemplateResult =>
  html`<div class="term">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;

/**
 * The partner's integration settings: Partner ID, Solution ID, webhook and redirect URLs, and
 * the data storage region for Cloud API numbers.
 *
 * - The Partner ID is read-only, with a copy button (the copy is announced).
 * - Each setting is its own small form that saves on its own (one idempotency key per logical
 *   save, reused on a retry): the Solution ID (digits, 14–18 of them), the webhook URL (https
 *   only), the redirect URL (https), the region (one of those the hub offers). A refused save
 *   keeps what was typed and says why; the hub's field errors land on their field. Saving one
 *   section never touches what is being typed in another.
 * - "Send test event" (where the adapter offers `sendTestWebhook`) sends an event to the saved
 *   webhook URL and shows the status code, the time it took and the first line of the answer.
 * - API keys, for owners where the adapter offers them (`listApiKeys`, `createApiKey`,
 *   `revokeApiKey`): the list (name, prefix, created, last used); creating one shows its
 *   secret once, in a dialog with a copy button — after the dialog closes the secret is in
 *   neither the DOM nor any event; revoking asks for a confirmation first.
 * - Members see the settings read-only with the reason, and no API keys.
 *
 * @summary Integration settings: Partner ID, Solution ID, webhook, redirect URL, data region.
 *
 * @event {IntegrationSettingsChangeDetail} ph-integration-settings-change - A section was saved;
 *   the detail names it and holds the settings as the hub saved them.
 * @event {WebhookTestDetail} ph-webhook-test - A test event was sent; the detail is the hub's report.
 * @event {ApiKeyChangeDetail} ph-api-key-change - An API key was created or revoked (the
 *   detail never holds a secret).
 *
 * @csspart card - The card around everything.
 * @csspart section - Each setting's block.
 * @csspart partner-id - The Partner ID.
 * @csspart button - Every button.
 * @csspart webhook-result - The report of the last test event.
 * @csspart error-summary - The summary of problems after a refused save.
 * @csspart state - The loading, error, forbidden and unavailable panels, and the "Nothing is
 *   set up yet" note above the settings while no Solution ID, webhook or redirect URL is set.
 * @adapter-reads getSession getIntegrationSettings listApiKeys
 * @adapter-writes updateIntegrationSettings sendTestWebhook createApiKey revokeApiKey
 * @adapter-optional sendTestWebhook listApiKeys createApiKey revokeApiKey
 */
export class PhIntegrationSettings extends PhDataElement {
  static override styles = [...PhDataElement.styles, actionStyles, summaryStyles, styles];

  readonly #settings = new ResourceController(this, { name: 'integrationSettings' });

  readonly #sections = Object.fromEntries(SECTIONS.map((s) => [s, this.#makeSection(s)])) as Record<
    IntegrationSection,
    Section
  >;

  readonly #test = new MutationController<null, WebhookTestResult>(this, {
    task: (_none, { signal, idempotencyKey }) =>
      this.hubClient!.sendTestWebhook({ signal, idempotencyKey }),
    onComplete: (result) => {
      this.announce(this.#describeTest(result));
      this.emit('ph-webhook-test', result);
    },
  });

  /**
   * The API-key section, loaded on demand (its code and the dialog it uses) the first time an
   * owner's adapter offers API keys.
   */
  #apiKeys: ApiKeysController | undefined;
  #apiKeysLoading = false;
  /** Its code could not be loaded (a network failure, a redeploy): said, with a page reload. */
  #apiKeysFailed = false;

  /** How the API-key section's code is loaded: on demand, from its own chunk. */
  static loadApiKeys = () => import('./api-keys.js');

  /** The settings the forms were last started from. */
  #startedFrom: IntegrationSettings | undefined;
  readonly #rights = new EditRights(this, () => this.isOwner);

  #makeSection(section: IntegrationSection): Section {
    const field = FIELD[section];
    const parts: Section = {
      from: '',
      form: new FormController<Draft>(
        this,
        { [field]: '' },
        {
          root: () => this.renderRoot.querySelector(`form[data-section="${section}"]`),
          id: section,
        },
      ),
      save: new MutationController<IntegrationSettingsPatch, IntegrationSettings>(this, {
        task: (patch, { signal, idempotencyKey }) =>
          this.hubClient!.updateIntegrationSettings(patch, { signal, idempotencyKey }),
        onComplete: (saved) => {
          parts.from = saved[field] ?? '';
          parts.form.start({ [field]: parts.from });
          // A test of the old address says nothing about the new one.
          if (section === 'webhook') this.#test.reset();
          this.announce(words(section).saved);
          this.emit('ph-integration-settings-change', { section, settings: saved });
        },
        onError: (failure) =>
          this.#rights.saveFailed(
            failure,
            parts.save,
            parts.form,
            msg('This setting was not saved.'),
            this.describeError(failure.error),
          ),
      }),
    };
    return parts;
  }

  get #view(): ViewState {
    return this.dataViewState([this.#settings]);
  }

  get #canEdit(): boolean {
    return this.#rights.canEdit;
  }

  /** Re-reads the settings (sections with unsaved changes keep them). */
  async refresh(): Promise<void> {
    await Promise.all([this.session.refresh(), this.#settings.refresh()]);
  }

  protected override willUpdate(): void {
    this.#loadApiKeys();
    const value = this.#settings.value;
    if (!value || value === this.#startedFrom) return;
    this.#startedFrom = value;
    // A new answer shows in each section the person has not changed; what they typed stays.
    for (const section of SECTIONS) {
      const parts = this.#sections[section];
      const field = FIELD[section];
      parts.from = value[field] ?? '';
      parts.form.follow({ [field]: parts.from });
    }
  }

  #loadApiKeys(): void {
    if (this.#apiKeys || this.#apiKeysLoading || this.#apiKeysFailed) return;
    if (!this.isOwner || !this.hubClient?.can('listApiKeys')) return;
    this.#apiKeysLoading = true;
    PhIntegrationSettings.loadApiKeys().then(({ ApiKeysController, apiKeysStyles }) => {
      const root = this.shadowRoot;
      if (root) adoptStyles(root, [...PhIntegrationSettings.elementStyles, ...apiKeysStyles]);
      this.#apiKeys = new ApiKeysController(this, {
        isOwner: () => this.#canEdit,
        announce: (text) => this.announce(text),
        describeError: (error) => this.describeError(error),
        changed: (detail) => this.emit('ph-api-key-change', detail),
        focus: (selector) => void this.focusAfterUpdate(selector),
      });
      this.requestUpdate();
    }, this.#apiKeysNotLoaded);
  }

  readonly #apiKeysNotLoaded = (error: unknown): void => {
    console.error(
      '[partner-hub-elements] <ph-integration-settings>: the API-key section’s code could not be loaded.',
      error,
    );
    this.#apiKeysLoading = false;
    this.#apiKeysFailed = true;
    this.requestUpdate();
  };

  /** Reloads the page: the one way to load again code that failed to load (a test replaces it). */
  static reloadPage = () => location.reload();

  #renderApiKeysPending(): TemplateResult | typeof nothing {
    if (this.#apiKeysFailed) {
      // No "Try again": the browser keeps the module that failed, and only a new page asks again.
      return html`<div class="section" data-api-keys-failed>
        <div role="alert">
          <p>${msg('Couldn’t load the API keys.')}</p>
          <p class="muted">${msg('Reloading the page loads them again.')}</p>
        </div>
        <button type="button" part="button" @click=${() => PhIntegrationSettings.reloadPage()}>
          ${msg('Reload the page')}
        </button>
      </div>`;
    }
    // While its code loads, the API keys say so (and the card is not yet settled).
    return this.#apiKeysLoading
      ? html`<p class="muted" aria-busy="true">${msg('Loading…')}</p>`
      : nothing;
  }

  async #handleCopy(partnerId: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(partnerId);
      this.announce(msg(str`Partner ID ${partnerId} copied.`));
    } catch {
      this.announce(msg(str`Couldn’t copy. Your Partner ID is ${partnerId}.`));
    }
  }

  #handleSubmit(event: Event, section: IntegrationSection): void {
    event.preventDefault();
    const { form, save, from } = this.#sections[section];
    if (save.inFlight || !this.#canEdit) return;
    if (!form.check(msg('Check this field before saving:'))) return;
    const field = FIELD[section];
    const value = String(form.draft[field] ?? '').trim();
    form.clear();
    if (value === from) {
      this.announce(msg('Nothing changed, so nothing was saved.'));
      return;
    }
    const patch: IntegrationSettingsPatch =
      field === 'dataRegion' ? { dataRegion: value } : { [field]: value || null };
    void save.run(patch);
  }

  #handleTest(): void {
    if (this.#test.inFlight) return;
    this.#test.reset(); // every press is a new test event
    void this.#test.run(null);
  }

  #describeTest(result: WebhookTestResult): string {
    if (!result.delivered) {
      return result.message
        ? msg(str`The test event was not delivered: ${result.message}`)
        : msg('The test event was not delivered.');
    }
    return result.status !== undefined
      ? msg(str`The test event was delivered. The webhook answered with status ${result.status}.`)
      : msg('The test event was delivered.');
  }

  #renderTestResult(): TemplateResult | typeof nothing {
    return (
      this.#test.render({
        pending: () => html`<p class="muted" part="webhook-result">${msg('Sending…')}</p>`,
        complete: (r) => {
          const ms =
            r.durationMs === undefined
              ? undefined
              : new Intl.NumberFormat(this.locale, {
                  style: 'unit',
                  unit: 'millisecond',
                  unitDisplay: 'short',
                }).format(r.durationMs);
          return html`<div part="webhook-result" class="result" data-delivered=${r.delivered}>
            <p class=${r.delivered ? 'ok' : 'bad'}>${this.#describeTest(r)}</p>
            <dl>
              ${r.status !== undefined ? term(msg('Status code'), r.status) : nothing}
              ${ms ? term(msg('Time'), ms) : nothing}
              ${
                r.firstLine !== undefined
                  ? term(msg('First line of the answer'), html`<code>${r.firstLine}</code>`)
                  : nothing
              }
            </dl>
          </div>`;
        },
        error: (f) =>
          html`<p class="bad" part="webhook-result" role="alert">
            ${msg('The test event could not be sent.')} ${this.describeError(f.error)}
          </p>`,
      }) ?? nothing
    );
  }

  #renderControl(section: IntegrationSection, settings: IntegrationSettings) {
    const { form, save, from } = this.#sections[section];
    const field = FIELD[section];
    const w = words(section);
    if (section === 'region') {
      return html`<ph-select
        name="dataRegion"
        label=${w.label}
        description=${w.hint}
        .options=${settings.availableRegions.map((r) => ({ value: r.id, label: r.label }))}
        value=${from}
        .value=${form.draft[field] ?? ''}
        required
        ?disabled=${save.inFlight}
      ></ph-select>`;
    }
    const format =
      section === 'solution' ? 'solution-id' : section === 'webhook' ? 'https-url' : 'redirect-url';
    return html`<ph-text-field
      name=${field}
      label=${w.label}
      description=${w.hint}
      type=${section === 'solution' ? 'text' : 'url'}
      format=${format}
      autocomplete="off"
      maxlength=${section === 'solution' ? 18 : 2048}
      value=${from}
      .value=${form.draft[field] ?? ''}
      ?disabled=${save.inFlight}
    ></ph-text-field>`;
  }

  #renderSection(section: IntegrationSection, settings: IntegrationSettings) {
    const { form, save } = this.#sections[section];
    const w = words(section);
    const saving = save.inFlight;
    const testable =
      section === 'webhook' && !!settings.webhookUrl && !!this.hubClient?.can('sendTestWebhook');
    return html`<form
      part="section"
      class="section"
      data-section=${section}
      novalidate
      @submit=${(e: Event) => this.#handleSubmit(e, section)}
    >
      ${form.renderSummary()} ${this.#renderControl(section, settings)}
      <div class="actions">
        ${renderSubmit(saving, w.save)}
        ${
          testable
            ? html`<button
                type="button"
                part="button"
                aria-disabled=${this.#test.inFlight ? 'true' : 'false'}
                @click=${this.#handleTest}
              >
                ${msg('Send test event')}
              </button>`
            : nothing
        }
      </div>
      ${testable ? this.#renderTestResult() : nothing}
    </form>`;
  }

  #renderReadOnly(settings: IntegrationSettings): TemplateResult {
    const region = settings.availableRegions.find((r) => r.id === settings.dataRegion);
    const row = (section: IntegrationSection, value: string | null) =>
      term(words(section).label, value || msg('Not set'));
    return html`<dl class="readonly" data-mode="view">
      ${row('solution', settings.solutionId)} ${row('webhook', settings.webhookUrl)}
      ${row('redirect', settings.redirectUrl)}
      ${row('region', region?.label ?? settings.dataRegion)}
    </dl>`;
  }

  #renderReady(settings: IntegrationSettings): TemplateResult {
    const unset = !settings.solutionId && !settings.webhookUrl && !settings.redirectUrl;
    return html`${
        unset
          ? html`<div class="state" data-state="empty" part="state">
              <p class="muted">
                ${msg(
                  'Nothing is set up yet. Add your Solution ID and webhook URL to start receiving events.',
                )}
              </p>
            </div>`
          : nothing
      }
      <section class="section" part="section" aria-labelledby="partner-id-title">
        <h3 id="partner-id-title">${msg('Partner ID')}</h3>
        <div class="copy-row">
          <code part="partner-id" class="partner-id">${settings.partnerId}</code>
          <button type="button" part="button" @click=${() => this.#handleCopy(settings.partnerId)}>
            ${msg('Copy Partner ID')}
          </button>
        </div>
      </section>
      ${this.#rights.renderReason(msg('Only owners of this partner account can change these settings.'))}
      ${
        this.#canEdit
          ? SECTIONS.map((s) => this.#renderSection(s, settings))
          : this.#renderReadOnly(settings)
      }
      ${this.#apiKeys?.render() ?? this.#renderApiKeysPending()}`;
  }

  protected override render() {
    const view = this.#view;
    const settings = this.#settings.value;
    const body =
      view.kind !== 'ready' || !settings
        ? this.renderState(view, {
            error: msg('Couldn’t load the integration settings.'),
            forbidden: msg('You don’t have access to the integration settings.'),
            unavailable: msg('This hub does not offer integration settings.'),
          })
        : this.#renderReady(settings);
    return html`<article class="card" part="card" aria-labelledby="title">
      <h2 id="title">${msg('Integration settings')}</h2>
      ${body}
    </article>`;
  }
}
