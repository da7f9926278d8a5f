import { expect, fixtureSync, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FormController } from '../../src/base/form-controller.js';
import '../../src/widgets/text-field/define.js';
import '../../src/widgets/select/define.js';
import type { PhTextField } from '../../src/widgets/text-field/text-field.js';
import { listenLikeAScreenReader } from '../support/announcements.js';
import { typeInto } from '../support/form-control-suite.js';

interface Draft extends Record<string, unknown> {
  email: string;
  region: string;
}

/** A small form: an e-mail (required) and a region, the way a widget composes them. */
class TestForm extends LitElement {
  form = new FormController<Draft>(this, { email: '', region: '' });
  saved: Draft[] = [];

  override render() {
    const { email, region } = this.form.draft;
    return html`<form novalidate @submit=${this.handleSubmit}>
      ${this.form.renderSummary()}
      <ph-text-field
        name="email"
        type="email"
        label="E-mail"
        required
        .value=${email}
      ></ph-text-field>
      <ph-select
        name="region"
        label="Region"
        .options=${[{ value: 'eu', label: 'EU' }]}
        .value=${region}
        .validators=${[{ kind: 'warning' as const, check: () => 'Moving regions takes a day.' }]}
      ></ph-select>
      <button>Save</button>
    </form>`;
  }

  private handleSubmit(event: Event) {
    event.preventDefault();
    if (this.form.check('Check these fields:')) this.saved.push(this.form.draft);
  }
}
customElements.define('test-form-controller-host', TestForm);

async function mountForm() {
  const el = fixtureSync<TestForm>(html`<test-form-controller-host></test-form-controller-host>`);
  await el.updateComplete;
  el.form.start({ email: 'a@example.com', region: '' });
  await el.updateComplete;
  return el;
}

const field = (el: TestForm) => el.shadowRoot!.querySelector<PhTextField>('ph-text-field')!;
const input = (el: TestForm) => field(el).shadowRoot!.querySelector('input')!;
const summary = (el: TestForm) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part="error-summary"]');
const submit = async (el: TestForm) => {
  el.shadowRoot!.querySelector('button')!.click();
  await el.updateComplete;
};

