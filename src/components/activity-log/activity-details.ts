/**
 * An expanded row's details (activity-log.details.ts: what changed, field by field, and the record's facts),
 * loaded by `import()` on the first expand, or ahead of it when the agent points at or focuses a row's disclosure
 * button: a log that is only read never downloads them. The panel (the region the button controls) is drawn at
 * once: busy like a loading row while the code arrives, the shared failure view with Retry if it cannot be
 * fetched. Retry goes with that view; the log's FocusKeeper then puts focus on the grid's tab stop, the row's
 * disclosure button, not on the page.
 */
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LazyPart } from '../../controllers/lazy-part.js';
import { renderLazy } from '../../controllers/render-lazy.js';
import type { ActivityRecord } from '../../model/activity.js';

/** The details' loading seam, an object so a test can fail or hold its load (test/support/browser/chunk-stub.ts). */
export const detailsChunk = { load: () => import('./activity-log.details.js') };

export class ActivityDetails {
  private readonly part: LazyPart<Awaited<ReturnType<typeof detailsChunk.load>>>;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    // The part brings its rules: the shadow root takes them before the part draws anything.
    this.part = new LazyPart(host, () =>
      detailsChunk.load().then((part) => {
        part.adoptDetailsStyles(host);
        return part;
      }),
    );
  }

  /** The agent may expand a row soon (pointer over a disclosure button, or focus on it). */
  prefetch(): void {
    this.part.prefetch();
  }

  /** A row was expanded (or Retry pressed): its details are needed now; a failure is drawn in the panel. */
  load(): void {
    this.part.load().catch(() => undefined);
  }

  /** The panel of `record`, in a region named `label` (as its disclosure button); `id` ties the button to it. */
  render(record: ActivityRecord, id: string, label: string): TemplateResult {
    const { value, error } = this.part;
    return html`<div class="details-panel" part="details" id=${id} role="region" aria-label=${label} aria-busy=${value || error ? nothing : 'true'}>
      ${renderLazy(this.part, (part) => part.renderDetails(record), {
        busy: html`<span class="skeleton">${msg('Loading…')}</span>`,
        failure: { what: msg('The details could not be loaded.'), part: 'state', classes: 'state' },
      })}
    </div>`;
  }
}
