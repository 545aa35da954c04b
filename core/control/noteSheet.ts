/**
 * A correction note sheet the add-in wrote (`correctionSheetPlan`), read back so that the pane's Correct an
 * invoice can correct from it when the period is restated again: the new note starts from its As
 * recomputed column, what the note made the invoice, never from the invoice it corrected. The sheet is
 * checked before anything starts from it: each line, subtotal, VAT and total as issued plus its
 * difference must be as recomputed, and the lines must add up to the subtotal, subtotal and VAT to the
 * total; a cell typed over is named.
 */
import { sheetPrefix } from '../contract/issues';
import { isBlank, type Grid } from '../contract/sheet/cells';
import type { Contract, Language } from '../contract/types';
import { correctionTexts } from '../i18n/correction';
import type { Invoice } from '../invoice/types';
import { a1 } from '../layout/a1';
import { ZERO, decSum, fromHostNumber, type Dec } from '../money';
import { noteNumber, type NoteChain } from './correction';
import type { IssuedInvoice } from './issuedInvoice';

const TEXTS = [correctionTexts('en'), correctionTexts('fr')];
/** Rows (0-based) of the note's number, date and recomputed fingerprint, and its first line. */
const NUMBER_ROW = 2;
const DATE_ROW = 3;
const FINGERPRINT_ROW = 7;
const FIRST_LINE = 10;
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

/** Whether a sheet's name is one a correction note sheet gets (`Credit note 2026-10 (2)`, `Avoir 2026-10`). */
export function mayBeNoteSheet(name: string): boolean {
  return TEXTS.some((t) => ['credit', 'debit'].some((k) => name.startsWith(t.sheetName(k as 'credit', ''))));
}

interface Amounts {
  readonly label: string;
  readonly row: number;
  readonly issued: Dec | null;
  readonly recomputed: Dec | null;
  readonly difference: Dec;
}

/**
 * The invoice as the note on `grid` made it, to correct from, with the chain to name; `recomputed` (the
 * period's invoice from today's actuals) gives the lines their kinds. Or the problems, each naming its cell.
 */
export function issuedFromNoteSheet(
  grid: Grid,
  sheet: string,
  contract: Contract,
  recomputed: Invoice,
  lang: Language,
): { ok: true; issued: IssuedInvoice; chain: NoteChain } | { ok: false; problems: string[] } {
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
  let row = FIRST_LINE;
  for (; row < grid.length && !(grid[row] ?? []).every((v) => isBlank(v ?? null)); row++)
    lines.push(read(row));
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
  const fingerprint = grid[FINGERPRINT_ROW]?.[1];
  if (typeof fingerprint !== 'string' || fingerprint.trim() === '')
    problems.push(t.noteCellEdited(place(FINGERPRINT_ROW, 1), JSON.stringify(fingerprint ?? ''), null));
  if (problems.length > 0 || typeof fingerprint !== 'string') return { ok: false, problems };

  // A line's kind is not printed: a line of today's invoice with its label has it.
  const kindOf = (label: string) => recomputed.lines.find((l) => l.label === label)?.kind ?? 'line';
  const issueDate = String(grid[DATE_ROW]?.[1] ?? '');
  const issued: IssuedInvoice = {
    number: numbers.invoice,
    issueDate,
    period: recomputed.period,
    months: [...recomputed.months],
    contract: {
      id: contract.id,
      name: contract.name,
      currency: contract.currency,
      language: contract.language,
    },
    lines: lines
      .filter((l) => l.recomputed !== null)
      .map((l) => ({ kind: kindOf(l.label), label: l.label, amount: l.recomputed!, explanation: '' })),
    // The sheet prints no evidence: the reasons say what was recomputed, not from which value.
    evidence: [],
    subtotal: subtotal.recomputed ?? ZERO,
    vat: { kind: 'vat', label: vat.label, amount: vat.recomputed ?? ZERO, explanation: '' },
    total: total.recomputed ?? ZERO,
    fingerprint: fingerprint.trim(),
  };
  const chain: NoteChain = {
    original: { number: numbers.invoice, issueDate: '', fingerprint: null, contractVersion: null },
    previous: { number: numbers.note, issueDate, fingerprint: fingerprint.trim() },
  };
  return { ok: true, issued, chain };
}

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
