import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    max-width: 100%;
  }

  .switcher {
    position: relative;
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }

  .toggle {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    max-width: 100%;
  }

  .toggle .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    min-width: 0;
  }

  .toggle svg {
    flex: none;
    width: 1.125em;
    height: 1.125em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .accounts {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: calc(var(--_space) * 2);
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    min-width: min(18rem, 90vw);
    max-width: 90vw;
    color: var(--_text);
  }

  /* Over the page (the top layer), where place() puts it. */
  .accounts[popover] {
    position: absolute;
    inset: auto;
    margin: 0;
    /* As wide as its words (up to 90vw) wherever it is put, so placing it does not resize it. */
    width: max-content;
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.18);
  }

  .accounts[hidden] {
    display: none;
  }

  .accounts button,
  .accounts .here {
    display: grid;
    width: 100%;
    justify-items: start;
    text-align: start;
    gap: 0;
    overflow-wrap: anywhere;
  }

  .accounts .here {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    font-weight: 600;
  }

  .mode {
    font-size: 0.8125em;
    font-weight: 400;
    color: var(--_muted);
  }

  .accounts button .mode {
    color: inherit;
  }

  .refusal {
    color: var(--_danger);
    font-weight: 500;
    overflow-wrap: anywhere;
  }

  .state {
    padding: var(--_space);
  }
`;
