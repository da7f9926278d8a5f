import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface SearchControllerOptions {
  /** Receives the text (trimmed) once typing pauses, or at once on Enter. */
  search: (text: string) => void;
  /** How long typing must pause, in ms (default 250). */
  delay?: number;
}

/**
 * A search field that searches as the user types, once typing pauses: wire `handleInput` and
 * `handleKeydown` to the field. Enter searches at once; leaving the page cancels a pending
 * search. (The answer to an older search never replacing a newer one is the paged resource
 * controller's part.)
 */
export class SearchController implements ReactiveController {
  #options: SearchControllerOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: SearchControllerOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** The field last typed in. */
  #field: HTMLInputElement | undefined;

  /**
   * What the field shows for `query`: the text as typed while it is what is searched for
   * (a space typed before the next word stays), else `query`. Bind the field's `.value` to it.
   */
  shown(query: string): string {
    const typed = this.#field?.value;
    return typed?.trim() === query ? typed : query;
  }

  readonly handleInput = (event: Event): void => {
    this.#field = event.target as HTMLInputElement;
    const value = this.#field.value;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#options.search(value.trim()), this.#options.delay ?? 250);
  };

  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    clearTimeout(this.#timer);
    this.#options.search((event.target as HTMLInputElement).value.trim());
  };

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
