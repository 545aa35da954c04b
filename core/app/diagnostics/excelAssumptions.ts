/**
 * What the Excel fake (test/fakes/excel) and the tests calling the built functions.js assume of real
 * Excel, each with the Diagnostics check that proves it in the user's workbook (hostAssumptions.ts).
 */
import type { HostAssumption } from './hostAssumption';

export const EXCEL_ASSUMPTIONS: readonly HostAssumption[] = [
  {
    assumption:
      'a cell formatted "@" before its value is written keeps =… as text (Excel without ExcelApi 1.16)',
    check: 'textStaysText',
  },
  {
    assumption: 'a { type: "String" } value written through range.valuesAsJson (ExcelApi 1.16) stays text',
    check: 'textStaysText',
  },
  {
    // Documented for typing, not for Office.js: Excel's VBA reference (Range.PrefixCharacter) makes a
    // leading apostrophe the cell's prefix, no part of its value, and office-js #6687 reads a typed '=…
    // back without it. test/fakes/excel drops it so; excel-addin/cellMatrices.ts writes one more.
    assumption:
      "a leading apostrophe written through range.formulas is the cell's prefix character, under the text format too: ''abc reads back as 'abc (the painter's way), a user's '0042 or '=1 as 0042 or =1 (undocumented for Office.js)",
    check: 'textStaysText',
  },
  {
    // Excel's own line break in a cell is the line feed (CHAR(10), Alt+Enter); the check passes either.
    assumption:
      'a CR LF inside a text reads back as written or as a lone line feed, the same two lines (undocumented)',
    check: 'textStaysText',
  },
  {
    assumption:
      'a 10,000-row sheet is one request (0.2 MB) and one answer of its values and number formats (1 MB); requests and answers over 5 MB are refused ' +
      '(Microsoft documents it for the web; the painter splits past 4 MB, by sheets and then by rows, the reader slices a refused answer)',
    check: 'largeCall',
  },
  { assumption: 'a date cell reads back as its serial number', check: 'dateMonth' },
  {
    // core/layout/rowHeights.ts acceptedRowHeight caps every painted row at 409; test/fakes/excel refuses
    // a taller format.rowHeight and reads heights back through load('format/rowHeight').
    assumption:
      'format.rowHeight takes a row up to 409 points, Excel\'s tallest ("Excel specifications and limits"), and keeps it to the pixel; a taller one is refused',
    check: 'rowHeight',
  },
  {
    // excel-addin/dateSystem.ts learns the system from this answer; the painted date of dateMonth goes
    // through the same conversion both ways, so only a date Excel computes itself can prove it.
    assumption:
      "workbook.functions.date(2000, 1, 1) (ExcelApi 1.2) answers in the workbook's date system, 36526 in the 1900 system and 35064 in the 1904 system, as =DATE(…) in a cell does",
    check: 'dateFormula',
  },
  {
    // test/fakes/excel/workbook.ts formats it so; the reader converts a date-formatted cell's serial only.
    assumption:
      '=DATE(…) written in a General cell gives the cell a date format (Microsoft\'s DATE reference: "If the cell format was General before the function was entered, the result is formatted as a date"), so it reads as a date in a 1904 workbook too',
    check: 'dateFormula',
  },
  {
    // Microsoft documents numberFormat as Excel's format code (numberFormatLocal is the user's language):
    // readFormattedSheets loads it with the values, so Reconcile refuses an amount shown as 20 %.
    assumption:
      'range.numberFormat reads back a cell\'s format code as set, "0.00%" for a percentage in every display language ("General" for a cell nobody formatted)',
    check: 'percentFormat',
  },
  {
    // excel-addin/sheetValues.ts queues it beside the values, so Reconcile names the rows the supplier hid.
    assumption:
      'the visible cells of a range\'s entire rows, getSpecialCellsOrNullObject("Visible") (ExcelApi 1.9), leave out hidden and filtered-out rows, their areas/items/rowIndex and rowCount loaded in the sync that reads the values',
    check: 'hiddenRow',
  },
  {
    // test/fakes/excel/officeJs.ts getUsedRange and getUsedRangeOrNullObject; excel-addin/sheetValues.ts
    // reads the values through the one and the hidden rows through the other.
    assumption:
      'on a sheet with nothing in it, getUsedRangeOrNullObject(true) is a null object (no cell read) and getUsedRange(true) is A1, never a null object (Microsoft: "If the worksheet is blank, this function will return the top left cell")',
    check: 'emptySheetRead',
  },
  { assumption: 'range.rowHidden = true (ExcelApi 1.2) on entire rows hides them', check: 'hiddenRow' },
  {
    // test/excel/blankCells.test.ts, and the Excel fake's formulas (test/excel/bundleFunctions.ts), call
    // the built functions.js this way.
    assumption:
      'a custom function receives every argument as a matrix ([[v]] for one cell), an empty cell of a range as null on the web and 0 on Windows and Mac (office-js #4702)',
    check: 'blankInRangeArgument',
  },
  {
    assumption:
      'a custom function receives a cell holding an error as a CustomFunctions.Error (allowErrorForDataTypeAny)',
    check: 'errorInRangeArgument',
  },
  {
    assumption:
      'an omitted or skipped optional argument arrives as null, and the invocation object always comes last',
    check: 'omittedOptional',
  },
  {
    assumption:
      'range.values reads a custom function\'s cell as "#BUSY!" until it is computed, then as its result (an array result spills from its cell)',
    check: 'blankInRangeArgument',
  },
  { assumption: 'an empty cell of a painted range reads back as ""', check: 'blankInRange' },
  {
    assumption: 'charts.add, series.add, setValues and setXAxisValues (ExcelApi 1.7) accept one column each',
    check: 'chartAndHighlight',
  },
  {
    assumption: 'a CellValue conditional format takes formula1 ="text" with EqualTo (ExcelApi 1.6)',
    check: 'chartAndHighlight',
  },
  {
    assumption: 'series named by series.name and categories by setXAxisValues show as set',
    check: 'chartLooks',
  },
  {
    assumption: 'COUNTIF(range, "text") counts the cells equal to the text, ignoring case',
    check: 'chartAndHighlight',
  },
  {
    // Office.js documents the source as comma-separated, without a word on locales whose separator is ";".
    assumption:
      'a list validation whose source is "a,b,c" offers a, b and c in a French Excel too, whose formulas separate arguments with ";"',
    check: 'contractSheetLooks',
  },
  {
    // excel-addin/taskpane/workbookPort.ts tags by id in the sync after the paint, and lists in two syncs.
    assumption:
      'worksheets.getItem(id).customProperties.add(key, text) (ExcelApi 1.12) marks the sheet a paint created, and customProperties.getItemOrNullObject(key).value reads the text back when the workbook is listed',
    check: 'sheetTag',
  },
  {
    // test/fakes/excel/workbook.ts copySheet; copyKeepsCustomProperties: false gives the other case
    // (test/excel/copiedWorksheets.test.ts). Either is safe: a kept mark is refused on two sheets, naming both.
    assumption:
      'worksheet.copy() (ExcelApi 1.7), as the tab\'s Move or Copy, names the copy "Actuals (2)" and keeps the sheet\'s custom properties (undocumented): the pane then refuses a copied Contract or Actuals sheet; without them, the copy is a sheet of no contract',
    check: 'copiedSheetTag',
  },
  {
    // test/fakes/excel/workbook.ts sheetNameFolding (case aside, by default); core/layout/uniqueSheetName.ts
    // names new sheets apart under a broader key, so that any folding within it paints on the first try.
    assumption:
      "worksheets.add refuses a name (ItemAlreadyExists) that another sheet has case aside, and takes one the painters' key (sheetNameCollisionKey) tells apart; how it takes ß and ss, accents, width, kana, œ and oe is its own (Microsoft documents only that names ignore case)",
    check: 'sheetNameFolding',
  },
  {
    // test/fakes/excel/workbook.ts SHEET_NAME, for worksheets.add and worksheet.name alike.
    assumption:
      'a sheet name of 31 characters is taken (worksheets.add, worksheet.name), one of 32 refused ("Excel specifications and limits")',
    check: 'hostLimits',
  },
  {
    // test/fakes/excel/a1.ts MAX_ROWS and MAX_COLS; excel-addin/checkPlan.ts refuses a plan past them.
    assumption:
      'a sheet has 1,048,576 rows and 16,384 columns: getRange("A1048576") and getRange("XFD1") are cells, "A1048577" and "XFE1" refused ("Excel specifications and limits")',
    check: 'hostLimits',
  },
  {
    assumption: 'worksheets.getItem(id).delete() removes the sheet a paint created, found by its id',
    check: 'sheetsDeleted',
  },
  {
    assumption:
      "worksheets.add puts a sheet last, deleting the active sheet activates the one before it, and worksheet.activate() shows a sheet with the selection Excel kept for it (one per sheet; getSelectedRange reads the active sheet's)",
    check: 'userSheetBack',
  },
  {
    // test/fakes/excel/workbook.ts renameTable; excel-addin/sheetWrites.ts names every table so.
    assumption:
      "table.name takes the names core/layout/tableName.ts gives: letters of any script (ECMA-376's name rule), digits, _ and ., a leading _ for one reading as a cell (A1, R1C1), and refuses a name another table or defined name has, ignoring case",
    check: 'tableNames',
  },
  {
    assumption:
      'worksheet.tables.load("items/name") lists the names of the tables on a sheet as they were set',
    check: 'tableNames',
  },
  {
    // test/fakes/excel/workbook.ts addTable keeps a header as written; core/contract/sheet/readActuals.ts
    // takes a date in the Actuals table's header row as its month (excel-addin/tableHeaders.test.ts: the
    // pane itself paints text headers only).
    assumption:
      "tables.add(range, true) keeps a date cell of the header row a date, so a month typed as a date in the Actuals table's header reads as that month",
    check: 'tableHeaderDate',
  },
  {
    assumption:
      'charts.add("XYScatterLines") takes setXAxisValues as its x values and titles them on categoryAxis',
    check: 'chartAndHighlight',
  },
  {
    assumption:
      'an XYScatterLines chart puts each point at its x value, not at equal steps, and categoryAxis.minimum and .maximum bound its x axis',
    check: 'chartLooks',
  },
];
