import { css } from 'lit';

export const styles = css`
  .hub {
    display: grid;
    gap: var(--ph-hub-gap, 1.25rem);
    min-width: 0;
  }

  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    border-bottom: 1px solid var(--_border);
  }

  [role='tab'] {
    position: relative;
    border: 0;
    border-radius: calc(var(--_radius) * 0.75) calc(var(--_radius) * 0.75) 0 0;
    background: transparent;
    color: var(--_muted);
    min-height: 2.75rem;
    padding-inline: calc(var(--_space) * 3);
  }

  [role='tab']:hover {
    color: var(--_text);
    background: var(--_surface-alt);
  }

  [role='tab'][aria-selected='true'] {
    color: var(--_accent);
    font-weight: 600;
  }

  [role='tab'][aria-selected='true']::after {
    content: '';
    position: absolute;
    inset-inline: calc(var(--_space) * 2);
    bottom: -1px;
    height: 3px;
    border-radius: 3px 3px 0 0;
    background: currentColor;
  }

  /* Forced colours drop backgrounds: the chosen tab's underline is drawn as a border there. */
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true']::after {
      background: none;
      border-bottom: 3px solid SelectedItem;
    }
  }

  [role='tab']:focus-visible {
    outline-offset: -3px;
  }

  [role='tabpanel'] {
    min-width: 0;
  }

  [role='tabpanel'][hidden] {
    display: none;
  }
`;
