import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
  }

  [hidden] {
    display: none !important;
  }

  dialog {
    width: min(var(--ph-dialog-width, 32rem), calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.25);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 5);
    border-bottom: 1px solid var(--_border);
  }

  h2 {
    font-size: 1.1875em;
  }

  button.close {
    display: inline-grid;
    place-items: center;
    padding: 0;
    border-color: transparent;
    background: transparent;
  }

  button.close svg {
    width: 1.25rem;
    height: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }

  .body {
    display: grid;
    gap: calc(var(--_space) * 4);
    padding: calc(var(--_space) * 5);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: calc(var(--_space) * 2);
    padding: 0 calc(var(--_space) * 5) calc(var(--_space) * 5);
  }

  @media (forced-colors: active) {
    dialog {
      border-color: CanvasText;
    }
  }
`;
