/**
 * The core's `WorkbookPort` over Office.js: what the task pane's actions (core/app/actions.ts) read and
 * paint. Each method is one `Excel.run` with a constant number of syncs, whatever the size of the sheets
 * or plans. Tags live in worksheet custom properties (ExcelApi 1.12, which the manifest requires).
 */
import { probeExcelLimits } from './limitsProbe';
import { SHEET_TAG_KEY, parseSheetTag, sheetTagText } from '../../core/app/sheetTag';
import {
  notPaintedHere,
  type FormattedGrid,
  type PaintRequest,
  type TopLeft,
  type WorkbookPort,
  type WorkbookSheets,
} from '../../core/app/workbookPort';
import type { Grid } from '../../core/contract/sheet/cells';
import { sheetNotMarkedText } from '../../core/i18n/hostMessages';
import { PaintError, paintWorkbookSheets, type PaintedSheet } from '../painter';
import { isOfficeError } from '../officeError';
import { hostFailureReason } from '../paintError';
import { readSheetsValues, readSheetsValuesAndFormats } from '../sheetValues';
import type { ExcelHost } from './host';
import { compareSheetNames } from './sheetNameProbe';

/** Why a cell could not be selected; the bridge turns it into a message in the pane's language. */
export class SelectionError extends Error {
  constructor(
    readonly sheet: string,
    readonly address: string,
    /** `sheetMissing`: the sheet was renamed or deleted since the check; `other`: see `detail`. */
    readonly reason: 'sheetMissing' | 'other',
    /** Excel's own explanation, when it gave one. */
    readonly detail: string,
  ) {
    super(
      reason === 'sheetMissing'
        ? `There is no sheet named "${sheet}".`
        : `Cannot select ${address}: ${detail}`,
    );
    this.name = 'SelectionError';
  }
}

/**
 * A painted sheet could not be marked (and this paint's sheets were removed); the bridge says it again in
 * the pane's language.
 */
export class MarkError extends Error {
  constructor(
    readonly sheet: string,
    /** Excel's own explanation. */
    readonly detail: string,
    cause: unknown,
  ) {
    super(sheetNotMarkedText('en', sheet, detail), { cause });
    this.name = 'MarkError';
  }
}

/** Excel's own explanation of a failure, `''` when it gave none. */
function messageIn(error: unknown): string {
  const value = (error as { message?: unknown } | null)?.message;
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Reads every sheet's name, tag and the active sheet: two syncs whatever the number of sheets. With
 * `topLeft`, the first cells of every sheet are loaded in the tags' sync (a fixed number of cells each,
 * however large the sheet) and given to the untagged ones, so the listing stays one run of two syncs.
 */
async function readSheets(context: Excel.RequestContext, topLeft?: TopLeft): Promise<WorkbookSheets> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  await context.sync();
  const tags = worksheets.items.map((sheet) =>
    sheet.customProperties.getItemOrNullObject(SHEET_TAG_KEY).load('value'),
  );
  const tops = topLeft
    ? worksheets.items.map((sheet) =>
        sheet.getRangeByIndexes(0, 0, topLeft.rows, topLeft.columns).load('values'),
      )
    : undefined;
  await context.sync();
  return {
    sheets: worksheets.items.map((sheet, i) => {
      const tag = tags[i]!.isNullObject ? null : parseSheetTag(tags[i]!.value);
      const top = tag === null ? tops?.[i]?.values : undefined;
      return top ? { name: sheet.name, tag, top: top as Grid } : { name: sheet.name, tag };
    }),
    active: active.name,
  };
}

/**
 * The `rows` × `columns` cells from A1 of each named sheet, null for a name no sheet has: two syncs
 * whatever the number of sheets, and a fixed number of cells from each, however large.
 */
async function readTopLeft(
  context: Excel.RequestContext,
  names: readonly string[],
  rows: number,
  columns: number,
): Promise<(Grid | null)[]> {
  const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  await context.sync();
  const ranges = sheets.map((sheet) =>
    sheet.isNullObject ? null : sheet.getRangeByIndexes(0, 0, rows, columns).load('values'),
  );
  await context.sync();
  return ranges.map((range) => range && (range.values as Grid));
}

/**
 * Paints the plans, then tags the new sheets, found by id, in one more sync; returns the new sheets with
 * their ids. A failed tagging removes the sheets this call created, known by the same ids, so no
 * half-marked contract is left and no one else's sheet is touched.
 */
async function paintTagged(
  context: Excel.RequestContext,
  requests: readonly PaintRequest[],
): Promise<readonly PaintedSheet[]> {
  const painted = await paintWorkbookSheets(
    context,
    requests.map((request) => request.plan),
  );
  const names = painted.map((sheet) => sheet.name);
  const tagged = requests.flatMap((request, i) =>
    request.tag ? [{ ...painted[i]!, tag: request.tag }] : [],
  );
  if (tagged.length === 0) return painted;
  try {
    // By id: a co-author may have renamed a new sheet since the paint, or taken its name for another.
    for (const { id, tag } of tagged) {
      context.workbook.worksheets.getItem(id).customProperties.add(SHEET_TAG_KEY, sheetTagText(tag));
    }
    await context.sync();
  } catch (error) {
    try {
      for (const { id } of painted) context.workbook.worksheets.getItem(id).delete();
      await context.sync();
    } catch {
      // The sheets stay: the failure says so and names them, as a paint that could not clean up does.
      throw new PaintError(names, hostFailureReason(error), 'left', error);
    }
    throw new MarkError(tagged[0]!.name, messageIn(error), error);
  }
  return painted;
}

