/**
 * A lazy part's loading seam (`{ load: () => import(…) }`, an object so a test can replace its `load`), counted,
 * held and failed at will for each test: `stubChunk` installs in `beforeEach` and puts the real load back in
 * `afterEach`. A held load shows the part's busy state; a failed one is what a chunk the network cannot deliver
 * does (the browser does not cache a failed import, so the real load after it succeeds).
 *
 * @example
 * const chunk = stubChunk(manageModeModule);
 * it('…', async () => { chunk.failWith = new TypeError('Failed to fetch dynamically imported module'); … });
 */
export interface ChunkStub {
  /** How often the part was asked for since the test began. */
  readonly loads: number;
  /** While set, a load waits for it. */
  gate: Promise<void> | undefined;
  /** While set, a load fails with it. */
  failWith: unknown;
}

export function stubChunk<T>(seam: { load: () => Promise<T> }): ChunkStub {
  const realLoad = seam.load;
  const stub = { loads: 0, gate: undefined as Promise<void> | undefined, failWith: undefined as unknown };
  beforeEach(() => {
    Object.assign(stub, { loads: 0, gate: undefined, failWith: undefined });
    seam.load = async () => {
      stub.loads++;
      await stub.gate;
      if (stub.failWith) throw stub.failWith;
      return realLoad();
    };
  });
  afterEach(() => {
    seam.load = realLoad;
  });
  return stub;
}
