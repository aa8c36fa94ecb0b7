import { mount } from 'svelte'
// Registers <customer-list> (customer-list-elements/define.js would register every element).
import 'customer-list-elements/customer-list.js'
// Types the elements' properties, attributes and on<event> listeners in templates, for svelte-check.
import type {} from 'customer-list-elements/types/svelte'
import './app.css'
import App from './App.svelte'

const app = mount(App, {
  target: document.getElementById('app')!,
})

export default app
