/**
 * An in-memory workbook behind the `WorkbookPort` interface, synchronous like the Sheets port: painting a
 * plan leaves what `planToGrid` says a host would show, so actions can be tested end to end without a host.
 */
import type { WorkbookPort } from '../../core/app/workbookPort';
import type { Grid } from '../../core/contract/sheet/cells';
import { planToGrid } from '../../core/layout/planToGrid';
import type { SheetPlan } from '../../core/layout/sheetPlan';
import { uniqueSheetName } from '../../core/layout/uniqueSheetName';

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, (string | number | boolean | null)[][]>();
  readonly selections: [string, string][] = [];
  /** Makes the next paint fail after its first sheet, to test all-or-nothing painting. */
  failNextPaint = false;

  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  readSheet(name: string): Grid | null {
    return this.sheets.get(name) ?? null;
  }

  paint(plans: readonly SheetPlan[]): string[] {
    const names: string[] = [];
    for (const plan of plans) {
      if (this.failNextPaint && names.length === 1) {
        this.failNextPaint = false;
        for (const name of names) this.sheets.delete(name);
        throw new Error(`Could not paint the sheet "${plan.name}": injected failure`);
      }
      const name = uniqueSheetName(plan.name, this.sheetNames());
      this.sheets.set(name, planToGrid(plan));
      names.push(name);
    }
    return names;
  }

  select(sheet: string, address: string): void {
    this.selections.push([sheet, address]);
  }
}
