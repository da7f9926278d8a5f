import { css } from 'lit';
import { actionStyles, badgeStyles, cardStyles, refusalStyles } from '../../base/layout-styles.js';

const ownStyles = css`
  .roles {
    display: grid;
    gap: var(--_space);
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .roles div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }

  .roles dt {
    font-weight: 600;
    color: var(--_text);
  }

  .roles dd {
    margin: 0;
  }

  .users {
    display: grid;
    gap: calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .user {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 2);
  }

  .email,
  .status,
  .note {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  [data-status='invited'] .status {
    color: var(--_info);
    font-weight: 600;
  }

  .actions {
    margin-top: var(--_space);
  }

  .invite,
  .fields {
    display: grid;
    gap: calc(var(--_space) * 3);
    min-width: 0;
  }

  .invite {
    padding-top: calc(var(--_space) * 4);
    border-top: 1px solid var(--_border);
  }

  .info {
    overflow-wrap: anywhere;
  }
`;

/** The shared parts it draws (the card, a row of actions, badges, refusals), then its own look. */
export const styles = [cardStyles, actionStyles, badgeStyles, refusalStyles, ownStyles];
