import { css } from 'lit';
import { actionStyles, badgeStyles, cardStyles, refusalStyles } from '../../base/layout-styles.js';

const ownStyles = css`
  .methods,
  .details {
    display: grid;
    gap: calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .details {
    gap: var(--_space);
    color: var(--_muted);
    font-size: 0.9375em;
    /* A holder's name with no spaces breaks rather than run out of the card. */
    overflow-wrap: anywhere;
  }

  .method {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    min-width: 0;
  }

  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 2);
    overflow-wrap: anywhere;
  }

  .type {
    font-size: 0.8125em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }

  .flag {
    display: flex;
    align-items: center;
    gap: var(--_space);
    font-weight: 600;
  }

  .flag.expired,
  .flag.expiring {
    color: var(--_warning);
  }

  .collector:not([hidden]) {
    display: block;
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border: 2px dashed var(--_warning);
    border-radius: calc(var(--_radius) * 0.75);
  }

  /* The memory adapter's TEST form, mounted in the collector. */
  .collector form,
  .collector fieldset {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .collector legend {
    padding: 0;
    margin-bottom: var(--_space);
    font-weight: 600;
  }

  .collector label {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    min-height: 2.75rem;
  }

  .collector input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .collector .test-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }

  .collector .test-banner strong {
    color: var(--_warning);
    margin-inline-end: var(--_space);
  }
`;

/** The shared parts it draws (the card, a row of actions, badges, refusals), then its own look. */
export const styles = [cardStyles, actionStyles, badgeStyles, refusalStyles, ownStyles];
