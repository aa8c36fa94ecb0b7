/**
 * The shared way to load, on a bare host: a `@lit/task` drawn through `renderLoad` with the one failure view,
 * `loadArgsEqual` (a swapped source reloads, an equal query does not), and the FocusKeeper that keeps focus in
 * the element when Retry goes with its message.
 */
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { Task } from '@lit/task';
import { html, LitElement, type TemplateResult } from 'lit';
import { AdapterError } from '../../src/adapter/adapter-error.js';
import { FocusKeeper } from '../../src/controllers/focus-keeper.js';
import { loadArgsEqual, renderLoad } from '../../src/internal/load/load-task.js';
import { click, expectFocusOn, tabTo } from '../support/browser/input.js';
import { waitUntil } from '../support/browser/wait.js';

/** A data source that answers when told to, and fails while `failWith` is set. */
class Source {
  calls: string[] = [];
  failWith: unknown;
  private release: (() => void) | undefined;
  constructor(readonly name: string) {}

  async load(query: { text: string }): Promise<string> {
    this.calls.push(query.text);
    await new Promise<void>((resolve) => (this.release = resolve));
    if (this.failWith) throw this.failWith;
    return `${this.name}: ${query.text}`;
  }

  answer(): void {
    this.release?.();
    this.release = undefined;
  }
}

class LoadHost extends LitElement {
  static override properties = { source: { attribute: false }, query: { attribute: false } };
  source: Source | undefined;
  query = { text: 'a' };

  readonly task = new Task(this, {
    task: ([source, query]) => source!.load(query),
    args: () => [this.source, this.query] as const,
    argsEqual: loadArgsEqual,
  });

  readonly focusKeeper = new FocusKeeper(this, { destination: () => this.renderRoot.querySelector<HTMLElement>('h2') });

  protected override render(): TemplateResult {
    return html`<h2 tabindex="-1">Things</h2>
      <button type="button" class="stays">Stays</button>
      ${renderLoad(this.task, {
        pending: () => html`<p class="loading" role="status">Loading…</p>`,
        complete: (value) => html`<p class="value">${value}</p>`,
        failure: { what: 'The things could not be loaded.', part: 'message', classes: 'message' },
      })}`;
  }
}
customElements.define('load-view-host', LoadHost);

async function mount(source: Source): Promise<LoadHost> {
  const element = await fixture<LoadHost>(fixtureHtml`<load-view-host .source=${source}></load-view-host>`);
  await waitUntil(() => source.calls.length > 0, 'the first load started');
  return element;
}

const root = (element: LoadHost) => element.shadowRoot!;
const retry = (element: LoadHost) => [...root(element).querySelectorAll('button')].find((button) => button.textContent === 'Retry');

async function failed(element: LoadHost, source: Source): Promise<void> {
  source.failWith = new AdapterError('server', 'The server failed to answer (GET /v1/things: HTTP 500)', { status: 500 });
  source.answer();
  await waitUntil(() => retry(element), 'the failure view with Retry');
}

describe('the shared load view', () => {
  it('draws the pending state, then the value, through task.render', async () => {
    const source = new Source('one');
    const element = await mount(source);
    expect(root(element).querySelector('.loading')!.textContent).to.equal('Loading…');
    source.answer();
    await waitUntil(() => root(element).querySelector('.value'), 'the value');
    expect(root(element).querySelector('.value')!.textContent).to.equal('one: a');
  });

  it('shows the failure in one sentence, the request details in a disclosure, and Retry', async () => {
    const source = new Source('one');
    const element = await mount(source);
    await failed(element, source);
    const view = root(element).querySelector('[part=message]')!;
    expect(view.getAttribute('role')).to.equal('alert');
    expect(view.classList.contains('message') && view.classList.contains('error')).to.equal(true);
    expect(view.querySelector('p')!.textContent).to.equal('The things could not be loaded. The service failed to answer. Try again in a moment.');
    expect(view.querySelector('details code')!.textContent).to.equal('The server failed to answer (GET /v1/things: HTTP 500)');
  });

  it('loads again on Retry and keeps focus in the element while loading and after', async () => {
    const source = new Source('one');
    const element = await mount(source);
    await failed(element, source);
    source.failWith = undefined;
    await click(retry(element)!);
    await waitUntil(() => root(element).querySelector('.loading'), 'loading again after Retry');
    expectFocusOn(root(element).querySelector('h2'), 'Retry went with its message');
    source.answer();
    await waitUntil(() => root(element).querySelector('.value'), 'the value after Retry');
    expectFocusOn(root(element).querySelector('h2'), 'once loaded');
    expect(source.calls).to.deep.equal(['a', 'a']);
  });

  it('leaves focus alone on a control that stays', async () => {
    const source = new Source('one');
    const element = await mount(source);
    const stays = root(element).querySelector<HTMLElement>('.stays')!;
    await tabTo(stays);
    source.answer();
    await waitUntil(() => root(element).querySelector('.value'), 'the value');
    expectFocusOn(stays, 'focus was on a control the render kept');
  });

  it('loads again when the source is swapped, even for one holding the same data', async () => {
    const first = new Source('same');
    const element = await mount(first);
    first.answer();
    await waitUntil(() => root(element).querySelector('.value'), 'the first value');
    const second = new Source('same');
    // Equal by value to `first`: only identity tells them apart.
    element.source = second;
    await waitUntil(() => second.calls.length === 1, 'the swapped source was asked');
    second.answer();
    await waitUntil(() => root(element).querySelector('.value'), 'the value from the swapped source');
  });

  it('does not load again for an equal query in a new object', async () => {
    const source = new Source('one');
    const element = await mount(source);
    source.answer();
    await waitUntil(() => root(element).querySelector('.value'), 'the value');
    element.query = { text: 'a' };
    await element.updateComplete;
    expect(source.calls).to.deep.equal(['a']);
    element.query = { text: 'b' };
    await waitUntil(() => source.calls.length === 2, 'a changed query loads');
    expect(source.calls).to.deep.equal(['a', 'b']);
  });
});

describe('loadArgsEqual', () => {
  it('compares the source by identity and the rest by value', () => {
    const a = new Source('x');
    const b = new Source('x');
    expect(loadArgsEqual([a, { text: 'q', tags: ['t'] }], [a, { text: 'q', tags: ['t'] }])).to.equal(true);
    expect(loadArgsEqual([a, { text: 'q' }], [b, { text: 'q' }])).to.equal(false);
    expect(loadArgsEqual([a, { text: 'q' }], [a, { text: 'r' }])).to.equal(false);
    expect(loadArgsEqual([a], [a, 1])).to.equal(false);
  });
});
