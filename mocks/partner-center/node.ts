/** The fake Partner Center in Node: its handlers for `msw/node`, and a real HTTP server. */
export { createPartnerCenterHandlers, partnerCenterHandlers } from './handlers.js';
export { partnerCenterMock, PartnerCenterMock, type PartnerCenterMockOptions, type PartnerCenterRequest } from './partner-center-mock.js';
export { PARTNER_CENTER_CORS, startPartnerCenterServer, type PartnerCenterServer, type PartnerCenterServerOptions } from './http-server.js';
