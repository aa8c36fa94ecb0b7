// The one description of how this project runs Chromium: Debian's package (or CHROME_PATH), headless, with
// the flags a root sandbox on a machine without network needs. Used by the test runner and the benchmark.
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
