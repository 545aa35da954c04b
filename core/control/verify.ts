/**
 * Verify: is a written invoice still what the contract and actuals give? The invoice is recomputed and
 * laid out again; every cell of the written sheet (or every field of the written JSON) that differs from
 * the recomputed one is reported with its place, and the written fingerprint is compared with the
 * recomputed one: when they match, the inputs are those the invoice was computed from, so any difference
 * is an edit made since.
 */
import { sheetPrefix } from '../contract/issues';
import type { Language, Period } from '../contract/types';
import { isPeriod } from '../contract/period';
import { invoiceSheetLabels } from '../i18n/invoiceSheet';
import { periodSpanOf } from '../i18n/periodFormat';
import { verifyTexts, type VerifyTexts } from '../i18n/verify';
import { invoiceToJson } from '../invoice/toJson';
import type { Invoice } from '../invoice/types';
import { a1 } from '../layout/a1';
import { invoiceSheetPlan } from '../layout/invoiceSheet';
import { planToGrid } from '../layout/planToGrid';
import type { PlanValue, SheetPlan } from '../layout/sheetPlan';
import { sameButMonthWords } from './periodWords';
import { sameButTypography } from '../i18n/frenchTypography';
import { canonicalJson } from './canonicalJson';
import { notAnInvoiceJson } from './issuedInvoice';
import { alignGrids, dateCells, formatGrid, formulaGrid, gridDifferences, rowKey } from './gridComparison';
import { alignRows } from './rowAlignment';

/** One place where the written invoice differs from the recomputed one. */
export interface VerifyDifference {
  /** `'Invoice 2026-10'!F12 (CSAT, Amount)` or `lines[4].amount (CSAT)`. */
  readonly where: string;
  readonly message: string;
}

/** What `verify` found in one written invoice. */
export interface VerifyReport {
  /** The sheet or file verified. */
  readonly source: string;
  readonly period: Period;
  readonly fingerprint: { readonly written: string | null; readonly recomputed: string };
  readonly contractVersion: { readonly written: string | null; readonly recomputed: string };
  readonly fingerprintMatches: boolean;
  readonly differences: readonly VerifyDifference[];
  /** The fingerprint matches and nothing differs. */
  readonly clean: boolean;
  /**
   * The id of the contract the written invoice is of, when it is another than the one given: its number or
   * contract id names another and its contract version is not the given contract's (one typed over would
   * leave the version the contract's). Then nothing is to verify against the contract given.
   */
  readonly otherContract?: string;
  /** The report as lines to print. */
  readonly lines: readonly string[];
}

