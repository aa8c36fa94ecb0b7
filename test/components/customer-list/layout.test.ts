/**
 * What the list draws at real viewport sizes: nothing where there is nothing to say, labels that fit, a
 * selection bar that wraps on a phone, tag chips that stay readable. Boxes measured as drawn.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import { setViewport } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import { setLocale } from '../../../src/localization/localization.js';
import type { CustomerRow } from '../../../src/model/customer.js';
import { defaultViewState } from '../../../src/model/view-state.js';
import { click, describe as describeElement, isFullyVisible } from '../../support/browser/input.js';
import { clickCheckbox, dataRows, mountList, settle, shadow, untilMenuOpen } from './list-harness.js';

function customer(index: number, tags: string[], relationship: CustomerRow['relationship'] = index % 2 ? 'indirect-reseller' : 'cloud-reseller'): CustomerRow {
  return {
    id: `0c4e9f3a-7b2d-4e1f-9a8b-${String(index).padStart(12, '0')}`,
    companyName: `Company ${index}`,
    primaryDomain: `company${index}.onmicrosoft.com`,
    relationship,
    ...(relationship === 'indirect-reseller' ? { indirectReseller: { id: 'r1', name: 'Reseller One' } } : {}),
    tags,
  };
}

const manyCustomers = (count: number) => Array.from({ length: count }, (_, index) => customer(index, ['VIP']));

/** Elements whose text is cut (drawn wider than their box). */
function clipped(elements: Iterable<HTMLElement>): string[] {
  return [...elements].filter((element) => element.scrollWidth > element.clientWidth).map((element) => `${describeElement(element)} (${element.scrollWidth} > ${element.clientWidth})`);
}

afterEach(async () => {
  document.documentElement.dir = 'ltr';
  await setLocale('en');
  await setViewport({ width: 800, height: 600 });
});

describe('<customer-list> announcement region', () => {
  it('draws no box while it has nothing to say, and a box once it does (regression: an empty red-bordered box under every grid)', async () => {
    await setViewport({ width: 1280, height: 800 });
    const list = await mountList();
    const region = shadow(list).querySelector<HTMLElement>('[part=announcement]')!;
    expect(region.getAttribute('role'), 'the live region is there before it speaks').to.equal('alert');
    const empty = getComputedStyle(region);
    expect([region.getBoundingClientRect().height, empty.borderTopWidth, empty.paddingTop], 'nothing drawn while empty').to.deep.equal([0, '0px', '0px']);

    list.savedViews = [{ name: 'Acon', state: { ...defaultViewState(), searchText: 'Acon' } }];
    // Every matching customer selected, then a view with another search: the list says it cleared that selection.
    await click(shadow(list).querySelector<HTMLInputElement>('[role=columnheader] input')!);
    await list.updateComplete;
    await click(shadow(list).querySelector('[data-command=views]')!);
    await untilMenuOpen(list, (shown) => shadow(shown).querySelector('[part=views-menu]'));
    await click(shadow(list).querySelector<HTMLElement>('[data-view-name="Acon"] [data-action=apply]')!);
    await settle(list);
    await waitUntil(() => region.querySelector('p'), 'the announcement speaks', { timeout: 20_000 });
    const shown = getComputedStyle(region);
    expect(region.getBoundingClientRect().height, 'a box with the message').to.be.above(20);
    expect(shown.borderTopWidth).to.equal('1px');
  });
});

describe('<customer-list> default column widths', () => {
  for (const [locale, dir] of [['en', 'ltr'], ['pl', 'ltr'], ['pl', 'rtl']] as const) {
    it(`fits header labels and relationship names at 1280 px in ${locale} ${dir} (regression: "Odsprzedawca pośr…", "Nazwa domeny podsta…")`, async () => {
      await setViewport({ width: 1280, height: 800 });
      await setLocale(locale);
      document.documentElement.dir = dir;
      const list = await mountList({ adapter: new MemoryAdapter({ customers: Array.from({ length: 8 }, (_, index) => customer(index, ['VIP'], (['indirect-reseller', 'cloud-reseller', 'advisor', 'none'] as const)[index % 4])) }) });
      const headers = shadow(list).querySelectorAll<HTMLElement>('[role=columnheader] .clip');
      expect(headers.length).to.equal(5);
      expect(clipped(headers), 'header labels cut').to.deep.equal([]);
      const relationships = dataRows(list).map((row) => row.querySelector<HTMLElement>('.cell.relationship .clip')!);
      expect(clipped(relationships), 'relationship names cut').to.deep.equal([]);
      const ids = dataRows(list).map((row) => row.querySelector<HTMLElement>('.cell.id .clip')!);
      expect(clipped(ids), 'IDs cut').to.deep.equal([]);
      const idCell = dataRows(list)[0]!.querySelector<HTMLElement>('.cell.id')!;
      const idText = ids[0]!;
      expect(idCell.getBoundingClientRect().width - idText.scrollWidth, 'Microsoft ID takes what a GUID needs, not 312 px').to.be.below(48);
    });
  }

  it('puts the ellipsis at the end of a cut label in a right-to-left page (regression: it ate the word\'s start)', async () => {
    await setViewport({ width: 1280, height: 800 });
    await setLocale('pl');
    document.documentElement.dir = 'rtl';
    const list = await mountList({ adapter: new MemoryAdapter({ customers: [customer(1, [])] }) });
    const labels = [...shadow(list).querySelectorAll<HTMLElement>('[role=columnheader] .clip'), dataRows(list)[0]!.querySelector<HTMLElement>('.cell.relationship .clip')!];
    for (const label of labels) expect(getComputedStyle(label).direction, `${describeElement(label)} reads in its language's direction`).to.equal('ltr');
  });
});

