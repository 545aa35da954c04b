/**
 * Entry of `functions.js`: registers every registry function under its metadata id (`BONUSMALUS`, shown
 * as `FEES.BONUSMALUS` with the manifest's namespace). The shared runtime loads this script in
 * taskpane.html after office.js, so the functions and the task pane share one runtime.
 */
import { FUNCTIONS } from '../../core/functions/registry';
import { excelCustomFunction } from './adapter';

/** Associates every function; returns the ids, so a caller can check them against functions.json. */
export function registerCustomFunctions(): string[] {
  for (const spec of FUNCTIONS) CustomFunctions.associate(spec.name, excelCustomFunction(spec));
  return FUNCTIONS.map((spec) => spec.name);
}

// The page also opens outside Excel (a browser preview, tests of the pane), where office.js defines no
// custom functions runtime: the pane must still work there.
if (typeof CustomFunctions !== 'undefined') registerCustomFunctions();
