/**
 * Microsoft's documented example payloads, copied from the Partner Center SDK reference (`develop/<page>.md`, as
 * mirrored in xdmushui/partner-center-sdk at 540d021; published at learn.microsoft.com/partner-center/developer/
 * <page>). Each names its page and lines. Only elisions (`...`, `{ ... }`) and a trailing comma the JSON would not
 * parse are left out; nothing is added except where a comment says so.
 */

/** develop/get-a-list-of-customers.md:148-190 (response to `GET /v1/customers?size=40`). */
export const LIST_CUSTOMERS = {
  totalCount: 2,
  items: [
    {
      id: 'b44bb1fb-c595-45b0-9e09-d657365580bf',
      companyProfile: { tenantId: '<guid>', domain: 'domain', companyName: 'companyName', attributes: { objectType: 'CustomerCompanyProfile' } },
      relationshipToPartner: 'reseller',
      attributes: { objectType: 'Customer' },
    },
    {
      id: '45c44870-ef77-4fdd-b6fe-3dacb075cff2',
      companyProfile: { tenantId: '<guid>', domain: 'domain', companyName: 'companyName', attributes: { objectType: 'CustomerCompanyProfile' } },
      relationshipToPartner: 'reseller',
      attributes: { objectType: 'Customer' },
    },
  ],
  links: { self: { uri: '/v1/customers?size=40', method: 'GET', headers: [] } },
  attributes: { objectType: 'Collection' },
};

/**
 * The seek link of a paged collection, develop/get-invoiceline-items.md:697-707 (`links.next` with the
 * `MS-ContinuationToken` header) and :594 (the body's `continuationToken`), on a customers page: the `uri` is
 * the customers' seek request as microsoft/Partner-Center-PowerShell#379 quotes it, once relative to `/v1`
 * (the documentation's style) and once with `/v1` (the service's from November 2021).
 */
export const CONTINUATION = 'd19617b8-fbe5-4684-a5d8-0230972fb0cf,0705c4a9-39f7-4261-ba6d-53e24a9ce47d_a4ayc/80/OGda4BO/1o/V0etpOqiLx1JwB5S3beHW0s=,0d81c700-98b4-4b13-9129-ffd5620f72e7';
export function customersPageWithNext(uri: string): typeof LIST_CUSTOMERS & { continuationToken: string; links: { next: unknown } } {
  return {
    ...LIST_CUSTOMERS,
    continuationToken: CONTINUATION,
    links: { ...LIST_CUSTOMERS.links, next: { uri, method: 'GET', headers: [{ key: 'MS-ContinuationToken', value: CONTINUATION }] } },
  };
}

/** develop/get-customers-of-an-indirect-reseller.md:139-202: no `associatedPartnerId` on the items. */
export const INDIRECT_RESELLER_ID = '484e548c-f5f3-4528-93a9-c16c6373cb59';
export const CUSTOMERS_OF_RESELLER = {
  totalCount: 2,
  items: [
    {
      id: '53eb21cb-6b2d-4ee5-9e92-27dfc927e93c',
      companyProfile: { tenantId: '53eb21cb-6b2d-4ee5-9e92-27dfc927e93c', domain: 'FourthCoffee137.onmicrosoft.com', companyName: 'FourthCoffee137', links: { self: { uri: '/customers/53eb21cb-6b2d-4ee5-9e92-27dfc927e93c/profiles/company', method: 'GET', headers: [] } }, attributes: { objectType: 'CustomerCompanyProfile' } },
      relationshipToPartner: 'reseller',
      links: { self: { uri: '/customers/53eb21cb-6b2d-4ee5-9e92-27dfc927e93c', method: 'GET', headers: [] } },
      attributes: { objectType: 'Customer' },
    },
    {
      id: '3dfe847b-cad9-4fc1-86d3-cf16c2790087',
      companyProfile: { tenantId: '3dfe847b-cad9-4fc1-86d3-cf16c2790087', domain: 'WingtipToys1254789149.onmicrosoft.com', companyName: 'Wingtip Toys1254789149', links: { self: { uri: '/customers/3dfe847b-cad9-4fc1-86d3-cf16c2790087/profiles/company', method: 'GET', headers: [] } }, attributes: { objectType: 'CustomerCompanyProfile' } },
      relationshipToPartner: 'reseller',
      links: { self: { uri: '/customers/3dfe847b-cad9-4fc1-86d3-cf16c2790087', method: 'GET', headers: [] } },
      attributes: { objectType: 'Customer' },
    },
  ],
  attributes: { objectType: 'Collection' },
};

