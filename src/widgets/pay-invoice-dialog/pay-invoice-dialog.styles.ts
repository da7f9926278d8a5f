import { css } from 'lit';

export const styles = css`
  .charge,
  .progress,
  .alert,
  .failure,
  ph-dialog > p,
  fieldset {
    margin-block: calc(var(--_space) * 3) 0;
  }

  .failure {
    color: var(--_danger);
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: flex-start;
  }

  h3:focus {
    outline: none;
  }
`;
