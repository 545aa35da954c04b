// The Google Sheets add-on bundle, in dist/sheets/ (what `clasp push` uploads):
// - Code.js: one top-level declaration per worksheet function, with the JSDoc Sheets' autocomplete reads,
//   generated from the registry in dist/core (run `npm run build:core` first), plus the triggers and the
//   thin server the sidebar calls (read grids, paint plans). Minified, keeping the JSDoc and the stubs'
//   names and parameters. At most 100 KiB (a test checks it): it loads for every custom-function call,
//   so it carries a decimal.js without the methods the core never calls.
// - Sidebar.html: the task pane page with its stylesheet and UI inlined, as an HtmlService template; the
//   sidebar runs the pane's actions (contracts, invoices, layouts, templates) itself.
// - appsscript.json: copied from the repository root.
'use strict';
const fs = require('fs');
const path = require('path');
const CopyPlugin = require('copy-webpack-plugin');
const GasPlugin = require('gas-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const { entrySource, stubIdentifiers } = require('./sheets-addon/build/entrySource');
const { SidebarPagePlugin } = require('./sheets-addon/build/sidebarPagePlugin');
const { menuText } = require('./sheets-addon/build/menuText');
const { DefinePlugin } = require('webpack');

const ROOT = __dirname;
const CODE_LAYER = 'code';
const SLIM_DECIMAL = path.join(ROOT, 'sheets-addon', 'build', 'slimDecimal.js');
const WITHOUT_HELP = path.join(ROOT, 'sheets-addon', 'build', 'withoutFunctionHelp.js');
const OUT_DIR = path.join(ROOT, 'dist', 'sheets');
const GENERATED_DIR = path.join(ROOT, 'dist', 'sheets-src');
const ENTRY = path.join(GENERATED_DIR, 'entry.generated.js');
// The cell functions only: CONTRACTFEE's contract engine would triple Code.js (see core/functions/registry.ts).
const REGISTRY = path.join(ROOT, 'dist', 'core', 'functions', 'cellRegistry.js');

function loadRegistry() {
  if (!fs.existsSync(REGISTRY)) {
    throw new Error(`${path.relative(ROOT, REGISTRY)} is missing: run \`npm run build:core\` first.`);
  }
  return require(REGISTRY).CELL_FUNCTIONS;
}

/** Writes the entry module from the registry; it is a build product, never edited by hand. */
function writeEntry(functions) {
  fs.mkdirSync(GENERATED_DIR, { recursive: true });
  fs.writeFileSync(
    ENTRY,
    entrySource({ functions, outDir: GENERATED_DIR, addonDir: path.join(ROOT, 'sheets-addon') }),
  );
}

module.exports = (_env, argv = {}) => {
  const functions = loadRegistry();
  writeEntry(functions);
  return {
    mode: argv.mode ?? 'production',
    context: ROOT,
    // Apps Script's V8 and the sidebar's browsers both run ES2020.
    target: ['web', 'es2020'],
    // Code.js builds in its own layer, so its rules (the slim decimal.js) never reach the sidebar.
    entry: {
      Code: { import: ENTRY, layer: CODE_LAYER },
      sidebar: path.join(ROOT, 'sheets-addon', 'sidebar', 'main.ts'),
    },
    experiments: { layers: true },
    output: { path: OUT_DIR, filename: '[name].js', clean: true },
    devtool: false,
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'ts-loader',
          options: {
            // Types are checked by `tsc -p tsconfig.json`; ES modules let webpack drop unused exports.
            transpileOnly: true,
            compilerOptions: { module: 'esnext', noEmit: false, sourceMap: false },
          },
        },
        // decimal.js without what the core never calls (see sheets-addon/build/slimDecimal.js): ≈ 15 KB.
        { test: /decimal\.js[\\/]decimal\.mjs$/, issuerLayer: CODE_LAYER, loader: SLIM_DECIMAL },
        // The functions' help stays in the JSDoc only (see sheets-addon/build/withoutFunctionHelp.js).
        {
          test: /core[\\/]functions[\\/](?:defs[\\/][^\\/]+|argTypes)\.ts$/,
          issuerLayer: CODE_LAYER,
          enforce: 'post',
          loader: WITHOUT_HELP,
        },
      ],
    },
    // `global` in the generated entry is the script's global object, where Apps Script looks for functions.
    node: { global: true },
    optimization: {
      minimize: true,
      minimizer: [
        new TerserPlugin({
          extractComments: false,
          terserOptions: {
            ecma: 2020,
            // Apps Script reads the JSDoc of top-level declarations: keep those comments (terser attaches the
            // file's first one to the whole program), drop the copies left on the `global.NAME =` assignments
            // inside the bundle, and keep the names and parameters the comments describe.
            format: {
              comments: (node, comment) =>
                (node.TYPE === 'Defun' || node.TYPE === 'Toplevel') && /@customfunction/.test(comment.value),
            },
            mangle: { reserved: stubIdentifiers(functions) },
            // A second pass finds what the first one's rewrites made removable (≈ 1 % of Code.js).
            compress: { passes: 2 },
          },
        }),
      ],
    },
    performance: { hints: false },
    plugins: [
      // The menu's few texts, so Code.js does not carry every text of the pane.
      new DefinePlugin({ __MENU_TEXT__: JSON.stringify(menuText(path.join(ROOT, 'dist', 'core'))) }),
      // Top-level stubs only for the generated entry: nothing else may add Apps Script entry points.
      new GasPlugin({ include: [ENTRY] }),
      new SidebarPagePlugin({ scriptAsset: 'sidebar.js', htmlAsset: 'Sidebar.html' }),
      new CopyPlugin({ patterns: [{ from: path.join(ROOT, 'appsscript.json'), to: OUT_DIR }] }),
    ],
  };
};
