/**
 * The customers page in a Vue 3 app, using the elements directly: Vue is told which tags are custom elements
 * (`isCustomElement`), binds objects as properties (`:adapter`, `.prop`-style by default for unknown keys on
 * custom elements) and listens to the elements' events in the template (`@customer-select`).
 */
import { createApp, markRaw, ref } from 'vue';
import 'customer-list-elements/define.js';
import { MemoryAdapter } from 'customer-list-elements/adapters.js';
import type { CustomerSelectEvent } from 'customer-list-elements';
import { generateDataset } from '../../mocks/data/index.js';

const TAGS = new Set(['customer-list', 'tag-editor', 'new-order-dialog', 'export-button', 'billing-profile-form']);

const app = createApp({
  setup() {
    // markRaw: the adapter is the elements' to use, not Vue's to make reactive.
    const adapter = markRaw(new MemoryAdapter({ ...generateDataset({ rows: 150, seed: 11 }), agentRole: 'admin-agent' }));
    const selected = ref(0);
    const onSelect = (event: CustomerSelectEvent) => (selected.value = event.count);
    return { adapter, selected, onSelect };
  },
  template: `
    <main style="font-family: system-ui, sans-serif; margin: 2rem">
      <h1>Customers</h1>
      <p role="status" data-testid="selected">{{ selected }} selected</p>
      <customer-list :adapter="adapter" agent-role="admin-agent" style="--customer-list-height: 60vh" @customer-select="onSelect"></customer-list>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => TAGS.has(tag);
app.mount('#app');
