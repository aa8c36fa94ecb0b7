/**
 * A conflicting save (someone else saved first): the merge of the agent's edits onto the server's profile, the
 * comparison it shows, and what taking the saved values does to the form and to focus.
 *
 * What it shows: the fields only the other writer changed (already taken into the form), and the fields both
 * changed, side by side, each with a way to take the saved value (billing-profile-form.conflict-view.ts, loaded
 * on the first save). Keeping one's own needs no click.
 */
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LazyPart } from '../../controllers/lazy-part.js';
import { renderLazy } from '../../controllers/render-lazy.js';
import { mergeBillingProfiles, type BillingField, type BillingMerge, type BillingProfile, type BillingProfileFields } from '../../model/billing.js';
import { profileFields, takeFields, type BillingConflict } from '../../model/billing-save.js';

export type { BillingConflict };

/**
 * How the side-by-side rows load: by `import()`. An object, not a bare `import()`, so a test can make the chunk
 * fail to load and see the failure view and Retry.
 */
export const conflictViewChunk = { load: () => import('./billing-profile-form.conflict-view.js') };

/** The form whose comparison it is: its shadow root for focus. */
export type ConflictHost = ReactiveControllerHost & Pick<HTMLElement, 'shadowRoot'> & { readonly renderRoot: HTMLElement | DocumentFragment };

/** How the controller reads and replaces the form's edits (the form's own state, private to it). */
export interface ConflictDraft {
  /** The form's current edits. */
  get(): BillingProfileFields | undefined;
  /** Replaces the edits (saved values taken); the form updates its form value. */
  set(draft: BillingProfileFields): void;
}

/**
 * @example
 * ```ts
 * private readonly conflict = new BillingConflictController(this, { get: () => this.draft, set: (draft) => this.setDraft(draft) });
 * // a save failed with the server's current profile:
 * this.draft = this.conflict.begin(fieldsOf(this.original), this.draft, theirs);
 * // in render():
 * ${this.conflict.render()}
 * ```
 *
 * It has no lifecycle hooks of its own, so it does not register as a
 * controller: it draws what the form asks for and requests the form's updates.
 */
export class BillingConflictController {
  /** The comparison on show, or undefined when there is none. */
  current?: BillingConflict;
  /** The side-by-side rows: a later part, loaded on the first save (see prefetch()). */
  private readonly view: LazyPart<typeof import('./billing-profile-form.conflict-view.js')>;

  constructor(
    private readonly host: ConflictHost,
    private readonly draft: ConflictDraft,
  ) {
    this.view = new LazyPart(host, () => conflictViewChunk.load());
  }

  /** Fetches the comparison ahead of a possible conflict: a save is on its way, and its answer may be one. */
  prefetch(): void {
    this.view.prefetch();
  }

  /**
   * Merges the agent's edits (`mine`, made on `base`) onto the server's `theirs` and shows the comparison, focus
   * on it. Returns the merged edits, which the next save sends against the server's etag.
   */
  begin(base: BillingProfileFields, mine: BillingProfileFields, theirs: BillingProfile): BillingProfileFields {
    const { merged, conflicts, updated } = mergeBillingProfiles(base, mine, profileFields(theirs));
    this.current = { theirs, conflicts, updated };
    // Loaded again after a failed prefetch; a failure now shows in the comparison, with Retry.
    this.view.load().catch(() => undefined);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('[part=conflict]')?.focus());
    return merged;
  }

  /** Hides the comparison (a new save started, or the form was reset). */
  clear(): void {
    if (!this.current) return;
    this.current = undefined;
    this.host.requestUpdate();
  }

  /** Takes the server's value for one conflicting field, or for all of them. */
  useTheirs(fields: readonly BillingField[]): void {
    const draft = this.draft.get();
    if (!this.current || !draft) return;
    this.draft.set(takeFields(draft, profileFields(this.current.theirs), fields));
  }

  /**
   * The comparison of the form's edits with the server's values, or nothing when there is no conflict. Its box,
   * which takes focus when the conflict shows, is here; what it says loads with the view (the form's busy line
   * meanwhile, the shared failure view with Retry if it cannot load).
   */
  render(): TemplateResult | typeof nothing {
    const { current } = this;
    const mine = this.draft.get();
    if (!current || !mine) return nothing;
    return html`<section part="conflict" class="conflict" role="alert" tabindex="-1" aria-labelledby="conflict-title">
      ${renderLazy(this.view, (view) => view.renderComparison(mine, current, (fields) => this.useTheirs(fields)), {
        busy: html`<p id="conflict-title" part="message" class="muted" role="status" aria-busy="true">${msg('Loading…')}</p>`,
        failure: { what: msg('The differences could not be loaded.'), classes: '' },
      })}
    </section>`;
  }
}
