/**
 * One worksheet's cells copied into another with exceljs, as a user copies a sheet into the workbook it is
 * filed in: values, and formulas with the result their program saved. exceljs's `cell.value` leaves out a
 * formula's result when it is 0 (a correction note's `=C11-B11` on a line that did not move), which would
 * make the copy a workbook no spreadsheet program writes: a formula without its saved result.
 */
import ExcelJS from 'exceljs';

export function copyCells(from: ExcelJS.Worksheet, to: ExcelJS.Worksheet): void {
  from.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      to.getCell(r, c).value =
        cell.type === ExcelJS.ValueType.Formula
          ? ({ formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue)
          : cell.value;
    }),
  );
}
