// Storybook's own Vite config: the project's vite.config.ts serves the demo portal and builds the library.
import { defineConfig } from 'vite';

export default defineConfig({
  define: { 'process.env.NODE_ENV': JSON.stringify('development') },
  // Without this, dev mode loads a second copy of lit-html ("Multiple versions of Lit loaded").
  optimizeDeps: { include: ['lit/directive-helpers.js'] },
  // Storybook's own manager and preview runtime is one large chunk; our bundle size is checked elsewhere.
  build: { chunkSizeWarningLimit: 2000 },
  // Test runs rewrite coverage/; without this the open story reloads mid-review.
  server: { watch: { ignored: ['**/coverage/**', '**/dist/**', '**/storybook-static/**'] } },
});
