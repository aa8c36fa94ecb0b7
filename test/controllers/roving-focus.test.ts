/** RovingFocusController on a bare list: one Tab stop, arrows, Home/End, and the way out above the first item. */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { RovingFocusController } from '../../src/controllers/roving-focus.js';
import { deepActiveElement, press, tabTo } from '../support/browser/input.js';
import { waitUntil } from '../support/browser/wait.js';

class RovingList extends LitElement {
  items = ['one', 'two', 'three'];
  readonly roving = new RovingFocusController(this, {
    keys: () => this.items,
    item: (key) => this.renderRoot.querySelector<HTMLElement>(`[data-key="${key}"]`),
    beforeFirst: () => this.renderRoot.querySelector<HTMLElement>('input')?.focus(),
  });

  protected override render(): TemplateResult {
    return html`<input aria-label="above" />
      <div role="listbox" @keydown=${(event: KeyboardEvent) => this.roving.handleKey(event)}>
        ${this.items.map((key) => html`<div role="option" data-key=${key} tabindex=${this.roving.tabIndex(key)} @focus=${() => this.roving.focused(key)}>${key}</div>`)}
      </div>`;
  }
}
customElements.define('roving-list', RovingList);

const focusedKey = () => (deepActiveElement() as HTMLElement | undefined)?.dataset.key;

async function pressAndWait(element: RovingList, key: string, expected: string | undefined): Promise<void> {
  await press(key);
  await waitUntil(() => focusedKey() === expected, `${key} did not move focus to ${String(expected)} (on ${String(focusedKey())})`);
  await element.updateComplete;
}

describe('RovingFocusController', () => {
  it('gives the list one Tab stop, moves with arrows, Home and End, and leaves upwards from the first item', async () => {
    const list = await fixture<RovingList>(html`<roving-list></roving-list>`);
    const first = list.renderRoot.querySelector<HTMLElement>('[data-key=one]')!;
    await tabTo(first);

    await pressAndWait(list, 'ArrowDown', 'two');
    await pressAndWait(list, 'End', 'three');
    await pressAndWait(list, 'ArrowDown', 'three');
    await pressAndWait(list, 'Home', 'one');
    const tabStops = [...list.renderRoot.querySelectorAll<HTMLElement>('[data-key]')].filter((item) => item.tabIndex === 0).length;
    await press('ArrowUp');
    await waitUntil(() => deepActiveElement()?.tagName === 'INPUT', 'ArrowUp on the first item did not leave the list');

    expect(tabStops).to.equal(1);
  });

  it('keeps the Tab stop on the item last focused, and follows it through a rename', async () => {
    const list = await fixture<RovingList>(html`<roving-list></roving-list>`);
    await tabTo(list.renderRoot.querySelector<HTMLElement>('[data-key=one]')!);
    await pressAndWait(list, 'ArrowDown', 'two');

    list.items = ['one', 'deux', 'three'];
    list.roving.renamed('two', 'deux');
    await list.updateComplete;

    expect(list.renderRoot.querySelector<HTMLElement>('[data-key=deux]')!.tabIndex).to.equal(0);
    expect(list.renderRoot.querySelector<HTMLElement>('[data-key=one]')!.tabIndex).to.equal(-1);
  });
});
