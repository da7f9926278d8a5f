import { msg } from '../i18n/msg.js';
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { FormFailure } from './form-controller.js';
import { failureTitle } from './refusal.js';
import type { MutationFailure } from './mutation-controller.js';

/**
 * Who may edit a settings form (invoicing details, integration settings, auto-renewal): owners,
 * until the hub refuses a save with `forbidden`; the form then turns read-only and says why, in
 * place of the sentence a member reads. For a form opened by "Modify", `editing` says whether it
 * is open; a refusal closes it. The refusal and the edit belong to the account they came from: a
 * switch of partner account ends the edit (nothing typed for the old account is saved on the
 * new one) and lets the form be edited again.
 */
export class EditRights implements ReactiveController {
  private refused = '';
  #editing = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly isOwner: () => boolean,
  ) {
    host.addController(this);
  }

  /** Nothing to do on connecting: the rights follow the session, read by the host. */
  hostConnected(): void {}

  hostScopeChanged(): void {
    this.refused = '';
    this.#editing = false;
  }

  /** An edit opened by "Modify" is in progress (shown only while `canEdit`). */
  get editing(): boolean {
    return this.#editing && this.canEdit;
  }

  set editing(value: boolean) {
    this.#editing = value;
    this.host.requestUpdate();
  }

  /** The person may change the settings: an owner, and the hub has not refused a save. */
  get canEdit(): boolean {
    return this.isOwner() && !this.refused;
  }

  /** Why the form is read-only, said once above it: the hub's refusal, else `memberReason`. */
  renderReason(memberReason: string): TemplateResult | typeof nothing {
    const reason = this.refused || (this.isOwner() ? '' : memberReason);
    return reason ? html`<p class="readonly-reason">${reason}</p>` : nothing;
  }

  /**
   * A save failed. `forbidden`: the save is let go (nothing to try again) and the form turns
   * read-only. Anything else lands on `form` under `title` (the hub refused it), or a sentence
   * that says the save was not confirmed (no answer: it may have been made, and saving again
   * makes it once), on the fields the hub named, with what was typed kept.
   */
  saveFailed(
    failure: MutationFailure,
    save: { reset(): void },
    form: { fail(title: string, failure: FormFailure): void },
    title: string,
    message: string,
  ): void {
    if (failure.kind === 'forbidden') {
      save.reset();
      this.#editing = false;
      this.refused = msg(
        'The hub did not allow this change for your role. Ask an owner of this partner account.',
      );
      this.host.requestUpdate();
      return;
    }
    form.fail(failureTitle(failure, title), { fieldErrors: failure.fieldErrors, message });
  }
}
