import { expect } from '@open-wc/testing';
import { abortError, AdapterError, errorReason, isAbortError, isAdapterError } from '../../src/adapter/adapter-error.js';

describe('AdapterError', () => {
  it('carries its kind, status, retry delay, code, details and cause', () => {
    const cause = new Error('socket closed');
    const error = new AdapterError('throttled', 'Too many requests', { status: 429, retryAfterMs: 2000, code: 'rate', details: { route: '/v1/customers' }, cause });
    expect([error.name, error.kind, error.status, error.retryAfterMs, error.code, error.cause]).to.deep.equal(['AdapterError', 'throttled', 429, 2000, 'rate', cause]);
    expect(error.details).to.deep.equal({ route: '/v1/customers' });
    expect(error).to.be.instanceOf(Error);
  });

  it('is recognised by kind', () => {
    const error = new AdapterError('conflict', 'stale');
    expect([isAdapterError(error), isAdapterError(error, 'conflict'), isAdapterError(error, 'invalid'), isAdapterError(new Error('x'))]).to.deep.equal([true, true, false, false]);
  });
});

describe('abortError', () => {
  it('keeps the signal\'s own AbortError', () => {
    const controller = new AbortController();
    controller.abort();
    expect(abortError(controller.signal)).to.equal(controller.signal.reason);
  });

  it('wraps a custom reason as the cause of an AbortError', () => {
    const controller = new AbortController();
    const reason = new Error('typed again');
    controller.abort(reason);
    const error = abortError(controller.signal);
    expect([isAbortError(error), error.cause]).to.deep.equal([true, reason]);
    expect(isAbortError(reason)).to.equal(false);
  });
});

describe('errorReason', () => {
  it('is an adapter error\'s reason, without the request details its message carries', () => {
    expect(errorReason(new AdapterError('invalid', 'Quantity too high (POST /v1/orders: HTTP 400)', { reason: 'Quantity too high' }))).to.equal('Quantity too high');
    expect(errorReason(new AdapterError('network', 'The server could not be reached'))).to.equal('The server could not be reached');
  });

  it('is any other error\'s message, or the value as text', () => {
    expect(errorReason(new TypeError('bad'))).to.equal('bad');
    expect(errorReason('plain')).to.equal('plain');
  });
});
