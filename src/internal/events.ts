/** Every public event of this library bubbles and crosses shadow roots, so hosts hear it wherever it starts. */
export function publicEventInit(cancelable = false): EventInit {
  return { bubbles: true, composed: true, cancelable };
}
