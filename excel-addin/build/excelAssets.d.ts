/** Types for excelAssets.js (plain CommonJS so webpack's config can require it without a build). */

/** Languages Excel gets a functions metadata file for: `en` (functions.json) and `fr` (functions.fr.json). */
export declare const METADATA_LANGUAGES: readonly ('en' | 'fr')[];

/** Where the add-in is served from, and where the compiled core and the sources are. */
export interface ExcelAssetsOptions {
  /** ADDIN_BASE_URL; undefined for development (https://localhost:3000). */
  readonly baseUrl?: string;
  /** The compiled core (default: dist/core). */
  readonly distCore?: string;
  /** The repository root (default: this repository). */
  readonly root?: string;
}

/** Every non-bundle file of dist/excel, by path relative to dist/excel. Throws if dist/core is missing. */
export declare function excelAssets(options?: ExcelAssetsOptions): Map<string, string | Buffer>;

/**
 * The ES5 script taskpane.html runs after office.js: a message in the pane's place where the webview is too
 * old or office.js did not load.
 */
export declare function oldWebviewScript(options?: Pick<ExcelAssetsOptions, 'distCore'>): string;
