/** Options shared by the dataset generators, with their defaults. */

export interface DatasetOptions {
  /** Number of table rows (a dual-role customer takes two). Default 1000. */
  rows?: number;
  /** Integer seed; the same seed always yields the same data. Reduced modulo 2³². Default 1. */
  seed?: number;
  /** Mix adversarial names, domains and tags in (see `HOSTILE_STRINGS`). Default false. */
  hostile?: boolean;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_SEED = 1;

export function resolveOptions(options: DatasetOptions = {}): Required<DatasetOptions> {
  const { rows = DEFAULT_ROWS, seed = DEFAULT_SEED, hostile = false } = options;
  if (!Number.isSafeInteger(rows) || rows < 0) throw new RangeError(`rows must be a whole number ≥ 0, got ${rows}`);
  // A fractional seed would silently share its stream with its integer part.
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  return { rows, seed, hostile };
}
