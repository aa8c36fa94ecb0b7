/** The demo portal's slow and failing network: `latency` and `fail` in the URL reach the mock API. */
import { expect } from '@open-wc/testing';
import { mockApi } from '../../mocks/browser.js';
import { applyPageSettings, mountPortal } from '../../examples/portal/portal.js';
import { parsePortalParams } from '../../examples/portal/portal-params.js';
import { waitForRowsOf } from '../components/customer-list/list-harness.js';

describe('demo portal: latency and fail', () => {
  let container: HTMLElement;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    container.remove();
    applyPageSettings(parsePortalParams('').params);
  });

  it('reads latency in milliseconds (0 to 60 000) and fail as mock route names', () => {
    expect(parsePortalParams('?latency=3000&fail=orders,assign-tags').params).to.include({ latency: 3000 });
    expect(parsePortalParams('?latency=3000&fail=orders,assign-tags').params.fail).to.deep.equal(['orders', 'assign-tags']);
    expect(parsePortalParams('').params).to.include({ latency: 0 });
    expect(parsePortalParams('').params.fail).to.deep.equal([]);
  });

  it('reports a bad latency or an unknown route and keeps going', () => {
    const { params, warnings } = parsePortalParams('?latency=70000&fail=orders,nowhere,orders');
    expect(params.latency).to.equal(0);
    expect(params.fail).to.deep.equal(['orders']);
    expect(warnings.join('\n')).to.contain('latency=70000').and.to.contain('fail=nowhere');
  });

  it('slows every mock API response and answers the failing routes 500', async () => {
    const { params } = parsePortalParams('?rows=20&latency=400&fail=orders');
    await mountPortal(container, params);
    await waitForRowsOf(container.querySelector('customer-list')!);
    const first = mockApi.requests.find((request) => request.route === 'customers');
    expect(first?.latencyMs, 'the first page waited for the latency').to.equal(400);
    const order = await fetch('/v1/customers/00000000-0000-0000-0000-000000000000/orders', { method: 'POST', body: '{}' });
    expect(order.status).to.equal(500);
    const tags = await fetch('/v1/tags');
    expect(tags.status, 'other routes answer').to.equal(200);
  });
});
