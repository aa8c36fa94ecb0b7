/**
 * Continuation-token paging over query results. A walk pages through the snapshot taken at its first page,
 * so every item appears exactly once even if the data changes mid-walk (as a server cursor would behave).
 */
import { badTokenError } from '../adapter-error.js';

const MAX_SNAPSHOTS = 16;

export class PageCursor<T> {
  private nextId = 1;
  private readonly snapshots = new Map<number, readonly T[]>();

  /** @param prefix Starts every token, so a token of another kind of list is refused rather than misread. */
  constructor(private readonly prefix = 'mem1') {}

  /**
   * One page of `results` (for a first page, from row `start`) or of the snapshot the token points at. A page
   * started at an offset takes a new snapshot, as a server's offset query reads the data as it is then.
   */
  page(
    results: () => readonly T[],
    pageSize: number,
    token: string | undefined,
    start = 0,
  ): { rows: readonly T[]; totalCount: number; continuationToken?: string } {
    let snapshotId: number;
    let offset = start;
    let rows: readonly T[];
    if (token === undefined) {
      rows = results();
      snapshotId = this.remember(rows);
    } else {
      ({ snapshotId, offset } = this.parseToken(token));
      // An evicted snapshot falls back to the current results: the walk still ends, it may see later edits.
      rows = this.snapshots.get(snapshotId) ?? results();
    }
    const end = Math.min(offset + pageSize, rows.length);
    const page = { rows: rows.slice(offset, end), totalCount: rows.length };
    if (end >= rows.length) {
      this.snapshots.delete(snapshotId);
      return page;
    }
    return { ...page, continuationToken: `${this.prefix}.${snapshotId}.${end}` };
  }

  private remember(rows: readonly T[]): number {
    const id = this.nextId++;
    this.snapshots.set(id, rows);
    if (this.snapshots.size > MAX_SNAPSHOTS) this.snapshots.delete(this.snapshots.keys().next().value as number);
    return id;
  }

  private parseToken(token: string): { snapshotId: number; offset: number } {
    const [prefix, id, offset, ...rest] = token.split('.');
    const snapshotId = Number(id);
    const start = Number(offset);
    if (prefix !== this.prefix || rest.length || !Number.isSafeInteger(snapshotId) || !Number.isSafeInteger(start) || start < 0) {
      throw badTokenError(token);
    }
    return { snapshotId, offset: start };
  }
}
