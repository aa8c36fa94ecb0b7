/**
 * LazyPart, on a bare host: a part loads on the agent's first action and not before, loads once however often
 * it is asked for, draws the shared failure view when the load fails, and Retry loads it again.
 */
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement, nothing } from 'lit';
import { LazyPart } from '../../src/controllers/lazy-part.js';
import { renderLoadFailure } from '../../src/internal/load/load-failure.js';
import { click } from '../support/browser/input.js';
import { waitUntil } from '../support/browser/wait.js';

interface MenuModule {
  renderMenu(): unknown;
}

/** An importer that answers when told to, and fails while `failWith` is set. */
class Importer {
  calls = 0;
  failWith: unknown;
  private release: (() => void) | undefined;
  readonly load = async (): Promise<MenuModule> => {
    this.calls++;
    await new Promise<void>((resolve) => (this.release = resolve));
    if (this.failWith) throw this.failWith;
    return { renderMenu: () => html`<ul part="menu"><li>Rename view</li></ul>` };
  };
  answer(): void {
    this.release?.();
  }
}

let importer: Importer;

class LazyHost extends LitElement {
  readonly menu = new LazyPart(this, () => importer.load());
  opened = false;

  override render(): unknown {
    const { value, error, pending } = this.menu;
    return html`<button type="button" @click=${() => this.open()}>Views</button>
      ${!this.opened ? nothing : value ? value.renderMenu() : error ? renderLoadFailure({ error, what: 'The menu could not be loaded.', retry: () => void this.menu.load().catch(() => undefined) }) : pending ? html`<p part="busy">Loading…</p>` : nothing}`;
  }

  private open(): void {
    this.opened = true;
    this.menu.load().catch(() => undefined);
    this.requestUpdate();
  }
}
customElements.define('lazy-part-host', LazyHost);

const shadow = (host: LazyHost) => host.shadowRoot!;
const text = (host: LazyHost) => shadow(host).textContent!.replace(/\s+/g, ' ').trim();

describe('LazyPart', () => {
  beforeEach(() => {
    importer = new Importer();
  });

  it('loads nothing until the agent acts, then draws busy, then the part', async () => {
    const host = await fixture<LazyHost>(fixtureHtml`<lazy-part-host></lazy-part-host>`);
    expect(importer.calls, 'nothing loads on the first render').to.equal(0);
    await click(shadow(host).querySelector('button')!);
    await waitUntil(() => text(host).includes('Loading…'), 'busy while the part loads');
    expect(host.menu.pending).to.equal(true);
    importer.answer();
    await waitUntil(() => shadow(host).querySelector('[part=menu]') !== null, 'the part is drawn once loaded');
    expect(host.menu.pending).to.equal(false);
    expect(text(host)).to.include('Rename view');
  });

  it('loads once, however often the action repeats', async () => {
    const host = await fixture<LazyHost>(fixtureHtml`<lazy-part-host></lazy-part-host>`);
    const button = shadow(host).querySelector('button')!;
    await click(button);
    await click(button);
    importer.answer();
    await waitUntil(() => host.menu.value !== undefined, 'loaded');
    await click(button);
    expect(importer.calls).to.equal(1);
  });

  it('prefetches once, does not retry a failed prefetch, and loads again when the agent acts', async () => {
    const host = await fixture<LazyHost>(fixtureHtml`<lazy-part-host></lazy-part-host>`);
    importer.failWith = new TypeError('Failed to fetch dynamically imported module');
    host.menu.prefetch();
    host.menu.prefetch();
    importer.answer();
    await waitUntil(() => host.menu.error !== undefined, 'the prefetch failed');
    // The failure rendered the host again: a prefetch from a render must not start another load.
    host.menu.prefetch();
    await host.updateComplete;
    expect(importer.calls, 'one prefetch, not retried').to.equal(1);
    importer.failWith = undefined;
    await click(shadow(host).querySelector('button')!);
    expect(importer.calls, 'the action loads again').to.equal(2);
    importer.answer();
    await waitUntil(() => shadow(host).querySelector('[part=menu]') !== null, 'the part is drawn');
  });

  it('draws the shared failure view when the load fails, and Retry loads again', async () => {
    const host = await fixture<LazyHost>(fixtureHtml`<lazy-part-host></lazy-part-host>`);
    importer.failWith = new TypeError('Failed to fetch dynamically imported module');
    await click(shadow(host).querySelector('button')!);
    importer.answer();
    await waitUntil(() => text(host).includes('The menu could not be loaded.'), 'the failure is drawn');
    expect(shadow(host).querySelector('[role=alert]'), 'announced').to.exist;
    importer.failWith = undefined;
    const retry = [...shadow(host).querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Retry')!;
    await click(retry);
    expect(importer.calls, 'Retry loads again').to.equal(2);
    importer.answer();
    await waitUntil(() => shadow(host).querySelector('[part=menu]') !== null, 'the part is drawn after Retry');
    expect(host.menu.error).to.equal(undefined);
  });
});
