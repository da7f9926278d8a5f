/// <reference lib="dom" />
// The memory adapter's TEST card form is DOM code inside the adapter layer (it mounts in the
// host's container); it alone brings the DOM types into the no-DOM layer check.
/**
 * The memory adapter's stand-in for a host's payment provider: a clearly labelled TEST form,
 * mounted in the container the element hands to `collectPaymentMethod`, that offers test cards
 * only (one of them is always declined). No card number is typed or seen anywhere.
 */
import type { MountPoint } from '../contract.js';
import type { CollectedCard } from './types.js';

/** The cards the test form offers. */
export const TEST_FORM_CARDS: readonly (CollectedCard & { outcome: string })[] = [
  {
    brand: 'Visa',
    last4: '4242',
    expMonth: 12,
    expYear: 2030,
    holderName: 'Test card',
    outcome: 'always accepted',
  },
  {
    brand: 'Mastercard',
    last4: '4444',
    expMonth: 8,
    expYear: 2031,
    holderName: 'Test card',
    outcome: 'always accepted',
  },
  {
    brand: 'Visa',
    last4: '0002',
    expMonth: 12,
    expYear: 2030,
    holderName: 'Test card',
    declines: true,
    outcome: 'always declined',
  },
];

/**
 * Renders the test form in `container` and resolves with the chosen card, or `null` when the
 * user cancels or `signal` aborts. The form removes itself either way.
 */
export function renderTestCardForm(
  container: MountPoint,
  signal?: AbortSignal,
): Promise<CollectedCard | null> {
  const host = container as unknown as HTMLElement;
  const doc = host.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', cls = '') => {
    const node = doc.createElement(tag);
    if (text) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  };
  const form = el('form', '', 'test-card-form');
  form.setAttribute('aria-label', 'Test payment form');
  const banner = el('p', '', 'test-banner');
  banner.append(
    el('strong', 'TEST MODE'),
    ' This is a test payment form: no real card is charged and no card number is asked for.',
  );
  const fieldset = el('fieldset');
  fieldset.append(el('legend', 'Choose a test card'));
  TEST_FORM_CARDS.forEach((card, index) => {
    const label = el('label', '', 'test-card');
    const radio = el('input');
    radio.type = 'radio';
    radio.name = 'test-card';
    radio.value = String(index);
    radio.checked = index === 0;
    const expiry = `${String(card.expMonth).padStart(2, '0')}/${card.expYear}`;
    label.append(radio, ` ${card.brand} •••• ${card.last4}, ${expiry}: ${card.outcome}`);
    fieldset.append(label);
  });
  const add = el('button', 'Add test card', 'primary');
  add.type = 'submit';
  const cancel = el('button', 'Cancel');
  cancel.type = 'button';
  const actions = el('div', '', 'test-actions');
  actions.append(add, cancel);
  form.append(banner, fieldset, actions);
  host.append(form);
  form.querySelector('input')?.focus();

  return new Promise((resolve) => {
    const finish = (card: CollectedCard | null) => {
      signal?.removeEventListener('abort', onAbort);
      form.remove();
      resolve(card);
    };
    const onAbort = () => finish(null);
    signal?.addEventListener('abort', onAbort, { once: true });
    cancel.addEventListener('click', () => finish(null));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = form.querySelector<HTMLInputElement>('input[name="test-card"]:checked');
      const { outcome: _outcome, ...card } = TEST_FORM_CARDS[Number(chosen?.value ?? 0)]!;
      finish(card);
    });
  });
}
