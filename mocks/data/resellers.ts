/** The fixed pool of indirect resellers (tier 2 partners), the same for every seed so filters stay stable. */
import type { IndirectReseller } from '../../src/model/customer.js';

export const INDIRECT_RESELLERS: readonly Readonly<IndirectReseller>[] = [
  { id: '3f2a9c1e-5b7d-4e21-9a6c-0d4e8b1f2c37', name: 'Northwind Distribution' },
  { id: 'a81c4d52-9e3f-4b6a-8c2d-71e5f0a94b16', name: 'Fabrikam Cloud Partners' },
  { id: '5d9e0b37-2c4a-4f18-b7e3-c6a1d8f2e905', name: 'Contoso Channel Services' },
  { id: 'c47b1f89-6a2e-4d35-9f0b-8e3c5a7d1b24', name: 'Tailspin Solutions' },
  { id: '0e6d3a15-8b9c-4c72-a1f4-5b2e9d7c3a68', name: 'Wingtip IT Reseller' },
  { id: '9b3e7c20-1d5f-4a89-b6c2-e4f8a0d15c73', name: 'Litware Systems Integration' },
  { id: '72f1a4d8-3c6b-4e90-8d5a-1b7e2c9f4a06', name: 'Proseware Managed Services' },
  { id: 'e5c8b2a1-7f3d-4b64-9e1c-3a6d0f8b5c92', name: 'Adatum Technology Group' },
  { id: '1a4f6e93-b2d7-4c08-a5e3-9c1b7d2f6e40', name: 'Woodgrove Digital' },
  { id: 'd0b7c5e2-4a9f-4183-b2d6-6e5a3c8f1b7d', name: 'Partnerzy IT Polska Sp. z o.o.' },
  { id: '68e2d1f4-c3a5-4b7e-9a0d-2f4c6b8e1a53', name: 'Cloudhaus Vertrieb GmbH' },
  { id: 'b9a3f7c6-0e2d-4d51-8b4f-7c1e5a9d3f28', name: 'サクラ・クラウド販売株式会社' },
];
