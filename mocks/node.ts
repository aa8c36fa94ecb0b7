/** The mock API in Node, intercepting `fetch` in the process (tests, scripts). */
import { setupServer } from 'msw/node';
import { handlers } from './api/handlers.js';

export const server = setupServer(...handlers);

export { mockApi } from './api/mock-api.js';
export { mockAuthHeaders, MOCK_TOKENS, MOCK_USERS } from './api/auth.js';
