// `npm run manifest` writes custom-elements.json from the JSDoc of src/ (@fires, @csspart, @cssprop, @slot).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/localization/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
