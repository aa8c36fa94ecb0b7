import { expect } from '@open-wc/testing';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelay } from '../../src/adapter/rest/retry-policy.js';

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect([parseRetryAfter('0'), parseRetryAfter('3'), parseRetryAfter(' 120 ')]).to.deep.equal([0, 3000, 120_000]);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    const now = Date.parse('Wed, 25 Nov 2026 10:00:00 GMT');
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:07 GMT', now)).to.equal(7000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 09:59:00 GMT', now)).to.equal(0);
  });

  it('ignores an absent or unreadable header', () => {
    expect([parseRetryAfter(null), parseRetryAfter(''), parseRetryAfter('soon')]).to.deep.equal([undefined, undefined, undefined]);
  });
});

describe('retryDelay', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000, jitter: 0.5 };

  it('doubles from the base delay and stops at the cap', () => {
    const noJitter = () => 0;
    expect([1, 2, 3, 4, 5, 10].map((attempt) => retryDelay(attempt, policy, undefined, noJitter))).to.deep.equal([100, 200, 400, 800, 1000, 1000]);
  });

  it('adds jitter of up to the configured share, still under the cap', () => {
    expect(retryDelay(1, policy, undefined, () => 0.999)).to.equal(150);
    expect(retryDelay(4, policy, undefined, () => 0.999)).to.equal(1000);
  });

  it('uses the server\'s Retry-After instead of the back-off', () => {
    expect(retryDelay(1, policy, 4000, () => 0.5)).to.equal(4000);
  });
});
