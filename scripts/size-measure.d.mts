/** Types of scripts/size-measure.mjs (the size measure of `npm run size`, reused by the bench's (6b)). */
export declare const repo: string;
export interface Budget {
  name: string;
  /** Relative to the repository root, as esbuild's metafile names it. */
  entry: string;
  /** Bytes, min+gzip. */
  budget: number;
  firstLoad: boolean;
}
export declare const BUDGETS: readonly Budget[];
export declare const gzip: (bytes: Uint8Array | string) => number;
export type Inputs = Record<string, { bytesInOutput: number }>;
/** SPEC's single bundle of `entry`: `bytes` min+gzip, `min` minified, `code` the minified bundle. */
export declare function whole(entry: string): Promise<{ bytes: number; min: number; inputs: Inputs; code: Uint8Array }>;
/** What a page loads first of `entry` (esbuild --splitting, the entry chunk and what it imports statically). */
export declare function firstLoad(entry: string): Promise<{ bytes: number; min: number; inputs: Inputs; later: number; laterChunks: number }>;
/** Minified bytes per source file or package, largest first. */
export declare function byModule(inputs: Inputs): [string, number][];
