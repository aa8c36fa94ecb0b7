/**
 * What an expanded activity row shows: the fields that changed (old → new, field by field), the customized
 * data, the resource and the correlation id. Every value from a record (field names and keys too) is drawn as
 * text, isolated, its direction controls shown as markers, wrapped and clipped to a few lines with the whole value
 * in its tooltip, so markup, a formula or a 10 000-character name stays inert and in its box. Loaded by
 * `import()` on the first expand (activity-details.ts, which draws the panel around it).
 */
import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { adoptLazyStyles } from '../../internal/load/lazy-styles.js';
import { clampStyles } from '../../internal/clamp-styles.js';
import { revealDirectionControls, userText } from '../../internal/user-text.js';
import { resourceLabel } from '../../localization/activity-labels.js';
import type { ActivityRecord } from '../../model/activity.js';
import { diffValues } from '../../model/activity-diff.js';

/**
 * The details' rules, adopted by the log's shadow root when this part loads (`adoptDetailsStyles`). Each value is
 * clamped to a few lines, so the panel stays short; in `.facts`, a key as long as a page gets at most 40% of the
 * width, wrapped, never the whole panel.
 */
const detailsStyles = css`
  .changes {
    max-width: 100%;
    border-collapse: collapse;
    margin-block-end: 0.5rem;
  }

  .changes caption {
    text-align: start;
    font-weight: 600;
  }

  .changes th,
  .changes td {
    max-width: 24rem;
    padding: 0.125rem 0.75rem 0.125rem 0;
    text-align: start;
    vertical-align: top;
  }

  .facts {
    display: grid;
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: 0.125rem 1rem;
    margin: 0;
  }

  .facts dt {
    color: var(--_muted);
  }

  .facts dt,
  .facts dd {
    margin: 0;
    min-width: 0;
  }

  .muted {
    color: var(--_muted);
  }
`;

/** Gives the log's shadow root the details' rules, once (here, so the adopting code loads with them). */
export function adoptDetailsStyles(host: HTMLElement): void {
  adoptLazyStyles(host, clampStyles);
  adoptLazyStyles(host, detailsStyles);
}

/** A record's details, drawn inside its panel. */
export function renderDetails(record: ActivityRecord): TemplateResult {
  const changes = diffValues(record.resourceOldValue, record.resourceNewValue);
  return html`${changes.length
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
    </dl>`;
}

function value(text: string | undefined): TemplateResult | typeof nothing {
  if (text === undefined) return html`<span class="muted">${msg('(none)')}</span>`;
  return html`<span class="value clamp" dir="auto" title=${revealDirectionControls(text)}>${userText(text)}</span>`;
}
