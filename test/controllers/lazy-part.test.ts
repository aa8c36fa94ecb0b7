/**
 * LazyPart, on a bare host: a part loads on the agent's first action and not before, loads once however often
 * it is asked for, draws the shared failure view when the load fails, and Retry loads it again. Then `when()`,
 * `cancel()` and `retry()` (the agent's action kept while the part loads), and `renderLazy` drawing busy,
 * failure and the part, as the elements' lazy parts use them.
 */
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement, nothing } from 'lit';
import { LazyPart } from '../../src/controllers/lazy-part.js';
import { renderLazy } from '../../src/controllers/render-lazy.js';
import { renderLoadFailure } from '../../src/internal/load/load-failure.js';
import { click, hover } from '../support/browser/input.js';
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

/**
 * A host whose buttons ask the part for something (`when`), as an element's commands do, and draw it through
 * `renderLazy`: busy while an action waits, the failure only while one waits (a failed prefetch is nobody's
 * concern), the part once loaded. What the actions did is in `done`.
 */
class ActionHost extends LitElement {
  readonly menu = new LazyPart(this, () => importer.load());
  readonly done: string[] = [];
  /** What each `when()` resolved with, in order. */
  readonly outcomes: boolean[] = [];

  override render(): unknown {
    const button = (name: string) =>
      html`<button type="button" @pointerenter=${() => this.menu.prefetch()} @click=${() => void this.menu.when(() => this.done.push(name)).then((ran) => this.outcomes.push(ran))}>${name}</button>`;
    return html`${button('Rename')} ${button('Delete')}
      <button type="button" @click=${() => this.menu.cancel()}>Never mind</button>
      ${renderLazy(this.menu, (menu) => menu.renderMenu(), {
        busy: this.menu.waiting ? html`<p part="busy" role="status">Loading…</p>` : nothing,
        failure: this.menu.waiting && { what: 'The menu could not be loaded.' },
      })}`;
  }
}
customElements.define('lazy-part-action-host', ActionHost);

