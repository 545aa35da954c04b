/**
 * The invoices a year's Summary or a Portfolio sheet lists whose invoice sheet is not in the workbook. Those
 * sheets are laid out again from the invoices (a Portfolio from the rows it lists), so a sheet deleted since
 * the workbook was written would leave them consistent with themselves: each listed invoice must still have
 * its sheet, unless the workbook was written with its summary alone (`--summary-only`, no invoice sheet).
 */
import { sheetPrefix } from '../contract/issues';
import type { VerifyTexts } from '../i18n/verify';
import { a1 } from '../layout/a1';
import type { PlanValue } from '../layout/sheetPlan';
import { periodOfNumber, type SheetReport, type VerifyDifference, type WrittenSheet } from './verify';

/** The number an invoice sheet prints (B3). */
export function invoiceSheetNumber(sheet: WrittenSheet): string | undefined {
  const number = sheet.values[2]?.[1];
  return typeof number === 'string' ? number.trim() : undefined;
}

const text = (v: PlanValue | undefined) => (typeof v === 'string' ? v.trim() : '');

/**
 * `report` of `sheet` with a difference for each invoice number of its column `col` that none of `present`
 * (the workbook's invoice sheets' numbers) prints, named as the report names a cell: by its row's first
 * cell and its column's header.
 */
export function withMissingSheets(
  report: SheetReport,
  sheet: WrittenSheet,
  col: number,
  present: ReadonlySet<string>,
  t: VerifyTexts,
): SheetReport {
  const missing: VerifyDifference[] = [];
  let header = '';
  sheet.values.forEach((row, r) => {
    const number = text(row[col]);
    if (periodOfNumber(number) === undefined) {
      if (number !== '') header = number;
      return;
    }
    if (present.has(number)) return;
    const context = [text(row[0]), header].filter((s) => s !== '');
    const where = `${sheetPrefix(sheet.name)}!${a1(r, col)}${context.length > 0 ? ` (${context.join(', ')})` : ''}`;
    missing.push({ where, message: t.sheetMissing(where, number) });
  });
  if (missing.length === 0) return report;
  const differences = [...report.differences, ...missing];
  return {
    ...report,
    differences,
    clean: false,
    lines: [t.summary(sheet.name, differences.length), ...differences.map((d) => d.message)],
  };
}
