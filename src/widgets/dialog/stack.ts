/**
 * The open dialogs, in the order they opened. Escape belongs to the one on top: a dialog opened
 * from another closes alone, and the one below stays open.
 */
const open: object[] = [];

/** The open dialogs, oldest first (read only). */
export const openDismissibles: readonly object[] = open;

/** Records `dialog` as the newest open one (moves it to the top if it was already open). */
export function pushDismissible(dialog: object): void {
  removeDismissible(dialog);
  open.push(dialog);
}

/** Forgets `dialog` (closed or removed from the page). */
export function removeDismissible(dialog: object): void {
  const index = open.lastIndexOf(dialog);
  if (index >= 0) open.splice(index, 1);
}

/** Whether `dialog` is the newest open dialog. */
export function isTopDismissible(dialog: object): boolean {
  return open.at(-1) === dialog;
}
