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
    const children =
      node instanceof HTMLSlotElement
        ? node.assignedElements({ flatten: true })
        : Array.from((node.shadowRoot ?? node).children);
    for (const child of children) visit(child);
  };
  visit(root);
  const groups = new Map<string, HTMLInputElement[]>();
  for (const el of found) {
    if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
      groups.set(el.name, [...(groups.get(el.name) ?? []), el]);
    }
  }
  return found.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
    const group = groups.get(el.name)!;
    return el === (group.find((r) => r.checked) ?? group[0]);
  });
}
