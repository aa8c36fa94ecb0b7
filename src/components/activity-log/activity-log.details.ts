/**
 * What an expanded activity row shows: the fields that changed (old → new, field by field), the customized
 * data, the resource and the correlation id. Every value from a record (field names and keys too) is drawn as
 * text, isolated, its direction controls shown as markers, wrapped and clipped to a few lines with the whole value
 * in its tooltip, so markup, a formula or a 10 000-character name stays inert and in its box.

 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { revealDirectionControls, userText } from '../../internal/user-text.js';
import { resourceLabel } from '../../localization/activity-labels.js';
import { diffValues, type ActivityRecord } from '../../model/activity.js';

/** A record's details, in a region named `label` (as its disclosure button). `id` ties the button to it. */
export function renderDetails(record: ActivityRecord, id: string, label: string): TemplateResult {
  const changes = diffValues(record.resourceOldValue, record.resourceNewValue);
  return html`<div class="details-panel" part="details" id=${id} role="region" aria-label=${label}>
    ${changes.length
      ? html`<table class="changes">
          <caption>${msg('What changed')}</caption>
          <thead>
            <tr><th scope="col">${msg('Field')}</th><th scope="col">${msg('Before')}</th><th scope="col">${msg('After')}</th></tr>
          </thead>
          <tbody>
            ${changes.map(
              (change) => html`<tr>
                <th scope="row">${change.field ? value(change.field) : msg('Value')}</th>
                <td>${value(change.before)}</td>
                <td>${value(change.after)}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : html`<p class="muted">${msg('No values were recorded for this operation.')}</p>`}
    <dl class="facts">
      <dt>${msg('Resource')}</dt>
      <dd>${value(resourceLabel(record.resourceType))}</dd>
      ${record.customizedData.map((item) => html`<dt>${value(item.key)}</dt><dd>${value(item.value)}</dd>`)}
      <dt>${msg('Correlation ID')}</dt>
      <dd class="mono">${value(record.originalCorrelationId)}</dd>
    </dl>
  </div>`;
}

function value(text: string | undefined): TemplateResult | typeof nothing {
  if (text === undefined) return html`<span class="muted">${msg('(none)')}</span>`;
  return html`<span class="value" dir="auto" title=${revealDirectionControls(text)}>${userText(text)}</span>`;
}
