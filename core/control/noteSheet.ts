/**
 * A correction note sheet the add-in wrote (`correctionSheetPlan`), read back so that the pane's Correct an
 * invoice can correct from it when the period is restated again: the new note starts from its As
 * recomputed column, what the note made the invoice, never from the invoice it corrected. The sheet is
 * checked before anything starts from it: each line, subtotal, VAT and total as issued plus its
 * difference must be as recomputed, the lines must add up to the subtotal, subtotal and VAT to the
 * total, and the values it prints must rebuild the invoice as recomputed; a cell typed over is named.
 */
import { sheetPrefix } from '../contract/issues';
import { isPeriod } from '../contract/period';
import { isBlank, type CellValue, type Grid } from '../contract/sheet/cells';
import type { Actuals, Contract, Language, Period } from '../contract/types';
import { controlSectionTexts } from '../i18n/controlSections';
import { correctionTexts } from '../i18n/correction';
import { invoiceToJson } from '../invoice/toJson';
import type { Invoice } from '../invoice/types';
import { a1 } from '../layout/a1';
import { ZERO, decSum, fromHostNumber, type Dec } from '../money';
import { noteNumber, type NoteChain } from './correction';
import { readIssuedInvoice, type IssuedInvoice } from './issuedInvoice';
import { invoiceFromValues, type PrintedValue } from './correctionValues';

const TEXTS = [correctionTexts('en'), correctionTexts('fr')];
/** Rows (0-based) of the note's number, date and recomputed fingerprint, and its first line. */
const NUMBER_ROW = 2;
const DATE_ROW = 3;
const FINGERPRINT_ROW = 7;
export const NOTE_FIRST_LINE = 10;
const NOTE_NUMBER = /^(.+)-C(\d*)$/;

/** A note's number and the invoice it is a note of, when `grid` is a correction note sheet. */
export function noteSheetNumber(grid: Grid): { note: string; invoice: string } | undefined {
  const label = grid[NUMBER_ROW]?.[0];
  const number = grid[NUMBER_ROW]?.[1];
  if (!TEXTS.some((t) => t.number === label) || typeof number !== 'string') return undefined;
  if (!TEXTS.some((t) => t.corrects === grid[NUMBER_ROW + 2]?.[0])) return undefined;
  const parts = NOTE_NUMBER.exec(number.trim());
  return parts ? { note: number.trim(), invoice: parts[1] } : undefined;
}

interface Amounts {
  readonly label: string;
  readonly row: number;
  readonly issued: Dec | null;
  readonly recomputed: Dec | null;
  readonly difference: Dec;
}

const text = (value: CellValue | undefined): string => (typeof value === 'string' ? value.trim() : '');

/**
 * The invoice as the note on `grid` made it, to correct from, with the chain to name; or the problems,
 * each naming its cell. The note's values of the invoice as recomputed, put over `actuals` (today's),
 * rebuild that invoice for `period`: its fingerprint must be the one the note prints, and the note's As
 * recomputed column, subtotal, VAT, total and quantities must be its own, so an amount typed over (with
 * its difference, the sums following) is named instead of corrected from. The rebuilt invoice, with its
 * KPI evidence, is what the new note starts from: its reasons say from which value a KPI was restated.
 */
