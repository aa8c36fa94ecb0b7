/**
 * How the last save of <tag-editor> went: a template over the save controller's state, loaded with the save
 * (save.part.ts). "Saving tags…" is the controller's own: it shows while this code may still be on its way.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../localization/labels.js';
import type { SaveState } from './save-state.js';

export function renderSaveState(save: SaveState): TemplateResult | typeof nothing {
  switch (save.kind) {
    case 'saved':
      return html`<p part="message" class="message" role="status">
        ${msg(str`Tags saved. Customers updated: ${formatNumber(save.updated)}.`)}
        ${save.skipped ? msg(str`Left out, without a reseller relationship: ${formatNumber(save.skipped)}.`) : nothing}
      </p>`;
    case 'failed':
      return html`<p part="message" class="message error" role="alert">
        ${msg('The tags were not saved; nothing changed.')} <span dir="auto">${save.message}</span> ${msg('Your choices are kept: Save to try again.')}
      </p>`;
    default:
      return nothing;
  }
}
