import { css } from 'lit';

/**
 * A user value that may be huge (a 10 000-character company name) in three lines at most, wrapped anywhere, the
 * rest in its tooltip, so it never pushes a heading, a dialog or a panel off-screen: class `clamp`. Only the
 * elements and parts that draw such a value take it (in `static styles`, or adopted with a lazy part). A module of
 * its own: a stylesheet is kept in every bundle that imports its module, used or not.
 */
export const clampStyles = css`
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
`;
