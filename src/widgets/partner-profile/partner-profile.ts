import { failureTitle } from '../../base/refusal.js';
import { msg } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { Profile, ProfilePatch } from '../../adapter/schemas.js';
import { PhDataElement } from '../../base/data-element.js';
import type { ViewState } from '../../base/element.js';
import { FormController, renderSubmit, summaryStyles } from '../../base/form-controller.js';
import { MutationController } from '../../base/mutation-controller.js';
import { ResourceController } from '../../base/resource-controller.js';
import { actionStyles } from '../../base/layout-styles.js';
import '../../client/results/profile.js';
import { styles } from './partner-profile.styles.js';
import './partner-profile.types.js';

/** The logo types the element takes: no SVG (an SVG can carry script). */
const LOGO_TYPES = ['image/png', 'image/jpeg'];

/**
 * Only image data the browser shows as a picture: a PNG, JPEG or SVG `data:` URL, or an
 * `https:` address. Whatever it is, it is drawn by an `<img>`, where an SVG's script never runs.
 */
function safeLogo(url: string | null): string | null {
  if (!url) return null;
  if (/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(url)) return url;
  return url.startsWith('https://') ? url : null;
}

/**
 * The partner's profile as clients see it during Integrated Onboarding: the brand name and the
 * company logo, with a live preview, and (partner-paid accounts) whether clients may add phone
 * numbers themselves.
 *
 * - The brand name saves on its own; the preview follows what is typed.
 * - The logo: PNG or JPEG, checked for type, size and pixel dimensions before anything is
 *   sent (the hub's `logoRules`), uploaded with a progress bar; a failed upload keeps the old
 *   logo and says why. SVG is refused, and any logo the hub has is drawn only by an `<img>`,
 *   where an SVG's script never runs.
 * - "Allow clients to add phone numbers" is a switch (`role="switch"`), saved at once; a
 *   refusal puts it back and says why. Shown only when the hub has it (partner-paid accounts).
 * - Members see the profile read-only.
 *
 * @summary Brand name, company logo with live onboarding preview, client phone-number switch.
 *
 * @event {ProfileChangeDetail} ph-profile-change - Something was saved; the detail says what.
 *
 * @csspart card - The card around everything.
 * @csspart preview - How clients see the brand during onboarding.
 * @csspart button - Every button.
 * @csspart error-summary - The summary of problems after a refused save.
 * @csspart state - The loading, error, forbidden and unavailable panels.
 * @adapter-reads getSession getProfile
 * @adapter-writes updateProfile uploadLogo
 */
export class PhPartnerProfile extends PhDataElement {
  static override styles = [...PhDataElement.styles, actionStyles, summaryStyles, styles];

  static override properties: PropertyDeclarations = {
    phonesProblem: { state: true },
  };

  readonly #profile = new ResourceController(this, { name: 'profile' });

