/**
 * Small elements that use the shared overlay layer the way the library's elements do, for its tests: a modal
 * dialog with an inline rename mode and a "Discard?" question, a popover menu its command opens, and an outer
 * element whose dialog holds an inner one (nested shadow roots, as the list's side panel holds the billing form).
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { DiscardPrompt, EscapeLayer, OverlayController, type OverlayCloseReason } from '../../../src/internal/overlay/index.js';

/** What the fixtures were asked and told, in order: `request:escape`, `closed:escape`, `kept`, `discarded`… */
export type Log = string[];

/** A modal dialog opened from a button, with a rename field (an inline mode) and unsaved edits to confirm. */
export class DialogFixture extends LitElement {
  readonly log: Log = [];
  /** Refuses every close request while true. */
  refuse = false;
  /** Asks "Discard?" instead of closing while true. */
  unsaved = false;
  renaming = false;

  readonly overlay = new OverlayController(this, {
    element: () => this.renderRoot.querySelector('dialog'),
    fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('#fallback'),
    closeRequested: (reason) => this.handleCloseRequest(reason),
    closed: (reason) => this.log.push(`closed:${reason}`),
  });

  readonly rename = new EscapeLayer(this, {
    active: () => this.renaming,
    element: () => this.renderRoot.querySelector('.rename'),
    dismiss: () => this.endRename(),
  });

  readonly prompt = new DiscardPrompt(this, {
    scope: () => this.renderRoot.querySelector('dialog'),
    discard: () => {
      this.log.push('discarded');
      this.overlay.close('discard');
    },
    kept: () => this.log.push('kept'),
    fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('h2'),
  });

  private handleCloseRequest(reason: OverlayCloseReason): boolean {
    this.log.push(`request:${reason}`);
    if (this.refuse) return false;
    if (!this.unsaved) return true;
    void this.prompt.ask();
    return false;
  }

  async startRename(): Promise<void> {
    this.renaming = true;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('.rename input')?.focus();
  }

  endRename(): void {
    this.renaming = false;
    this.log.push('rename-ended');
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-action=rename]')?.focus());
  }

  protected override render(): TemplateResult {
    return html`<button id="open" @click=${() => void this.overlay.open()}>Open</button>
      <button id="fallback">Fallback</button>
      <dialog aria-labelledby="title">
        ${this.overlay.isOpen
          ? html`<h2 id="title" tabindex="-1">Title</h2>
              <input id="field" aria-label="Field" />
              ${this.prompt.render({ question: 'Discard your changes?', detail: 'Your edits will be lost.', keep: 'Keep editing', discard: 'Discard' })}
              ${this.renaming ? html`<div class="rename"><input aria-label="New name" /></div>` : html`<button data-action="rename" @click=${() => void this.startRename()}>Rename</button>`}
              <form method="dialog"><button id="done">Done</button></form>
              <button id="close" @click=${() => this.overlay.requestClose('button')}>Close</button>`
          : nothing}
      </dialog>`;
  }
}
customElements.define('overlay-dialog-fixture', DialogFixture);

/** A popover menu that its command opens (`popovertarget`), with a control outside it to click. */
export class PopoverFixture extends LitElement {
  readonly log: Log = [];
  readonly overlay = new OverlayController(this, {
    element: () => this.renderRoot.querySelector<HTMLElement>('#menu'),
    initialFocus: (menu) => menu.querySelector('button'),
    returnFocus: () => this.renderRoot.querySelector<HTMLElement>('#command'),
    closeRequested: (reason) => (this.log.push(`request:${reason}`), true),
    opened: () => this.log.push('opened'),
    closed: (reason) => this.log.push(`closed:${reason}`),
  });

  protected override render(): TemplateResult {
    return html`<button id="command" popovertarget="menu">Menu</button>
      <input id="outside" aria-label="Outside" />
      <div id="menu" popover role="dialog" aria-label="Menu"><button id="item">Item</button></div>`;
  }
}
customElements.define('overlay-popover-fixture', PopoverFixture);

/** A form-like element with a "Discard?" question scoped to itself, as the billing form has. */
export class EditorFixture extends LitElement {
  readonly log: Log = [];
  readonly prompt = new DiscardPrompt(this, {
    discard: () => this.log.push('discarded'),
    kept: () => this.log.push('kept'),
    fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('#cancel'),
  });

  protected override render(): TemplateResult {
    return html`<input id="name" aria-label="Name" />
      <button id="cancel" @click=${() => void this.prompt.ask()}>Cancel</button>
      ${this.prompt.render({ question: 'Discard your changes?', keep: 'Keep editing', discard: 'Discard' })}`;
  }
}
customElements.define('overlay-editor-fixture', EditorFixture);

/** A modal side panel holding an editor in its own shadow root. */
export class PanelFixture extends LitElement {
  readonly log: Log = [];
  readonly overlay = new OverlayController(this, {
    element: () => this.renderRoot.querySelector('dialog'),
    closeRequested: (reason) => (this.log.push(`request:${reason}`), true),
    closed: (reason) => this.log.push(`closed:${reason}`),
  });

  get editor(): EditorFixture {
    return this.renderRoot.querySelector<EditorFixture>('overlay-editor-fixture')!;
  }

  protected override render(): TemplateResult {
    return html`<button id="open" @click=${() => void this.overlay.open()}>Open panel</button>
      <dialog aria-label="Panel">${this.overlay.isOpen ? html`<h2 tabindex="-1">Panel</h2><overlay-editor-fixture></overlay-editor-fixture>` : nothing}</dialog>`;
  }
}
customElements.define('overlay-panel-fixture', PanelFixture);
