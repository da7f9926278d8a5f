/** What asked the dialog to close. */
export type DialogCloseSource = 'escape' | 'close-button' | 'action' | 'api';

/** Detail of `ph-dialog-close-request`. */
export interface DialogCloseRequestDetail {
  source: DialogCloseSource;
  /** The return value the dialog would close with (an action button's `data-dialog-close`). */
  returnValue: string;
}

/** Detail of `ph-dialog-close`. */
export interface DialogCloseDetail {
  /** The action's `data-dialog-close` value; empty after Escape, the close button or `close()`. */
  returnValue: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ph-dialog-close-request': CustomEvent<DialogCloseRequestDetail>;
    'ph-dialog-close': CustomEvent<DialogCloseDetail>;
  }
}
