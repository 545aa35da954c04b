/**
 * The workbook's line mapping sheet, kept beside the Contract sheet as `contract.mapping.csv` is kept beside
 * `contract.json`: the pane picks it for Reconcile unless the user picks another sheet or none.
 */
import { lineKey } from './lineKey';

/** What a mapping sheet is called, in English or French. */
export const MAPPING_SHEET_NAMES: readonly string[] = [
  'Mapping',
  'Line mapping',
  'Correspondance',
  'Correspondances',
];

/** The workbook's mapping sheet among `sheets`, by name (case and spacing ignored), if it has one. */
export function mappingSheetIn(sheets: readonly string[]): string | undefined {
  const names = new Set(MAPPING_SHEET_NAMES.map(lineKey));
  return sheets.find((sheet) => names.has(lineKey(sheet)));
}
