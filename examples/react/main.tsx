/**
 * The customers page in a React app, through the generated wrappers (`customer-list-elements/react`): element
 * properties as props, events as typed `on…` props that update React state.
 */
import { StrictMode, useMemo, useState, version, type CSSProperties } from 'react';
import { createRoot } from 'react-dom/client';
import { CustomerList } from 'customer-list-elements/react';
import { MemoryAdapter } from 'customer-list-elements/adapters.js';
import { generateDataset } from '../../mocks/data/index.js';

function CustomersPage() {
  const adapter = useMemo(() => new MemoryAdapter({ ...generateDataset({ rows: 200, seed: 9 }), agentRole: 'admin-agent' }), []);
  const [selected, setSelected] = useState(0);
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem' }}>
      <h1>Customers</h1>
      <p data-testid="react-version">React {version}</p>
      <p role="status" data-testid="selected">{selected} selected</p>
      <CustomerList
        adapter={adapter}
        agentRole="admin-agent"
        style={{ '--customer-list-height': '60vh' } as CSSProperties}
        onCustomerSelect={(event) => setSelected(event.count)}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CustomersPage />
  </StrictMode>,
);
