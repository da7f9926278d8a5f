import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/select/define.js';
import type { PhSelect } from '../../src/widgets/select/select.js';
import { runFormControlSuite } from '../support/form-control-suite.js';

const inner = (el: PhSelect) => el.shadowRoot!.querySelector('select')!;
const regions = [
  { value: 'eu', label: 'European Union' },
  { value: 'us', label: 'United States' },
  { value: 'in', label: 'India', disabled: true },
];

/** Chooses the option `value` as a person would: focus the select, arrow keys. */
async function choose(el: PhSelect, value: string): Promise<void> {
  const select = inner(el);
  select.focus();
  const target = [...select.options].findIndex((o) => o.value === value);
  const key = target > select.selectedIndex ? 'ArrowDown' : 'ArrowUp';
  while (select.selectedIndex !== target) {
    const before = select.selectedIndex;
    await sendKeys({ press: key });
    if (select.selectedIndex === before) throw new Error(`cannot reach option ${value}`);
  }
  await el.updateComplete;
}

runFormControlSuite<PhSelect>('ph-select', {
  bound: { value: 'us', submits: 'us' },
  render: (a) =>
    html`<ph-select
      .options=${regions}
      name=${a.name}
      label=${a.label}
      description=${a.description ?? ''}
      ?required=${a.required}
      ?disabled=${a.disabled}
    ></ph-select>`,
  inner,
  fill: async (el) => {
    await choose(el, 'us');
    return 'us';
  },
  requiredMessage: 'Choose an option.',
  emptyFormValue: '',
});

describe('<ph-select>', () => {
  it('renders its options from data, with an empty first option', async () => {
    const el = fixtureSync<PhSelect>(
      html`<ph-select label="Region" placeholder="Pick a region" .options=${regions}></ph-select>`,
    );
    await el.updateComplete;
    const options = [...inner(el).options];
    expect(options.map((o) => o.textContent!.trim())).to.deep.equal([
      'Pick a region',
      'European Union',
      'United States',
      'India',
    ]);
    expect(options[3]!.disabled).to.be.true;
  });

  it('shows the value it is given and the one chosen, and fires change', async () => {
    const el = fixtureSync<PhSelect>(
      html`<ph-select label="Region" value="eu" .options=${regions}></ph-select>`,
    );
    await el.updateComplete;
    expect(inner(el).value).to.equal('eu');
    const changed = oneEvent(el, 'change');
    await choose(el, 'us');
    await changed;
    expect(el.value).to.equal('us');
  });

  it('shows what it submits after a reset or a value set by script, once the person has picked', async () => {
    const form = fixtureSync<HTMLFormElement>(
      html`<form>
        <ph-select name="region" label="Region" value="eu" .options=${regions}></ph-select>
      </form>`,
    );
    const el = form.querySelector<PhSelect>('ph-select')!;
    await el.updateComplete;
    await choose(el, 'us');
    await choose(el, 'eu');
    await choose(el, 'us');
    form.reset();
    await el.updateComplete;
    expect(new FormData(form).get('region')).to.equal('eu');
    expect(inner(el).value, 'the select shows what the form submits').to.equal('eu');
    el.value = 'us';
    await el.updateComplete;
    expect(inner(el).value).to.equal('us');
    el.value = 'eu';
    await el.updateComplete;
    expect(inner(el).value).to.equal('eu');
  });
});