/** An invoice sheet as read back from a workbook: values (cached results for formulas) from A1. */
export interface WrittenSheet {
  readonly name: string;
  readonly values: readonly (readonly PlanValue[])[];
  /** `=SUM(F9:F13)` where a cell holds a formula; absent when only the values could be read. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Each cell's number format (`null`: General); absent when only the values could be read. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
}

const LABELS = [invoiceSheetLabels('en'), invoiceSheetLabels('fr')];

/** The value beside the first cell of column A holding one of `labels`. */
function besideLabel(sheet: WrittenSheet, labels: readonly string[]): PlanValue | undefined {
  const row = sheet.values.find((r) => typeof r[0] === 'string' && labels.includes(r[0].trim()));
  return row?.[1];
}

/** Whether a sheet is an invoice sheet this product wrote: it has a fingerprint row (in either language). */
export function isInvoiceSheet(sheet: WrittenSheet): boolean {
  return (
    besideLabel(
      sheet,
      LABELS.map((l) => l.fingerprint),
    ) !== undefined
  );
}

/**
 * A month of the period an invoice names, as its Period row or number prints it: in words (`October 2026`,
 * `T2 2026`), `2026-10`, `2026-01 – 2026-03`, `2026-02..2026-04`, a calendar quarter `2026-Q2`, half-year
 * `2026-H1` or year `2026`.
 */
export function periodOfName(text: string): Period | undefined {
  const words = periodSpanOf(text);
  if (words) return words.first;
  const name = text.trim();
  const month = name.slice(0, 7);
  if (isPeriod(month)) return month;
  const span = /^(\d{4})(?:-([QH])([1-4]))?$/.exec(name);
  if (!span) return undefined;
  const index = span[2] === undefined ? 0 : (Number(span[3]) - 1) * (span[2] === 'Q' ? 3 : 6);
  const first = `${span[1]}-${String(index + 1).padStart(2, '0')}`;
  return isPeriod(first) && index < 12 ? first : undefined;
}

/** A month of the period of a written invoice sheet, as its Period row says. */
export function writtenSheetPeriod(sheet: WrittenSheet): Period | undefined {
  const value = besideLabel(
    sheet,
    LABELS.map((l) => l.period),
  );
  return typeof value === 'string' ? periodOfName(value) : undefined;
}

/** An invoice number as `buildInvoice` writes it: the contract id, then the period's name (`invoicePeriodName`). */
const NUMBER = /^(.*?)-?(\d{4}-\d{2}\.\.\d{4}-\d{2}|\d{4}-(?:\d{2}|Q[1-4]|H[12])|\d{4})$/;

/** The period name an invoice number ends with (`bpo-2026-Q4` → 2026-10), as `invoicePeriodName` writes it. */
export function periodOfNumber(number: unknown): Period | undefined {
  if (typeof number !== 'string') return undefined;
  const name = NUMBER.exec(number.trim());
  return name ? periodOfName(name[2]) : undefined;
}

/** The contract id an invoice number starts with (`bpo-two-2026-10` → `bpo-two`). */
export function contractOfNumber(number: unknown): string | undefined {
  const id = typeof number === 'string' ? NUMBER.exec(number.trim())?.[1] : undefined;
  return id === '' ? undefined : id;
}

/**
 * The periods an invoice states, its Period row (or field) first, then its number's when that names
 * another: a period typed over leaves them apart, and the fingerprint tells which one the invoice is.
 */
function statedPeriods(period: Period | undefined, number: unknown): Period[] {
  const numbered = periodOfNumber(number);
  return [...new Set([period, numbered].filter((p): p is Period => p !== undefined))];
}

/** The periods of a written invoice sheet: its Period row's, then its number's when that names another. */
export function writtenSheetPeriods(sheet: WrittenSheet): Period[] {
  const number = besideLabel(
    sheet,
    LABELS.map((l) => l.number),
  );
  return statedPeriods(writtenSheetPeriod(sheet), number);
}

/** The contract id a written invoice sheet's number starts with, undefined when it names none. */
export function writtenSheetContract(sheet: WrittenSheet): string | undefined {
  return contractOfNumber(
    besideLabel(
      sheet,
      LABELS.map((l) => l.number),
    ),
  );
}

/**
 * Verifies against the invoice of each period the written one states (`writtenSheetPeriods`), the first
 * unless another's fingerprint is the written one: a Period row typed over is then that one edit, not every
 * line reported as another period's. `recompute` gives `undefined` for a period it cannot invoice.
 */
export function verifyStated(
  periods: readonly Period[],
  recompute: (period: Period) => Invoice | undefined,
  verify: (invoice: Invoice) => VerifyReport,
): VerifyReport | undefined {
  let first: VerifyReport | undefined;
  for (const period of periods) {
    const invoice = recompute(period);
    if (invoice === undefined) continue;
    const report = verify(invoice);
    if (report.fingerprintMatches) return report;
    first ??= report;
  }
  return first;
}

function sealLines(
  t: VerifyTexts,
  fingerprint: VerifyReport['fingerprint'],
  version: VerifyReport['contractVersion'],
  differences: number,
): string[] {
  const lines: string[] = [];
  if (fingerprint.written === fingerprint.recomputed) {
    lines.push(t.fingerprintMatches(fingerprint.recomputed));
    // The inputs are proved the invoice's: a version that is not theirs was typed over.
    if (version.written !== version.recomputed)
      lines.push(t.contractVersionEdited(version.written, version.recomputed));
  } else {
    lines.push(t.fingerprintDiffers(fingerprint.written, fingerprint.recomputed));
    // A file without a version says nothing of an amendment: only that the field is missing.
    if (version.written === null) lines.push(t.contractVersionMissing(version.recomputed));
    else if (version.written !== version.recomputed)
      lines.push(t.contractVersionDiffers(version.written, version.recomputed));
    if (differences > 0) lines.push(t.inputsChanged);
    // A version the contract states is its author's word, not its terms' hash: it may stay while they change.
    const stated = version.written === version.recomputed && !version.recomputed.startsWith('sha256:');
    if (stated) lines.push(t.statedVersionKept(version.recomputed));
  }
  return lines;
}

function report(
  source: string,
  recomputed: Invoice,
  written: { fingerprint: string | null; contractVersion: string | null; contract: string | undefined },
  differences: VerifyDifference[],
  t: VerifyTexts,
): VerifyReport {
  const otherContract =
    written.contract !== undefined &&
    written.contract !== recomputed.contract.id &&
    written.contractVersion !== recomputed.seal.contractVersion
      ? written.contract
      : undefined;
  const fingerprint = { written: written.fingerprint, recomputed: recomputed.seal.fingerprint };
  const contractVersion = { written: written.contractVersion, recomputed: recomputed.seal.contractVersion };
  const fingerprintMatches = fingerprint.written === fingerprint.recomputed;
  const versionEdited = fingerprintMatches && contractVersion.written !== contractVersion.recomputed;
  const clean = fingerprintMatches && !versionEdited && differences.length === 0;
  const seal = (fingerprintMatches ? 0 : 1) + (versionEdited ? 1 : 0);
  return {
    source,
    period: recomputed.period,
    fingerprint,
    contractVersion,
    fingerprintMatches,
    differences,
    clean,
    ...(otherContract !== undefined ? { otherContract } : {}),
    lines: [
      clean ? t.clean(source) : t.summary(source, differences.length + seal),
      ...differences.map((d) => d.message),
      ...sealLines(t, fingerprint, contractVersion, differences.length),
    ],
  };
}

/**
 * Compares a written invoice sheet with the sheet of the recomputed invoice, cell by cell, once the rows of
 * both are aligned (`alignRows`): a row inserted or deleted by hand is reported once, as a row, and the rows
 * after it are still compared with their own; `t` words the differences (the pane, reading an invoice back
 * as issued, says "as issued" where verify says "recomputed").
 */
export function verifySheet(
  sheet: WrittenSheet,
  recomputed: Invoice,
  lang: Language = 'en',
  t: VerifyTexts = verifyTexts(lang),
): VerifyReport {
  const plan = invoiceSheetPlan(recomputed);
  const expected = planToGrid(plan);
  const expectedFormulas = formulaGrid(plan);
  const headerRows = (plan.styles ?? []).filter((s) => s.fill !== undefined).map((s) => s.row);
  const at = (row: number, col: number) => expected[row]?.[col] ?? null;
  const alignment = alignGrids(expected, sheet.values);
  const { toWritten } = alignment;

  // The seal's cells are those right of its labels; they are compared as the seal, not as edits.
  const labels = invoiceSheetLabels(recomputed.contract.language);
  const seal = new Set<string>();
  const written = {
    fingerprint: null as string | null,
    contractVersion: null as string | null,
    contract: contractOfNumber(besideLabel(sheet, [labels.number])),
  };
  expected.forEach((line, r) =>
    line.forEach((value, c) => {
      for (const key of ['fingerprint', 'contractVersion'] as const) {
        if (value !== labels[key]) continue;
        seal.add(`${r}:${c + 1}`);
        const w = toWritten.get(r);
        const found = w === undefined ? undefined : sheet.values[w]?.[c + 1];
        written[key] = typeof found === 'string' ? found.trim() : null;
      }
    }),
  );

  const prefix = sheetPrefix(sheet.name);
  const firstHeader = Math.min(...headerRows);
  const where = (e: number, w: number, col: number) => {
    // Above the tables the block pairs labels and values (Period | October 2026 | | Contract | BPO): a
    // value is named by the label left of it.
    const labelCol = e < firstHeader && col > 0 ? col - 1 : 0;
    const label = at(e, labelCol) ?? sheet.values[w]?.[labelCol] ?? null;
    const headerRow = Math.max(-1, ...headerRows.filter((h) => h < e));
    const header = headerRow >= 0 && col > 0 ? at(headerRow, col) : null;
    const context = [label, header].filter((v) => typeof v === 'string' && v !== '');
    const address = `${prefix}!${a1(w, col)}`;
    return context.length > 0 && col > 0 ? `${address} (${context.join(', ')})` : address;
  };
  const differences = gridDifferences({
    expected,
    expectedFormulas,
    expectedFormats: formatGrid(plan),
    sheet,
    alignment,
    where,
    skip: (e, c) => seal.has(`${e}:${c}`),
    dates: dateCells(plan),
    t,
  });
  return report(sheet.name, recomputed, written, differences, t);
}

/** What verify found in a sheet laid out from the invoices (a year's Summary): its cells that differ. */
export interface SheetReport {
  readonly source: string;
  readonly differences: readonly VerifyDifference[];
  readonly clean: boolean;
  readonly lines: readonly string[];
}

/**
 * Compares a written sheet with `plan`, the sheet the recomputed invoices lay out (the Summary of a year's
 * workbook), cell by cell: values, and formulas where they were read. Each cell is named by its row's
 * first cell and its column's header (`Summary!D5 (2026-10, Volume fees)`).
 */
export function verifyPlanSheet(
  sheet: WrittenSheet,
  plan: SheetPlan,
  lang: Language = 'en',
  t: VerifyTexts = verifyTexts(lang),
): SheetReport {
  const expected = planToGrid(plan);
  const expectedFormulas = formulaGrid(plan);
  const header = Math.min(...(plan.styles ?? []).filter((s) => s.fill !== undefined).map((s) => s.row));
  const prefix = sheetPrefix(sheet.name);
  const where = (e: number, w: number, c: number) => {
    const context = [expected[e]?.[0], e > header ? expected[header]?.[c] : undefined].filter(
      (v): v is string => typeof v === 'string' && v !== '',
    );
    return `${prefix}!${a1(w, c)}${c > 0 && context.length > 0 ? ` (${context.join(', ')})` : ''}`;
  };
  // A row is keyed on all its texts: a Portfolio repeats its contract in column A, row after row, and
  // tells its rows apart by their period and invoice number.
  const key = (row: readonly PlanValue[] | undefined) =>
    (row ?? []).map((v) => (typeof v === 'string' ? rowKey([v]) : '')).join('|');
  const alignment = alignGrids(expected, sheet.values, key);
  const expectedFormats = formatGrid(plan);
  const differences = gridDifferences({
    expected,
    expectedFormulas,
    expectedFormats,
    sheet,
    alignment,
    where,
    t,
  });
  const clean = differences.length === 0;
  const lines = [
    clean ? t.clean(sheet.name) : t.summary(sheet.name, differences.length),
    ...differences.map((d) => d.message),
  ];
  return { source: sheet.name, differences, clean, lines };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// The engine version is compared as any field: the fingerprint covers it, so once that holds, another one is an edit.
const SEAL_KEYS = new Set(['fingerprint', 'contractVersion']);

/**
 * The periods a written invoice JSON states (its `period`, then its `number`'s when that names another), or
 * the field that is wrong.
 */
export function writtenJsonPeriods(
  json: unknown,
  lang: Language = 'en',
): { periods: Period[] } | { problem: string } {
  const notInvoice = notAnInvoiceJson(json, lang);
  if (notInvoice !== undefined) return { problem: notInvoice };
  const { period, number } = json as Record<string, unknown>;
  if (typeof period !== 'string' || !isPeriod(period)) return { problem: verifyTexts(lang).noPeriodField };
  return { periods: statedPeriods(period, number) };
}

const isObject = (v: Json | undefined): v is Record<string, Json> =>
  v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);

/** The arrays of an invoice JSON whose items are aligned on their labels before they are compared. */
const ALIGNED_ARRAYS = new Set(['lines', 'evidence']);

/** A line's label, or an evidence row's KPI. */
function itemName(item: Json | undefined): string | undefined {
  const name = isObject(item) ? (item.label ?? item.kpi) : undefined;
  return typeof name === 'string' ? name : undefined;
}

/** The key an item is aligned on: its label (or KPI) spacing aside, and its month for an evidence row. */
function itemKey(item: Json | undefined): string {
  const month = isObject(item) && typeof item.month === 'string' ? item.month : '';
  return `${(itemName(item) ?? '').replace(/\s+/gu, '')}|${month}`;
}

/** Compares a written invoice JSON with the recomputed invoice's, field by field; `t` words the differences. */
export function verifyJson(
  json: unknown,
  recomputed: Invoice,
  source: string,
  lang: Language = 'en',
  t: VerifyTexts = verifyTexts(lang),
): VerifyReport {
  const expected = JSON.parse(JSON.stringify(invoiceToJson(recomputed))) as Record<string, Json>;
  const written = (json ?? {}) as Record<string, Json>;
  const differences: VerifyDifference[] = [];
  // `name` is the line's (or evidence row's) label, carried down to name each of its fields.
  const pathText = (path: (string | number)[], name?: string) =>
    path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('') +
    (name === undefined ? '' : ` (${name})`);
  const walk = (want: Json | undefined, got: Json | undefined, path: (string | number)[], name?: string) => {
    if (Array.isArray(want) && Array.isArray(got)) {
      if (path.length === 1 && ALIGNED_ARRAYS.has(String(path[0])))
        return walkItems(want, got, String(path[0]));
      for (let i = 0; i < Math.max(want.length, got.length); i++) walk(want[i], got[i], [...path, i], name);
      return;
    }
    if (isObject(want) && isObject(got)) {
      const keys = new Set([...Object.keys(want), ...Object.keys(got)]);
      for (const key of keys)
        if (path.length > 0 || !SEAL_KEYS.has(key)) walk(want[key], got[key], [...path, key], name);
      return;
    }
    // A text written before its months were in words, or before French typography, says the same.
    if (
      JSON.stringify(want) === JSON.stringify(got) ||
      sameButMonthWords(want, got) ||
      sameButTypography(want, got)
    )
      return;
    const where = pathText(path, name);
    const message =
      want === undefined
        ? t.added(where, JSON.stringify(got))
        : got === undefined
          ? t.removed(where, JSON.stringify(want))
          : t.edited(where, JSON.stringify(got), JSON.stringify(want));
    differences.push({ where, message });
  };
  // Lines and evidence rows are paired on their labels first, as a sheet's rows are: one deleted, added or
  // moved is one difference, and the items after it are still compared with their own.
  const walkItems = (want: Json[], got: Json[], key: string) => {
    const steps = alignRows(want.map(itemKey), got.map(itemKey));
    const moved = new Map<number, number>();
    for (const missing of steps)
      if (missing.written === null) {
        const same = steps.find(
          (s) =>
            s.expected === null &&
            !moved.has(s.written) &&
            canonicalJson(got[s.written]) === canonicalJson(want[missing.expected]),
        );
        if (same !== undefined && same.expected === null) moved.set(same.written, missing.expected);
      }
    const movedFrom = new Set(moved.values());
    for (const step of steps) {
      if (step.expected === null) {
        const from = moved.get(step.written);
        const where = pathText([key, step.written], from === undefined ? undefined : itemName(want[from]));
        differences.push({
          where,
          message:
            from === undefined
              ? t.added(where, JSON.stringify(got[step.written]))
              : t.moved(where, pathText([key, from])),
        });
      } else if (step.written === null) {
        if (!movedFrom.has(step.expected))
          walk(want[step.expected], undefined, [key, step.expected], itemName(want[step.expected]));
      } else walk(want[step.expected], got[step.written], [key, step.written], itemName(want[step.expected]));
    }
  };
  walk(expected, written, []);
  // A seal that is no text (`"fingerprint": 123`) is quoted as written, not said missing.
  const text = (v: Json | undefined) =>
    v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v);
  const contract = written.contract;
  const id =
    contract !== null && typeof contract === 'object' && !Array.isArray(contract) ? contract.id : undefined;
  return report(
    source,
    recomputed,
    {
      fingerprint: text(written.fingerprint),
      contractVersion: text(written.contractVersion),
      contract: typeof id === 'string' ? id : contractOfNumber(written.number),
    },
    differences,
    t,
  );
}
