/**
 * A written sheet compared with the sheet laid out again (an invoice sheet, a year's Summary, a Portfolio),
 * cell by cell once their rows are aligned: a row inserted, deleted or moved by hand is one difference, and
 * the rows after it are still compared with their own.
 */
import { sheetPrefix } from '../contract/issues';
import { sameButTypography } from '../i18n/frenchTypography';
import { samePeriodText } from '../i18n/periodFormat';
import type { VerifyTexts } from '../i18n/verify';
import { a1 } from '../layout/a1';
import { DATE_FORMATS } from '../layout/dateCell';
import { earlierVatFormula } from '../layout/vatFormula';
import type { PlanValue, SheetPlan } from '../layout/sheetPlan';
import { showsTheFigure } from './numberFormatShown';
import { sameButMonthWords } from './periodWords';
import { alignRows, type AlignedRow } from './rowAlignment';
import type { VerifyDifference, WrittenSheet } from './verify';

export const blank = (v: PlanValue | undefined) => v === null || v === undefined || v === '';

export function shown(value: PlanValue | undefined, t: VerifyTexts): string {
  if (blank(value)) return t.blank;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** A side of a formula difference: a frozen value where a formula belongs (or the reverse) says its value. */
export function formulaSide(formula: string | null, value: PlanValue, t: VerifyTexts): string {
  return formula ?? (blank(value) ? t.blank : t.valueNotFormula(shown(value, t)));
}

/** A cell whose written value is not the recomputed one: added, removed or edited. */
export function valueDifference(
  where: string,
  want: PlanValue,
  got: PlanValue,
  t: VerifyTexts,
  show: (value: PlanValue) => string = (value) => shown(value, t),
): VerifyDifference {
  const message = blank(want)
    ? t.added(where, show(got))
    : blank(got)
      ? t.removed(where, show(want))
      : t.edited(where, show(got), show(want));
  return { where, message };
}

/**
 * Whether a written cell says what the recomputed one does: an invoice written before periods were in words
 * (`2026-10`), before French typography, or before its texts named months in words says the same.
 */
export function saysTheSame(want: PlanValue, got: PlanValue): boolean {
  return (
    want === got ||
    (blank(want) && blank(got)) ||
    samePeriodText(want, got) ||
    sameButTypography(want, got) ||
    sameButMonthWords(want, got)
  );
}

export function sameFormula(a: string | null, b: string | null): boolean {
  const norm = (f: string | null) => (f ?? '').replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
  if (norm(a) === norm(b)) return true;
  // An invoice issued before the VAT formula rounded whole minor units holds =ROUND(F15*0.2,2) there: the
  // add-in's own formula then, its value compared as any cell's.
  const earlier = a === null ? null : earlierVatFormula(a);
  return earlier !== null && norm(earlier) === norm(b);
}

/** The day a date cell's serial stands for, `2026-10-31`: a date edited is quoted as a date, not 46326. */
function shownDay(value: PlanValue, t: VerifyTexts): string {
  if (typeof value !== 'number' || !Number.isInteger(value)) return shown(value, t);
  return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10);
}

/** The cells of `plan` whose number format is a date's. */
export function dateCells(plan: SheetPlan): Set<string> {
  const dates = new Set<string>();
  const isDate = new Set(Object.values(DATE_FORMATS));
  for (const block of plan.blocks)
    block.numberFormats?.forEach((line, r) =>
      line.forEach((format, c) => {
        if (format !== null && isDate.has(format)) dates.add(`${block.row + r}:${block.col + c}`);
      }),
    );
  return dates;
}

export function formulaGrid(plan: SheetPlan): (string | null)[][] {
  return planGrid(plan, (block) => block.formulas);
}

/** The number format of each cell of `plan` (`null` or absent: General). */
export function formatGrid(plan: SheetPlan): (string | null)[][] {
  return planGrid(plan, (block) => block.numberFormats);
}

