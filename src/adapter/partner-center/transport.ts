/**
 * One Partner Center call with the documented headers around it. Retries, `Retry-After`, abort and status
 * mapping are RestAdapter's `HttpClient`; what is Partner Center's is here: `MS-Contract-Version: v1` on every
 * request, one `MS-CorrelationId` per logical operation (a product list is many calls, one operation), one
 * `MS-RequestId` per call that stays the same across its retries, `X-Locale`, `MS-PartnerCenter-Application`,
 * and its error codes.
 */
import { httpClientFor, type HttpClient, type HttpResponse } from '../rest/http-client.js';
import { ApiUrl } from './api-url.js';
import { APPLICATION_HEADER, CONTRACT_VERSION_HEADER, CORRELATION_ID_HEADER, LOCALE_HEADER, newGuid, REQUEST_ID_HEADER, type PartnerCenterAdapterOptions } from './options.js';
import { partnerCenterError } from './pc-errors.js';

/** One logical operation (one adapter method call): the calls it makes share its correlation id and signal. */
export interface Operation {
  readonly correlationId: string;
  readonly signal: AbortSignal | undefined;
}

export interface Call {
  method: 'GET' | 'POST' | 'PUT';
  /** An absolute URL from {@link ApiUrl}. */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The `MS-RequestId`; a fresh GUID when absent. */
  requestId?: string;
}

export class Transport {
  readonly urls: ApiUrl;
  private readonly http: HttpClient;
  private readonly locale: string | undefined;
  private readonly application: string | undefined;

  constructor(options: PartnerCenterAdapterOptions) {
    this.urls = new ApiUrl(options.baseUrl ?? '');
    this.locale = options.locale;
    this.application = options.application;
    this.http = httpClientFor('PartnerCenterAdapter', this.urls.base.href, options);
  }

  operation(signal?: AbortSignal): Operation {
    return { correlationId: newGuid(), signal };
  }

  async send(operation: Operation, call: Call): Promise<HttpResponse> {
    const headers: Record<string, string> = {
      [CONTRACT_VERSION_HEADER]: 'v1',
      [CORRELATION_ID_HEADER]: operation.correlationId,
      // Made once per call, outside HttpClient's retry loop: every retry of this call carries the same id.
      [REQUEST_ID_HEADER]: call.requestId ?? newGuid(),
      ...(this.locale ? { [LOCALE_HEADER]: this.locale } : {}),
      ...(this.application ? { [APPLICATION_HEADER]: this.application } : {}),
      ...call.headers,
    };
    try {
      return await this.http.send({
        method: call.method,
        path: call.url,
        body: call.body,
        headers,
        // A POST (an order) is retried only after a 429, which the service answers before doing anything.
        idempotent: call.method !== 'POST',
        signal: operation.signal,
      });
    } catch (error) {
      throw partnerCenterError(error);
    }
  }

  async get(operation: Operation, url: string, headers?: Record<string, string>): Promise<unknown> {
    return (await this.send(operation, { method: 'GET', url, ...(headers ? { headers } : {}) })).body;
  }
}
