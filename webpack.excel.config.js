'use strict';
/**
 * The Excel add-in build: `npm run build:core && webpack --config webpack.excel.config.js --mode production`
 * writes dist/excel/:
 *   functions.js      the custom functions (self-contained: webpack runtime, core, associations)
 *   taskpane.js       the task pane; it depends on functions.js for the modules both use (the core)
 *   taskpane.html     the shared runtime page: office.js (and its old-webview guard), then functions.js,
 *                     then taskpane.js
 *   taskpane.css, functions.json, functions.fr.json, manifest.xml, assets/icon-*.png, docs/functions*.html
 * One page hosts both because the manifest runs the task pane and the functions in one shared runtime
 * (its Runtime, CustomFunctions Page and ShowTaskpane action all point at taskpane.html).
 * ADDIN_BASE_URL=https://host/path rewrites the manifest and the help links for production.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { sources, Compilation } = require('webpack');
const { taskpanePage } = require('./taskpane/page');
const { excelAssets, oldWebviewScript } = require('./excel-addin/build/excelAssets');
const { normaliseBaseUrl } = require('./excel-addin/build/manifest');

const OUTPUT = path.resolve(__dirname, 'dist', 'excel');
const OFFICE_JS = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';
const PLUGIN = 'OutcomeFeesExcelAssets';

/** Emits the non-bundle files (excel-addin/build/excelAssets.js) into the compilation. */
class ExcelAssetsPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const [file, content] of excelAssets({ baseUrl: this.baseUrl })) {
            compilation.emitAsset(file, new sources.RawSource(content));
          }
        },
      );
    });
  }
}

module.exports = (_env, argv = {}) => {
  const production = (argv.mode ?? 'production') === 'production';
  const baseUrl = process.env.ADDIN_BASE_URL || undefined;
  // A base URL Office cannot load fails the build before anything is compiled.
  if (baseUrl) normaliseBaseUrl(baseUrl);
  return {
    mode: production ? 'production' : 'development',
    context: __dirname,
    target: ['web', 'es2020'],
    entry: {
      functions: './excel-addin/functions/functions.ts',
      taskpane: { import: './excel-addin/taskpane/main.ts', dependOn: 'functions' },
    },
    output: { path: OUTPUT, filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            // `tsc -p tsconfig.json` type-checks the repository; the bundle only needs the JavaScript.
            transpileOnly: true,
            configFile: path.resolve(__dirname, 'tsconfig.json'),
            // ES modules let webpack drop what the bundles do not use.
            compilerOptions: { noEmit: false, module: 'es2020', sourceMap: !production },
          },
        },
      ],
    },
    devtool: production ? false : 'source-map',
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        // office.js, then the guard that explains a blank pane in a webview too old for the bundles.
        templateContent: taskpanePage({ head: `${OFFICE_JS}<script>${oldWebviewScript()}</script>` }),
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        // Deferred scripts run in order after office.js (a blocking script in the head) has loaded.
        scriptLoading: 'defer',
        inject: 'head',
      }),
      new ExcelAssetsPlugin(baseUrl),
    ],
    performance: { hints: production ? 'warning' : false },
    stats: 'errors-warnings',
  };
};
