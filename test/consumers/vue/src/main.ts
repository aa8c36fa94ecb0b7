import { createApp } from 'vue'
// Registers <customer-list> (customer-list-elements/define.js would register every element).
import 'customer-list-elements/customer-list.js'
// Types the elements' props and events in templates, for vue-tsc and Volar.
import type {} from 'customer-list-elements/types/vue'
import App from './App.vue'

createApp(App).mount('#app')
