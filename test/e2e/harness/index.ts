/** Shared helpers for browser tests of the add-in pages. */
export { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from './chromium';
export {
  contentTypeOf,
  fileUnder,
  serveFiles,
  type ServedFile,
  type ServeLog,
  type ServeOptions,
} from './serveFiles';
export { bundleForBrowser, type BundleOptions } from './bundle';
export { watchPage, type PageWatch } from './watchPage';
export { SCREENSHOT_DIR, saveScreenshot } from './screenshots';
