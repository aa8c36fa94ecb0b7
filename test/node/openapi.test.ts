/**
 * `openapi.json` (the REST dialect RestAdapter talks to) is a valid OpenAPI 3.1 document, documents every route
 * the mock API serves, and matches what the mock answers over HTTP: every documented operation is called, with
 * its error cases, and each answer's status, headers and JSON body are checked against the document, as are the
 * request bodies and query parameters the test sends. Bodies are checked strictly (no undocumented properties),
 * so a field the mock adds must be documented. Runs with `node --import tsx --test`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createHandlers } from '../../mocks/api/handlers.js';
import { mockAuthHeaders } from '../../mocks/api/auth.js';
import { MOCK_ROUTES } from '../../mocks/api/routes.js';
import { startMockServer, type MockServer } from '../../mocks/http-server.js';

type Json = Record<string, any>;
type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
const METHODS: readonly Method[] = ['get', 'put', 'post', 'patch', 'delete'];

const DOCUMENT: Json = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'));
const DOC_ID = 'openapi.json';

/**
 * The document with `additionalProperties: false` on every object schema that lists its properties and says
 * nothing else: the document lets servers add fields, but the mock must send only documented ones.
 */
function strictCopy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strictCopy);
  if (typeof node !== 'object' || node === null) return node;
  const copy: Json = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, strictCopy(value)]));
  if (copy.properties && typeof copy.properties === 'object' && !('additionalProperties' in copy) && !('$ref' in copy)) copy.additionalProperties = false;
  return copy;
}

