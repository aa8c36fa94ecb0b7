/** Options shared by the dataset generators, with their defaults. */

export interface DatasetOptions {
  /** Number of table rows (a dual-role customer takes two). Default 1000. */
  rows?: number;
  /** Integer seed; the same seed always yields the same data. Reduced modulo 2³². Default 1. */
  seed?: number;
  /** Mix adversarial names, domains and tags in (see `HOSTILE_STRINGS`). Default false. */
  hostile?: boolean;
  /**
   * Activity records in the generated history. Default: 3 per row, at most 10 000, spread over a share of
   * the customers when there are many (100 000 customers do not make 300 000 records unless asked).
   */
  activityRecords?: number;
  /**
   * Where the activity history ends: its records fall in the 90 days before. Default: the current time, so
   * the history is always within the retention period; pass a fixed date for the same records every run.
   */
  now?: Date;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_SEED = 1;
/** Activity records per row, and their most, when `activityRecords` is not given. */
export const DEFAULT_ACTIVITY_PER_ROW = 3;
export const DEFAULT_ACTIVITY_MAX = 10_000;

export function resolveOptions(options: DatasetOptions = {}): Required<DatasetOptions> {
  const { rows = DEFAULT_ROWS, seed = DEFAULT_SEED, hostile = false, now = new Date() } = options;
  if (!Number.isSafeInteger(rows) || rows < 0) throw new RangeError(`rows must be a whole number ≥ 0, got ${rows}`);
  // A fractional seed would silently share its stream with its integer part.
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const activityRecords = options.activityRecords ?? Math.min(rows * DEFAULT_ACTIVITY_PER_ROW, DEFAULT_ACTIVITY_MAX);
  if (!Number.isSafeInteger(activityRecords) || activityRecords < 0) throw new RangeError(`activityRecords must be a whole number ≥ 0, got ${activityRecords}`);
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new RangeError(`now must be a valid Date, got ${String(now)}`);
  return { rows, seed, hostile, activityRecords, now };
}