function planGrid(
  plan: SheetPlan,
  of: (block: SheetPlan['blocks'][number]) => readonly (readonly (string | null)[])[] | undefined,
): (string | null)[][] {
  const grid: (string | null)[][] = [];
  for (const block of plan.blocks) {
    of(block)?.forEach((line, r) =>
      line.forEach((formula, c) => {
        if (formula === null) return;
        (grid[block.row + r] ??= [])[block.col + c] = formula;
      }),
    );
  }
  return grid;
}

/** A row's key for the alignment: its label in column A, spacing aside (French spaces of older sheets). */
export function rowKey(row: readonly PlanValue[] | undefined): string {
  const label = row?.[0];
  return label === null || label === undefined ? '' : String(label).replace(/\s+/gu, '');
}

/**
 * The rows only written that are, cell for cell, a row only recomputed: a line moved by hand (two lines
 * swapped) is one difference, not a row deleted and another inserted with the same values. From the
 * written row to the recomputed one.
 */
function movedRows(
  aligned: readonly AlignedRow[],
  expected: readonly (readonly PlanValue[])[],
  written: readonly (readonly PlanValue[])[],
): Map<number, number> {
  const moved = new Map<number, number>();
  const same = (e: number, w: number) =>
    Array.from({ length: Math.max(expected[e].length, written[w]?.length ?? 0) }, (_, c) => c).every((c) =>
      saysTheSame(expected[e][c] ?? null, written[w]?.[c] ?? null),
    );
  for (const missing of aligned) {
    if (missing.written !== null || expected[missing.expected].every(blank)) continue;
    const step = aligned.find(
      (s) => s.expected === null && !moved.has(s.written) && same(missing.expected, s.written),
    );
    if (step !== undefined && step.expected === null) moved.set(step.written, missing.expected);
  }
  return moved;
}

/**
 * A formula with its row references moved through the alignment (`rows`: from one sheet's rows to the
 * other's), so that a row inserted above a total does not make `=SUM(F9:F14)` differ from `=SUM(F9:F13)`
 * when it still sums the same lines.
 */
