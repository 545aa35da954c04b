/**
 * An in-memory workbook behind the `WorkbookPort` interface, synchronous: painting a plan leaves what
 * `planToGrid` says a host would show (a `=DATE(y,m,d)` formula computed, as a date serial counted from
 * 1899-12-30 as the core counts them), with the plan's number formats as the hosts read them back, and the
 * sheet keeps the tag it was painted with, so actions can be tested end to end without a host.
 */
import {
  notPaintedHere,
  type FormattedGrid,
  type PaintRequest,
  type SheetTag,
  type WorkbookPort,
  type WorkbookSheets,
} from '../../core/app/workbookPort';
import { sheetPrefix } from '../../core/contract/issues';
import type { Grid } from '../../core/contract/sheet/cells';
import { planToGrid } from '../../core/layout/planToGrid';
import type { SheetPlan } from '../../core/layout/sheetPlan';
import { uniqueSheetName } from '../../core/layout/uniqueSheetName';

type Cells = (string | number | boolean | null)[][];

/** The number format each cell of a painted plan has, beside `planToGrid`'s values (`null` where none). */
function planFormats(plan: SheetPlan): (string | null)[][] {
  const grid = planToGrid(plan).map((row) => row.map((): string | null => null));
  for (const { row, col, numberFormats } of plan.blocks)
    numberFormats?.forEach((line, r) => line.forEach((format, c) => (grid[row + r]![col + c] = format)));
  return grid;
}

const DATE_FORMULA = /^=DATE\((\d+),(\d+),(\d+)\)$/i;

/** `planToGrid`'s cells, each `=DATE(y,m,d)` computed; other formulas keep the value under them. */
function paintedCells(plan: SheetPlan): Cells {
  const grid = planToGrid(plan);
  for (const { row, col, formulas } of plan.blocks)
    formulas?.forEach((line, r) =>
      line.forEach((formula, c) => {
        const [, y, m, d] = DATE_FORMULA.exec(formula ?? '') ?? [];
        if (y !== undefined) grid[row + r]![col + c] = dateSerial(+y, +m!, +d!);
      }),
    );
  return grid;
}

/** DATE(y, m, d) of a year from 1900, months and days past their range rolled over as the hosts do. */
function dateSerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export class MemoryWorkbook implements WorkbookPort {
  readonly sheetMap = new Map<string, Cells>();
  readonly tags = new Map<string, SheetTag>();
  readonly selections: [string, string][] = [];
  /** The sheet the user is on: the last one painted or selected, as in the hosts. */
  active: string | null = null;
  /** Makes the next paint fail after its first sheet, to test all-or-nothing painting. */
  failNextPaint = false;
  /** Number formats beside the cells: a user's sheets' as given, a painted sheet's as its plan set them. */
  readonly formats = new Map<string, (string | null)[][]>();
  /** Sheets `paint` created and `removePainted` may delete. */
  private readonly painted = new Set<string>();
  /** Rows (0-based) `hideRows` hid, by sheet: the reads name them, as Excel's does. */
  readonly hiddenRows = new Map<string, Set<number>>();

  sheetNames(): string[] {
    return [...this.sheetMap.keys()];
  }

  /** Adds a sheet as a user would (untagged), and goes to it. */
  addSheet(name: string, cells: Cells = []): void {
    this.sheetMap.set(name, cells);
    this.active = name;
  }

  sheets(): WorkbookSheets {
    return {
      sheets: this.sheetNames().map((name) => ({ name, tag: this.tags.get(name) ?? null })),
      active: this.active,
    };
  }

  readSheets(names: readonly string[]): (Grid | null)[] {
    return names.map((name) => this.sheetMap.get(name) ?? null);
  }

  /** The names each `readTopLeft` read, in order. */
  readonly topLeftReads: string[][] = [];
  readTopLeft(names: readonly string[], rows: number, columns: number): (Grid | null)[] {
    this.topLeftReads.push([...names]);
    return names.map(
      (name) =>
        this.sheetMap
          .get(name)
          ?.slice(0, rows)
          .map((row) => row.slice(0, columns)) ?? null,
    );
  }

  /** Renames a sheet as a user would: it keeps its cells, formats, tag and whether `paint` made it. */
  renameSheet(from: string, to: string): void {
    const rename = <V>(map: Map<string, V>) => {
      const value = map.get(from);
      if (value === undefined) return;
      map.delete(from);
      map.set(to, value);
    };
    // Kept in its place in the workbook's order, as a rename does.
    const order = [...this.sheetMap.entries()].map(
      ([name, cells]) => [name === from ? to : name, cells] as const,
    );
    this.sheetMap.clear();
    for (const [name, cells] of order) this.sheetMap.set(name, cells);
    rename(this.formats);
    rename(this.tags);
    rename(this.hiddenRows);
    if (this.painted.delete(from)) this.painted.add(to);
    if (this.active === from) this.active = to;
  }

  readFormattedSheets(names: readonly string[]): (FormattedGrid | null)[] {
    return names.map((name) => {
      const values = this.sheetMap.get(name);
      if (!values) return null;
      const hiddenRows = [...(this.hiddenRows.get(name) ?? [])].sort((a, b) => a - b);
      return { values, numberFormats: this.formats.get(name) ?? [], hiddenRows };
    });
  }

  paint(requests: readonly PaintRequest[]): string[] {
    const names: string[] = [];
    for (const { plan, tag } of requests) {
      if (this.failNextPaint && names.length === 1) {
        this.failNextPaint = false;
        for (const name of names) {
          this.sheetMap.delete(name);
          this.formats.delete(name);
          this.tags.delete(name);
        }
        throw new Error(`Could not paint the sheet "${plan.name}": injected failure`);
      }
      const name = uniqueSheetName(plan.name, this.sheetNames());
      this.sheetMap.set(name, paintedCells(plan));
      this.formats.set(name, planFormats(plan));
      if (tag) this.tags.set(name, tag);
      names.push(name);
    }
    for (const name of names) this.painted.add(name);
    this.active = names[names.length - 1] ?? this.active;
    return names;
  }

  removePainted(name: string): void {
    if (!this.painted.delete(name)) throw notPaintedHere(name);
    this.sheetMap.delete(name);
    this.formats.delete(name);
    this.tags.delete(name);
    this.hiddenRows.delete(name);
    if (this.active === name) this.active = this.sheetNames().at(-1) ?? null;
  }

  hideRows(name: string, rows: readonly number[]): void {
    if (!this.painted.has(name)) throw notPaintedHere(name);
    const hidden = this.hiddenRows.get(name) ?? new Set<number>();
    for (const row of rows) hidden.add(row);
    this.hiddenRows.set(name, hidden);
  }

  /** Without an address, the sheet is only activated and keeps its own selection, as in the hosts. */
  select(sheet: string, address?: string): void {
    if (address !== undefined) this.selections.push([sheet, address]);
    this.active = sheet;
  }

  /**
   * The range last selected on the active sheet (A1 where none was), as the hosts name it: its sheet
   * quoted when its name needs it.
   */
  selectedRange(): string {
    const sheet = this.active ?? 'Sheet1';
    const address = [...this.selections].reverse().find(([on]) => on === sheet)?.[1] ?? 'A1';
    return `${sheetPrefix(sheet)}!${address}`;
  }
}