/** A JSON-pointer segment. */
const segment = (text: string) => text.replace(/~/g, '~0').replace(/\//g, '~1');

class Contract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(readonly document: Json) {
    addFormats(this.ajv);
    this.ajv.addSchema(strictCopy(document) as Json, DOC_ID);
  }

  operation(method: Method, template: string): Json {
    const operation = this.document.paths?.[template]?.[method];
    assert.ok(operation, `${method.toUpperCase()} ${template} is not in openapi.json`);
    return operation;
  }

  /** The operation's parameters, its path's included. */
  parameters(method: Method, template: string): Json[] {
    const all = [...(this.document.paths[template].parameters ?? []), ...(this.operation(method, template).parameters ?? [])];
    return all.map((parameter: Json) => this.resolve(parameter));
  }

  /** Follows a `#/components/…` reference (not schemas: Ajv resolves those). */
  resolve(node: Json): Json {
    if (typeof node.$ref !== 'string') return node;
    return node.$ref
      .slice(2)
      .split('/')
      .reduce((at: Json, key: string) => at[key.replace(/~1/g, '/').replace(/~0/g, '~')], this.document);
  }

  /** Where the documented response for a status is, and the response itself: the exact status, or `5XX`. */
  response(method: Method, template: string, status: number): { pointer: string; response: Json } {
    const responses = this.operation(method, template).responses;
    const key = [String(status), `${String(status)[0]}XX`].find((candidate) => candidate in responses);
    assert.ok(key, `${method.toUpperCase()} ${template} answered ${status}, which openapi.json does not document (it has ${Object.keys(responses).join(', ')})`);
    const entry = responses[key];
    const pointer = typeof entry.$ref === 'string' ? entry.$ref.slice(1) : `/paths/${segment(template)}/${method}/responses/${key}`;
    return { pointer, response: this.resolve(entry) };
  }

  requestBodyPointer(method: Method, template: string): string {
    const body = this.operation(method, template).requestBody;
    assert.ok(body?.content?.['application/json']?.schema, `${method.toUpperCase()} ${template} documents no JSON request body`);
    return `/paths/${segment(template)}/${method}/requestBody/content/application~1json/schema`;
  }

  /** Validates a value against the schema at a pointer into the document; the errors, or an empty list. */
  check(pointer: string, value: unknown): string[] {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOC_ID}#${pointer}` });
      this.validators.set(pointer, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message} ${JSON.stringify(error.params)}`);
  }
}

const contract = new Contract(DOCUMENT);

interface Call {
  method: Method;
  /** The documented path, e.g. `/v1/customers/{customerId}`. */
  path: string;
  params?: Record<string, string>;
  query?: [string, string][];
  headers?: Record<string, string>;
  body?: unknown;
  role?: 'admin-agent' | 'sales-agent';
  /** The status the test expects; the document is checked for any status. */
  expect: number;
}

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

let server: MockServer;
/** `METHOD path` of every operation called, and of every status seen, so the last test can tell what was left out. */
const called = new Set<string>();

/** Sends one request as documented, and checks the answer against the document. */
async function call({ method, path, params = {}, query = [], headers = {}, body, role = 'admin-agent', expect }: Call): Promise<Answer> {
  const operation = `${method.toUpperCase()} ${path}`;
  const documented = new Set(contract.parameters(method, path).filter((p) => p.in === 'query').map((p) => p.name));
  for (const [name] of query) assert.ok(documented.has(name), `${operation} sends query parameter ${name}, which openapi.json does not document`);
  if (body !== undefined) {
    const errors = contract.check(contract.requestBodyPointer(method, path), body);
    assert.deepEqual(errors, [], `${operation}: the request body the test sends does not match openapi.json`);
  }
  const url = new URL(path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? assert.fail(`no ${name} for ${path}`))), server.url);
  for (const [name, value] of query) url.searchParams.append(name, value);
  const response = await fetch(url, {
    method: method.toUpperCase(),
    headers: { ...mockAuthHeaders(role), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  assert.equal(response.status, expect, `${operation} answered ${response.status}: ${text.slice(0, 300)}`);
  called.add(operation);
  const { pointer, response: documentedResponse } = contract.response(method, path, response.status);
  // The headers a client acts on are documented where the mock sends them.
  for (const name of ['ETag', 'Retry-After']) {
    if (response.headers.has(name)) assert.ok(documentedResponse.headers?.[name], `${operation} ${response.status} sends ${name}, which openapi.json does not document`);
  }
  // Every documented header is sent (ETag, Retry-After), and matches its pattern if it has one.
  for (const [name, header] of Object.entries<Json>(documentedResponse.headers ?? {})) {
    assert.ok(response.headers.has(name), `${operation} ${response.status}: the documented ${name} header is missing`);
    const pattern = contract.resolve(header).schema?.pattern;
    if (pattern) assert.match(response.headers.get(name)!, new RegExp(pattern), `${operation}: ${name} header`);
  }
  const schema = documentedResponse.content?.['application/json']?.schema;
  assert.ok(schema, `${operation} ${response.status} documents no JSON body`);
  const json = JSON.parse(text);
  const schemaPointer = `${pointer}/content/application~1json/schema`;
  assert.deepEqual(contract.check(schemaPointer, json), [], `${operation} ${response.status}: the mock's body does not match openapi.json`);
  return { status: response.status, headers: response.headers, body: json };
}

describe('openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(DOCUMENT));
    assert.deepEqual(result.errors ?? [], []);
    assert.equal(result.valid, true);
    assert.equal(validator.version, '3.1');
  });

  it('documents every route the mock API serves, and no other', () => {
    // MSW paths (`/v1/customers/:id`) and OpenAPI templates (`/v1/customers/{customerId}`) with their names erased.
    const shape = (path: string) => path.replace(/:\w+/g, '{}').replace(/\{\w+\}/g, '{}');
    const served = new Set(createHandlers({ baseUrl: '' }).map((handler) => {
      const info = handler.info as { method: string; path: string };
      return `${info.method.toLowerCase()} ${shape(String(info.path))}`;
    }));
    const documented = new Set(Object.entries<Json>(DOCUMENT.paths).flatMap(([path, item]) => METHODS.filter((method) => item[method]).map((method) => `${method} ${shape(path)}`)));
    assert.deepEqual([...served].filter((route) => !documented.has(route)), [], 'routes the mock serves that openapi.json does not document');
    assert.deepEqual([...documented].filter((route) => !served.has(route)), [], 'operations openapi.json documents that the mock does not serve');
  });

  it('the checks can fail: a wrong property type or an undocumented status is refused', () => {
    const wrong = structuredClone(DOCUMENT);
    wrong.components.schemas.Customer.properties.companyProfile.properties.companyName.type = 'integer';
    const customer = { id: 'a', companyProfile: { tenantId: 'a', domain: 'a.example', companyName: 'A' }, relationshipToPartner: 'reseller', tags: [], attributes: { objectType: 'Customer' } };
    assert.deepEqual(contract.check('/components/schemas/Customer', customer), []);
    assert.notDeepEqual(new Contract(wrong).check('/components/schemas/Customer', customer), []);
    assert.notDeepEqual(contract.check('/components/schemas/Customer', { ...customer, undocumented: 1 }), [], 'an undocumented property passes');
    assert.throws(() => contract.response('get', '/v1/tags', 404), /does not document/);
  });
});

