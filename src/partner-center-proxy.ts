/**
 * Entry point `customer-list-elements/partner-center-proxy.js` (Node ≥ 20 or any fetch-handler server, no DOM): a
 * token-holding pass-through that lets `PartnerCenterAdapter` in the browser reach Partner Center's API.
 */
export { createPartnerCenterProxy, type FetchHandler, type PartnerCenterProxyOptions } from './partner-center-proxy/proxy.js';
export { toNodeListener, type NodeIncomingMessage, type NodeServerResponse } from './partner-center-proxy/node-listener.js';
export { PARTNER_CENTER_ROUTES, type ProxyRoute } from './partner-center-proxy/routes.js';
export { FORWARDED_REQUEST_HEADERS, EXPOSED_RESPONSE_HEADERS } from './partner-center-proxy/headers.js';
