/**
 * Which rows of sheets are hidden, in a constant number of Spreadsheet calls. SpreadsheetApp tells it
 * only row by row (`isRowHiddenByUser`, `isRowHiddenByFilter`), so the spreadsheet is asked through a
 * formula instead, on a temporary sheet: one per row read, `=AND(COUNTA(r)>0,SUBTOTAL(103,r)=0)`. Google's
 * SUBTOTAL 103 is COUNTA "skipping hidden cells", and "cells that are hidden due to autofilter criteria
 * are never included" (support.google.com/docs/answer/3093649): a row with content none of which it
 * counts is hidden by the user or by the sheet's filter. Not a row hidden only by a filter view: that
 * hides rows for the one user looking through it, while a formula's value is every collaborator's, and no
 * Apps Script call sees a filter view (README, Reconcile). Written with `setFormulas`, whose formulas are
 * in English syntax whatever the spreadsheet's locale. Diagnostics' hiddenRow check proves the assumption
 * in the user's Sheets.
 */
/// <reference types="google-apps-script" />
import { uniqueSheetName } from '../../core/layout/uniqueSheetName';
import { a1 } from '../painter';
import { ServerFailure, reasonOf } from '../serverFailure';
import { spreadsheetApp } from './appsScript';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A sheet read from A1: its name and the size of what was read. */
export interface ReadExtent {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
}

/**
 * The hidden rows (0-based, from row 1) of each sheet read, `null` for a sheet not read. On a new sheet
 * named `probeName` (made unique), after the others: one row inserted per row read (the same calls
 * whatever the size, and room past a new sheet's 1,000 rows), the formulas written and read back once;
 * the sheet is deleted and the user's sheet made active again, even when a call failed. A failure, a flag
 * the spreadsheet did not compute, or a sheet left behind is a `hiddenRows` failure naming it.
 */
export function hiddenRowsOf(
  spreadsheet: Spreadsheet,
  probeName: string,
  extents: readonly (ReadExtent | null)[],
): (number[] | null)[] {
  const formulas = extents.flatMap((extent) =>
    extent
      ? Array.from({ length: extent.rows }, (_, r) => {
          const cells = `'${extent.name.replace(/'/g, "''")}'!${a1(r + 1, 1)}:${a1(r + 1, extent.columns)}`;
          return [`=AND(COUNTA(${cells})>0,SUBTOTAL(103,${cells})=0)`];
        })
      : [],
  );
  if (formulas.length === 0) return extents.map((extent) => extent && []);
  const previous = spreadsheet.getActiveSheet();
  const sheets = spreadsheet.getSheets();
  const name = uniqueSheetName(
    probeName,
    sheets.map((sheet) => sheet.getName()),
  );
  let flags: unknown[][] = [];
  let failure: unknown = null;
  let left: string | null = null;
  try {
    const probe = spreadsheet.insertSheet(name, sheets.length);
    try {
      probe.insertRowsAfter(1, formulas.length);
      flags = probe.getRange(1, 1, formulas.length, 1).setFormulas(formulas).getValues();
    } catch (error) {
      failure = error;
    }
    try {
      spreadsheet.deleteSheet(probe);
      // Applied before the document lock goes, as LockService asks: a read waiting for it then finds
      // the probe's name free.
      spreadsheetApp().flush();
    } catch (error) {
      failure ??= error;
      left = name;
    }
    try {
      spreadsheet.setActiveSheet(previous);
    } catch {
      // The user is left on another sheet: nothing of theirs changed.
    }
  } catch (error) {
    failure = error;
  }
  const odd = flags.find(([flag]) => typeof flag !== 'boolean');
  if (failure === null && odd) failure = new Error(String(odd[0]));
  if (failure !== null) throw new ServerFailure({ code: 'hiddenRows', reason: reasonOf(failure), left });
  let at = 0;
  return extents.map((extent) => {
    if (!extent) return null;
    const hidden: number[] = [];
    for (let r = 0; r < extent.rows; r++) if (flags[at++]![0] === true) hidden.push(r);
    return hidden;
  });
}