export function issuedFromNoteSheet(
  grid: Grid,
  sheet: string,
  contract: Contract,
  actuals: Actuals,
  period: Period,
  lang: Language,
):
  | { ok: true; issued: IssuedInvoice; chain: NoteChain; invoice: Invoice }
  | { ok: false; problems: string[] } {
  const t = correctionTexts(lang);
  const numbers = noteSheetNumber(grid);
  if (!numbers) return { ok: false, problems: [t.notANote(`${sheetPrefix(sheet)}!B3`)] };
  const problems: string[] = [];
  const place = (row: number, col: number) => `${sheetPrefix(sheet)}!${a1(row, col)}`;
  const amount = (row: number, col: number, required: boolean): Dec | null => {
    const value = grid[row]?.[col];
    if (typeof value === 'number') return fromHostNumber(value);
    if (!required && isBlank(value ?? null)) return null;
    problems.push(t.noteCellEdited(place(row, col), JSON.stringify(value ?? ''), null));
    return null;
  };
  const read = (row: number): Amounts => ({
    label: String(grid[row]?.[0] ?? ''),
    row,
    issued: amount(row, 1, false),
    recomputed: amount(row, 2, false),
    difference: amount(row, 3, true) ?? ZERO,
  });
  const lines: Amounts[] = [];
  let row = NOTE_FIRST_LINE;
  for (; row < grid.length && !blankRow(grid, row); row++) lines.push(read(row));
  const [subtotal, vat, total] = [read(row + 1), read(row + 2), read(row + 3)];
  if (problems.length > 0) return { ok: false, problems };

  const shown = (d: Dec | null) => (d === null ? '(blank)' : d.toFixed());
  const check = (where: string, inNote: Dec | null, wanted: Dec) => {
    if (!(inNote ?? ZERO).eq(wanted)) problems.push(t.noteCellEdited(where, shown(inNote), wanted.toFixed()));
  };
  for (const a of [...lines, subtotal, vat, total])
    check(place(a.row, 3), a.difference, (a.recomputed ?? ZERO).minus(a.issued ?? ZERO));
  check(place(subtotal.row, 2), subtotal.recomputed, decSum(lines.map((l) => l.recomputed ?? ZERO)));
  check(place(total.row, 2), total.recomputed, (subtotal.recomputed ?? ZERO).plus(vat.recomputed ?? ZERO));
  const fingerprint = text(grid[FINGERPRINT_ROW]?.[1]);
  if (fingerprint === '')
    problems.push(t.noteCellEdited(place(FINGERPRINT_ROW, 1), JSON.stringify(fingerprint), null));
  if (problems.length > 0) return { ok: false, problems };

  // The values of the invoice as recomputed: a line's quantity, or a KPI's value on a month.
  const titleRow = valuesTitleRow(grid, total.row, 'recomputed');
  if (titleRow < 0) return { ok: false, problems: [t.noteWithoutValues(place(total.row + 2, 0))] };
  const rows = valueRows(grid, titleRow);
  for (const r of rows) if (!('value' in r)) problems.push(t.notAValueRow(place(r.row, 0)));
  if (problems.length > 0) return { ok: false, problems };
  const values = rows.flatMap((r) => ('value' in r ? [r.value] : []));
  const quantities = new Map(
    rows.flatMap((r) =>
      'value' in r && r.value.kind === 'quantity'
        ? [[r.value.name, { row: r.row, value: r.value.value }]]
        : [],
    ),
  );
  const sections = controlSectionTexts(lang);
  const rebuilt = invoiceFromValues(values, contract, actuals, period);
  if (!rebuilt.ok) return { ok: false, problems: [sections.cannotRebuild(rebuilt.problems)] };
  const { invoice } = rebuilt;
  if (invoice.seal.fingerprint !== fingerprint)
    return { ok: false, problems: [sections.notReproduced(place(FINGERPRINT_ROW, 1))] };

  // Every figure of the invoice as recomputed is the rebuilt invoice's, in its order.
  const due = lines.filter((l) => l.recomputed !== null);
  for (let i = 0; i < Math.max(due.length, invoice.lines.length); i++) {
    const [inNote, line] = [due[i], invoice.lines[i]];
    if (inNote && line && inNote.label !== line.label)
      problems.push(
        t.noteCellEdited(place(inNote.row, 0), JSON.stringify(inNote.label), JSON.stringify(line.label)),
      );
    else if (inNote) check(place(inNote.row, 2), inNote.recomputed, line?.amount ?? ZERO);
    else problems.push(t.noteCellEdited(place(row, 0), JSON.stringify(''), JSON.stringify(line!.label)));
  }
  check(place(subtotal.row, 2), subtotal.recomputed, invoice.subtotal);
  check(place(vat.row, 2), vat.recomputed, invoice.vat.amount);
  check(place(total.row, 2), total.recomputed, invoice.total);
  for (const line of invoice.lines) {
    const stated = quantities.get(line.label);
    if (line.quantity !== undefined && stated) check(place(stated.row, 2), stated.value, line.quantity);
  }
  if (problems.length > 0) return { ok: false, problems };

  const issued = readIssuedInvoice(JSON.parse(JSON.stringify(invoiceToJson(invoice))));
  // The rebuilt invoice is the engine's own: its JSON always reads back.
  if (!issued.ok) throw new Error(issued.problems.join('; '));
  const issueDate = String(grid[DATE_ROW]?.[1] ?? '');
  const chain: NoteChain = {
    original: { number: numbers.invoice, issueDate: '', fingerprint: null, contractVersion: null },
    previous: { number: numbers.note, issueDate, fingerprint },
  };
  return { ok: true, issued: { ...issued.value, number: numbers.invoice }, chain, invoice };
}

/**
 * The row of the title of the note's block of values of the invoice `as` recomputed or as issued, after row
 * `after` (its total); -1 when the sheet has none (a note of an earlier version prints no values as issued).
 */
export function valuesTitleRow(grid: Grid, after: number, as: 'recomputed' | 'issued'): number {
  return grid.findIndex(
    (r, i) =>
      i > after &&
      TEXTS.some((x) => (as === 'recomputed' ? x.valuesTitle : x.valuesIssuedTitle) === text(r?.[0])),
  );
}

/**
 * The rows of the block of values titled on `titleRow`, to its first blank row: each a value, or a row that
 * is none (a cell typed over), by its row.
 */
export function valueRows(
  grid: Grid,
  titleRow: number,
): ({ row: number; value: PrintedValue } | { row: number })[] {
  const rows: ({ row: number; value: PrintedValue } | { row: number })[] = [];
  for (let r = titleRow + 2; r < grid.length && !blankRow(grid, r); r++) {
    const [name, month, value, kind] = [0, 1, 2, 3].map((c) => grid[r]?.[c]);
    const of = (k: 'quantity' | 'kpi' | 'weight') => TEXTS.some((x) => x.valueKinds[k] === text(kind));
    const which = of('quantity') ? 'quantity' : of('kpi') ? 'kpi' : of('weight') ? 'weight' : undefined;
    if (
      text(name) === '' ||
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      which === undefined ||
      (which !== 'quantity' && !isPeriod(text(month)))
    )
      rows.push({ row: r });
    else
      rows.push({
        row: r,
        value: {
          kind: which,
          name: text(name),
          ...(which === 'quantity' ? {} : { month: text(month) }),
          value: fromHostNumber(value),
        },
      });
  }
  return rows;
}

/** Whether row `row` of `grid` is blank: a block of the note sheet ends there. */
export const blankRow = (grid: Grid, row: number) => (grid[row] ?? []).every((v) => isBlank(v ?? null));

/**
 * The last note of `invoice` among `sheets`: its `-C` sheet, then `-C2`'s, and so on while the next note is
 * there; undefined when the invoice has no note sheet.
 */
export function lastNoteSheet<S extends { readonly values: Grid }>(
  sheets: readonly S[],
  invoice: string,
): S | undefined {
  let last: S | undefined;
  for (let note = noteNumber(invoice); note !== undefined; note = noteNumber(invoice, note)) {
    const sheet = sheets.find((s) => noteSheetNumber(s.values)?.note === note);
    if (!sheet) return last;
    last = sheet;
  }
  return last;
}
