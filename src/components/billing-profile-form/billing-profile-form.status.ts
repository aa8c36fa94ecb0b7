/** What the form says about where it stands: the fields to fix before a save, and how the last save went. */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../localization/labels.js';
import type { BillingField, BillingFieldError } from '../../model/billing.js';
import { fieldId } from './billing-profile-form.fields.js';
import { fieldErrorMessage, fieldLabel } from './billing-profile-form.messages.js';

/** Where the last save stands; a conflicting one is shown by the conflict controller. */
export type SaveState = { kind: 'idle' | 'saving' } | { kind: 'saved'; pendingEdits: boolean } | { kind: 'failed'; message: string; retry: boolean };

/** The fields to fix, each a link that focuses its field through `focusField`; nothing when there are none. */
export function renderSummary(errors: readonly BillingFieldError[], focusField: (field: BillingField) => void): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  // The link's fragment cannot reach into a shadow root: focus is moved by the form instead.
  const follow = (event: Event, field: BillingField) => {
    event.preventDefault();
    focusField(field);
  };
  return html`<div part="summary" class="summary" role="alert" tabindex="-1">
    <p>${msg(str`Fix these fields before saving: ${formatNumber(errors.length)}`)}</p>
    <ul>
      ${errors.map(
        (error) => html`<li><a href="#${fieldId(error.field)}" @click=${(event: Event) => follow(event, error.field)}>${fieldLabel(error.field)}: ${fieldErrorMessage(error)}</a></li>`,
      )}
    </ul>
  </div>`;
}

/** Saving, saved (and whether edits typed meanwhile still wait), or why it failed with Retry when retrying may work. */
export function renderSaveState(save: SaveState, retry: () => void): TemplateResult | typeof nothing {
  switch (save.kind) {
    case 'saving':
      return html`<p part="message" role="status">${msg('Saving…')}</p>`;
    case 'saved':
      return html`<p part="message" role="status">${save.pendingEdits
        ? msg('Billing information saved. What you changed while it was saving is not saved yet: Save again to keep it.')
        : msg('Billing information saved.')}</p>`;
    case 'failed':
      return html`<div part="message" class="error" role="alert">
        <p>${msg('Not saved; everything you typed is kept.')} <span dir="auto">${save.message}</span></p>
        ${save.retry ? html`<button type="button" part="command" class="command" @click=${retry}>${msg('Retry')}</button>` : nothing}
      </div>`;
    default:
      return nothing;
  }
}
