/**
 * Entry of the in-page Excel fake, bundled by the e2e test and run before any script of taskpane.html
 * (`page.addInitScript`). It puts the fake `Excel` on `window`, and, as soon as the real office.js has run,
 * makes Office look like Excel on the web to the add-in: `Office.onReady` resolves with host Excel,
 * `Office.context` has a display language and answers requirement-set questions. Outside Office, office.js
 * itself would report no host, no language and no requirement sets.
 */
import { createExcelRun, type RunRecord } from './officeJs';
import { requirements } from './requirements';
import { FakeWorkbook, type CellValue, type SheetSnapshot } from './workbook';

/** How the fake Office presents itself. */
export interface FakeOfficeOptions {
  /** `Office.context.displayLanguage`: `en-US`, `fr-FR`. */
  readonly displayLanguage: string;
  /** Highest ExcelApi requirement set supported: `1.9`. */
  readonly excelApi: string;
  /** The application `Office.onReady` names: `Excel` unless a test opens the pane elsewhere (`Word`). */
  readonly host?: string;
}

/** What the test reads and does through `window.excelFake`, beside the add-in's Office.js calls. */
export interface ExcelFakeControl {
  sheetNames(): string[];
  activeSheet(): string | null;
  selection(): { sheet: string; address: string } | null;
  /** Values from A1 to the last used cell, `''` where empty. */
  grid(sheet: string): CellValue[][];
  snapshot(sheet: string): SheetSnapshot;
  /** The user types `text` into a cell of the workbook. */
  typeInto(sheet: string, address: string, text: string): void;
  /** The `Excel.run`s since the last call, oldest first. */
  takeRuns(): RunRecord[];
}

interface OfficeLike {
  context?: Record<string, unknown>;
  onReady(callback?: (info: unknown) => void): Promise<unknown>;
}

/** Office.context as Excel fills it; office.js resets it while it initialises, so this runs once ready. */
function fillContext(office: OfficeLike, options: FakeOfficeOptions): void {
  const context = (office.context ??= {});
  context.displayLanguage = options.displayLanguage;
  context.requirements = requirements(options.excelApi);
}

function patchOffice(office: OfficeLike, options: FakeOfficeOptions): void {
  const ready = office.onReady.bind(office);
  // office.js still decides when Office is ready; the fake only says which host it is.
  office.onReady = (callback) =>
    ready().then(() => {
      fillContext(office, options);
      const info = { host: options.host ?? 'Excel', platform: 'OfficeOnline' };
      callback?.(info);
      return info;
    });
}

/** Installs the fake on `window` (a workbook with one empty `Sheet1`, as Excel opens a new one). */
export function install(options: FakeOfficeOptions): void {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  const runs: RunRecord[] = [];
  const win = window as unknown as Record<string, unknown>;
  win.Excel = { run: createExcelRun(book, runs) };
  const control: ExcelFakeControl = {
    sheetNames: () => book.sheets.map((sheet) => sheet.name),
    activeSheet: () => book.active,
    selection: () => book.selection,
    grid: (sheet) => book.grid(sheet),
    snapshot: (sheet) => book.snapshot(sheet),
    typeInto: (sheet, address, text) => book.typeInto(sheet, address, text),
    takeRuns: () => runs.splice(0),
  };
  win.excelFake = control;
  // office.js is a parser-blocking script: its load event fires after it ran and before the deferred
  // functions.js and taskpane.js, which call Office.onReady.
  document.addEventListener(
    'load',
    (event) => {
      const script = event.target;
      if (
        script instanceof HTMLScriptElement &&
        /\/office\.js$/.test(new URL(script.src, location.href).pathname)
      )
        patchOffice(win.Office as OfficeLike, options);
    },
    true,
  );
}
