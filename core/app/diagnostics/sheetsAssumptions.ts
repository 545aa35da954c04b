/**
 * What the Apps Script fake (test/fakes/appsScript) and the tests calling the built Code.js assume of
 * real Google Sheets, each with the Diagnostics check that proves it in the user's spreadsheet
 * (hostAssumptions.ts).
 */
import type { HostAssumption } from './hostAssumption';

export const SHEETS_ASSUMPTIONS: readonly HostAssumption[] = [
  {
    // Google documents only that setValue reads a string beginning with "=" as a formula; every paint
    // also reads its text cells back (sheets-addon/painter.ts checkTexts).
    assumption:
      'setNumberFormats("@") before setValues keeps =…, +…, -… and @… as text, read back by getValues',
    check: 'textStaysText',
  },
  {
    // Google's Range reference documents neither; typed without the text format, an apostrophe marks what
    // follows as text and is not kept (the fake does both: test/fakes/appsScript/cellValues.ts).
    assumption:
      'under setNumberFormats("@"), setValues keeps a leading apostrophe (\'=1, \'abc) and a CR LF inside a text as written, read back by getValues (undocumented)',
    check: 'textStaysText',
  },
  {
    assumption:
      "google.script.run carries plain objects, arrays and primitives unchanged both ways (it refuses a Date or a function sent, and answers null for one returned; the add-on sends and returns none), at the sizes the add-on sends: Google documents no limit; this check sends 0.18 MB and receives 1.6 MB (the sheet's values and number formats), a year of Invoice a range about 0.06 MB, a 5,000-line invoice under 1 MB",
    check: 'largeCall',
  },
  {
    assumption:
      'LockService.getDocumentLock() in an add-on call needs no OAuth scope, and tryLock takes it when no other paint or read holds it (each paint and each read of the sidebar takes it: this check paints and reads)',
    check: 'largeCall',
  },
  {
    assumption:
      'a date cell, a Date written or a number painted in a date format, reads back (getValues) as a Date at midnight in the spreadsheet time zone',
    check: 'dateMonth',
  },
  {
    assumption:
      '=DATE(y, m, d) computes the day\'s serial (days from 1899-12-30; Sheets has no 1904 system), which Sheets hands back (getValues) as a Date at midnight in the spreadsheet time zone under a date format or the automatic one (Google: DATE "converts a year, month, and day into a date"; a user\'s Actuals header typed so is in an automatic cell)',
    check: 'dateFormula',
  },
  {
    // test/fakes/appsScript/customFunctionArgument.ts makes the arguments this way, for the fake's
    // formulas calling the loaded Code.js too (formula.ts).
    assumption:
      'a custom function receives a single cell as its value and a range as the 2-D array getValues gives (a blank "", a date cell a Date, a percentage its fraction); A2:A reaches the last row of the sheet, its empty rows as ""',
    check: 'blankInRangeArgument',
  },
  {
    // Not in Google's guide; read as the error value it stands for (sheets-addon/customFunctions.ts). Some
    // reports say Sheets then never calls the function and shows the argument's error: an error either way.
    assumption: 'a custom function receives a cell holding an error as its code in text ("#N/A", "#DIV/0!")',
    check: 'errorInRangeArgument',
  },
  {
    assumption: 'an omitted argument of a custom function arrives as undefined, a skipped one as ""',
    check: 'omittedOptional',
  },
  {
    // Google gives a custom-function call 30 s; npm run bench:sheets times the built Code.js on this
    // machine, not on Google's servers, and the fake gives a call all the time it takes.
    assumption:
      'a custom function called over a 10,000-row range receives every row and returns well within the 30 s Google gives one call',
    check: 'largeFunctionCall',
  },
  {
    // Google's guide says only that a custom function's cell shows "Loading..." while it runs.
    assumption:
      'getValues reads a custom function\'s cell as "Loading..." until it is computed, then as its result (an array result spills from its cell)',
    check: 'blankInRangeArgument',
  },
  { assumption: 'an empty cell of a painted range reads back as ""', check: 'blankInRange' },
  {
    // test/fakes/appsScript/sheet.ts getDataRange; sheets-addon/server/workbookServer.ts readRanges reads
    // it, and its hidden rows' probe takes the first row's length for the sheet's width.
    assumption:
      'getDataRange() of a sheet with nothing in it is A1 alone, a 1 × 1 range whose getValues is [[""]] (Google: "the dimensions in which data is present"; an empty sheet\'s is undocumented)',
    check: 'emptySheetRead',
  },
  {
    // test/fakes/appsScript/formula.ts rounded: an invoice's VAT is =ROUND(F15*0.2,2) or =ROUNDDOWN(…).
    assumption:
      'ROUND and ROUNDDOWN round the 15-digit decimal a cell shows (ROUND(0.285,2) and ROUNDDOWN(1.45*0.2,2) are 0.29), not the binary double under it (Google documents neither)',
    check: 'roundingFormula',
  },
  {
    // Every paint sets it on the cells its plan leaves unformatted (sheets-addon/planToCalls.ts
    // AUTOMATIC_FORMAT): a Sheets refusing it would fail every paint, visibly; only the read-back is at stake.
    assumption:
      'setNumberFormats("General") resets a cell to the automatic format, which getNumberFormats reads back as "0.###############" (Google documents neither)',
    check: 'percentFormat',
  },
  {
    // The sidebar reads the formats with the values (readFormattedSheets), so Reconcile refuses an amount
    // shown as 20 % and a typed 7:30 reads as a time.
    assumption:
      'getNumberFormats gives each cell\'s pattern as set ("0.00%", Format > Number > Percent; "#,##0.00 [$€-1]"), "0.###############" for a cell nobody formatted',
    check: 'percentFormat',
  },
  {
    // test/fakes/appsScript/cellValues.ts parseTyped; a script cannot type, so no check can.
    assumption: 'a typed 20% is 0.2 formatted as a percentage ("0%", "0.00%" for 20.5%: undocumented)',
    check: 'typedPercent',
  },
  {
    assumption: 'newChart().addRange per column, setPosition, setOption and insertChart build a chart',
    check: 'chartAndHighlight',
  },
  {
    assumption: 'whenTextEqualTo rules appended with setConditionalFormatRules apply',
    check: 'chartAndHighlight',
  },
  {
    assumption:
      'the first range is the domain, series.N.labelInLegend names a series, vAxes.0.title titles the vertical axis',
    check: 'chartLooks',
  },
  {
    assumption: 'COUNTIF(range, "text") counts the cells equal to the text, ignoring case',
    check: 'chartAndHighlight',
  },
  {
    assumption:
      'insertSheet makes a sheet of 1,000 rows × 26 columns, which insertRowsAfter and insertColumnsAfter grow to the plan',
    check: 'largeCall',
  },
  {
    assumption:
      'applyRowBanding bands a table, and requireValueInList(list, true) with setAllowInvalid(false) gives a drop-down that refuses other values',
    check: 'contractSheetLooks',
  },
  {
    assumption:
      'createDeveloperMetadataFinder().withKey(key).find() finds the developer metadata added to a sheet, with its sheet',
    check: 'sheetTag',
  },
  {
    // test/fakes/appsScript/spreadsheet.ts duplicateActiveSheet; the fake made with
    // duplicateKeepsDeveloperMetadata: false gives the other case (test/sheets/copiedSheets.test.ts).
    assumption:
      "a sheet duplicated (its tab's Duplicate, Spreadsheet.duplicateActiveSheet) keeps its developer metadata, found with the copy (undocumented): the pane then refuses a copied Contract or Actuals sheet; without it, the copy is a sheet of no contract",
    check: 'copiedSheetTag',
  },
  {
    assumption: 'developer metadata added to a sheet stays with it, renamed or moved',
    check: 'contractSheetLooks',
  },
  {
    // sheets-addon/server/hiddenRows.ts: Reconcile names the supplier's hidden rows through these formulas.
    // Filter views are no assumption: the fake has none, since no script can see or open one (README).
    assumption:
      'SUBTOTAL(103, row) skips a row hidden with hideRows (Google: "hidden values can be skipped … by prepending 10") and a row a filter hides ("never included … irrespective of the function_code"), read on a temporary sheet whose setFormulas take English syntax with "," whatever the spreadsheet\'s locale',
    check: 'hiddenRow',
  },
  {
    // test/fakes/appsScript/spreadsheet.ts __sheetNamed and __checkNewName compare names case aside
    // (toLowerCase) and fold nothing else; sheets-addon/server/workbookServer.ts compareSheetNames shows it.
    assumption:
      'insertSheet refuses a name another sheet has case aside, and getSheetByName finds a sheet by its name in any case; neither folds ß and ss, accents, width, kana, œ and oe (Google documents none of it; the painters name new sheets apart under the broader sheetNameCollisionKey anyway)',
    check: 'sheetNameFolding',
  },
  {
    // test/fakes/appsScript/spreadsheet.ts MAX_SHEET_NAME; the painters name sheets within Excel's 31.
    assumption:
      'a sheet name of 100 characters is taken (setName, insertSheet), one of 101 refused (undocumented)',
    check: 'hostLimits',
  },
  {
    // test/fakes/appsScript/spreadsheet.ts __checkGrowth; sheets-addon/server/workbookServer.ts paintPlans
    // refuses a paint past it before inserting a sheet, counting as Google counts.
    assumption:
      'a spreadsheet holds at most 10,000,000 cells, every sheet\'s whole grid (getMaxRows × getMaxColumns) counted, and insertSheet or insertRowsAfter past them is refused, the sheet unchanged (Google: "Files you can store in Google Drive"; only the refusal past the limit is tried, not the limit itself)',
    check: 'hostLimits',
  },
  {
    assumption: 'getSheetId() stays with a sheet, and deleteSheet removes it',
    check: 'sheetsDeleted',
  },
  {
    assumption:
      'insertSheet puts the new sheet after the active one and activates it, deleting the active sheet activates the one before it, and setActiveSheet(sheet, true) selects again its most recent selection (getActiveRange)',
    check: 'userSheetBack',
  },
  {
    assumption:
      'a SCATTER chart reads its first range as numeric x values, puts each point at its value, joins them with lines of lineWidth, and hAxis.viewWindow bounds its x axis',
    check: 'chartLooks',
  },
];
