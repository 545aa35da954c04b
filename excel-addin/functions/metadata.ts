/**
 * `functions.json` for Excel. The generator lives in core/hosts so that the webpack build, which runs in
 * plain Node, can require it from dist/core; Excel code imports it from here.
 */
export {
  functionsMetadata,
  functionsMetadataFile,
  functionHelpUrl,
  type ExcelFunctionMetadata,
  type ExcelFunctionsMetadata,
  type ExcelParameterMetadata,
} from '../../core/hosts/excelFunctionsMetadata';
