// @ts-check
import { RestAdapter, setLocale } from 'customer-list-elements/bundle.js';

// Your partner-center API and the signed-in agent's token (here: the mock API, `npm run mock-server`).
const params = new URLSearchParams(location.search);
const adapter = new RestAdapter({
  baseUrl: params.get('api') ?? 'http://127.0.0.1:8787',
  headers: { Authorization: `Bearer ${params.get('token') ?? 'mock-admin-agent'}` },
});

await setLocale('pl');
const list = document.querySelector('customer-list');
if (!list) throw new Error('no <customer-list> on the page');
list.adapter = adapter;
list.addEventListener('customer-select', (event) => {
  document.querySelector('[data-testid=selected]')?.replaceChildren(`Wybrano: ${event.count}`);
});