/** develop/get-all-of-a-customer-s-billing-profiles.md:95-124 (response to `GET …/profiles/billing`). */
export const BILLING_PROFILE = {
  id: '<billing-profile-id>',
  firstName: 'FirstName',
  lastName: 'LastName',
  email: 'email@sample.com',
  culture: 'en-US',
  language: 'en',
  companyName: 'CompanyName',
  defaultAddress: { country: 'US', city: 'Redmond', state: 'WA', addressLine1: '1 Microsoft Way', postalCode: '98052', firstName: 'FirstName', lastName: 'LastName', phoneNumber: '4255555555' },
  links: { self: { uri: '/v1/customers/<customer-tenant-id>/profiles/billing', method: 'GET', headers: [] } },
  attributes: { etag: '<etag>', objectType: 'CustomerBillingProfile' },
};

/** develop/error-codes.md:96 ("BadRequest | 400 | 2055 | Etag is no longer valid") in the body of error-codes.md:53-62. */
export const STALE_ETAG_ERROR = { code: 2055, description: 'Etag is no longer valid', data: [], source: 'PartnerFD' };

/** develop/api-throttling-guidance.md:80-91: `429`, `Retry-After: 57`. */
export const THROTTLED = { statusCode: 429, message: 'Rate limit is exceeded. Try again in 57 seconds.' };

/** develop/get-a-list-of-products.md:180-222 (the description shortened; `...` left out). */
export const PRODUCTS = {
  totalCount: 19,
  items: [
    {
      id: 'DZH318Z0BQ3Q',
      title: 'Virtual Machines DSv2 Series',
      description: 'Dsv2-series instances are the latest generation of D-series instances …',
      productType: { id: 'Azure', displayName: 'Azure', subType: { id: 'VirtualMachines', displayName: 'VirtualMachines' } },
      isMicrosoftProduct: true,
      publisherName: 'Microsoft',
      links: {
        skus: { uri: '/products/DZH318Z0BQ3Q/skus?country=US', method: 'GET', headers: [] },
        self: { uri: '/products/DZH318Z0BQ3Q?country=US', method: 'GET', headers: [] },
      },
    },
  ],
  links: { self: { uri: '/products?country=US&targetView=Azure', method: 'GET', headers: [] } },
  attributes: { objectType: 'Collection' },
};

/** develop/get-a-list-of-skus-for-a-product.md:198-299 (the first SKU; `[...]` left out). */
export const SKUS = {
  totalCount: 40,
  items: [
    {
      id: '0001',
      productId: 'DZH318Z0BQ5S',
      title: 'Reserved VM Instance, Standard_ND12s, US West 2, 1 Year',
      description: 'Reserved Virtual Machines Instance, Standard_ND12s, US West 2, 1 Year',
      minimumQuantity: 1,
      maximumQuantity: 999999999,
      isTrial: false,
      supportedBillingCycles: ['one_time'],
      purchasePrerequisites: ['AzureSubscriptionRegistration', 'InventoryCheck'],
      provisioningVariables: ['Scope', 'SubscriptionId'],
      dynamicAttributes: { armSkuName: 'Standard_ND12s', cores: '12', ram: '224', skuDisplayName: 'ND12', category: 'GPU', armRegionName: 'westus2', duration: '1Year', region: 'US West 2', diskType: 'Hdd' },
      links: {
        availabilities: { uri: '/products/DZH318Z0BQ5S/skus/0001/availabilities?country=US', method: 'GET', headers: [] },
        self: { uri: '/products/DZH318Z0BQ5S/skus/0001?country=US', method: 'GET', headers: [] },
      },
    },
  ],
  links: { self: { uri: '/products/DZH318Z0BQ5S/skus?country=US', method: 'GET', headers: [] } },
  attributes: { objectType: 'Collection' },
};

/** develop/get-a-list-of-availabilities-for-a-sku.md:158-199 (`product` and `sku`, elided there, left out). */
export const AVAILABILITIES = {
  totalCount: 1,
  items: [
    {
      id: 'DZH318XZXVNF',
      productId: 'DZH318Z0BQ3Q',
      skuId: '0001',
      catalogItemId: 'DZH318Z0BQ3Q:0001:DZH318XZXVNF',
      defaultCurrency: { code: 'USD', symbol: '$' },
      segment: 'commercial',
      country: 'US',
      isPurchasable: true,
      isRenewable: false,
      terms: [{ duration: 'P1Y', description: '1 Year Prepaid' }],
      links: { self: { uri: '/products/DZH318Z0BQ3Q/skus/0001/availabilities/DZH318Z0HMKQ?country=US', method: 'GET', headers: [] } },
    },
  ],
  links: { self: { uri: '/products/DZH318Z0BQ3Q/skus/0001/availabilities?country=US&targetSegment=commercial', method: 'GET', headers: [] } },
  attributes: { objectType: 'Collection' },
};