function activeDeep(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('FormController', () => {
  it('keeps the draft in step with what is typed, and knows when it is dirty', async () => {
    const el = await mountForm();
    expect(el.form.dirty).to.be.false;
    await typeInto(input(el), 'b@example.com');
    expect(el.form.draft).to.deep.equal({ email: 'b@example.com', region: '' });
    expect(el.form.dirty).to.be.true;
  });

  it('follows the hub’s values read again: untouched fields take them, what is typed stays', async () => {
    const el = await mountForm();
    await typeInto(input(el), 'typed@example.com');
    el.form.follow({ email: 'hub@example.com', region: 'eu' });
    await el.updateComplete;
    expect(el.form.draft).to.deep.equal({ email: 'typed@example.com', region: 'eu' });
    expect(input(el).value).to.equal('typed@example.com');
    expect(
      el.shadowRoot!.querySelector<HTMLSelectElement & { value: string }>('ph-select')!.value,
    ).to.equal('eu');
    expect(el.form.dirty, 'the typed e-mail differs from the hub’s').to.be.true;
    // Typed back to what the hub now has: nothing left to save.
    await typeInto(input(el), 'hub@example.com');
    expect(el.form.dirty).to.be.false;
    // Untouched, a field follows every new read.
    el.form.follow({ email: 'newer@example.com', region: 'eu' });
    await el.updateComplete;
    expect(input(el).value).to.equal('newer@example.com');
  });

  it('a switch of partner account keeps nothing of the old account: blank until the new one is read', async () => {
    const el = await mountForm(); // started from the old account's a@example.com
    await typeInto(input(el), 'typed@example.com');
    el.form.hostScopeChanged();
    await el.updateComplete;
    expect(el.form.draft).to.deep.equal({ email: '', region: '' });
    expect(input(el).value).to.equal('');
    expect(el.form.dirty).to.be.false;
    // The new account's values, once read, fill every field.
    el.form.follow({ email: 'new@example.com', region: 'eu' });
    await el.updateComplete;
    expect(input(el).value).to.equal('new@example.com');
    expect(el.form.dirty).to.be.false;
  });

  it('on submit: touches every field, lists the problems in a summary that takes focus', async () => {
    const el = await mountForm();
    await typeInto(input(el), '');
    await submit(el);
    expect(el.saved).to.have.length(0);
    const box = summary(el)!;
    expect(box.querySelector('h3')!.textContent).to.equal('Check these fields:');
    const link = box.querySelector('a')!;
    expect(link.textContent!.trim()).to.equal('E-mail: Fill in this field.');
    expect(activeDeep()).to.equal(box);
    link.click();
    expect(activeDeep()).to.equal(input(el));
    // What was typed stays (empty here), and the field says why.
    expect(field(el).matches(':state(user-invalid)')).to.be.true;
  });

  it('a submit that passes takes away the summary an earlier one showed', async () => {
    const el = await mountForm();
    await typeInto(input(el), 'not an address');
    await submit(el);
    expect(summary(el)).to.exist;
    await typeInto(input(el), 'b@example.com');
    await submit(el);
    expect(el.saved).to.deep.equal([{ email: 'b@example.com', region: '' }]);
    // Nothing is wrong any more: no list of problems stays beside the next step.
    expect(summary(el) === null, 'no summary').to.equal(true);
  });

  it('a refused submit is said once: the summary takes focus and is not also an alert', async () => {
    const el = await mountForm();
    await typeInto(input(el), '');
    const heard = listenLikeAScreenReader(el);
    await submit(el);
    await field(el).updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50)); // let late announcements show
    heard.stop();
    const box = summary(el)!;
    expect(box.getAttribute('role')).to.equal('group');
    expect(box.getAttribute('aria-labelledby')).to.equal('summary-title');
    expect(heard.events).to.have.length(1, heard.events.join(' | '));
    expect(heard.events[0]).to.match(/^focus: div Check these fields:/);
  });

  it('a refused save from the hub is said once too', async () => {
    const el = await mountForm();
    const heard = listenLikeAScreenReader(el);
    el.form.fail('Not saved.', {
      fieldErrors: { email: 'This address is taken.' },
      message: 'unused',
    });
    await el.updateComplete;
    await field(el).updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    heard.stop();
    expect(heard.events).to.have.length(1, heard.events.join(' | '));
    expect(heard.events[0]).to.match(/^focus: div Not saved\./);

    // The person's next mistake in that field, on leaving it, is said by the field again.
    const more = listenLikeAScreenReader(el);
    await typeInto(input(el), 'not-an-address');
    input(el).blur();
    await field(el).updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    more.stop();
    expect(more.events.filter((e) => e.startsWith('live:'))).to.have.length(1);
  });

  it('a warning never blocks saving', async () => {
    const el = await mountForm();
    await submit(el);
    expect(el.saved).to.deep.equal([{ email: 'a@example.com', region: '' }]);
    expect(summary(el) === null, 'no summary').to.equal(true);
  });

  it('lands the hub’s field errors on their fields and keeps the rest in the summary', async () => {
    const el = await mountForm();
    await typeInto(input(el), 'taken@example.com');
    el.form.fail('Not saved.', {
      fieldErrors: { email: 'This address is taken.', plan: 'Your plan does not allow this.' },
      message: 'unused',
    });
    await el.updateComplete;
    await field(el).updateComplete;
    expect(field(el).error).to.equal('This address is taken.');
    expect(field(el).validity.customError).to.be.true;
    const items = [...summary(el)!.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(['This address is taken.', 'Your plan does not allow this.']);
    // Nothing typed is lost.
    expect(input(el).value).to.equal('taken@example.com');
    expect(el.form.draft.email).to.equal('taken@example.com');
  });

  it('lands an error on a part of a field (email.domain, as an http adapter names it) on that field', async () => {
    const el = await mountForm();
    el.form.fail('Not saved.', {
      fieldErrors: { 'email.domain': 'This domain takes no mail.' },
      message: 'unused',
    });
    await el.updateComplete;
    await field(el).updateComplete;
    expect(field(el).error).to.equal('This domain takes no mail.');
    expect(field(el).validity.customError).to.be.true;
    // The summary's line links to the field it landed on.
    const link = summary(el)!.querySelector('li a, li button');
    expect(link, 'the problem links to its field').to.not.equal(null);
    expect(link!.textContent!.trim()).to.equal('This domain takes no mail.');
  });

  it('a failure without field errors says why in one sentence; clear() removes it all', async () => {
    const el = await mountForm();
    el.form.fail('Not saved.', { fieldErrors: {}, message: 'The connection failed.' });
    await el.updateComplete;
    expect(summary(el)!.querySelector('li')!.textContent!.trim()).to.equal(
      'The connection failed.',
    );
    el.form.clear();
    await el.updateComplete;
    expect(summary(el) === null, 'no summary').to.equal(true);
  });
});