describe('the mock API over HTTP matches openapi.json', () => {
  before(async () => {
    server = await startMockServer({ port: 0, rows: 300, seed: 7 });
  });
  after(() => server.close());

  // Found along the way, for the operations that need an existing customer, tag or reseller.
  let customerId = '';
  let rowKey = '';
  let tag = '';

  it('lists customers with every parameter, and follows links.next with MS-ContinuationToken', async () => {
    const first = await call({ method: 'get', path: '/v1/customers', query: [['size', '40']], expect: 200 });
    assert.equal(first.body.items.length, 40);
    const next = first.body.links.next;
    const second = await call({ method: 'get', path: '/v1/customers', query: [...new URL(next.uri, server.url).searchParams], headers: Object.fromEntries(next.headers.map((h: Json) => [h.key, h.value])), expect: 200 });
    assert.notEqual(second.body.items[0].id, first.body.items[0].id);
    const direct = first.body.items.find((row: Json) => row.relationshipToPartner === 'reseller' && !row.associatedPartnerId);
    const indirect = [...first.body.items, ...second.body.items].find((row: Json) => row.associatedPartnerId);
    assert.ok(direct && indirect, 'the dataset has direct and indirect rows');
    customerId = direct.id;
    rowKey = `${direct.id}#cloud-reseller`;
    tag = (await call({ method: 'get', path: '/v1/tags', expect: 200 })).body.items[0].name;
    const filter = JSON.stringify({ Field: 'CompanyName', Value: direct.companyProfile.companyName.slice(0, 1), Operator: 'starts_with' });
    await call({
      method: 'get',
      path: '/v1/customers',
      query: [['size', '10'], ['filter', filter], ['sort', 'companyName:desc'], ['sort', 'id:asc'], ['tag', tag], ['relationship', 'indirect-reseller'], ['indirectResellerId', indirect.associatedPartnerId], ['offset', '0']],
      expect: 200,
    });
  });

  it('refuses a bad filter and a bad size with 400, and an unknown token with 401', async () => {
    await call({ method: 'get', path: '/v1/customers', query: [['size', '10'], ['filter', '{not json']], expect: 400 });
    await call({ method: 'get', path: '/v1/customers', query: [['size', '0']], expect: 400 });
    await call({ method: 'get', path: '/v1/customers', query: [['size', '10']], headers: { Authorization: 'Bearer nobody' }, expect: 401 });
  });

  it('looks a customer up by Microsoft ID, or answers 404', async () => {
    const { body } = await call({ method: 'get', path: '/v1/customers/{customerId}', params: { customerId }, expect: 200 });
    assert.equal(body.id, customerId);
    await call({ method: 'get', path: '/v1/customers/{customerId}', params: { customerId: 'no-such-customer' }, expect: 404 });
    // A dual-role customer (two rows, one ID) comes back as a collection: the other branch of the documented answer.
    const all = await call({ method: 'get', path: '/v1/customers', query: [['size', '500']], expect: 200 });
    const ids: string[] = all.body.items.map((row: Json) => row.id);
    const dual = ids.find((id, index) => ids.indexOf(id) !== index);
    assert.ok(dual, 'the dataset has a dual-role customer');
    const both = await call({ method: 'get', path: '/v1/customers/{customerId}', params: { customerId: dual }, expect: 200 });
    assert.equal(both.body.items.length, 2);
  });

  it('reads and saves a billing profile with If-Match, and answers a stale etag with 412 and the current profile', async () => {
    const path = '/v1/customers/{customerId}/profiles/billing';
    const params = { customerId };
    const read = await call({ method: 'get', path, params, expect: 200 });
    const { attributes, ...fields } = read.body;
    assert.equal(read.headers.get('ETag'), `"${attributes.etag}"`);
    const saved = await call({ method: 'put', path, params, headers: { 'If-Match': read.headers.get('ETag')! }, body: { ...fields, lastName: 'Nowak' }, expect: 200 });
    assert.equal(saved.body.lastName, 'Nowak');
    const stale = await call({ method: 'put', path, params, headers: { 'If-Match': read.headers.get('ETag')! }, body: { ...fields, firstName: 'Ewa' }, expect: 412 });
    assert.equal(stale.body.details.current.lastName, 'Nowak');
    await call({ method: 'put', path, params, headers: { 'If-Match': saved.headers.get('ETag')! }, body: { ...fields, email: 'not an address' }, expect: 400 });
    await call({ method: 'put', path, params, body: fields, expect: 428 });
    await call({ method: 'get', path, params: { customerId: 'no-such-customer' }, expect: 404 });
  });

  it('lists products, places an order once per MS-RequestId, and lists orders', async () => {
    const products = await call({ method: 'get', path: '/v1/customers/{customerId}/products', params: { customerId }, query: [['targetView', 'OnlineServices'], ['country', 'US']], expect: 200 });
    await call({ method: 'get', path: '/v1/products', query: [['targetView', 'Azure'], ['country', 'PL'], ['search', 'a']], expect: 200 });
    await call({ method: 'get', path: '/v1/products', query: [['targetView', 'Mainframes'], ['country', 'US']], expect: 400 });
    const sku = products.body.items[0].skus[0];
    const order = {
      referenceCustomerId: customerId,
      targetView: 'OnlineServices',
      lineItems: [{ lineItemNumber: 0, offerId: sku.availability.catalogItemId, quantity: sku.minimumQuantity, termDuration: sku.termDurations[0], billingCycle: sku.supportedBillingCycles[0] }],
    };
    const path = '/v1/customers/{customerId}/orders';
    const placed = await call({ method: 'post', path, params: { customerId }, headers: { 'MS-RequestId': 'openapi-test-1' }, body: order, expect: 201 });
    const again = await call({ method: 'post', path, params: { customerId }, headers: { 'MS-RequestId': 'openapi-test-1' }, body: order, expect: 201 });
    assert.equal(again.body.id, placed.body.id);
    await call({ method: 'post', path, params: { customerId }, body: { ...order, lineItems: [] }, expect: 400 });
    const listed = await call({ method: 'get', path, params: { customerId }, expect: 200 });
    assert.deepEqual(listed.body.items.map((item: Json) => item.id), [placed.body.id]);
  });

  it('answers 403 for a catalog refused to a customer', async () => {
    const refusing = await startMockServer({
      port: 0,
      data: { customers: [{ id: 'refused-1', companyName: 'Refused Ltd', primaryDomain: 'refused.example', relationship: 'cloud-reseller', tags: [] }], catalogRefusals: { 'refused-1': { azure: 'No Azure plan' } } },
    });
    const main = server;
    server = refusing;
    try {
      const refused = await call({ method: 'get', path: '/v1/customers/{customerId}/products', params: { customerId: 'refused-1' }, query: [['targetView', 'Azure'], ['country', 'US']], expect: 403 });
      assert.equal(refused.body.code, 'catalog-refused');
    } finally {
      server = main;
      await refusing.close();
    }
  });

  it('manages tags, and refuses a sales agent with 403', async () => {
    const created = await call({ method: 'post', path: '/v1/tags', body: { name: 'OpenAPI' }, expect: 201 });
    assert.equal(created.body.name, 'OpenAPI');
    await call({ method: 'post', path: '/v1/tags', body: { name: 'openapi' }, expect: 400 });
    await call({ method: 'post', path: '/v1/tags', body: { name: 'Nope' }, role: 'sales-agent', expect: 403 });
    await call({ method: 'patch', path: '/v1/tags/{name}', params: { name: 'OpenAPI' }, body: { name: 'Open API' }, expect: 200 });
    await call({ method: 'patch', path: '/v1/tags/{name}', params: { name: 'No such tag' }, body: { name: 'X' }, expect: 404 });
    const assigned = await call({ method: 'post', path: '/v1/customers/tags', body: { target: { mode: 'some', keys: [rowKey] }, add: ['Open API'], remove: [] }, expect: 200 });
    assert.equal(assigned.body.updatedCustomers, 1);
    const counts = await call({ method: 'post', path: '/v1/customers/tags/count', body: { target: { mode: 'all', query: { tags: ['Open API'] }, excludedKeys: [] } }, expect: 200 });
    assert.equal(counts.body.byTag['Open API'], 1);
    const lookup = await call({ method: 'post', path: '/v1/customers/tags/lookup', body: { customerIds: [customerId, 'no-such-customer'] }, expect: 200 });
    assert.deepEqual(lookup.body.items.map((item: Json) => item.customerId), [customerId]);
    const tagged = await call({ method: 'get', path: '/v1/tags/customers', query: [['tag', 'Open API']], expect: 200 });
    assert.deepEqual(tagged.body.items, [{ customerId }]);
    await call({ method: 'post', path: '/v1/customers/tags/assignments', body: { customerIds: [customerId], add: [tag], remove: ['Open API'] }, expect: 200 });
    await call({ method: 'post', path: '/v1/customers/tags/assignments', body: { customerIds: [customerId], add: [tag] }, role: 'sales-agent', expect: 403 });
    const deleted = await call({ method: 'delete', path: '/v1/tags/{name}', params: { name: 'Open API' }, expect: 200 });
    assert.equal(deleted.body.removedFrom, 0);
  });

  it('pages activity records with the filter and the extensions, and refuses a sales agent and an expired period', async () => {
    const now = Date.now();
    const period: [string, string][] = [['startDate', new Date(now - 30 * 86_400_000).toISOString()], ['endDate', new Date(now + 60_000).toISOString()]];
    const first = await call({ method: 'get', path: '/v1/auditrecords', query: [...period, ['size', '5']], expect: 200 });
    const next = first.body.links.next;
    await call({ method: 'get', path: '/v1/auditrecords', query: [...new URL(next.uri, server.url).searchParams], headers: Object.fromEntries(next.headers.map((h: Json) => [h.key, h.value])), expect: 200 });
    const filter = JSON.stringify({ Field: 'CustomerId', Value: customerId, Operator: 'equals' });
    const mine = await call({
      method: 'get',
      path: '/v1/auditrecords',
      query: [...period, ['size', '50'], ['filter', filter], ['resourceType', 'order'], ['operationType', 'create_order'], ['operationType', 'update_customer_tags'], ['sort', 'operationDate:asc']],
      expect: 200,
    });
    assert.ok(mine.body.items.length >= 1, 'the order placed above is recorded');
    await call({ method: 'get', path: '/v1/auditrecords', query: [...period, ['size', '5']], role: 'sales-agent', expect: 403 });
    await call({ method: 'get', path: '/v1/auditrecords', query: [['startDate', new Date(now - 200 * 86_400_000).toISOString()], ['endDate', new Date(now).toISOString()], ['size', '5']], expect: 400 });
  });

  it('answers 429 with Retry-After when throttled, and a 5xx on a server failure', async () => {
    server.api.configure({ throttle: { requests: 1, retryAfterSeconds: 2 } });
    const throttled = await call({ method: 'get', path: '/v1/tags', expect: 429 });
    assert.equal(throttled.headers.get('Retry-After'), '2');
    server.api.configure({ status: { orders: 503 } });
    await call({ method: 'get', path: '/v1/customers/{customerId}/orders', params: { customerId }, expect: 503 });
    server.api.faults.reset();
  });

  it('called every documented operation, over every route of mocks/api/routes.ts', () => {
    const documented = Object.entries<Json>(DOCUMENT.paths).flatMap(([path, item]) => METHODS.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${path}`));
    assert.deepEqual(documented.filter((operation) => !called.has(operation)), []);
    const routes = new Set(server.api.requests.map((request) => request.route));
    assert.deepEqual(MOCK_ROUTES.filter((route) => !routes.has(route)), []);
  });
});
