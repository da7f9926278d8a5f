import { failureTitle } from '../../base/refusal.js';
import { msg, str } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { AdapterError } from '../../adapter/errors.js';
import type { ApiKey, ApiKeyInput, CreatedApiKey } from '../../adapter/schemas.js';
import type { PartnerHubClient } from '../../client/client.js';
import { FormController, renderSubmit } from '../../base/form-controller.js';
import { MutationController } from '../../base/mutation-controller.js';
import type { MutationFailure } from '../../base/mutation-controller.js';
import { ResourceController } from '../../base/resource-controller.js';
import { tableStyles } from '../../base/table-styles.js';
import { dialogButtons } from '../../base/dialog-buttons.js';
import '../../client/results/api-keys.js';
import { apiKeyStyles } from './api-keys.styles.js';
import '../dialog/define.js';
import type { PhDialog } from '../dialog/dialog.js';
import type { ApiKeyChangeDetail } from './integration-settings.types.js';
import { dateFormat } from '../../base/format-date.js';

/** The section's styles, which the element adopts when it loads the section. */
export const apiKeysStyles = [tableStyles, apiKeyStyles];

/** What the API-key section needs of the element it lives in. */
export interface ApiKeysHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hubClient: PartnerHubClient | undefined;
  readonly locale: string;
}

export interface ApiKeysBridge {
  isOwner: () => boolean;
  announce: (text: string) => void;
  describeError: (error: AdapterError) => string;
  changed: (detail: ApiKeyChangeDetail) => void;
  /** Focuses what `selector` matches after the host's next render. */
  focus: (selector: string) => void;
}

/**
 * The partner's API keys, a section of `<ph-integration-settings>` (owners only, where the
 * adapter offers them): the list (name, prefix, created, last used), creating one (its secret
 * shown once in a dialog with a copy button, then gone: it is dropped from the DOM when the
 * dialog closes and never put in an event), revoking one after a confirmation.
 */
export class ApiKeysController implements ReactiveController {
  readonly #keys: ResourceController<'apiKeys'>;
  readonly #form: FormController<{ apiKeyName: string }>;
  readonly #create: MutationController<ApiKeyInput, CreatedApiKey>;
  readonly #revoke: MutationController<string, ApiKey[]>;
  /** The secret of the key just created, while its dialog is open; '' otherwise. */
  #secret = '';
  #created: ApiKey | undefined;
  /** The key whose revocation is being confirmed. */
  #revoking: ApiKey | undefined;
  #revokeFailure = '';

  readonly #host: ApiKeysHost;
  readonly #bridge: ApiKeysBridge;

  /** The user switched partner account: nothing said or shown of the old account's keys stays. */
  hostScopeChanged(): void {
    this.#secret = '';
    this.#created = undefined;
    this.#revoking = undefined;
    this.#revokeFailure = '';
  }

