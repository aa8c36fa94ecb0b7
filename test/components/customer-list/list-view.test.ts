/**
 * ListView on a bare host: when a view change is the agent's (reported) or the host's (not), what is stored, and
 * what a view applied at once does to the sort.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ListView } from '../../../src/components/customer-list/view/list-view.js';
import { defaultViewState, type ViewState } from '../../../src/model/view-state.js';

class ViewHost extends LitElement {
  shown: ViewState = defaultViewState();
}
customElements.define('list-view-host', ViewHost);

interface Setup {
  element: ViewHost;
  view: ListView;
  reported: ViewState[];
  writes: ViewState[];
}

async function setup(options: { persistKey?: string } = {}): Promise<Setup> {
  const element = await fixture<ViewHost>(html`<list-view-host></list-view-host>`);
  const reported: ViewState[] = [];
  const writes: ViewState[] = [];
  element.addEventListener('view-state-change', (event) => reported.push((event as Event & { viewState: ViewState }).viewState));
  const view = new ListView(element, {
    persistKey: () => options.persistKey ?? '',
    read: () => element.shown,
    write: (state) => {
      writes.push(state);
      element.shown = { ...state, sort: element.shown.sort };
    },
    sort: (sort) => (element.shown = { ...element.shown, sort: [...sort] }),
    root: () => element.shadowRoot,
  });
  return { element, view, reported, writes };
}

const sorted: ViewState = { ...defaultViewState(), sort: [{ column: 'companyName', direction: 'desc' }] };

describe('ListView', () => {
  afterEach(() => localStorage.removeItem('list-view-test'));

  it('reports a change the agent made once, after the update, and not one the host made', async () => {
    const { element, view, reported } = await setup();
    element.shown = { ...defaultViewState(), searchText: 'north' };
    view.noteChange(true);
    expect(reported, 'not before the update').to.have.length(0);
    await element.updateComplete;
    expect(reported.map((state) => state.searchText)).to.deep.equal(['north']);

    element.shown = { ...defaultViewState(), searchText: 'south' };
    view.noteChange(false);
    await element.updateComplete;
    expect(reported, 'the host changed it').to.have.length(1);

    view.noteChange(true);
    await element.updateComplete;
    expect(reported, 'nothing changed since the last report').to.have.length(1);
  });

  it('does not take the sort a view sets, when the table reports it back, for the agent sorting', async () => {
    const { element, view, reported, writes } = await setup();
    view.apply(sorted);
    expect(writes).to.have.length(1);
    view.sortChanged(sorted.sort);
    await element.updateComplete;
    expect(reported, 'the view set the sort').to.have.length(0);

    element.shown = { ...sorted, sort: [{ column: 'id', direction: 'asc' }] };
    view.sortChanged(element.shown.sort);
    await element.updateComplete;
    expect(reported.map((state) => state.sort)).to.deep.equal([[{ column: 'id', direction: 'asc' }]]);
  });

  it('stores the changed view under the persist key and loads it for a new key, unless the host set one', async () => {
    const first = await setup({ persistKey: 'list-view-test' });
    first.view.persistKeyChanged();
    first.element.shown = { ...defaultViewState(), searchText: 'kept' };
    first.view.noteChange(true);
    await first.element.updateComplete;
    expect(JSON.parse(localStorage.getItem('list-view-test')!).view.searchText).to.equal('kept');

    const second = await setup({ persistKey: 'list-view-test' });
    second.view.persistKeyChanged();
    expect(second.element.shown.searchText, 'restored from storage').to.equal('kept');

    const third = await setup({ persistKey: 'list-view-test' });
    third.view.setByHostValue({ ...defaultViewState(), searchText: 'from the link' });
    third.view.persistKeyChanged();
    expect(third.element.shown.searchText, 'a view the host set wins').to.equal('from the link');
  });

  it('ignores a value that is not a view, with a warning', async () => {
    const { view, writes } = await setup();
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      view.setByHostValue({ version: 99 } as unknown as ViewState);
    } finally {
      console.warn = warn;
    }
    expect(writes).to.have.length(0);
    expect(String(warnings[0])).to.contain('ignoring a viewState');
  });
});
