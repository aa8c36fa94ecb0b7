/** One failure path: the same sentence for the same failure in every element, request details kept apart. */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/browser/wait.js';
import { AdapterError } from '../../src/adapter/adapter-error.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import '../../src/define.js';
import type { BillingProfileForm, CustomerList, TagEditor } from '../../src/index.js';
import { failureDetails, failureMessage, missingAdapterError, requireAdapter } from '../../src/internal/failure.js';
import { contractFixture } from '../../src/testing/index.js';

describe('failureMessage', () => {
  it('says one sentence per kind, without the request details', () => {
    const server = new AdapterError('server', 'The server failed to answer (GET /v1/customers: HTTP 500)', { status: 500, reason: 'The server failed to answer' });
    expect(failureMessage(server)).to.equal('The service failed to answer. Try again in a moment.');
    expect(failureDetails(server)).to.equal('The server failed to answer (GET /v1/customers: HTTP 500)');
    expect(failureMessage(new AdapterError('throttled', 'x', { retryAfterMs: 2100 }))).to.equal('The service is busy; try again in 3 s.');
    expect(failureMessage(new AdapterError('throttled', 'x'))).to.equal('The service is busy; try again in a moment.');
    expect(failureMessage(new AdapterError('network', 'x (GET /v1/tags)'))).to.equal('The server could not be reached. Check the connection, then try again.');
    expect(failureMessage(new AdapterError('unauthorized', 'x'))).to.equal('You are not signed in, or your session has expired.');
  });

  it('says the server\'s own reason for a refusal', () => {
    const refusal = new AdapterError('invalid', 'Tag is longer than 50 characters (POST /v1/tags: HTTP 400)', { status: 400, reason: 'Tag is longer than 50 characters' });
    expect(failureMessage(refusal)).to.equal('Tag is longer than 50 characters');
  });

  it('refuses a missing adapter with one error', () => {
    expect(() => requireAdapter(undefined)).to.throw(AdapterError, 'No data source');
    expect(missingAdapterError().code).to.equal('no-adapter');
  });
});

/** Every load of this adapter is throttled with Retry-After 30 s. */
class ThrottledAdapter extends MemoryAdapter {
  override async listCustomers(): Promise<never> {
    throw new AdapterError('throttled', 'Too many requests (GET /v1/customers: HTTP 429)', { status: 429, retryAfterMs: 30_000, reason: 'Too many requests' });
  }
  override async listTags(): Promise<never> {
    throw new AdapterError('throttled', 'Too many requests (GET /v1/tags: HTTP 429)', { status: 429, retryAfterMs: 30_000, reason: 'Too many requests' });
  }
  override async getBillingProfile(): Promise<never> {
    throw new AdapterError('throttled', 'Too many requests (GET …/profiles/billing: HTTP 429)', { status: 429, retryAfterMs: 30_000, reason: 'Too many requests' });
  }
}

describe('the same failure in every element', () => {
  it('says the same throttling sentence in the list, the tag editor and the billing form, with no request details', async () => {
    const adapter = new ThrottledAdapter(contractFixture());
    const sentence = 'The service is busy; try again in 30 s.';
    const list = await fixture<CustomerList>(html`<customer-list .adapter=${adapter}></customer-list>`);
    const editor = await fixture<TagEditor>(html`<tag-editor .adapter=${adapter}></tag-editor>`);
    const form = await fixture<BillingProfileForm>(html`<billing-profile-form .adapter=${adapter} customer-id="x"></billing-profile-form>`);
    for (const element of [list, editor, form]) {
      const alert = () => [...element.shadowRoot!.querySelectorAll('[role=alert]')].find((candidate) => candidate.textContent?.includes(sentence));
      await waitUntil(alert, `${element.localName} says it`, { timeout: 20_000 });
      const visible = [...alert()!.querySelectorAll('p')].map((node) => node.textContent).join('');
      expect(visible, `${element.localName}: no request details in the sentence`).to.not.contain('HTTP 429');
    }
  });
});
