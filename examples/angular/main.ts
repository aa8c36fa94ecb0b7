/**
 * The customers page in an Angular app, using the elements directly: `CUSTOM_ELEMENTS_SCHEMA` lets the template
 * use their tags, `[adapter]` binds a property, `(customer-select)` an event. Compiled just in time in the
 * browser (no Angular CLI needed for an example), and zoneless: state lives in signals.
 */
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'customer-list-elements/define.js';
import { MemoryAdapter } from 'customer-list-elements/adapters.js';
import type { CustomerSelectEvent } from 'customer-list-elements';
import { generateDataset } from '../../mocks/data/index.js';

@Component({
  selector: 'app-customers',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main style="font-family: system-ui, sans-serif; margin: 2rem">
      <h1>Customers</h1>
      <p role="status" data-testid="selected">{{ selected() }} selected</p>
      <customer-list [adapter]="adapter" agent-role="admin-agent" style="--customer-list-height: 60vh" (customer-select)="onSelect($event)"></customer-list>
    </main>
  `,
})
class CustomersPage {
  readonly adapter = new MemoryAdapter({ ...generateDataset({ rows: 120, seed: 12 }), agentRole: 'admin-agent' });
  readonly selected = signal(0);

  onSelect(event: Event): void {
    this.selected.set((event as CustomerSelectEvent).count);
  }
}

bootstrapApplication(CustomersPage, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));
