/**
 * TagFit on a bare host that draws a Tags header cell and one row of chips: where it reads the list's font.
 * A getComputedStyle inside a render forces the browser to recalculate the style of whatever that render has
 * already changed; in the list's first-rows render that cost 3–4 ms (bench (1)), so the font is read when the
 * column's width is first observed, never while rows are drawn.
 */
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { TagFit } from '../../../src/components/customer-list/grid/tag-fit.js';
import { waitUntil } from '../../support/browser/wait.js';

const TAGS = ['VIP', 'Gold', 'EMEA', 'Retail', 'Cloud'];

class TagFitHost extends LitElement {
  tags: readonly string[] = [];
  /** Which element each getComputedStyle call made inside render() was for. */
  readonly readsInRender: Element[] = [];
  private readonly fit = new TagFit(this, () => this.renderRoot.querySelector<HTMLElement>('.header [data-column-id=tags]'));

  protected override render() {
    const read = window.getComputedStyle;
    window.getComputedStyle = (element, pseudo) => {
      this.readsInRender.push(element);
      return read.call(window, element, pseudo);
    };
    try {
      const { shown, hidden } = this.fit.split(this.tags);
      return html`
        <div class="header"><div data-column-id="tags" style="width: 40rem">Tags</div></div>
        <div class="row">${shown.map((tag) => html`<span class="tag">${tag}</span>`)}${hidden.length ? html`<span class="tag more">+${hidden.length}</span>` : ''}</div>
      `;
    } finally {
      window.getComputedStyle = read;
    }
  }
}
customElements.define('tag-fit-host', TagFitHost);

describe('TagFit (the Tags column: whole chips and "+N")', () => {
  it('reads the font when the column is first measured, not in a render that draws chips', async () => {
    const host = await fixture<TagFitHost>(fixtureHtml`<tag-fit-host></tag-fit-host>`);
    host.tags = TAGS;
    host.requestUpdate();
    const chips = () => [...host.renderRoot.querySelectorAll('.row .tag')].map((chip) => chip.textContent);
    // Until the column is measured a row shows three chips and "+2"; 40rem holds all five once measured.
    await waitUntil(() => chips().length === TAGS.length && !chips().includes('+2'), 'every chip drawn once the column is measured');
    expect(chips()).to.deep.equal(TAGS);
    expect(host.readsInRender, 'getComputedStyle calls inside render()').to.deep.equal([]);
  });
});
