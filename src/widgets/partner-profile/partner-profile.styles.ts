import { css } from 'lit';

export const styles = css`
  .card,
  form,
  .section {
    display: grid;
    gap: calc(var(--_space) * 4);
    min-width: 0;
  }

  .section {
    /* The preview is a <figure>, which the browser insets by 40 px. */
    margin: 0;
    padding-block-start: calc(var(--_space) * 4);
    border-block-start: 1px solid var(--_border);
  }

  .preview {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    min-width: 0;
  }

  .preview img {
    width: 3rem;
    height: 3rem;
    object-fit: contain;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
  }

  .preview .brand {
    font-weight: 700;
    font-size: 1.15em;
    overflow-wrap: anywhere;
    min-width: 0;
  }

  .switch {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    min-height: 24px;
  }

  .switch input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  progress {
    inline-size: 100%;
  }

  .bad {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
`;
