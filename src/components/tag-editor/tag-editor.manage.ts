/**
 * Manage mode of <tag-editor>: rename and delete tags of the partner's set. A plain template function over the
 * state it needs, so the element's file stays about the checklist.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isolate } from '../../internal/isolate.js';
import { formatNumber } from '../../localization/labels.js';
import { userText } from '../../internal/user-text.js';

export interface RenameState {
  tag: string;
  text: string;
  error?: string;
}

export interface DeleteState {
  tag: string;
  /** Customers carrying the tag; undefined while counting. */
  carriers?: number;
  error?: string;
}

export interface ManageContext {
  tags: readonly string[];
  renaming: RenameState | undefined;
  deleting: DeleteState | undefined;
  busy: boolean;
  onStartRename(tag: string): void;
  onRenameInput(text: string): void;
  onRename(): void;
  onStartDelete(tag: string): void;
  onDelete(): void;
  onCancel(): void;
}

export function renderManageList(context: ManageContext): TemplateResult {
  return html`<ul part="list" class="list manage" aria-label=${msg('Tags of the partner')}>
    ${context.tags.map((tag) => html`<li part="manage-row" class="manage-row" data-tag=${tag}>${renderRow(context, tag)}</li>`)}
  </ul>`;
}

function renderRow(context: ManageContext, tag: string): TemplateResult {
  if (context.renaming?.tag === tag) return renderRename(context, context.renaming);
  if (context.deleting?.tag === tag) return renderDeleteConfirmation(context, context.deleting);
  return html`<span class="name" dir="auto">${userText(tag)}</span>
    <button type="button" part="rename-button" class="command small" data-action="rename" aria-label=${msg(str`Rename tag ${tag}`)} @click=${() => context.onStartRename(tag)}>${msg('Rename')}</button>
    <button type="button" part="delete-button" class="command small" data-action="delete" aria-label=${msg(str`Delete tag ${tag}`)} @click=${() => context.onStartDelete(tag)}>${msg('Delete')}</button>`;
}

function renderRename(context: ManageContext, renaming: RenameState): TemplateResult {
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
      @input=${(event: Event) => context.onRenameInput((event.target as HTMLInputElement).value)}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        context.onRename();
      }}
    />
    <button type="button" class="command small primary" data-action="apply-rename" aria-disabled=${context.busy ? 'true' : 'false'} @click=${() => context.onRename()}>${msg('Rename')}</button>
    <button type="button" class="command small" data-action="cancel" @click=${() => context.onCancel()}>${msg('Cancel')}</button>
    <p id="rename-message" class="message error" part="message" role="alert">${renaming.error ?? nothing}</p>`;
}

function renderDeleteConfirmation(context: ManageContext, deleting: DeleteState): TemplateResult {
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
      aria-disabled=${context.busy || deleting.carriers === undefined ? 'true' : 'false'}
      @click=${() => context.onDelete()}
    >${msg('Delete')}</button>
    <button type="button" class="command small" data-action="cancel" @click=${() => context.onCancel()}>${msg('Keep')}</button>`;
}
