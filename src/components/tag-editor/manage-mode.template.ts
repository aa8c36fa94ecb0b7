/**
 * The template of <tag-editor>'s manage mode: rename and delete tags of the partner's set. It draws the state of
 * the manage controller and calls it back, so the element's file stays about the checklist.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isolate } from '../../internal/isolate.js';
import { formatNumber } from '../../localization/labels.js';
import { userText } from '../../internal/user-text.js';
import type { DeleteState, ManageMode, RenameState } from './manage-mode.js';

export function renderManageList(manage: ManageMode, tags: readonly string[], busy: boolean): TemplateResult {
  return html`<ul part="list" class="list manage" aria-label=${msg('Tags of the partner')}>
    ${tags.map((tag) => html`<li part="manage-row" class="manage-row" data-tag=${tag}>${renderRow(manage, tag, busy)}</li>`)}
  </ul>`;
}

function renderRow(manage: ManageMode, tag: string, busy: boolean): TemplateResult {
  if (manage.renaming?.tag === tag) return renderRename(manage, manage.renaming, busy);
  if (manage.deleting?.tag === tag) return renderDeleteConfirmation(manage, manage.deleting, busy);
  return html`<span class="name" dir="auto">${userText(tag)}</span>
    <button type="button" part="rename-button" class="command small" data-action="rename" aria-label=${msg(str`Rename tag ${tag}`)} @click=${() => manage.startRename(tag)}>${msg('Rename')}</button>
    <button type="button" part="delete-button" class="command small" data-action="delete" aria-label=${msg(str`Delete tag ${tag}`)} @click=${() => void manage.startDelete(tag)}>${msg('Delete')}</button>`;
}

function renderRename(manage: ManageMode, renaming: RenameState, busy: boolean): TemplateResult {
  return html`<input
      class="filter"
      part="rename-input"
      aria-label=${msg(str`New name for tag ${renaming.tag}`)}
      aria-invalid=${renaming.error ? 'true' : 'false'}
      aria-describedby="rename-message"
      dir="auto"
      spellcheck="false"
      autocomplete="off"
      .value=${live(renaming.text)}
      @input=${(event: Event) => manage.renameInput((event.target as HTMLInputElement).value)}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        void manage.rename();
      }}
    />
    <button type="button" class="command small primary" data-action="apply-rename" aria-disabled=${busy ? 'true' : 'false'} @click=${() => void manage.rename()}>${msg('Rename')}</button>
    <button type="button" class="command small" data-action="cancel" @click=${() => manage.cancel()}>${msg('Cancel')}</button>
    <p id="rename-message" class="message error" part="message" role="alert">${renaming.error ?? nothing}</p>`;
}

function renderDeleteConfirmation(manage: ManageMode, deleting: DeleteState, busy: boolean): TemplateResult {
  const question =
    deleting.carriers === undefined
      ? msg('Counting the customers that carry it…')
      : deleting.carriers === 0
        ? msg('No customer carries it.')
        : msg(str`Customers carrying it: ${formatNumber(deleting.carriers)}.`);
  return html`<p class="message" part="message" role="alert" id="delete-question">
      ${msg(str`Delete the tag “${isolate(deleting.tag)}”?`)} ${question}
      ${deleting.error ? html`<span class="error" dir="auto">${deleting.error}</span>` : nothing}
    </p>
    <button
      type="button"
      class="command small primary"
      data-action="confirm-delete"
      aria-describedby="delete-question"
      aria-disabled=${busy || deleting.carriers === undefined ? 'true' : 'false'}
      @click=${() => void manage.delete()}
    >${msg('Delete')}</button>
    <button type="button" class="command small" data-action="cancel" @click=${() => manage.cancel()}>${msg('Keep')}</button>`;
}
