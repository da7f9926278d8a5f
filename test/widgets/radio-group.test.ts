import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/radio-group/define.js';
import type { PhRadioGroup } from '../../src/widgets/radio-group/radio-group.js';
import { runFormControlSuite } from '../support/form-control-suite.js';

const radios = (el: PhRadioGroup) => [...el.shadowRoot!.querySelectorAll('input')];
const options = [
  { value: 'on', label: 'Yes, I want automatic recharge' },
  {
    value: 'off',
    label: 'No, I want to manually add funds',
    description: 'Top-ups are up to you.',
  },
];

function activeDeep(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

runFormControlSuite<PhRadioGroup>('ph-radio-group', {
  bound: { value: 'off', submits: 'off' },
  render: (a) =>
    html`<ph-radio-group
      .options=${options}
      name=${a.name}
      label=${a.label}
      description=${a.description ?? ''}
      ?required=${a.required}
      ?disabled=${a.disabled}
    ></ph-radio-group>`,
  inner: (el) => el.shadowRoot!.querySelector('fieldset')!,
  fill: async (el) => {
    radios(el)[1]!.focus(); // as a mouse click does
    radios(el)[1]!.click();
    await el.updateComplete;
    return 'off';
  },
  requiredMessage: 'Choose one of the options.',
  emptyFormValue: null,
});

describe('<ph-radio-group>', () => {
  it('Tab enters at the chosen option; the arrow keys move and choose', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div>
        <button>before</button>
        <ph-radio-group label="Automatic recharge" value="on" .options=${options}></ph-radio-group>
      </div>`,
    );
    const el = wrapper.querySelector('ph-radio-group')!;
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(activeDeep()).to.equal(radios(el)[0]);
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'ArrowDown' });
    await changed;
    expect(el.value).to.equal('off');
    expect(radios(el)[1]!.checked).to.be.true;
    expect(activeDeep()).to.equal(radios(el)[1]);
  });

  it('focus() goes to the chosen option; the legend names the group', async () => {
    const el = fixtureSync<PhRadioGroup>(
      html`<ph-radio-group
        label="Automatic recharge"
        value="off"
        .options=${options}
      ></ph-radio-group>`,
    );
    await el.updateComplete;
    el.focus();
    expect(activeDeep()).to.equal(radios(el)[1]);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Automatic recharge');
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('role')).to.equal('radiogroup');
  });
});
