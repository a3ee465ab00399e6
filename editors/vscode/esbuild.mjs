// Bundles the compiled extension (out/src/extension.js, from `tsc`) and
// vscode-languageclient into one file, so the .vsix ships no node_modules.
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['out/src/extension.js'],
  bundle: true,
  outfile: 'dist/extension.js',
  external: ['vscode'],
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  minify: true,
  keepNames: true,
  logLevel: 'warning',
});
