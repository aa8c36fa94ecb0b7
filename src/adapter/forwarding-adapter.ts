/**
 * An adapter that hands every call to its source unchanged: the base of the wrappers that change some calls and
 * forward the rest (`withLocalQuery`, `withTagStore`). A subclass overrides what it changes and states its own
 * capabilities; a call added to `CustomerAdapter` is forwarded here once instead of in every wrapper.
 */
import type { ActivityPage, CustomerAdapter, ListActivityRequest } from './customer-adapter.js';

export class ForwardingAdapter implements CustomerAdapter {
  /** Only when the source has it: <activity-log> tells a source without activity records by its absence. */
  listActivity?: (request: ListActivityRequest, signal?: AbortSignal) => Promise<ActivityPage>;

  constructor(readonly source: CustomerAdapter) {
    if (source.listActivity) this.listActivity = (request, signal) => source.listActivity!(request, signal);
  }

  listCustomers(...args: Parameters<CustomerAdapter['listCustomers']>): ReturnType<CustomerAdapter['listCustomers']> {
    return this.source.listCustomers(...args);
  }
  listTags(...args: Parameters<CustomerAdapter['listTags']>): ReturnType<CustomerAdapter['listTags']> {
    return this.source.listTags(...args);
  }
  createTag(...args: Parameters<CustomerAdapter['createTag']>): ReturnType<CustomerAdapter['createTag']> {
    return this.source.createTag(...args);
  }
  renameTag(...args: Parameters<CustomerAdapter['renameTag']>): ReturnType<CustomerAdapter['renameTag']> {
    return this.source.renameTag(...args);
  }
  deleteTag(...args: Parameters<CustomerAdapter['deleteTag']>): ReturnType<CustomerAdapter['deleteTag']> {
    return this.source.deleteTag(...args);
  }
  assignTags(...args: Parameters<CustomerAdapter['assignTags']>): ReturnType<CustomerAdapter['assignTags']> {
    return this.source.assignTags(...args);
  }
  countTags(...args: Parameters<CustomerAdapter['countTags']>): ReturnType<CustomerAdapter['countTags']> {
    return this.source.countTags(...args);
  }
  getBillingProfile(...args: Parameters<CustomerAdapter['getBillingProfile']>): ReturnType<CustomerAdapter['getBillingProfile']> {
    return this.source.getBillingProfile(...args);
  }
  updateBillingProfile(...args: Parameters<CustomerAdapter['updateBillingProfile']>): ReturnType<CustomerAdapter['updateBillingProfile']> {
    return this.source.updateBillingProfile(...args);
  }
  listProducts(...args: Parameters<CustomerAdapter['listProducts']>): ReturnType<CustomerAdapter['listProducts']> {
    return this.source.listProducts(...args);
  }
  createOrder(...args: Parameters<CustomerAdapter['createOrder']>): ReturnType<CustomerAdapter['createOrder']> {
    return this.source.createOrder(...args);
  }
}
