/**
 * The Relationship and Tag drop-downs act only when the agent means it (WCAG 3.2.2 On Input): browsing the
 * options of a closed drop-down with the arrow keys (Chromium changes its value and fires `change` on each)
 * applies nothing; Enter, leaving the control, or a pick from the popup applies the one option shown.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import { choose, expectFocused, press, tabTo } from '../../support/browser/input.js';
import { mountList, names, searchInput, settle, shadow } from './list-harness.js';

const selects = (list: CustomerList) => shadow(list).querySelectorAll<HTMLSelectElement>('[part=filters] select');
const chips = (list: CustomerList) => [...shadow(list).querySelectorAll<HTMLElement>('[part=filter-chip]')].map((chip) => chip.getAttribute('aria-label'));
const statusLine = (list: CustomerList) => shadow(list).querySelector('[part=status]')!.textContent!.trim();

async function mountWithTags(): Promise<{ list: CustomerList; relationship: HTMLSelectElement; tag: HTMLSelectElement }> {
  const list = await mountList();
  await waitUntil(() => selects(list)[1]!.querySelectorAll('option').length > 2, 'the Tag filter offers the partner tags', { timeout: 20_000 });
  const [relationship, tag] = selects(list);
  return { list, relationship: relationship!, tag: tag! };
}

describe('<customer-list> filter drop-downs', () => {
  it('does not filter by tag while the agent arrows through the Tag options; Enter applies the one shown', async () => {
    const { list, tag } = await mountWithTags();
    const before = names(list);
    const offered = [...tag.options].filter((option) => option.value).map((option) => option.value);
    await tabTo(tag);
    await press('ArrowDown');
    await press('ArrowDown');
    await list.updateComplete;
    expect(chips(list), 'browsing adds no chip').to.deep.equal([]);
    expect(list.tagFilter, 'and no filter').to.deep.equal([]);
    expect(statusLine(list), 'the list is not reloading').to.equal('10 customers');
    expect(names(list), 'and shows the same rows').to.deep.equal(before);
    expect(tag.value, 'the drop-down shows the option browsed to').to.equal(offered[1]);
    await press('Enter');
    await settle(list);
    expect(chips(list), 'Enter applies exactly one filter').to.deep.equal([`Remove tag filter ${offered[1]}`]);
    expect(list.tagFilter).to.deep.equal([offered[1]]);
    expect(names(list).length).to.be.lessThan(before.length);
    expectFocused(tag, 'focus stays on the Tag filter');
    expect(tag.value, 'it is ready for another tag').to.equal('');
  });

  it('does not filter by relationship while the agent arrows through the options; leaving the drop-down applies it', async () => {
    const { list, relationship } = await mountWithTags();
    const before = names(list);
    await tabTo(relationship);
    await press('ArrowDown');
    await press('ArrowDown');
    await list.updateComplete;
    expect(list.relationshipFilter, 'browsing sets no filter').to.equal('');
    expect(statusLine(list)).to.equal('10 customers');
    expect(names(list)).to.deep.equal(before);
    const shown = relationship.value;
    expect(shown, 'the drop-down shows the option browsed to').to.not.equal('');
    await press('Tab');
    await settle(list);
    expect(list.relationshipFilter, 'focus leaving applies what the drop-down shows').to.equal(shown);
    expect(names(list).length).to.be.lessThan(before.length);
  });

  it('puts the applied option back on Escape, applying nothing', async () => {
    const { list, relationship } = await mountWithTags();
    await tabTo(relationship);
    await press('ArrowDown');
    await press('Escape');
    await list.updateComplete;
    expect(relationship.value).to.equal('');
    await tabTo(searchInput(list));
    await list.updateComplete;
    expect(list.relationshipFilter, 'nothing applied on leaving either').to.equal('');
    expect(statusLine(list)).to.equal('10 customers');
  });

  it('applies a pick from the popup at once, one filter per pick', async () => {
    const { list, relationship, tag } = await mountWithTags();
    await choose(relationship, 'cloud-reseller');
    await settle(list);
    expect(list.relationshipFilter).to.equal('cloud-reseller');
    await choose(tag, 'VIP');
    await settle(list);
    expect(chips(list)).to.deep.equal(['Remove tag filter VIP']);
    expect(tag.value).to.equal('');
  });
});
