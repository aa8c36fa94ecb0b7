import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { CustomerRow } from '../../../src/model/customer.js';
import { setLocale } from '../../../src/localization/localization.js';
import '../../../src/components/tag-editor/tag-editor.js';
import type { TagEditor } from '../../../src/components/tag-editor/tag-editor.js';
import { drawnAt } from '../../support/browser/drawn.js';
import { choose, describe as describeElement } from '../../support/browser/input.js';
import { clickCheckbox, dataRows, mountList, settle, shadow } from './list-harness.js';

/** Whether `first` is drawn to the left of `second`: the reading order of left-to-right words. */
function drawnLeftOf(element: Element, first: string, second: string): boolean {
  return drawnAt(element, first) < drawnAt(element, second);
}

const LONG_TAGS = ['Enterprise renewal 2027', 'Strategic account EMEA', 'Migration wave three', 'Partner-led deal', 'Renewal Q4'];

function customer(index: number, tags: string[]): CustomerRow {
  return {
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    companyName: `Company ${index}`,
    primaryDomain: `company${index}.onmicrosoft.com`,
    relationship: index % 2 ? 'indirect-reseller' : 'cloud-reseller',
    ...(index % 2 ? { indirectReseller: { id: 'r1', name: 'Reseller One' } } : {}),
    tags,
  };
}

describe('<customer-list> clipped values', () => {
  afterEach(() => setLocale('en'));

  it('gives every clipped value its full text as a tooltip, in Polish too (regression: "Odsprzedawca w ch…" and "Nazwa domeny podstawo…" had none)', async () => {
    await setLocale('pl');
    // Column defaults fit the labels now; a long company name and domain are what still gets clipped.
    const long = (index: number) => ({ ...customer(index, LONG_TAGS), companyName: `Company ${index} of the long registered names of Łódź and Kraków`, primaryDomain: `company${index}-with-a-long-subdomain.onmicrosoft.com` });
    const list = await mountList({ adapter: new MemoryAdapter({ customers: Array.from({ length: 6 }, (_, index) => long(index)) }) });
    const clipped = [...shadow(list).querySelectorAll<HTMLElement>('.grid .clip')].filter((element) => element.scrollWidth > element.clientWidth + 1);
    expect(clipped.length, 'some values are clipped at this width').to.be.above(0);
    for (const element of clipped) {
      expect(element.title, `${describeElement(element)} is clipped`).to.equal(element.textContent!.trim());
    }
    const header = [...shadow(list).querySelectorAll<HTMLElement>('[role=columnheader] .clip')].map((label) => label.title);
    expect(header).to.include('Nazwa domeny podstawowej');
    const relationship = dataRows(list)[1]!.querySelector<HTMLElement>('.cell.relationship .clip')!;
    expect(relationship.title).to.equal(relationship.textContent);
  });

  it('keeps "+N" in view, shows the chips that fit whole, and lists every tag (regression: chips were cut mid-word and "+N" hidden)', async () => {
    const list = await mountList({ adapter: new MemoryAdapter({ customers: [customer(0, LONG_TAGS)] }) });
    const cell = dataRows(list)[0]!.querySelector<HTMLElement>('.cell.tags')!;
    const tagList = cell.querySelector<HTMLElement>('.tag-list')!;
    await waitUntil(() => cell.querySelector('.tag.more') && cell.querySelectorAll('.tag:not(.more)').length < LONG_TAGS.length, '"+N" drawn', { timeout: 20_000 });
    const more = cell.querySelector<HTMLElement>('.tag.more')!;
    const chips = [...cell.querySelectorAll<HTMLElement>('.tag:not(.more)')];
    expect(more.textContent).to.equal(`+${LONG_TAGS.length - chips.length}`);
    const edge = tagList.getBoundingClientRect().right;
    expect(more.getBoundingClientRect().right, '"+N" is inside the cell').to.be.at.most(edge + 0.5);
    for (const chip of chips) {
      expect(chip.getBoundingClientRect().right, `${describeElement(chip)} ends inside the cell`).to.be.at.most(edge + 0.5);
      if (chip.scrollWidth > chip.clientWidth) expect(getComputedStyle(chip).textOverflow).to.equal('ellipsis');
    }
    expect(tagList.title).to.equal(LONG_TAGS.join(', '));
    expect(cell.textContent, 'screen readers hear every tag').to.contain('Partner-led deal').and.to.contain('Renewal Q4');
  });

  it('shows the tag a filter matched on first (regression: it could be hidden behind "+N")', async () => {
    const list = await mountList({ adapter: new MemoryAdapter({ customers: [customer(0, LONG_TAGS), customer(1, ['Renewal Q4'])] }) });
    await waitUntil(() => shadow(list).querySelectorAll<HTMLSelectElement>('[part=filters] select')[1]!.options.length > 1, 'tags loaded', { timeout: 20_000 });
    await choose(shadow(list).querySelectorAll<HTMLSelectElement>('[part=filters] select')[1]!, 'Renewal Q4');
    await settle(list);
    const chips = [...dataRows(list)[0]!.querySelectorAll<HTMLElement>('.tag:not(.more)')].map((chip) => chip.textContent);
    expect(chips[0]).to.equal('Renewal Q4');
  });
});

