import { expect } from '@open-wc/testing';
import { isResellerRelationship, parseRowKey, rowKey } from '../../src/model/customer.js';

describe('rowKey', () => {
  it('gives the two rows of a dual-role customer distinct keys', () => {
    const id = '8f3c1d7e-2b4a-4c6d-9e0f-1a2b3c4d5e6f';
    expect(rowKey({ id, relationship: 'cloud-reseller' })).not.to.equal(rowKey({ id, relationship: 'indirect-reseller' }));
  });

  it('round-trips through parseRowKey, even for IDs containing the separator', () => {
    const row = { id: 'odd#id#1', relationship: 'advisor' };
    expect(parseRowKey(rowKey(row))).to.deep.equal(row);
  });

  it('refuses a string that is not a key', () => {
    expect(() => parseRowKey('no-separator')).to.throw(TypeError, 'Not a row key');
  });
});

describe('isResellerRelationship', () => {
  it('allows tags for reseller relationships only', () => {
    expect(['cloud-reseller', 'indirect-reseller', 'advisor', 'none'].map(isResellerRelationship)).to.deep.equal([true, true, false, false]);
  });
});
