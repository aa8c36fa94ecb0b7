import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { setLocale } from '../../../src/localization/localization.js';
import { generateDataset } from '../../../mocks/data/index.js';
import { contractFixture, IDS } from '../../../src/testing/index.js';
import { click } from '../../support/browser/input.js';
import { cellText, dataRows, grid, headerCell, mountList, names, shadow } from './list-harness.js';

describe('<customer-list> rendering', () => {
  it('shows the five columns with their headers', async () => {
    const list = await mountList();
    const headers = [...shadow(list).querySelectorAll('[role=columnheader]')].map((cell) => cell.textContent?.trim());
    expect(headers).to.deep.equal(['', 'Microsoft ID', 'Company name', 'Primary domain name', 'Relationship', 'Tags']);
  });

  it('shows each customer\'s ID, name, domain, relationship label and tags', async () => {
    const list = await mountList();
    const contoso = dataRows(list).find((row) => cellText(row, 'relationship').startsWith('Indirect Reseller') && cellText(row, 'companyName') === 'Contoso Ltd')!;
    expect(cellText(contoso, 'id')).to.equal(IDS.contoso);
    expect(cellText(contoso, 'primaryDomain')).to.equal('contoso.onmicrosoft.com');
    expect(cellText(contoso, 'relationship')).to.equal('Indirect Reseller Northwind Distribution');
    expect([...contoso.querySelectorAll('[part~=tag]')].map((tag) => tag.textContent)).to.deep.equal(['VIP', 'EDU']);
  });

  it('lists both rows of a dual-role customer, as distinct rows', async () => {
    const list = await mountList();
    const contosoRows = dataRows(list).filter((row) => cellText(row, 'id') === IDS.contoso);
    expect(contosoRows.map((row) => cellText(row, 'relationship').split(' ').slice(0, 2).join(' '))).to.deep.equal(['Cloud Reseller', 'Indirect Reseller']);
    expect(new Set(contosoRows.map((row) => row.getAttribute('aria-rowindex'))).size).to.equal(2);
  });

  it('announces the true row count and each row\'s position', async () => {
    const list = await mountList();
    expect(grid(list).getAttribute('aria-rowcount')).to.equal(String(contractFixture().customers.length + 1));
    expect(dataRows(list).map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(['2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(shadow(list).querySelector('[part=status]')!.textContent!.trim()).to.equal('10 customers');
  });

  it('summarizes tags beyond three as "+N", with all of them in the tooltip', async () => {
    const customers = [{ id: 'a', companyName: 'Many Tags', primaryDomain: 'a.com', relationship: 'cloud-reseller', tags: ['A', 'B', 'C', 'D', 'E'] }];
    const list = await mountList({ adapter: new MemoryAdapter({ customers }) });
    const tags = dataRows(list)[0]!.querySelector<HTMLElement>('.tag-list')!;
    expect([...tags.querySelectorAll('.tag')].map((tag) => tag.textContent)).to.deep.equal(['A', 'B', 'C', '+2']);
    expect(tags.title).to.equal('A, B, C, D, E');
  });

  it('links a company name to its service-management page from the href template', async () => {
    const list = await mountList();
    list.customerHref = '/portal/customers/{id}/services?as={relationship}';
    await list.updateComplete;
    const link = dataRows(list)[0]!.querySelector('a')!;
    expect(new URL(link.href).pathname + new URL(link.href).search).to.equal(`/portal/customers/${IDS.contoso}/services?as=cloud-reseller`);
  });

  it('fires a cancelable customer-open event when a name is activated', async () => {
    const list = await mountList();
    let opened: { id: string; href: string } | undefined;
    list.addEventListener('customer-open', (event) => {
      opened = { id: event.customer.id, href: event.href };
      event.preventDefault();
    });
    // Last to hear the real click: notes whether the list stopped the navigation, and stops it anyway so a
    // failing test does not navigate the test page away.
    let prevented: boolean | undefined;
    const guard = (event: Event) => {
      prevented = event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', guard);
    try {
      await click(dataRows(list)[0]!.querySelector('a')!);
    } finally {
      window.removeEventListener('click', guard);
    }
    expect(opened?.id).to.equal(IDS.contoso);
    expect(opened?.href).to.contain(`/customers/${IDS.contoso}/services`);
    expect(prevented, 'a cancelled customer-open stops the navigation').to.equal(true);
  });

  it('renders hostile names as inert text, clipped with the whole name in a tooltip', async () => {
    const list = await mountList({ adapter: new MemoryAdapter(generateDataset({ rows: 25, seed: 1, hostile: true })), height: '1200px' });
    const root = shadow(list);
    expect(root.querySelector('.body img, .body script, .body svg')).to.equal(null);
    expect(names(list)).to.include('<img src=x onerror=alert(1)>');
    const long = dataRows(list).map((row) => row.querySelector('a')!).find((link) => link.textContent!.length >= 10_000)!;
    expect(long, 'a 10 000-character name is rendered').to.exist;
    expect(long.title.length).to.equal(long.textContent!.length);
    expect(long.scrollWidth).to.be.greaterThan(long.clientWidth);
    expect(long.getBoundingClientRect().height).to.be.below(40);
    expect(long.getAttribute('dir')).to.equal('auto');
  });

  it('shows rows of right-to-left scripts and emoji with their own direction', async () => {
    const customers = [
      { id: 'ar', companyName: 'شركة النخيل للتجارة', primaryDomain: 'nakheel.com', relationship: 'cloud-reseller', tags: ['عربي'] },
      { id: 'em', companyName: 'Rocket 🚀 Labs', primaryDomain: 'rocket.com', relationship: 'cloud-reseller', tags: ['🚀'] },
    ];
    const list = await mountList({ adapter: new MemoryAdapter({ customers }) });
    expect(names(list)).to.deep.equal(['شركة النخيل للتجارة', 'Rocket 🚀 Labs']);
    const arabic = dataRows(list)[0]!.querySelector('a')!;
    expect(getComputedStyle(arabic).direction).to.equal('rtl');
  });

  it('speaks Polish', async () => {
    await setLocale('pl');
    try {
      const list = await mountList();
      expect(headerCell(list, 'Nazwa firmy')).to.exist;
      expect(cellText(dataRows(list)[0]!, 'relationship')).to.equal('Odsprzedawca w chmurze');
      expect(shadow(list).querySelector<HTMLInputElement>('[part=search-input]')!.labels![0]!.textContent).to.equal('Szukaj klientów');
    } finally {
      await setLocale('en');
    }
  });
});