describe('UI text in a right-to-left page', () => {
  beforeEach(() => (document.documentElement.dir = 'rtl'));
  afterEach(() => (document.documentElement.dir = 'ltr'));

  it('keeps English sentences in reading order while the grid mirrors (regression: "customers 1,000", "selected 2", "1+")', async () => {
    // More one-letter tags than the Tags column holds, so "+N" is drawn.
    const tags = [...'ABCDEFGHIJKL'];
    const list = await mountList({ adapter: new MemoryAdapter({ customers: Array.from({ length: 1200 }, (_, index) => customer(index, tags)) }) });
    const status = shadow(list).querySelector('[part=status]')!;
    expect(status.textContent!.trim()).to.equal('1,200 customers');
    expect(drawnLeftOf(status, '1', 'c'), '"1,200" before "customers"').to.equal(true);
    await clickCheckbox(list, dataRows(list)[0]!);
    await clickCheckbox(list, dataRows(list)[1]!);
    const bar = shadow(list).querySelector('[part=selection-bar] [role=status]')!;
    expect(bar.textContent!.trim()).to.equal('2 selected');
    expect(drawnLeftOf(bar, '2', 's'), '"2" before "selected"').to.equal(true);
    const more = dataRows(list)[0]!.querySelector('.tag.more')!;
    expect(drawnLeftOf(more, '+', more.textContent!.at(-1)!), `"${more.textContent}", not "N+"`).to.equal(true);
    const search = shadow(list).querySelector<HTMLInputElement>('[part=search-input]')!;
    expect(search.matches(':dir(ltr)'), 'the empty search box shows its English hint left to right').to.equal(true);
    const row = dataRows(list)[0]!.getBoundingClientRect();
    const box = dataRows(list)[0]!.querySelector('.select-cell')!.getBoundingClientRect();
    expect(row.right - box.right, 'the checkbox column is at the right edge: the layout mirrors').to.be.below(2);
  });

  it('keeps the tag editor summary in reading order (regression: ".Selected customers: 2")', async () => {
    const adapter = new MemoryAdapter({ customers: [customer(0, ['A']), customer(2, ['B'])] });
    const editor = await fixture<TagEditor>(html`<tag-editor .adapter=${adapter} agent-role="admin-agent" .selection=${{ mode: 'some', keys: [`${customer(0, []).id}#cloud-reseller`, `${customer(2, []).id}#cloud-reseller`] }}></tag-editor>`);
    await waitUntil(() => editor.shadowRoot!.querySelector('[part=summary]'), 'summary shown', { timeout: 20_000 });
    const line = [...editor.shadowRoot!.querySelectorAll('[part=summary] p')].find((p) => p.textContent!.includes('Selected customers'))!;
    expect(drawnLeftOf(line, 'S', '2'), '"Selected customers:" before "2"').to.equal(true);
    expect(drawnLeftOf(line, '2', '.'), 'the full stop ends the sentence').to.equal(true);
  });
});

describe('direction overrides in user values', () => {
  it('draws an override as a visible marker, so "Acme \\u202Egnp.exe" reads as typed, not as "Acme exe.png" (regression)', async () => {
    const spoof = { ...customer(0, ['Plain']), companyName: 'Acme \u202Egnp.exe', primaryDomain: 'acme.example' };
    const list = await mountList({ adapter: new MemoryAdapter({ customers: [spoof, customer(1, [])] }) });
    const link = dataRows(list)[0]!.querySelector('a')!;
    const marker = link.querySelector('.direction-control')!;
    expect(marker.textContent).to.equal('RLO');
    expect(marker.getAttribute('title')).to.contain('U+202E');
    expect(link.textContent!.includes('\u202E'), 'the override itself is not in the drawn text').to.equal(false);
    expect(drawnLeftOf(link, 'g', 'x'), '"gnp" is drawn before "exe", as typed').to.equal(true);
    expect(link.title).to.equal('Acme ⟦RLO⟧gnp.exe');
    const next = dataRows(list)[0]!.querySelector('.cell.primaryDomain')!;
    expect(drawnLeftOf(next, 'a', 'e'), 'the next cell is not reversed').to.equal(true);
  });
});