  readonly #brandForm = new FormController<{ brandName: string }>(
    this,
    { brandName: '' },
    { root: () => this.renderRoot.querySelector('form[data-section="brand"]'), id: 'brand' },
  );

  readonly #logoForm = new FormController<{ logo: File | null }>(
    this,
    { logo: null },
    { root: () => this.renderRoot.querySelector('form[data-section="logo"]'), id: 'logo' },
  );

  readonly #saveBrand = new MutationController<ProfilePatch, Profile>(this, {
    task: (patch, { signal, idempotencyKey }) =>
      this.hubClient!.updateProfile(patch, { signal, idempotencyKey }),
    onComplete: (profile) => {
      this.#brandForm.start({ brandName: profile.brandName });
      this.announce(msg('Brand name saved.'));
      this.emit('ph-profile-change', { change: 'brand-name', profile });
    },
    onError: (failure) =>
      this.#brandForm.fail(failureTitle(failure, msg('The brand name was not saved.')), {
        fieldErrors: failure.fieldErrors,
        message: this.describeError(failure.error),
      }),
  });

  readonly #upload = new MutationController<File, Profile>(this, {
    task: (file, { signal, idempotencyKey }) =>
      this.hubClient!.uploadLogo(file, { signal, idempotencyKey }),
    fingerprint: (file) => `${file.name}:${file.size}:${file.lastModified}`,
    onComplete: (profile) => {
      this.#upload.reset();
      this.#logoForm.start({ logo: null });
      const drop = this.renderRoot.querySelector<HTMLFormElement>('form[data-section="logo"]');
      drop?.reset();
      this.announce(msg('Logo uploaded. Clients see it from now on.'));
      this.emit('ph-profile-change', { change: 'logo', profile });
    },
    onError: (failure) =>
      this.#logoForm.fail(
        failureTitle(failure, msg('The logo was not uploaded. The previous logo stays.')),
        {
          fieldErrors: failure.fieldErrors,
          message: this.describeError(failure.error),
        },
      ),
  });

  readonly #savePhones = new MutationController<boolean, Profile>(this, {
    task: (allow, { signal, idempotencyKey }) =>
      this.hubClient!.updateProfile({ allowClientPhoneNumbers: allow }, { signal, idempotencyKey }),
    onComplete: (profile) => {
      this.#savePhones.reset();
      this.phonesProblem = '';
      this.announce(
        profile.allowClientPhoneNumbers
          ? msg('Clients can now add phone numbers themselves.')
          : msg('Clients can no longer add phone numbers themselves.'),
      );
      this.emit('ph-profile-change', { change: 'client-phone-numbers', profile });
    },
    onError: (failure) => {
      this.#savePhones.reset();
      this.phonesProblem =
        failure.fieldErrors['allowClientPhoneNumbers'] ?? this.describeError(failure.error);
    },
  });

  #startedFrom: Profile | undefined;
  private phonesProblem = '';

  get #view(): ViewState {
    return this.dataViewState([this.#profile]);
  }

  /** Re-reads the profile. */
  async refresh(): Promise<void> {
    await Promise.all([this.session.refresh(), this.#profile.refresh()]);
  }

  protected override willUpdate(): void {
    const value = this.#profile.value;
    if (!value || value === this.#startedFrom) return;
    this.#startedFrom = value;
    this.#brandForm.follow({ brandName: value.brandName });
  }

  #handleBrandSubmit(event: Event): void {
    event.preventDefault();
    if (this.#saveBrand.inFlight || !this.isOwner) return;
    if (!this.#brandForm.check(msg('Check the brand name before saving:'))) return;
    const name = this.#brandForm.draft.brandName.trim();
    this.#brandForm.clear();
    if (name === this.#startedFrom?.brandName) {
      this.announce(msg('Nothing changed, so nothing was saved.'));
      return;
    }
    void this.#saveBrand.run({ brandName: name });
  }

  #handleLogoSubmit(event: Event): void {
    event.preventDefault();
    if (this.#upload.inFlight || !this.isOwner) return;
    if (!this.#logoForm.check(msg('Check the logo before uploading:'))) return;
    const file = this.#logoForm.draft.logo;
    if (!file) return;
    this.#logoForm.clear();
    void this.#upload.run(file);
  }

  #handlePhones(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.phonesProblem = '';
    void this.#savePhones.run(input.checked);
  }

  #renderPreview(profile: Profile): TemplateResult {
    const logo = safeLogo(profile.logoUrl);
    const name = this.#brandForm.draft.brandName.trim() || profile.brandName;
    return html`<figure class="section" aria-labelledby="preview-title">
      <h3 id="preview-title">${msg('How clients see you during onboarding')}</h3>
      <div class="preview" part="preview">
        ${
          logo
            ? html`<img src=${logo} alt=${msg('Your company logo')} data-logo />`
            : html`<span class="muted" data-state="empty">${msg('No logo yet.')}</span>`
        }
        <span class="brand">${name}</span>
      </div>
    </figure>`;
  }

  #renderPhones(profile: Profile): TemplateResult | typeof nothing {
    if (profile.allowClientPhoneNumbers === undefined) return nothing;
    const busy = this.#savePhones.inFlight;
    const checked = busy ? !!this.#savePhones.payload : profile.allowClientPhoneNumbers;
    return html`<div class="section">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          name="allowClientPhoneNumbers"
          .checked=${checked}
          aria-checked=${checked ? 'true' : 'false'}
          aria-describedby="phones-hint"
          aria-disabled=${busy ? 'true' : nothing}
          ?disabled=${!this.isOwner}
          @click=${(event: Event) => {
            // While the change is on its way the switch keeps focus, and a press changes nothing.
            if (this.#savePhones.inFlight) event.preventDefault();
          }}
          @change=${this.#handlePhones}
        />
        <span>${msg('Allow clients to add phone numbers')}</span>
      </label>
      <p id="phones-hint" class="muted">
        ${msg('Clients can then add more numbers themselves during onboarding.')}
      </p>
      ${
        this.phonesProblem
          ? html`<p class="bad" role="alert">
              ${msg('The setting was not changed.')} ${this.phonesProblem}
            </p>`
          : nothing
      }
    </div>`;
  }

  #renderForms(profile: Profile): TemplateResult {
    const rules = profile.logoRules;
    const types = rules.types.filter((t) => LOGO_TYPES.includes(t));
    const savingBrand = this.#saveBrand.inFlight;
    const uploading = this.#upload.inFlight;
    return html`<form
        data-section="brand"
        class="section"
        novalidate
        @submit=${this.#handleBrandSubmit}
      >
        ${this.#brandForm.renderSummary()}
        <ph-text-field
          name="brandName"
          label=${msg('Brand name')}
          autocomplete="organization"
          maxlength="80"
          required
          value=${profile.brandName}
          .value=${this.#brandForm.draft.brandName}
          ?disabled=${savingBrand}
        ></ph-text-field>
        <div class="actions">${renderSubmit(savingBrand, msg('Save brand name'))}</div>
      </form>
      <form data-section="logo" class="section" novalidate @submit=${this.#handleLogoSubmit}>
        ${this.#logoForm.renderSummary()}
        <ph-file-drop
          name="logo"
          label=${msg('Company logo')}
          description=${msg('A PNG or JPEG image, square works best.')}
          accept=${(types.length > 0 ? types : LOGO_TYPES).join(',')}
          max-size=${rules.maxBytes}
          min-width=${rules.minWidth ?? nothing}
          min-height=${rules.minHeight ?? nothing}
          max-width=${rules.maxWidth ?? nothing}
          max-height=${rules.maxHeight ?? nothing}
          required
          ?disabled=${uploading}
        ></ph-file-drop>
        ${uploading ? html`<progress aria-label=${msg('Uploading the logo')}></progress>` : nothing}
        <div class="actions">${renderSubmit(uploading, msg('Upload logo'), msg('Uploading…'))}</div>
      </form>`;
  }

  #renderReady(profile: Profile): TemplateResult {
    return html`${this.#renderPreview(profile)}
    ${
      this.isOwner
        ? this.#renderForms(profile)
        : html`<p class="muted">
            ${msg('Only owners of this partner account can change the profile.')}
          </p>`
    }
    ${this.#renderPhones(profile)}`;
  }

  protected override render() {
    const view = this.#view;
    const profile = this.#profile.value;
    const body =
      view.kind !== 'ready' || !profile
        ? this.renderState(view, {
            error: msg('Couldn’t load the profile.'),
            forbidden: msg('You don’t have access to the profile.'),
            unavailable: msg('This hub does not offer a profile.'),
          })
        : this.#renderReady(profile);
    return html`<article class="card" part="card" aria-labelledby="title">
      <h2 id="title">${msg('Profile')}</h2>
      ${body}
    </article>`;
  }
}
