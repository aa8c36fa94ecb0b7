/**
 * Server commands the browser tests use for real input that @web/test-runner-commands lacks: a double-click
 * through Playwright's mouse (two clicks and a dblclick, as the browser makes them for a person).
 */
export function inputCommandsPlugin() {
  return {
    name: 'input-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'double-click') return undefined;
      const page = session.browser.getPage(session.id);
      const [x, y] = payload.position;
      await page.mouse.dblclick(x, y);
      return true;
    },
  };
}
