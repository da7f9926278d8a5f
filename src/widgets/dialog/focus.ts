/** The element focused now, looking into shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]';

function isTabbable(el: HTMLElement): boolean {
  if (!el.matches(FOCUSABLE) && !el.shadowRoot?.delegatesFocus) return false;
  if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
  if (el.closest('[hidden], [inert]')) return false;
  return el.getClientRects().length > 0;
}

/**
 * The elements Tab stops at inside `root`, in the order the browser visits them: through shadow
 * roots and slots, one stop per element that delegates focus, one per radio group (the checked
 * radio, else the first).
 */
export function tabbablesIn(root: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: Element) => {
    if (node instanceof HTMLElement && isTabbable(node)) {
      found.push(node);
      if (node.shadowRoot?.delegatesFocus) return;
    }
    for (const child of node instanceof HTMLSlotElement
      ? node.assignedElements({ flatten: true })
      : (node.shadowRoot ?? node).children) {
      visit(child);
    }
  };
  visit(root);
  const groupOf = (el: HTMLElement) =>
    el instanceof HTMLInputElement && el.type === 'radio' ? el.name : '';
  return found.filter((el) => {
    const name = groupOf(el);
    if (!name) return true;
    const group = found.filter((other) => groupOf(other) === name) as HTMLInputElement[];
    return el === (group.find((radio) => radio.checked) ?? group[0]);
  });
}