const shadow = (host: LitElement) => host.shadowRoot!;
const text = (host: LitElement) => shadow(host).textContent!.replace(/\s+/g, ' ').trim();
const buttonNamed = (host: LitElement, name: string) => [...shadow(host).querySelectorAll('button')].find((button) => button.textContent!.trim() === name)!;
const FETCH_FAILED = new TypeError('Failed to fetch dynamically imported module');

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
    // A prefetch starts after the update under way (here none): a microtask later.
    await waitUntil(() => importer.calls === 1, 'the prefetch asked for the part');
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

  describe('when(), cancel() and retry(), drawn by renderLazy', () => {
    it('an action asked for while the part loads runs as it arrives; of two, only the latest', async () => {
      const host = await fixture<ActionHost>(fixtureHtml`<lazy-part-action-host></lazy-part-action-host>`);
      await click(buttonNamed(host, 'Rename'));
      await click(buttonNamed(host, 'Delete'));
      await waitUntil(() => text(host).includes('Loading…'), 'busy while the actions wait');
      expect(host.menu.waiting).to.equal(true);
      expect(host.done, 'nothing runs before the part is there').to.deep.equal([]);
      importer.answer();
      await waitUntil(() => host.outcomes.length === 2, 'both actions settled');
      expect(host.done, 'the agent moved on from Rename: only Delete runs').to.deep.equal(['Delete']);
      expect(host.outcomes, 'dropped and done both resolve true').to.deep.equal([true, true]);
      expect(host.menu.waiting).to.equal(false);
      await waitUntil(() => shadow(host).querySelector('[part=menu]') !== null, 'the part is drawn');
      expect(text(host)).not.to.include('Loading…');
      expect(importer.calls, 'one load for both').to.equal(1);
    });

    it('runs the action at once when the part is there', async () => {
      const host = await fixture<ActionHost>(fixtureHtml`<lazy-part-action-host></lazy-part-action-host>`);
      const loaded = host.menu.load();
      importer.answer();
      await loaded;
      await click(buttonNamed(host, 'Rename'));
      expect(host.done, 'done within the click').to.deep.equal(['Rename']);
      expect(host.menu.waiting).to.equal(false);
      expect(importer.calls).to.equal(1);
    });

    it('draws busy when the agent acts on a part that a prefetch is already loading', async () => {
      const host = await fixture<ActionHost>(fixtureHtml`<lazy-part-action-host></lazy-part-action-host>`);
      await hover(buttonNamed(host, 'Rename'));
      await waitUntil(() => host.menu.pending, 'the pointer prefetches');
      await host.updateComplete;
      expect(text(host), 'a prefetch alone draws nothing').not.to.include('Loading…');
      await click(buttonNamed(host, 'Rename'));
      await waitUntil(() => text(host).includes('Loading…'), 'the waiting action is drawn as busy');
      expect(importer.calls, 'the prefetch serves the action').to.equal(1);
      importer.answer();
      await waitUntil(() => host.done.length === 1, 'the action ran');
    });

    it('cancel() drops the waiting action: the part arrives and nothing runs', async () => {
      const host = await fixture<ActionHost>(fixtureHtml`<lazy-part-action-host></lazy-part-action-host>`);
      await click(buttonNamed(host, 'Rename'));
      await waitUntil(() => text(host).includes('Loading…'), 'busy while the action waits');
      await click(buttonNamed(host, 'Never mind'));
      await waitUntil(() => !text(host).includes('Loading…'), 'no longer busy once the agent moved on');
      expect(host.menu.waiting).to.equal(false);
      importer.answer();
      await waitUntil(() => host.outcomes.length === 1, 'the dropped action settled');
      expect(host.done).to.deep.equal([]);
      expect(host.outcomes).to.deep.equal([true]);
    });

    it('a failed load resolves false and keeps the action; Retry loads again and runs it', async () => {
      const host = await fixture<ActionHost>(fixtureHtml`<lazy-part-action-host></lazy-part-action-host>`);
      importer.failWith = FETCH_FAILED;
      await click(buttonNamed(host, 'Rename'));
      importer.answer();
      await waitUntil(() => text(host).includes('The menu could not be loaded.'), 'the failure is drawn');
      expect(host.outcomes, 'the failed load resolves false').to.deep.equal([false]);
      expect(host.menu.waiting, 'the action waits for Retry').to.equal(true);
      expect(host.menu.pending, 'no load under way').to.equal(false);
      const alert = shadow(host).querySelector('[role=alert]')!;
      expect(alert.getAttribute('part'), 'the failure view as in a form or a popover').to.equal('message');
      expect(alert.classList.contains('message')).to.equal(true);
      importer.failWith = undefined;
      await click(buttonNamed(host, 'Retry'));
      expect(importer.calls, 'Retry loads again').to.equal(2);
      await waitUntil(() => text(host).includes('Loading…'), 'busy again while the action waits');
      importer.answer();
      await waitUntil(() => host.done.length === 1, 'the waiting action ran after Retry');
      expect(host.done).to.deep.equal(['Rename']);
      await waitUntil(() => shadow(host).querySelector('[part=menu]') !== null, 'the part is drawn after Retry');
    });

    it('draws no failure when nothing waits for the part (a failed prefetch), and the agent\'s action then loads again', async () => {
      const host = await fixture<ActionHost>(fixtureHtml`<lazy-part-action-host></lazy-part-action-host>`);
      importer.failWith = FETCH_FAILED;
      host.menu.prefetch();
      await waitUntil(() => importer.calls === 1, 'the prefetch asked for the part');
      importer.answer();
      await waitUntil(() => host.menu.error !== undefined, 'the prefetch failed');
      await host.updateComplete;
      expect(shadow(host).querySelector('[role=alert]'), 'a failed prefetch draws nothing').to.equal(null);
      importer.failWith = undefined;
      await click(buttonNamed(host, 'Delete'));
      expect(importer.calls, 'the action loads again').to.equal(2);
      importer.answer();
      await waitUntil(() => host.done.length === 1, 'the action ran');
    });

    it('retry() with no action waiting loads the part again', async () => {
      const host = await fixture<ActionHost>(fixtureHtml`<lazy-part-action-host></lazy-part-action-host>`);
      importer.failWith = FETCH_FAILED;
      const failed = host.menu.load().catch(() => undefined);
      importer.answer();
      await failed;
      importer.failWith = undefined;
      const retried = host.menu.retry();
      expect(host.menu.pending).to.equal(true);
      importer.answer();
      expect(await retried).to.equal(true);
      expect(host.menu.value, 'loaded').to.not.equal(undefined);
      expect(host.done, 'no action of the agent ran').to.deep.equal([]);
    });
  });
});
