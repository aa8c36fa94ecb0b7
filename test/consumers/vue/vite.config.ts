import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

// The library's tags are custom elements, not Vue components. Single-file components are compiled here, at build
// time, so this is where Vue must be told (`app.config.compilerOptions` only reaches templates compiled in the browser).
const CUSTOM_ELEMENTS = new Set(['customer-list', 'tag-editor', 'new-order-dialog', 'export-button', 'billing-profile-form', 'activity-log'])

// https://vite.dev/config/
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => CUSTOM_ELEMENTS.has(tag) } } })],
})
