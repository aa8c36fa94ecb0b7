/**
 * Ways to make the mock API misbehave, for stories and tests. Each applies to every route or to those named.
 *
 * @example
 * mockApi.configure({ throttle: { requests: 2, retryAfterSeconds: 1 } });   // the next two requests get 429
 * mockApi.configure({ status: { orders: 500 }, latencyMs: 800 });
 */
import type { MockRoute } from './routes.js';

export type RouteSelector = boolean | readonly MockRoute[];

export interface MockFaults {
  /** Added to every response, in ms; a range draws a delay per request. */
  latencyMs?: number | { min: number; max: number };
  /** Share of requests (0 to 1) answered 500, drawn from a seeded sequence so runs repeat. */
  errorRate?: number;
  /** Answer these routes with this status (and an error body). */
  status?: Partial<Record<MockRoute | '*', number>>;
  /** The next `requests` requests (to `routes`, default all) get 429 with `Retry-After: retryAfterSeconds` (default 1). */
  throttle?: { requests: number; retryAfterSeconds?: number; routes?: readonly MockRoute[] };
  /** Fail at the network level, as a dropped connection does. */
  networkFailure?: RouteSelector;
  /** Answer 200 with a body that is not valid JSON. */
  malformedBody?: RouteSelector;
}

export type FaultOutcome =
  | { kind: 'none' }
  | { kind: 'status'; status: number }
  | { kind: 'throttle'; retryAfterSeconds: number }
  | { kind: 'network' }
  | { kind: 'malformed' };

const selects = (selector: RouteSelector | undefined, route: MockRoute) =>
  selector === true || (Array.isArray(selector) && selector.includes(route));

/** Decides, request by request, which fault (if any) applies; counts down throttling. */
export class FaultPlan {
  private faults: MockFaults = {};
  private throttleLeft = 0;
  private seed = 1;

  configure(faults: MockFaults): void {
    this.faults = { ...this.faults, ...faults };
    if (faults.throttle) this.throttleLeft = faults.throttle.requests;
  }

  reset(): void {
    this.faults = {};
    this.throttleLeft = 0;
    this.seed = 1;
  }

  latencyMs(): number {
    const latency = this.faults.latencyMs ?? 0;
    if (typeof latency === 'number') return latency;
    return latency.min + Math.round(this.random() * (latency.max - latency.min));
  }

  outcome(route: MockRoute): FaultOutcome {
    const { faults } = this;
    if (selects(faults.networkFailure, route)) return { kind: 'network' };
    const throttle = faults.throttle;
    if (this.throttleLeft > 0 && (!throttle?.routes || throttle.routes.includes(route))) {
      this.throttleLeft--;
      return { kind: 'throttle', retryAfterSeconds: throttle?.retryAfterSeconds ?? 1 };
    }
    const status = faults.status?.[route] ?? faults.status?.['*'];
    if (status !== undefined) return { kind: 'status', status };
    if (faults.errorRate && this.random() < faults.errorRate) return { kind: 'status', status: 500 };
    if (selects(faults.malformedBody, route)) return { kind: 'malformed' };
    return { kind: 'none' };
  }

  // mulberry32: deterministic, so a story with an error rate fails the same requests every time.
  private random(): number {
    let t = (this.seed = (this.seed + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}
