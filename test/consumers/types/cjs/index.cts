// A CommonJS module under node16 resolution: the package is ESM-only, so TypeScript refuses (TS1479).
import { MemoryAdapter } from 'customer-list-elements';

export const adapter = new MemoryAdapter();
