/**
 * Excel's custom functions metadata (`functions.json`), generated from the registry. It lives in the core
 * (not in excel-addin/) because the webpack build runs in plain Node and reads it from dist/core: no
 * TypeScript runtime is needed at build time, and no JSDoc is scanned.
 *
 * French: Excel reads one metadata file per locale, chosen by the manifest (a `bt:Override Locale="fr-FR"`
 * on the metadata URL), so the French file is the same functions with French descriptions and help links.
 * Function and parameter names are not translated: a workbook must keep working when it is opened in
 * another language.
 */
import { functionAnchor, type DocLanguage } from '../docs/functionReference';
import { HELP_PAGES } from '../docs/functionReferenceHtml';
import type { FunctionSpec } from '../functions/types';

/** One parameter as Excel declares it. */
export interface ExcelParameterMetadata {
  readonly name: string;
  readonly description: string;
  /** `any`: the core, not Excel, converts and checks values, so its messages name the argument. */
  readonly type: 'any';
  /** `matrix` for every argument: scalars broadcast over ranges, tables are read whole. */
  readonly dimensionality: 'matrix';
  readonly optional?: true;
}

/** One function as Excel declares it. */
export interface ExcelFunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly helpUrl: string;
  readonly parameters: readonly ExcelParameterMetadata[];
  readonly result: { readonly type: 'any'; readonly dimensionality: 'matrix' };
}

/** The whole `functions.json`. */
export interface ExcelFunctionsMetadata {
  /**
   * Error values in input cells reach the functions (as `CustomFunctions.Error`) instead of failing the
   * whole call, so an error in one row of a range propagates to that row only.
   */
  readonly allowErrorForDataTypeAny: true;
  readonly functions: readonly ExcelFunctionMetadata[];
}

/** The metadata file name for a language: `functions.json`, `functions.fr.json`. */
export function functionsMetadataFile(lang: DocLanguage): string {
  return lang === 'en' ? 'functions.json' : `functions.${lang}.json`;
}

/** The help page of a function: its section of the generated HTML reference under `helpBaseUrl`. */
export function functionHelpUrl(helpBaseUrl: string, name: string, lang: DocLanguage = 'en'): string {
  return `${helpBaseUrl.replace(/\/+$/, '')}/${HELP_PAGES[lang]}#${functionAnchor(name)}`;
}

function functionMetadata(spec: FunctionSpec, helpBaseUrl: string, lang: DocLanguage): ExcelFunctionMetadata {
  return {
    id: spec.name,
    name: spec.name,
    description: spec.summary[lang],
    helpUrl: functionHelpUrl(helpBaseUrl, spec.name, lang),
    parameters: spec.args.map((arg) => ({
      name: arg.name,
      description: arg.help[lang],
      type: 'any',
      dimensionality: 'matrix',
      ...(arg.optional ? { optional: true as const } : {}),
    })),
    result: { type: 'any', dimensionality: 'matrix' },
  };
}

/**
 * `functions.json` for `functions` (the registry), with help links under `helpBaseUrl` (the origin that
 * serves docs/functions.html) and descriptions in `lang`.
 */
export function functionsMetadata(
  functions: readonly FunctionSpec[],
  helpBaseUrl: string,
  lang: DocLanguage = 'en',
): ExcelFunctionsMetadata {
  return {
    allowErrorForDataTypeAny: true,
    functions: functions.map((spec) => functionMetadata(spec, helpBaseUrl, lang)),
  };
}
