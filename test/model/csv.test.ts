import { expect } from '@open-wc/testing';
import type { CustomerRow } from '../../src/model/customer.js';
import { csvCell, csvHeader, csvRows, customerCsvColumns, parseCsv } from '../../src/model/csv.js';

const columns = customerCsvColumns(
  (column) => ({ id: 'Microsoft ID', companyName: 'Company name', primaryDomain: 'Primary domain name', relationship: 'Relationship', tags: 'Tags' })[column],
  (relationship) => (relationship === 'cloud-reseller' ? 'Cloud Reseller' : relationship === 'indirect-reseller' ? 'Indirect Reseller' : relationship),
);
const row = (fields: Partial<CustomerRow>): CustomerRow => ({ id: 'a1', companyName: 'Contoso', primaryDomain: 'contoso.com', relationship: 'cloud-reseller', tags: [], ...fields });

describe('CSV', () => {
  it('writes the header in column order, with CRLF', () => {
    expect(csvHeader(columns)).to.equal('Microsoft ID,Company name,Primary domain name,Relationship,Tags\r\n');
  });

  it('writes each row with its relationship label and tags joined by "; "', () => {
    expect(csvRows([row({ tags: ['VIP', 'EDU'] }), row({ id: 'a1', relationship: 'indirect-reseller' })], columns)).to.equal(
      'a1,Contoso,contoso.com,Cloud Reseller,VIP; EDU\r\na1,Contoso,contoso.com,Indirect Reseller,\r\n',
    );
  });

  it('quotes cells holding a comma, a quote, CR or LF, doubling inner quotes', () => {
    expect([csvCell('a,b'), csvCell('say "hi"'), csvCell('line\nbreak'), csvCell('cr\rhere'), csvCell('plain')]).to.deep.equal([
      '"a,b"',
      '"say ""hi"""',
      '"line\nbreak"',
      '"cr\rhere"',
      'plain',
    ]);
  });

  it('neutralizes every formula start with a leading apostrophe', () => {
    expect(['=1+1', '+1', '-2+3', '@SUM(A1)', '\tTab', '\rCR'].map((value) => csvCell(value))).to.deep.equal([
      "'=1+1",
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tTab",
      `"'\rCR"`,
    ]);
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).to.equal(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });

  it('neutralizes a formula hidden behind leading white space or control characters (regression: " =HYPERLINK(…)" and "\\u0000=1+17" went through)', () => {
    const hidden = [' =HYPERLINK("http://evil.example")', '\u0000=1+17', '  +1', '\u00A0-2', '\u200B@SUM(A1)', '\uFEFF=1', '\u0007 =1', '\u3000=1'];
    const cells = hidden.map((value) => csvCell(value));
    for (const cell of cells) expect(cell.replace(/^"/, ''), JSON.stringify(cell)).to.match(/^'/);
    expect(csvCell('\u0000=1+17')).to.equal("'=1+17");
    const rows = csvRows([row({ companyName: ' =1+1', primaryDomain: '\u0000=1+17' })], columns);
    expect(parseCsv(rows)[0]!.slice(1, 3)).to.deep.equal(["' =1+1", "'=1+17"]);
  });

  it('keeps NUL and other C0 controls out of the file, but TAB, CR and LF', () => {
    expect(csvCell('a\u0000b\u0007c\u001Fd')).to.equal('abcd');
    expect(csvCell('tab\there')).to.equal('tab\there');
    const text = csvHeader(columns) + csvRows([row({ companyName: 'Nul\u0000 Co', tags: ['\u0001x', 'y\u000B'] })], columns);
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text)).to.equal(false);
    expect(parseCsv(text)[1]!.slice(1)).to.deep.equal(['Nul Co', 'contoso.com', 'Cloud Reseller', 'x; y']);
  });

  it('leaves ordinary values with a hyphen or sign inside untouched', () => {
    expect([csvCell('my-domain.onmicrosoft.com'), csvCell('Coca-Cola'), csvCell('a=b'), csvCell('x@y.com'), csvCell('')]).to.deep.equal([
      'my-domain.onmicrosoft.com',
      'Coca-Cola',
      'a=b',
      'x@y.com',
      '',
    ]);
  });

  it('uses another delimiter, quoting what contains it', () => {
    expect(csvRows([row({ companyName: 'A;B, C' })], columns, ';')).to.equal('a1;"A;B, C";contoso.com;Cloud Reseller;\r\n');
  });

  it('round-trips through parseCsv, hostile values included', () => {
    const hostile = [
      row({ companyName: 'Quote "Co", Inc.\nLine 2', tags: ['a; b', '=1+1'] }),
      row({ companyName: 'Zakłady Mięsne Łódź', primaryDomain: 'łódź.pl' }),
      row({ companyName: '株式会社サクラ', tags: ['日本'] }),
      row({ companyName: 'شركة النخيل', tags: ['🚀', '👩‍💻'] }),
      row({ companyName: 'x'.repeat(10_000) }),
    ];
    const parsed = parseCsv(csvHeader(columns) + csvRows(hostile, columns));
    expect(parsed[0]).to.deep.equal(['Microsoft ID', 'Company name', 'Primary domain name', 'Relationship', 'Tags']);
    expect(parsed.slice(1).map((cells) => cells[1])).to.deep.equal(hostile.map((r) => r.companyName));
    expect(parsed[1]![4]).to.equal('a; b; =1+1');
    expect(parsed[4]![4]).to.equal('🚀; 👩‍💻');
  });

  it('takes a subset of columns in a given order', () => {
    const two = customerCsvColumns((column) => column, (r) => r, ['companyName', 'id']);
    expect(csvHeader(two) + csvRows([row({})], two)).to.equal('companyName,id\r\nContoso,a1\r\n');
  });
});
