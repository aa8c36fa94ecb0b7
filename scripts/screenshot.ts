/**
 * `npm run screenshot`: the README's picture, taken from the built demo portal in headless Chromium (1 000
 * generated customers, admin agent, light theme), so it shows the page as it is today. Writes
 * docs/images/customer-list.png.
 */
import { join } from 'node:path';
import { buildPortal, launchChromium, openPortal } from '../test/support/node/journey.js';

const out = join(import.meta.dirname, '..', 'docs', 'images', 'customer-list.png');
const portal = await buildPortal();
const browser = await launchChromium();
try {
  const { page, list, close } = await openPortal(browser, portal, { rows: 1000, seed: 1 }, { viewport: { width: 1280, height: 720 } });
  await list.getByRole('checkbox', { name: /^Select (?!all )/ }).nth(1).click();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out });
  await close();
  console.info(`wrote ${out}`);
} finally {
  await browser.close();
  await portal.remove();
}
