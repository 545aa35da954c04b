/**
 * The core's `WorkbookPort` over Office.js: what the task pane's actions (core/app/actions.ts) read and
 * paint. Each method is one `Excel.run` with a constant number of syncs (the painter's), whatever the size
 * of the sheet or plan.
 */
import type { WorkbookPort } from '../../core/app/workbookPort';
import type { Grid } from '../../core/contract/sheet/cells';
import { paintWorkbookPlan, readSheetValues } from '../painter';
import type { ExcelHost } from './host';

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

function field(error: unknown, name: 'code' | 'message'): string {
  const value = (error as Record<string, unknown> | null)?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** The port over the workbook `host` runs batches on. */
export function excelWorkbook(host: ExcelHost): WorkbookPort {
  return {
    sheetNames: () =>
      host.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        return sheets.items.map((sheet) => sheet.name);
      }),
    // Office.js hands numbers, text and booleans (error cells as "#N/A" text): all cell values the core reads.
    readSheet: (name) => host.run((context) => readSheetValues(context, name) as Promise<Grid | null>),
    paint: (plans) => host.run((context) => paintWorkbookPlan(context, plans)),
    select: async (sheet, address) => {
      try {
        // One round trip: a missing sheet or a bad address fails the sync, and nothing changed.
        await host.run(async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          worksheet.activate();
          worksheet.getRange(address).select();
          await context.sync();
        });
      } catch (error) {
        const reason = field(error, 'code') === 'ItemNotFound' ? 'sheetMissing' : 'other';
        throw new SelectionError(sheet, address, reason, field(error, 'message'));
      }
    },
  };
}