describe('<customer-list> selection bar on a phone', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`wraps so every command is fully visible at 390 px, ${dir} (regression: "Select all 1,000 matching custom|", Clear selection off-screen)`, async () => {
      await setViewport({ width: 390, height: 844 });
      document.documentElement.dir = dir;
      if (dir === 'rtl') await setLocale('pl');
      const list = await mountList({ adapter: new MemoryAdapter({ customers: manyCustomers(1000) }) });
      await clickCheckbox(list, dataRows(list)[0]!);
      const bar = shadow(list).querySelector<HTMLElement>('[part=selection-bar]')!;
      const commands = [...bar.querySelectorAll<HTMLElement>('button')];
      expect(commands.length, 'Select all and Clear selection').to.equal(2);
      for (const command of [bar.querySelector<HTMLElement>('[role=status]')!, ...commands]) {
        expect(isFullyVisible(command, bar), `${describeElement(command)} is fully visible`).to.equal(true);
        expect(command.scrollWidth, `${describeElement(command)} is not cut`).to.be.at.most(command.clientWidth + 1);
      }
      await click(commands[1]!);
      await list.updateComplete;
      expect(bar.querySelectorAll('button').length, 'Clear selection could be clicked').to.equal(0);
    });
  }
});

describe('<customer-list> tag chips', () => {
  const TAGS = ['Enterprise renewal 2027', 'VIP', 'Strategic account EMEA', 'Gov', 'Migration wave three'];

  async function narrowTags(): Promise<{ list: CustomerList; cell: HTMLElement }> {
    await setViewport({ width: 1280, height: 800 });
    const list = await mountList({ adapter: new MemoryAdapter({ customers: [customer(0, TAGS), customer(2, ['VIP'])] }) });
    // A narrow Tags column, as after an agent's resize: the view's own width.
    list.viewState = { ...list.viewState, columnSizing: { tags: 160 } };
    await list.updateComplete;
    const cell = dataRows(list)[0]!.querySelector<HTMLElement>('.cell.tags')!;
    await waitUntil(() => cell.getBoundingClientRect().width < 170, 'the Tags column is narrow', { timeout: 20_000 });
    return { list, cell };
  }

  it('shows short chips whole and the rest as "+N" (regression: "V…" for VIP, "G…" for Gov)', async () => {
    const { cell } = await narrowTags();
    await waitUntil(() => {
      const shown = [...cell.querySelectorAll<HTMLElement>('.tag:not(.more)')].map((chip) => chip.textContent);
      return shown.includes('VIP') && shown.includes('Gov');
    }, 'VIP and Gov are shown', { timeout: 20_000 });
    const chips = [...cell.querySelectorAll<HTMLElement>('.tag:not(.more)')];
    expect(clipped(chips), 'chips cut').to.deep.equal([]);
    const edge = cell.querySelector('.tag-list')!.getBoundingClientRect();
    const more = cell.querySelector<HTMLElement>('.tag.more')!;
    expect(more.textContent).to.equal(`+${TAGS.length - chips.length}`);
    for (const chip of [...chips, more]) expect(isFullyVisible(chip, cell.querySelector('.tag-list')!, 'inline'), `${describeElement(chip)} inside the cell (${chip.getBoundingClientRect().right} <= ${edge.right})`).to.equal(true);
    const hidden = TAGS.filter((tag) => !chips.some((chip) => chip.textContent === tag));
    expect(more.title, '"+N" names the tags it stands for').to.equal(hidden.join(', '));
    expect(cell.textContent, 'screen readers hear every tag').to.contain(hidden[0]).and.to.contain(hidden.at(-1));
  });
});

describe('<customer-list> toolbar drop-down lists', () => {
  it('draws the filters\' drop-down lists at the list\'s text size, like the search box, under their smaller labels (regression: "1rem / 0.85", invalid CSS, left them at the label\'s 0.85em)', async () => {
    await setViewport({ width: 1280, height: 800 });
    const list = await mountList();
    const px = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
    const searchBox = shadow(list).querySelector<HTMLInputElement>('[part=search-input]')!;
    const selects = [...shadow(list).querySelectorAll<HTMLSelectElement>('[part=toolbar] .field select')];
    expect(selects.length, 'the toolbar has its drop-down lists').to.be.at.least(2);
    for (const select of selects) {
      expect(px(select), `${describeElement(select)} at the search box's size`).to.be.closeTo(px(searchBox), 0.05);
      expect(px(select.closest('.field')!), 'its label\'s text smaller').to.be.below(px(select) - 1);
    }
  });
});
