/** A dialog on the stack: it can be closed from outside (`closeDismissiblesIn`). */
export interface Dismissible {
  close(): void;
}

/**
 * The open dialogs, in the order they opened. Escape belongs to the one on top: a dialog opened
 * from another closes alone, and the one below stays open.
 */
const open: Dismissible[] = [];

/** The open dialogs, oldest first (read only). */
export const openDismissibles: readonly Dismissible[] = open;

/** Records `dialog` as the newest open one (moves it to the top if it was already open). */
export function pushDismissible(dialog: Dismissible): void {
  removeDismissible(dialog);
  open.push(dialog);
}

/** Forgets `dialog` (closed or removed from the page). */
export function removeDismissible(dialog: object): void {
  const index = open.indexOf(dialog as Dismissible);
  if (index >= 0) open.splice(index, 1);
}

/**
 * Closes, newest first, every open dialog drawn inside `container` (through shadow roots): one
 * left open in a part of the page being hidden would stay in the top layer, unseen, and keep the
 * whole page inert.
 */
export function closeDismissiblesIn(container: Node): void {
  for (const dialog of [...open].reverse()) {
    if (dialog instanceof Node && holds(container, dialog)) dialog.close();
  }
}

/** Whether `node` is `container` or inside it, shadow roots included. */
export function holds(container: Node, node: Node): boolean {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) {
    if (at === container) return true;
  }
  return false;
}

/** Whether `dialog` is the newest open dialog. */
export function isTopDismissible(dialog: object): boolean {
  return open.at(-1) === dialog;
}