/** Deletes the sheet of `id`, one sync; a sheet already gone is not an error. */
async function deleteById(context: Excel.RequestContext, id: string): Promise<void> {
  context.workbook.worksheets.getItem(id).delete();
  try {
    await context.sync();
  } catch (error) {
    if (!isOfficeError(error, 'ItemNotFound')) throw error;
  }
}

/** The port over the workbook `host` runs batches on. */
export function excelWorkbook(host: ExcelHost): WorkbookPort {
  // The sheets this port painted, by the name paint returned, with Excel's id: what removePainted may delete.
  const painted = new Map<string, string>();
  return {
    // The manifest's custom-functions namespace is FEES.
    contractFeeFunction: 'FEES.CONTRACTFEE',
    cellFunctionPrefix: 'FEES.',
    sheets: (topLeft) => host.run((context) => readSheets(context, topLeft)),
    // Office.js hands numbers, text and booleans (error cells as "#N/A" text): all cell values the core reads.
    readSheets: (names) =>
      host.run(async (context) => (await readSheetsValues(context, names)) as (Grid | null)[]),
    readTopLeft: (names, rows, columns) => host.run((context) => readTopLeft(context, names, rows, columns)),
    readFormattedSheets: (names) =>
      host.run(async (context) =>
        (await readSheetsValuesAndFormats(context, names)).map(
          (read): FormattedGrid | null =>
            read && {
              values: read.values as Grid,
              numberFormats: read.numberFormats as string[][],
              hiddenRows: read.hiddenRows,
            },
        ),
      ),
    paint: async (requests) => {
      const sheets = await host.run((context) => paintTagged(context, requests));
      for (const { name, id } of sheets) painted.set(name, id);
      return sheets.map((sheet) => sheet.name);
    },
    removePainted: async (name) => {
      const id = painted.get(name);
      if (id === undefined) throw notPaintedHere(name);
      await host.run((context) => deleteById(context, id));
      painted.delete(name);
    },
    hideRows: async (name, rows) => {
      const id = painted.get(name);
      if (id === undefined) throw notPaintedHere(name);
      await host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(id);
        for (const row of rows) sheet.getRangeByIndexes(row, 0, 1, 1).getEntireRow().rowHidden = true;
        await context.sync();
      });
    },
    // worksheet.copy (ExcelApi 1.7), the Move or Copy a user makes: whether the copy keeps the sheet's
    // custom property is undocumented, so Diagnostics' copiedSheetTag reads it on this copy. Either way is
    // safe (core/app/contractPair.ts): kept, the two sheets are refused, naming both; lost, the copy is a
    // sheet of no contract, which no action reads. The copy is this port's, to delete by its id.
    copyPainted: async (name) => {
      const id = painted.get(name);
      if (id === undefined) throw notPaintedHere(name);
      const copy = await host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(id).copy().load('name,id');
        await context.sync();
        return { name: sheet.name, id: sheet.id };
      });
      painted.set(copy.name, copy.id);
      return copy.name;
    },
    compareSheetNames: (pairs) => host.run((context) => compareSheetNames(context, pairs)),
    rowHeights: async (name, rows) => {
      const id = painted.get(name);
      if (id === undefined) throw notPaintedHere(name);
      return host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(id);
        const ranges = rows.map((row) => sheet.getRangeByIndexes(row, 0, 1, 1).load('format/rowHeight'));
        await context.sync();
        return ranges.map((range) => range.format.rowHeight);
      });
    },
    probeLimits: async (name) => {
      const id = painted.get(name);
      if (id === undefined) throw notPaintedHere(name);
      return host.run((context) => probeExcelLimits(context, id));
    },
    tableNames: async (name) => {
      const id = painted.get(name);
      if (id === undefined) throw notPaintedHere(name);
      return host.run(async (context) => {
        const tables = context.workbook.worksheets.getItem(id).tables.load('items/name');
        await context.sync();
        return tables.items.map((table) => table.name);
      });
    },
    select: async (sheet, address) => {
      try {
        // One round trip: a missing sheet or a bad address fails the sync, and nothing changed. Activated
        // alone, a sheet shows the selection Excel kept for it.
        await host.run(async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          worksheet.activate();
          if (address !== undefined) worksheet.getRange(address).select();
          await context.sync();
        });
      } catch (error) {
        const reason = isOfficeError(error, 'ItemNotFound') ? 'sheetMissing' : 'other';
        throw new SelectionError(sheet, address ?? '', reason, messageIn(error));
      }
    },
    // Excel's address names the sheet, quoted when its name needs it: `'Supplier invoice'!B3:F20`.
    selectedRange: () =>
      host.run(async (context) => {
        const range = context.workbook.getSelectedRange().load('address');
        await context.sync();
        return range.address;
      }),
  };
}