/** develop/create-an-order.md:186-222 (the `201` answer): no `targetView`. */
export const ORDER = {
  id: 'Cs_jyTxubLpvdJXdo8xcQZN6I2RsLrgZ1',
  referenceCustomerId: 'b0d70a69-4c42-4b27-b17b-91a835d8686a',
  billingCycle: 'one_time',
  currencyCode: 'USD',
  lineItems: [
    { lineItemNumber: 0, offerId: '84A03D81-6B37-4D66-8D4A-FAEA24541538', friendlyName: 'A_sample_Azure_RI', quantity: 1, links: { sku: { uri: '/products/DZH318Z0BQ4B/skus/0047?country=US', method: 'GET', headers: [] } } },
  ],
  creationDate: '2018-03-15T22:30:02.085152Z',
  status: 'pending',
  links: {
    provisioningStatus: { uri: '/customers/b0d70a69-4c42-4b27-b17b-91a835d8686a/orders/Cs_jyTxubLpvdJXdo8xcQZN6I2RsLrgZ1/provisioningstatus', method: 'GET', headers: [] },
    self: { uri: '/customers/b0d70a69-4c42-4b27-b17b-91a835d8686a/orders/Cs_jyTxubLpvdJXdo8xcQZN6I2RsLrgZ1', method: 'GET', headers: [] },
  },
  attributes: { objectType: 'Order' },
};

/**
 * develop/get-a-record-of-partner-center-activity-by-user.md:157-229: no `id`, no `originalCorrelationId`, a `null`
 * value. The first record's `resourceNewValue` (a long JSON text) is cut after `BillingCycle`.
 */
export const AUDIT_RECORDS = {
  totalCount: 2,
  items: [
    {
      partnerId: '3b33e682-00c3-41ee-9dd2-a548adf56438',
      customerId: '0c39d6d5-c70d-4c55-bc02-f620844f3fd1',
      customerName: 'Relecloud',
      userPrincipalName: 'admin@domain.onmicrosoft.com',
      resourceType: 'order',
      resourceNewValue: '{"Id":"d51a052e-043c-4a2a-aa37-2bb938cef6c1","ReferenceCustomerId":"0c39d6d5-c70d-4c55-bc02-f620844f3fd1","BillingCycle":"none"}',
      operationType: 'create_order',
      operationDate: '2017-06-15T22:56:05.0589308Z',
      operationStatus: 'succeeded',
      customizedData: [
        { key: 'OrderId', value: 'd51a052e-043c-4a2a-aa37-2bb938cef6c1' },
        { key: 'BillingCycle', value: 'None' },
        { key: 'OfferId-0', value: 'C0BD2E08-11AC-4836-BDC7-3712E744922F' },
        { key: 'SubscriptionId-0', value: '488745B5-2086-4912-802C-6ABB9F7C3638' },
        { key: 'SubscriptionName-0', value: 'Office 365 Business Premium Trial' },
        { key: 'Quantity-0', value: '25' },
        { key: 'PartnerOnRecord-0', value: null },
      ],
      attributes: { objectType: 'AuditRecord' },
    },
    {
      partnerId: '3b33e682-00c3-41ee-9dd2-a548adf56438',
      customerId: '0c39d6d5-c70d-4c55-bc02-f620844f3fd1',
      customerName: 'Relecloud',
      userPrincipalName: 'admin@domain.onmicrosoft.com',
      applicationId: 'Partner Center Native App',
      resourceType: 'license',
      resourceNewValue: '{"LicensesToAssign":[{"ExcludedPlans":null,"SkuId":"efccb6f7-5641-4e0e-bd10-b4976e1bf68e"}],"LicensesToRemove":null,"LicenseWarnings":[],"Attributes":{"ObjectType":"LicenseUpdate"}}',
      operationType: 'update_customer_user_licenses',
      operationDate: '2017-06-01T20:09:07.0450483Z',
      operationStatus: 'succeeded',
      customizedData: [
        { key: 'CustomerUserId', value: '482e2152-4b49-48ec-b715-823365ce3d4c' },
        { key: 'AddedLicenseSkuId', value: 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e' },
      ],
      attributes: { objectType: 'AuditRecord' },
    },
  ],
  links: { self: { uri: '/auditrecords?startDate=2017-06-01&size=500&filter=%7B%22Field%22%3A%22CustomerId%22%2C%22Value%22%3A%220c39d6d5-c70d-4c55-bc02-f620844f3fd1%22%2C%22Operator%22%3A%22equals%22%7D', method: 'GET', headers: [] } },
  attributes: { objectType: 'Collection' },
};