function movedFormula(formula: string | null, rows: ReadonlyMap<number, number>): string | null {
  if (formula === null) return null;
  return formula.replace(
    /(?<![A-Za-z0-9_.])(\$?[A-Z]{1,3}\$?)(\d+)(?![\d(A-Za-z_])/g,
    (ref, column: string, row: string) => {
      const moved = rows.get(Number(row) - 1);
      return moved === undefined ? ref : `${column}${moved + 1}`;
    },
  );
}

type Grid = readonly (readonly PlanValue[])[];

/** The two sheets' rows paired (`alignRows` on `key`), with the pairing both ways. */
export function alignGrids(
  expected: Grid,
  written: Grid,
  key: (row: readonly PlanValue[] | undefined) => string = rowKey,
): { aligned: AlignedRow[]; toExpected: Map<number, number>; toWritten: Map<number, number> } {
  const aligned = alignRows(
    Array.from({ length: expected.length }, (_, r) => key(expected[r])),
    Array.from({ length: written.length }, (_, r) => key(written[r])),
  );
  const toExpected = new Map<number, number>();
  const toWritten = new Map<number, number>();
  for (const step of aligned)
    if (step.expected !== null && step.written !== null) {
      toExpected.set(step.written, step.expected);
      toWritten.set(step.expected, step.written);
    }
  return { aligned, toExpected, toWritten };
}

/** What `gridDifferences` compares, and how it names a cell. */
export interface GridComparison {
  readonly expected: Grid;
  readonly expectedFormulas: readonly (readonly (string | null)[])[];
  /** The recomputed cells' number formats (`formatGrid`), compared where the sheet's were read. */
  readonly expectedFormats?: readonly (readonly (string | null)[])[];
  readonly sheet: WrittenSheet;
  readonly alignment: ReturnType<typeof alignGrids>;
  /** `'Invoice 2026-10'!F12 (CSAT, Amount)`: the recomputed row `e`, the written row `w`, column `col`. */
  readonly where: (e: number, w: number, col: number) => string;
  /** Cells compared elsewhere (an invoice's seal). */
  readonly skip?: (e: number, col: number) => boolean;
  /** The recomputed cells that hold dates (`dateCells`), `row:col`. */
  readonly dates?: ReadonlySet<string>;
  readonly t: VerifyTexts;
}

/**
 * Every difference between the written sheet and the recomputed one: rows deleted, inserted or moved, then
 * cells, formulas first where they were read (moved through the alignment, so a row inserted above a total
 * does not make its `SUM` differ when it still sums the same rows).
 */
export function gridDifferences(c: GridComparison): VerifyDifference[] {
  const { expected, expectedFormulas, sheet, t } = c;
  const { aligned, toExpected, toWritten } = c.alignment;
  const prefix = sheetPrefix(sheet.name);
  const rowText = (row: readonly PlanValue[] | undefined) =>
    (row ?? [])
      .filter((v) => !blank(v))
      .map((v) => shown(v, t))
      .join(', ');
  const moved = movedRows(aligned, expected, sheet.values);
  const movedFrom = new Set(moved.values());
  const differences: VerifyDifference[] = [];
  let lastWritten = -1;
  for (const step of aligned) {
    if (step.written === null) {
      const e = step.expected;
      if (expected[e].every(blank) || movedFrom.has(e)) continue;
      const w = `${prefix}!${a1(lastWritten + 1, 0)}`;
      differences.push({ where: w, message: t.rowMissing(w, rowText(expected[e])) });
      continue;
    }
    lastWritten = step.written;
    const w = step.written;
    if (step.expected === null) {
      const row = sheet.values[w] ?? [];
      if (row.every(blank)) continue;
      const place = `${prefix}!${a1(w, 0)}:${a1(w, Math.max(0, row.length - 1))}`;
      const from = moved.get(w);
      const message = from === undefined ? t.rowAdded(place, rowText(row)) : t.moved(place, a1(from, 0));
      differences.push({ where: place, message });
      continue;
    }
    const e = step.expected;
    const cols = Math.max(expected[e]?.length ?? 0, sheet.values[w]?.length ?? 0);
    for (let col = 0; col < cols; col++) {
      if (c.skip?.(e, col)) continue;
      const want = expected[e]?.[col] ?? null;
      const got = sheet.values[w]?.[col] ?? null;
      const wantFormula = expectedFormulas[e]?.[col] ?? null;
      const gotFormula = sheet.formulas?.[w]?.[col] ?? null;
      // A host port reads values only (`formulas` absent): then each formula is checked by its result.
      if (sheet.formulas !== undefined && !sameFormula(wantFormula, movedFormula(gotFormula, toExpected))) {
        const p = c.where(e, w, col);
        // The recomputed formula is quoted in the file's rows, where it would stand.
        const wanted = formulaSide(movedFormula(wantFormula, toWritten), want, t);
        differences.push({ where: p, message: t.formulaEdited(p, formulaSide(gotFormula, got, t), wanted) });
        continue;
      }
      // A formula's cached result may be absent (a file saved without calculating): its formula was checked.
      if (gotFormula !== null && got === null) continue;
      if (saysTheSame(want, got)) {
        // The figure a reader sees is the number as its format prints it: `"5,500.00"` shows 5,500.00.
        const wantFormat = c.expectedFormats?.[e]?.[col] ?? null;
        const gotFormat = sheet.numberFormats?.[w]?.[col] ?? null;
        if (typeof got === 'number' && c.expectedFormats && sheet.numberFormats)
          if (!showsTheFigure(wantFormat, gotFormat)) {
            const p = c.where(e, w, col);
            differences.push({ where: p, message: t.formatEdited(p, gotFormat, wantFormat, shown(got, t)) });
          }
        continue;
      }
      const show = c.dates?.has(`${e}:${col}`) ? (v: PlanValue) => shownDay(v, t) : undefined;
      differences.push(valueDifference(c.where(e, w, col), want, got, t, show));
    }
  }
  return differences;
}
