/**
 * A Vite plugin that minifies the CSS in `css` and the markup in `html` tagged templates of our sources, which
 * the JavaScript minifier leaves as written (indentation, comments). Lit's templates survive it unchanged in
 * meaning: bindings are kept, only white space and comments go.
 * (minify-literals 1.0: source maps by default; 2.x needs Node 22.)
 */
import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

export function minifyLiterals(): Plugin {
  return {
    name: 'customer-list-elements:minify-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || (!code.includes('html`') && !code.includes('css`'))) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      // 1.0 types the map's version as `number | string`; its JSON text is what Vite takes either way.
      return result ? { code: result.code, map: result.map?.toString() ?? null } : null;
    },
  };
}
