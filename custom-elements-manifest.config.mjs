// `npm run manifest` writes custom-elements.json from the JSDoc of src/ (@fires, @csspart, @cssprop, @slot).
export default {
  globs: ['src/**/*.ts'],
  // Style modules are not API: their CSS would only bloat the manifest as "default values".
  exclude: ['src/**/*.test.ts', 'src/localization/generated/**', 'src/react/**', 'src/**/*.styles.ts', 'src/internal/shared-styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
