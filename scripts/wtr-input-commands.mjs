/**
 * Server commands the browser tests use for real input that @web/test-runner-commands lacks: a double-click
 * through Playwright's mouse (two clicks and a dblclick, as the browser makes them for a person), and text
 * inserted at once into the focused control as a paste or an input method does (Playwright's insertText).
 */
export function inputCommandsPlugin() {
  return {
    name: 'input-commands',
    async executeCommand({ command, payload, session }) {
      const page = session.browser.getPage(session.id);
      if (command === 'double-click') {
        const [x, y] = payload.position;
        await page.mouse.dblclick(x, y);
        return true;
      }
      if (command === 'insert-text') {
        await page.keyboard.insertText(payload.text);
        return true;
      }
      return undefined;
    },
  };
}
