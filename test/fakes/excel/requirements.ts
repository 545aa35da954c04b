/**
 * Office's requirement sets as the fake answers them: ExcelApi up to a highest version, and the ExcelApi
 * version each Office.js member the fake implements needs, so that a call the host lacks fails the sync
 * with `ApiNotFound`, as in Excel. The host is the global `Office` (`useOfficeRequirements`); without one,
 * every member is there.
 */
import { FakeOfficeError } from './workbook';

/** `1.10` > `1.9`. */
export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** `Office.context.requirements` of an Excel that supports ExcelApi up to `excelApi`. */
export function requirements(excelApi: string): { isSetSupported(name: string, version?: string): boolean } {
  return {
    isSetSupported: (name, version = '1.1') => name === 'ExcelApi' && compareVersions(version, excelApi) <= 0,
  };
}

/**
 * The members the fake implements that need more than ExcelApi 1.1, by the location the fake gives their
 * call: the Office.js `Class.member` (`Class` alone for a class-wide set) and the ExcelApi version
 * Microsoft documents for it. requirements.test.ts checks every line against @types/office-js.
 */
export const EXCEL_API_SETS: Readonly<Record<string, readonly [member: string, version: string]>> = {
  'RangeFormat.columnWidth': ['RangeFormat.columnWidth', '1.2'],
  'RangeFormat.rowHeight': ['RangeFormat.rowHeight', '1.2'],
  'Functions.date': ['Functions.date', '1.2'],
  'Range.rowHidden': ['Range.rowHidden', '1.2'],
  'WorksheetCollection.getItemOrNullObject': ['WorksheetCollection.getItemOrNullObject', '1.4'],
  'Worksheet.getUsedRangeOrNullObject': ['Worksheet.getUsedRangeOrNullObject', '1.4'],
  'ConditionalFormatCollection.add': ['ConditionalFormatCollection.add', '1.6'],
  'Worksheet.getRangeByIndexes': ['Worksheet.getRangeByIndexes', '1.7'],
  'Worksheet.copy': ['Worksheet.copy', '1.7'],
  'WorkbookProtection.load': ['WorkbookProtection', '1.7'],
  'WorksheetFreezePanes.freezeAt': ['WorksheetFreezePanes.freezeAt', '1.7'],
  'WorksheetFreezePanes.freezeRows': ['WorksheetFreezePanes.freezeRows', '1.7'],
  'WorksheetFreezePanes.freezeColumns': ['WorksheetFreezePanes.freezeColumns', '1.7'],
  'ChartSeriesCollection.add': ['ChartSeriesCollection.add', '1.7'],
  'ChartSeries.setValues': ['ChartSeries.setValues', '1.7'],
  'ChartSeries.setXAxisValues': ['ChartSeries.setXAxisValues', '1.7'],
  'DataValidation.rule': ['DataValidation.rule', '1.8'],
  'Range.getSpecialCellsOrNullObject': ['Range.getSpecialCellsOrNullObject', '1.9'],
  'RangeAreas.load': ['RangeAreas', '1.9'],
  'PageLayout.orientation': ['PageLayout.orientation', '1.9'],
  'PageLayout.zoom': ['PageLayout.zoom', '1.9'],
  'PageLayout.paperSize': ['PageLayout.paperSize', '1.9'],
  'PageLayout.setPrintTitleRows': ['PageLayout.setPrintTitleRows', '1.9'],
  'WorksheetCustomPropertyCollection.add': ['WorksheetCustomPropertyCollection.add', '1.12'],
  'WorksheetCustomPropertyCollection.getItemOrNullObject': [
    'WorksheetCustomPropertyCollection.getItemOrNullObject',
    '1.12',
  ],
  'WorksheetCustomProperty.load': ['WorksheetCustomProperty', '1.12'],
  'Range.valuesAsJson': ['Range.valuesAsJson', '1.16'],
};

/** The ExcelApi version the call the fake names `location` needs. */
export function requiredExcelApi(location: string): string {
  return EXCEL_API_SETS[location]?.[1] ?? '1.1';
}

/** Fails as Excel does when the host (the global `Office`) lacks what the call at `location` needs. */
export function checkRequirement(location: string): void {
  const office = (globalThis as { Office?: { context?: { requirements?: Office.RequirementSetSupport } } })
    .Office;
  const support = office?.context?.requirements;
  const version = requiredExcelApi(location);
  if (support && !support.isSetSupported('ExcelApi', version))
    throw new FakeOfficeError('ApiNotFound', `This API needs ExcelApi ${version}.`, location);
}
