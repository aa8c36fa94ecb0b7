/** The one-script bundle (`dist/customer-list-elements.bundle.js`): everything, with every element registered. */
import './define.js';
export * from './index.js';
