/**
 * Build-time webpack loader that slims decimal.js for Code.js (see `slimDecimal.js`): the methods the core
 * never calls throw "[DecimalError] NAME is not in Code.js"; everything else is decimal.js unchanged.
 */
declare function slimDecimalLoader(source: string): string;
declare namespace slimDecimalLoader {
  /** The slimmed source of decimal.mjs; throws when decimal.mjs lacks something it removes. */
  function slimDecimal(source: string): string;
  /** The prototype methods replaced by the throwing stub. */
  const STUBBED_METHODS: readonly string[];
}
export = slimDecimalLoader;