  constructor(host: ApiKeysHost, bridge: ApiKeysBridge) {
    this.#host = host;
    this.#bridge = bridge;
    host.addController(this);
    this.#keys = new ResourceController(host, {
      name: 'apiKeys',
      enabled: () => this.#offered,
    });
    this.#form = new FormController(
      host,
      { apiKeyName: '' },
      {
        root: () => host.renderRoot.querySelector('form[data-section="api-keys"]'),
        id: 'api-keys',
      },
    );
    this.#create = new MutationController(host, {
      task: (input, { signal, idempotencyKey }) =>
        host.hubClient!.createApiKey(input, { signal, idempotencyKey }),
      onComplete: (result) => void this.#handleCreated(result),
      onError: (failure) => this.#handleCreateError(failure),
    });
    this.#revoke = new MutationController(host, {
      task: (id, { signal, idempotencyKey }) =>
        host.hubClient!.revokeApiKey(id, { signal, idempotencyKey }),
      onComplete: () => {
        const key = this.#revoking!;
        this.#revoking = undefined;
        this.#revoke.reset();
        this.#bridge.announce(msg(str`The API key ${key.name} was revoked.`));
        this.#bridge.changed({ change: 'revoked', key });
        // Its row, and the Revoke button focus came back to, are gone: the section takes focus.
        this.#bridge.focus('#api-keys-title');
      },
      onError: (failure) => {
        this.#revokeFailure = this.#bridge.describeError(failure.error);
        this.#revoke.reset();
        this.#host.requestUpdate();
      },
    });
  }

  hostConnected(): void {}

  /** The section shows for owners, where the adapter has API keys. */
  get #offered(): boolean {
    return this.#bridge.isOwner() && !!this.#host.hubClient?.can('listApiKeys');
  }

  #dialog(id: string): PhDialog | null {
    return this.#host.renderRoot.querySelector<PhDialog>(`ph-dialog#${id}`);
  }

  async #handleCreated(result: CreatedApiKey): Promise<void> {
    this.#create.reset(); // the next key is a new logical change
    this.#form.start({ apiKeyName: '' });
    this.#created = result.key;
    this.#secret = result.secret ?? '';
    this.#bridge.changed({ change: 'created', key: result.key });
    if (!result.secret) {
      this.#bridge.announce(
        msg(
          'The key was created, but its secret can no longer be shown. Revoke it and create another.',
        ),
      );
      return;
    }
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.#dialog('secret-dialog');
    if (!dialog) return;
    await dialog.ask();
    // Gone for good: out of this controller and, after the render, out of the DOM.
    this.#secret = '';
    this.#created = undefined;
    this.#host.requestUpdate();
    // The dialog was opened by the hub's answer, not by a button it could return focus to.
    this.#bridge.focus('#api-keys-title');
  }

  #handleCreateError(failure: MutationFailure): void {
    this.#form.fail(failureTitle(failure, msg('The API key was not created.')), {
      fieldErrors: Object.fromEntries(
        Object.entries(failure.fieldErrors).map(([k, v]) => [k === 'name' ? 'apiKeyName' : k, v]),
      ),
      message: this.#bridge.describeError(failure.error),
    });
  }

  #handleSubmit(event: Event): void {
    event.preventDefault();
    if (this.#create.inFlight) return;
    if (!this.#form.check(msg('Check the name of the new key:'))) return;
    this.#form.clear();
    void this.#create.run({ name: this.#form.draft.apiKeyName.trim() });
  }

  async #handleCopy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.#secret);
      this.#bridge.announce(msg('The API key was copied.'));
    } catch {
      this.#bridge.announce(msg('Couldn’t copy. Select the key and copy it yourself.'));
    }
  }

  async #handleRevoke(key: ApiKey): Promise<void> {
    if (this.#revoke.inFlight) return;
    this.#revoking = key;
    this.#revokeFailure = '';
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const answer = await this.#dialog('revoke-dialog')?.ask();
    if (answer === 'revoke') void this.#revoke.run(key.id);
    else this.#revoking = undefined;
    this.#host.requestUpdate();
  }

  #date(iso: string, withTime = false): string {
    return dateFormat(this.#host.locale, {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
    }).format(new Date(iso));
  }

  #renderList(keys: readonly ApiKey[]): TemplateResult {
    if (keys.length === 0) {
      return html`<p class="muted" data-state="empty">${msg('No API keys yet.')}</p>`;
    }
    return html`<div class="scroll" role="region" tabindex="0" aria-label=${msg('API keys table')}>
      <table>
        <caption class="visually-hidden">
          ${msg('Your API keys')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Name')}</th>
            <th scope="col">${msg('Starts with')}</th>
            <th scope="col">${msg('Created')}</th>
            <th scope="col">${msg('Last used')}</th>
            <th scope="col"><span class="visually-hidden">${msg('Actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${keys.map(
            (k) =>
              html`<tr data-key=${k.id}>
                <th scope="row">${k.name}</th>
                <td><code>${k.prefix}…</code></td>
                <td>${this.#date(k.createdAt)}</td>
                <td>${k.lastUsedAt ? this.#date(k.lastUsedAt, true) : msg('Never')}</td>
                <td>
                  <button
                    type="button"
                    part="button"
                    class="danger"
                    aria-disabled=${this.#revoke.inFlight ? 'true' : 'false'}
                    @click=${() => this.#handleRevoke(k)}
                  >
                    ${msg(str`Revoke ${k.name}`)}
                  </button>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderDialogs(): TemplateResult {
    const created = this.#created;
    const revoking = this.#revoking;
    return html`${
      this.#secret && created
        ? html`<ph-dialog id="secret-dialog" label=${msg(str`Your new API key ${created.name}`)}>
            <p>
              ${msg('Copy the key now and keep it somewhere safe: it will not be shown again.')}
            </p>
            <p><code class="secret" data-secret>${this.#secret}</code></p>
            <button type="button" part="button" @click=${() => this.#handleCopy()}>
              ${msg('Copy API key')}
            </button>
            <button slot="footer" class="primary" data-dialog-close="done">
              ${msg('I have copied the key')}
            </button>
          </ph-dialog>`
        : nothing
    }
    ${
      revoking
        ? html`<ph-dialog
            id="revoke-dialog"
            label=${msg(str`Revoke the API key ${revoking.name}?`)}
          >
            <p>
              ${msg('Anything that uses this key stops working at once. This cannot be undone.')}
            </p>
            ${dialogButtons(
              { label: msg('Keep the key'), close: '' },
              { label: msg('Revoke the key'), close: 'revoke' },
            )}
          </ph-dialog>`
        : nothing
    }`;
  }

  /** The section (nothing for members or where the adapter has no API keys). */
  render(): TemplateResult | typeof nothing {
    if (!this.#offered) return nothing;
    const state = this.#keys.state;
    const keys = this.#keys.value;
    const creating = this.#create.inFlight;
    const body = keys
      ? this.#renderList(keys)
      : state.status === 'error'
        ? html`<div role="alert" data-state="error">
            <p>${msg('Couldn’t load the API keys.')}</p>
            <p class="muted">${state.error ? this.#bridge.describeError(state.error) : ''}</p>
            <button type="button" part="button" @click=${() => void this.#keys.refresh()}>
              ${msg('Try again')}
            </button>
          </div>`
        : html`<p class="muted" aria-busy="true">${msg('Loading…')}</p>`;
    return html`<section class="section" part="section" aria-labelledby="api-keys-title">
      <h3 id="api-keys-title" tabindex="-1">${msg('API keys')}</h3>
      <p class="muted">
        ${msg('Your backend signs its calls to the Partner API with these keys. Each is shown once, when you create it.')}
      </p>
      ${
        this.#revokeFailure
          ? html`<p class="bad" role="alert">
              ${msg('The key was not revoked.')} ${this.#revokeFailure}
            </p>`
          : nothing
      }
      ${body}
      <form data-section="api-keys" novalidate @submit=${(e: Event) => this.#handleSubmit(e)}>
        ${this.#form.renderSummary()}
        <ph-text-field
          name="apiKeyName"
          label=${msg('Name of the new key')}
          description=${msg('For example the system that will use it, like “Billing backend”.')}
          autocomplete="off"
          maxlength="80"
          required
          .value=${this.#form.draft.apiKeyName}
          ?disabled=${creating}
        ></ph-text-field>
        <div class="actions">
          ${renderSubmit(creating, msg('Create API key'), msg('Creating…'))}
        </div>
      </form>
      ${this.#renderDialogs()}
    </section>`;
  }
}
