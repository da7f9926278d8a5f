import { css } from 'lit';

/**
 * The design tokens. Every `--ph-*` property can be set by the host on any ancestor; the
 * defaults inherit the host's font and follow its `color-scheme` (light and dark).
 */
export const tokens = css`
  :host {
    --_surface: var(--ph-color-surface, light-dark(#ffffff, #1f2124));
    --_surface-alt: var(--ph-color-surface-alt, light-dark(#f4f5f7, #2a2d31));
    --_text: var(--ph-color-text, light-dark(#1b1d21, #eceef1));
    --_muted: var(--ph-color-muted, light-dark(#555b65, #b4bac3));
    --_border: var(--ph-color-border, light-dark(#d3d7de, #454a52));
    /* What outlines a field to fill in or a choice to make: 3:1 against the surface (WCAG 1.4.11). */
    --_control-border: var(--ph-color-control-border, light-dark(#7a818c, #8a919b));
    --_accent: var(--ph-color-accent, light-dark(#0b6b53, #5fd3a9));
    --_on-accent: var(--ph-color-on-accent, light-dark(#ffffff, #0b1f19));
    --_positive: var(--ph-color-positive, light-dark(#17703a, #6fd694));
    --_warning: var(--ph-color-warning, light-dark(#8a5300, #f5c063));
    --_danger: var(--ph-color-danger, light-dark(#b3261e, #ff9a8f));
    --_info: var(--ph-color-info, light-dark(#1d5fae, #8fbcf5));
    --_focus: var(--ph-focus-ring-color, light-dark(#1d5fae, #8fbcf5));
    --_radius: var(--ph-radius, 0.5rem);
    --_space: var(--ph-space, 0.25rem);
    --_font: var(--ph-font-family, inherit);
    --_font-size: var(--ph-font-size, 1rem);

    display: block;
    color-scheme: inherit;
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;

/** Shared building blocks: card, buttons, state panels, icons, visually hidden text. */
export const shared = css`
  /* An icon (icons.ts) is the size of its text wherever it is drawn; an element may resize it. */
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }

  .card {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 5);
  }

  h2,
  h3 {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 600;
    line-height: 1.3;
  }

  p {
    margin: 0;
  }

  .muted {
    color: var(--_muted);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  button {
    font: inherit;
    min-height: 2.5rem;
    min-width: 2.5rem;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 4);
    border-radius: calc(var(--_radius) * 0.75);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }

  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }

  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.65;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .state {
    display: grid;
    gap: calc(var(--_space) * 3);
    justify-items: start;
  }

  .state > [role='alert'] {
    display: grid;
    gap: calc(var(--_space) * 3);
  }

  .state[data-state='error'] .state-title {
    color: var(--_danger);
  }

  .skeleton {
    display: block;
    height: 1em;
    border-radius: 4px;
    background: var(--_surface-alt);
  }

  .skeleton.wide {
    width: 60%;
    height: 2em;
  }

  .skeleton.narrow {
    width: 35%;
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: ph-pulse 1.4s ease-in-out infinite;
    }
  }

  @keyframes ph-pulse {
    50% {
      opacity: 0.5;
    }
  }

  /* Windows High Contrast and other forced colours drop backgrounds and shadows: every button
     keeps an edge (else it reads as plain text), the loading skeletons stay drawn. */
  @media (forced-colors: active) {
    button {
      border: 1px solid ButtonText !important;
    }

    .skeleton {
      forced-color-adjust: none;
      background: GrayText;
    }
  }
`;
