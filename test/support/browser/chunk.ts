/**
 * A lazily loaded module's requests in the network, through the MSW service worker (start it first with
 * `startMockWorker()` from mocks/browser.js): counted, failed while `failing`, held until `let()` while held.
 * The same as test/components/customer-list/lazy-parts.test.ts keeps for itself, for any element's lazy part.
 */
import { http, HttpResponse, passthrough } from 'msw';
import { worker } from '../../../mocks/browser.js';

export class Chunk {
  requests = 0;
  private holding = false;
  private release = () => {};
  private held = Promise.resolve();

  /** `failing`: each request fails as a network error until `pass()`, `hold()` or `let()`. */
  constructor(
    pattern: RegExp,
    public failing = false,
  ) {
    worker.use(
      http.get(pattern, async () => {
        this.requests++;
        if (this.failing) return HttpResponse.error();
        if (this.holding) await this.held;
        return passthrough();
      }),
    );
  }

  /** Requests from now on are answered. */
  pass(): void {
    this.failing = false;
  }

  /** Requests from now on wait until `let()`. */
  hold(): void {
    this.failing = false;
    this.holding = true;
    this.held = new Promise((resolve) => (this.release = resolve));
  }

  let(): void {
    this.holding = false;
    this.release();
  }
}
