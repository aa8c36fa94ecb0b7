// The customers page in a React app: one element's wrapper (it registers <customer-list> and no other element),
// its properties as props, its events as typed `on…` props updating React state.
import { useMemo, useState, type CSSProperties } from 'react'
import { CustomerList } from 'customer-list-elements/react/customer-list.js'
import { MemoryAdapter } from 'customer-list-elements/adapters.js'
import { customers } from './customers.ts'

function App() {
  const adapter = useMemo(() => new MemoryAdapter({ customers, agentRole: 'admin-agent' }), [])
  const [selected, setSelected] = useState(0)

  return (
    <main>
      <h1>Customers</h1>
      <p role="status" data-testid="selected">{selected} selected</p>
      <CustomerList
        adapter={adapter}
        agentRole="admin-agent"
        style={{ '--customer-list-height': '60vh' } as CSSProperties}
        onCustomerSelect={(event) => setSelected(event.count)}
      />
    </main>
  )
}

export default App
