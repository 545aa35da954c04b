/**
 * Build-time webpack loader that takes the worksheet functions' help out of Code.js (see
 * `withoutFunctionHelp.js`): every `{ en, fr }` text pair becomes an empty pair, every `examples` list `[]`.
 */
declare function withoutFunctionHelpLoader(source: string): string;
declare namespace withoutFunctionHelpLoader {
  /** The module's source without its help; throws, naming `file`, when it has none. */
  function withoutFunctionHelp(source: string, file?: string): string;
}
export = withoutFunctionHelpLoader;
