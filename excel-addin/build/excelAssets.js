'use strict';
/**
 * The files of dist/excel that are not bundles: the manifest (rewritten for ADDIN_BASE_URL), functions.json
 * and its French twin (from the registry), the icons, the stylesheet and the HTML function reference the
 * help links point at (generated from the registry, so every anchor is a function's section). Plain
 * CommonJS over the compiled core (dist/core) so webpack's config and the tests use the same code without a
 * TypeScript runtime; `npm run build:core` must have run first.
 */
const fs = require('fs');
const path = require('path');
const { DEV_ORIGIN, normaliseBaseUrl, productionManifest } = require('./manifest');
const { ICON_SIZES, renderIcon } = require('./icons');
const { webviewGuardScript } = require('./webviewGuard');

const ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_CORE = path.join(ROOT, 'dist', 'core');

/** The languages Excel gets a metadata file for; the manifest picks one per Office display language. */
const METADATA_LANGUAGES = Object.freeze(['en', 'fr']);

/** Requires a module of the compiled core, or explains how to build it. */
function requireCore(distCore, relative) {
  const file = path.join(distCore, `${relative}.js`);
  if (!fs.existsSync(file)) {
    throw new Error(
      `${path.relative(ROOT, file)} is missing: run \`npm run build:core\` before the Excel build`,
    );
  }
  return require(file);
}

/**
 * Every non-bundle file of dist/excel as a Map of relative path → contents (string or Buffer).
 * `baseUrl` is ADDIN_BASE_URL (undefined: development, https://localhost:3000); it is where Office fetches
 * the add-in and where the function help links point.
 */
function excelAssets({ baseUrl, distCore = DEFAULT_CORE, root = ROOT } = {}) {
  const base = baseUrl ? normaliseBaseUrl(baseUrl) : DEV_ORIGIN;
  const { FUNCTIONS } = requireCore(distCore, 'functions/registry');
  const { functionsMetadata, functionsMetadataFile } = requireCore(distCore, 'hosts/excelFunctionsMetadata');
  const { HELP_PAGES, functionReferenceHtml } = requireCore(distCore, 'docs/functionReferenceHtml');

  const files = new Map();
  const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
  files.set('manifest.xml', baseUrl ? productionManifest(manifest, base) : manifest);
  for (const lang of METADATA_LANGUAGES) {
    files.set(functionsMetadataFile(lang), JSON.stringify(functionsMetadata(FUNCTIONS, base, lang)));
  }
  for (const size of ICON_SIZES) files.set(`assets/icon-${size}.png`, renderIcon(size));
  files.set('taskpane.css', fs.readFileSync(path.join(root, 'taskpane', 'taskpane.css'), 'utf8'));
  for (const lang of Object.keys(HELP_PAGES)) files.set(HELP_PAGES[lang], functionReferenceHtml(lang));
  return files;
}

/**
 * The script taskpane.html runs right after office.js: in a webview too old for the bundles, or where
 * office.js did not load, it says so in the pane's place (webviewGuard.js), in the core's words.
 */
function oldWebviewScript({ distCore = DEFAULT_CORE } = {}) {
  const { OLD_WEBVIEW_TEXTS, OFFICE_JS_MISSING_TEXTS } = requireCore(distCore, 'i18n/oldWebview');
  return webviewGuardScript({ oldWebview: OLD_WEBVIEW_TEXTS, noOfficeJs: OFFICE_JS_MISSING_TEXTS });
}

module.exports = { METADATA_LANGUAGES, excelAssets, oldWebviewScript };
