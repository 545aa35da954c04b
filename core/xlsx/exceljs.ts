/**
 * exceljs, loaded when a workbook is first read or written. Its ~750 modules (with jszip, unzipper,
 * archiver) took 0.7–0.9 s of the command line's 0.8 s start, paid by every command and every test that
 * never touches a workbook; the modules that use it import its types only and call this.
 */
import type * as ExcelJS from 'exceljs';

let loaded: typeof ExcelJS | undefined;

/** The exceljs module, required on the first call. */
export function excelJs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a load on first use is the point
  loaded ??= require('exceljs') as typeof ExcelJS;
  return loaded;
}
