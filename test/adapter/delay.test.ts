/**
 * delay(): the REST adapter's back-off and Retry-After waits go through it. What it waits is checked by order
 * against the browser's own timers, not with a stopwatch: timers run in the order they fall due however busy the
 * machine is, so these hold on a loaded one too.
 */
import { expect } from '@open-wc/testing';
import { delay } from '../../src/adapter/delay.js';

/** Runs `ms` after now, recording `name` in `order`. */
function mark(order: string[], name: string, ms: number): void {
  setTimeout(() => order.push(name), ms);
}

describe('delay()', () => {
  it('resolves when its time has passed: after a timer due just before, before one due just after', async () => {
    const order: string[] = [];
    mark(order, 'before', 190);
    const waited = delay(200).then(() => order.push('delay'));
    mark(order, 'after', 210);
    await waited;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).to.deep.equal(['before', 'delay', 'after']);
  });

  it('rejects with an AbortError at the abort, long before its time', async () => {
    const order: string[] = [];
    const controller = new AbortController();
    const waited = delay(30_000, controller.signal).catch((error: Error) => order.push(error.name));
    mark(order, 'later', 100);
    setTimeout(() => controller.abort(), 50);
    await waited;
    expect(order).to.deep.equal(['AbortError']);
  });

  it('refuses at once when already aborted, and waits not at all for 0 ms', async () => {
    const controller = new AbortController();
    controller.abort();
    let error: unknown;
    await delay(10, controller.signal).catch((caught) => (error = caught));
    expect((error as Error).name).to.equal('AbortError');
    let done = false;
    void delay(0).then(() => (done = true));
    await Promise.resolve();
    expect(done, 'a 0 ms delay resolves in the same task').to.equal(true);
  });
});
