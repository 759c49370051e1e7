/**
 * electron-builder `beforeBuild` hook (see electron-builder.yml). Resolving to false tells electron-builder
 * that node_modules are handled outside it: it skips rebuilding and copying the production dependencies,
 * which Vite and esbuild have already bundled into dist/.
 */
module.exports = async function beforeBuild() {
  return false;
};
