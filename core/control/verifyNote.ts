/**
 * A correction note as `verify` checks it, its sheet (alone, or beside the invoice it corrects in a
 * workbook filed together) or its JSON: the check a correction makes before it starts from a note. Each
 * line, subtotal, VAT and total as issued plus its difference must be as recomputed, and the values the note
 * prints of the invoice as recomputed, put over the actuals given, must give its fingerprint recomputed and
 * its As recomputed column; its values of the invoice as issued must give its fingerprint as issued, its As
 * issued column and its reasons, or, filed together, the sheet it corrects from must; each cell that is not
 * is a difference.
 */
import { sheetPrefix } from '../contract/issues';
import { a1 } from '../layout/a1';
import type { Actuals, Contract, Language, Period } from '../contract/types';
import { correctionTexts } from '../i18n/correction';
import { verifyTexts } from '../i18n/verify';
import { noteBasis } from './correctionChain';
import { noteJsonAlone, noteSheetAlone } from './correctionProof';
import { provenIssuedJson } from './issuedJsonProof';
import { moneyFormat } from '../layout/invoiceSheet';
import { INVOICE_FIRST_LINE } from './issuedSheet';
import { showsTheFigure } from './numberFormatShown';
import { blankRow, issuedFromNoteSheet, NOTE_FIRST_LINE, noteSheetNumber, valuesTitleRow } from './noteSheet';
import { correctionNote, noteNumber, type NoteChain } from './correction';
import { readIssuedInvoice, type IssuedInvoice } from './issuedInvoice';
import { issuedInvoiceFromSheet } from './issuedSheet';
import { invoiceToJson } from '../invoice/toJson';
import { correctionSheetPlan } from '../layout/correctionSheet';
import { planToGrid } from '../layout/planToGrid';
import { saysTheSame, shown } from './gridComparison';
import { formatMonths } from '../i18n/periodFormat';
import type { SheetReport, WrittenSheet } from './verify';

/** The cell a problem names first: `'Credit note 2026-10'!D15` of `'Credit note 2026-10'!D15: …`. */
const PLACE = /^(?:'(?:[^']|'')*'|[^'!\s][^!]*)![A-Z]+\d+/;

/** What a note is proved against: its contract, and the actuals of the period of the invoice it corrects. */
export interface NoteProof {
  readonly contract: Contract;
  readonly actuals: Actuals;
  readonly period: Period;
}

/**
 * A note's report: with `reasonsProved`, whether its reasons and As issued amounts were proved and found as
 * written (from its values as issued, or the sheet it corrects from filed with it), for a program to tell
 * a note written before notes carried those values, whose remark is only among `lines`.
 */
export interface NoteReport extends SheetReport {
  readonly reasonsProved: boolean;
}

/** The sheet a note corrects from, in the same workbook: the invoice's, or the previous note's. */
export interface CorrectedSheet {
  readonly sheet: WrittenSheet;
  readonly kind: 'invoice' | 'note';
}

/**
 * The report of the note on `sheet`; `proof` undefined when its number names no invoice period. With the
 * sheet it `corrects` from, its As issued column must be that sheet's: the invoice's amounts, or the
 * previous note's As recomputed (its own sums prove no more than that issued and difference agree).
 */
export function verifyNoteSheet(
  sheet: WrittenSheet,
  proof: NoteProof | undefined,
  lang: Language,
  corrects?: CorrectedSheet,
): NoteReport {
  const checked = proof
    ? issuedFromNoteSheet(sheet.values, sheet.name, proof.contract, proof.actuals, proof.period, lang)
    : { ok: false as const, problems: [correctionTexts(lang).notANote(`${sheetPrefix(sheet.name)}!B3`)] };
  const own = checked.ok
    ? headerProblems(sheet, proof!.contract, checked.issued.months, lang)
    : checked.problems;
  const formats = proof ? formatProblems(sheet, proof.contract.currency, lang) : [];
  const issued = corrects ? asIssuedProblems(sheet, corrects, lang) : [];
  const reasons =
    checked.ok && corrects && [...own, ...issued].length === 0
      ? reasonProblems(sheet, proof!, checked, corrects, lang)
      : undefined;
  // Alone, its values as issued prove its As issued column and its reasons, as that sheet does when filed.
  const alone =
    checked.ok && !corrects && own.length === 0
      ? noteSheetAlone(sheet, proof!, checked.invoice, lang)
      : undefined;
  const proved = corrects ? reasons : alone?.unproved === undefined ? alone?.problems : undefined;
  return noteReport(
    sheet.name,
    [...own, ...formats, ...issued, ...(reasons ?? []), ...(alone?.problems ?? [])],
    lang,
    proved?.length === 0,
    alone?.unproved,
  );
}

/**
 * Each cell of the note's header that is not what the note is: its title (the kind its total's difference
 * makes it, and its number), the invoice it corrects (and the note it corrects from, in a chain), its period
 * in words, the parties, the contract and its currency, as `correctionSheetPlan` writes them.
 */
function headerProblems(
  sheet: WrittenSheet,
  contract: Contract,
  months: readonly string[],
  lang: Language,
): string[] {
  const t = correctionTexts(contract.language);
  const numbers = noteSheetNumber(sheet.values)!;
  const total = amountRows(sheet.values, NOTE_LINES.first, NOTE_LINES.difference).totals[2]!.value ?? 0;
  const kind = total === 0 ? 'none' : total < 0 ? 'credit' : 'debit';
  let previous: string | undefined;
  for (
    let n = noteNumber(numbers.invoice);
    n !== undefined && n !== numbers.note;
    n = noteNumber(numbers.invoice, n)
  )
    previous = n;
  const expected: [row: number, col: number, value: string][] = [
    [0, 0, `${t.title(kind)} ${numbers.note}`],
    [2, 4, contract.parties.client],
    [3, 4, contract.parties.provider],
    [4, 1, previous === undefined ? numbers.invoice : t.chained(numbers.invoice, previous)],
    [4, 4, contract.name],
    [5, 1, formatMonths(months, contract.language)],
    [5, 4, contract.currency],
  ];
  const v = verifyTexts(lang);
  return expected.flatMap(([row, col, want]) => {
    const got = sheet.values[row]?.[col] ?? null;
    if (saysTheSame(want, typeof got === 'string' ? got.trim() : got)) return [];
    return [v.edited(`${sheetPrefix(sheet.name)}!${a1(row, col)}`, shown(got, v), shown(want, v))];
  });
}

/**
 * With the sheet it corrects from in the workbook, the note is written again from it: each reason (lines
 * and VAT), the fingerprint as issued and the values as issued must be that note's. Alone, its values as
 * issued prove them (`correctionProof.ts`). Asked only of a note whose amounts hold; undefined when the
 * sheet it corrects from gives no note to compare with (that sheet's own report says why).
 */
function reasonProblems(
  sheet: WrittenSheet,
  proof: NoteProof,
  checked: Extract<ReturnType<typeof issuedFromNoteSheet>, { ok: true }>,
  corrects: CorrectedSheet,
  lang: Language,
): string[] | undefined {
  const { contract, actuals, period } = proof;
  const source = corrects.sheet;
  let issued: IssuedInvoice;
  let chain: NoteChain | undefined;
  if (corrects.kind === 'invoice') {
    const read = issuedInvoiceFromSheet(source.values, source.name, contract, actuals, lang);
    if (!read.ok) return undefined;
    const json = readIssuedInvoice(JSON.parse(JSON.stringify(invoiceToJson(read.invoice))));
    if (!json.ok) return undefined;
    issued = json.value;
  } else {
    const read = issuedFromNoteSheet(source.values, source.name, contract, actuals, period, lang);
    if (!read.ok) return undefined;
    ({ issued, chain } = read);
  }
  const issueDate = String(sheet.values[3]?.[1] ?? '');
  const note = correctionNote(issued, checked.invoice, contract, { issueDate, ...(chain ? { chain } : {}) });
  // The sheet it corrects from is verified on its own: a note that cannot be written from it says no more.
  if (!note.ok) return undefined;
  const plan = planToGrid(correctionSheetPlan(note.note));
  const vatRow = NOTE_LINES.first + note.note.lines.length + 2;
  const cells: [row: number, col: number, wanted?: number][] = [
    [6, 1],
    ...note.note.lines.map((_, i): [number, number] => [NOTE_LINES.first + i, 4]),
    [vatRow, 4],
    ...valuesAsIssuedCells(sheet.values, plan),
  ];
  // A note written before the VAT reason named the subtotal's difference says it as it did then.
  const t = correctionTexts(contract.language);
  const { vat } = note.note;
  const earlierVat = vat.difference.isZero()
    ? t.unchanged
    : t.join([
        t.recomputed(checked.invoice.vat.label, checked.invoice.vat.explanation),
        vat.reason.split(t.join(['', ''])).pop()!,
      ]);
  const v = verifyTexts(lang);
  return cells.flatMap(([row, col, at = row]) => {
    const [want, got] = [plan[at]?.[col] ?? null, sheet.values[row]?.[col] ?? null];
    if (saysTheSame(want, typeof got === 'string' ? got.trim() : got)) return [];
    if (row === vatRow && saysTheSame(earlierVat, got)) return [];
    return [v.edited(`${sheetPrefix(sheet.name)}!${a1(row, col)}`, shown(got, v), shown(want, v))];
  });
}

/**
 * The cells of the note's values of the invoice as issued, each with the row `plan` (the note written again)
 * prints it on: a value typed over is named by its cell. None for a note written before it printed them.
 */
function valuesAsIssuedCells(
  grid: WrittenSheet['values'],
  plan: WrittenSheet['values'],
): [row: number, col: number, wanted: number][] {
  const title = valuesTitleRow(grid, NOTE_LINES.first, 'issued');
  const planTitle = valuesTitleRow(plan, NOTE_LINES.first, 'issued');
  if (title < 0 || planTitle < 0) return [];
  // Its title and columns, then its values to the first blank row.
  const length = (g: WrittenSheet['values'], from: number) => {
    let row = from + 2;
    while (row < g.length && !blankRow(g, row)) row++;
    return row - from;
  };
  const rows = Math.max(length(grid, title), length(plan, planTitle));
  return Array.from({ length: rows }, (_, i) => i).flatMap((i) =>
    [0, 1, 2, 3].map((col): [number, number, number] => [title + i, col, planTitle + i]),
  );
}

/**
 * Each amount of the note (as issued, as recomputed, difference; lines and totals) shown through another
 * number format than the note's money format: the figure a reader sees is not the one the cell holds.
 */
function formatProblems(sheet: WrittenSheet, currency: string, lang: Language): string[] {
  const { numberFormats } = sheet;
  if (numberFormats === undefined) return [];
  const want = moneyFormat(currency);
  const t = verifyTexts(lang);
  return [NOTE_LINES.issued, NOTE_LINES.recomputed, NOTE_LINES.difference].flatMap((col) => {
    const { lines, totals } = amountRows(sheet.values, NOTE_LINES.first, col);
    return [...lines, ...totals].flatMap(({ row, value }) => {
      const got = numberFormats[row]?.[col] ?? null;
      if (value === null || showsTheFigure(want, got)) return [];
      return [t.formatEdited(`${sheetPrefix(sheet.name)}!${a1(row, col)}`, got, want, String(value))];
    });
  });
}

/** The first line (the readers' own row) and the columns of the amounts, as the two layouts set them. */
const NOTE_LINES = { first: NOTE_FIRST_LINE, issued: 1, recomputed: 2, difference: 3 };
const INVOICE_LINES = { first: INVOICE_FIRST_LINE, amount: 5 };

interface AmountCell {
  readonly label: string;
  readonly row: number;
  readonly value: number | null;
}

/** The lines from row `first` to the first blank row, and the subtotal, VAT and total rows after it. */
function amountRows(grid: WrittenSheet['values'], first: number, col: number) {
  const cell = (row: number): AmountCell => {
    const value = grid[row]?.[col];
    return {
      label: String(grid[row]?.[0] ?? '').trim(),
      row,
      value: typeof value === 'number' ? value : null,
    };
  };
  const blank = (row: number) => (grid[row] ?? []).every((v) => v === null || v === '');
  let row = first;
  const lines: AmountCell[] = [];
  for (; row < grid.length && !blank(row); row++) lines.push(cell(row));
  return { lines: lines.filter((l) => l.value !== null), totals: [1, 2, 3].map((i) => cell(row + i)) };
}

/** Each As issued amount of the note that is not the one on the sheet it corrects from, named. */
function asIssuedProblems(note: WrittenSheet, corrects: CorrectedSheet, lang: Language): string[] {
  const t = correctionTexts(lang);
  const [first, col] =
    corrects.kind === 'invoice'
      ? [INVOICE_LINES.first, INVOICE_LINES.amount]
      : [NOTE_LINES.first, NOTE_LINES.recomputed];
  const mine = amountRows(note.values, NOTE_LINES.first, NOTE_LINES.issued);
  const theirs = amountRows(corrects.sheet.values, first, col);
  // Lines by label, each used once (an invoice may print rows between its lines); totals in their order.
  const unused = [...theirs.lines];
  const pairs = [
    ...mine.lines.map((line) => {
      const i = unused.findIndex((other) => other.label === line.label);
      return [line, i < 0 ? undefined : unused.splice(i, 1)[0]] as const;
    }),
    ...mine.totals.map((total, i) => [total, theirs.totals[i]] as const),
  ];
  return pairs.flatMap(([inNote, source]) =>
    source && source.value !== null && inNote.value !== source.value
      ? [
          t.asIssuedEdited(
            `${sheetPrefix(note.name)}!${a1(inNote.row, NOTE_LINES.issued)}`,
            String(inNote.value ?? '(blank)'),
            `${sheetPrefix(corrects.sheet.name)}!${a1(source.row, col)}`,
            String(source.value),
            corrects.kind,
          ),
        ]
      : [],
  );
}

/**
 * The report of a note's JSON, `source`, proved as `invoice --corrects` proves one before correcting from
 * it: `noteBasis`, then its `asRecomputed` over `actuals` (those of its period) by `provenIssuedJson`.
 * `actualsOf` gives them for the period the note's invoice is of.
 */
export function verifyNoteJson(
  json: unknown,
  source: string,
  contract: Contract,
  actualsOf: (period: Period) => Actuals,
  lang: Language,
): NoteReport {
  const basis = noteBasis(json, lang);
  if (!basis.ok) return noteReport(source, basis.problems, lang, false);
  const { issued, issuedJson } = basis.value;
  const actuals = actualsOf(issued.period);
  const proof = provenIssuedJson(issuedJson, issued, `${source} (asRecomputed)`, contract, actuals, lang);
  if (!proof.ok) return noteReport(source, proof.problems, lang, false);
  const alone = noteJsonAlone(json, source, proof.invoice, contract, actuals, lang);
  const proved = alone.unproved === undefined && alone.problems.length === 0;
  return noteReport(source, alone.problems, lang, proved, alone.unproved);
}

/** Each problem a difference, named by the cell or field it starts with; then `remark`, when given. */
function noteReport(
  source: string,
  problems: readonly string[],
  lang: Language,
  reasonsProved: boolean,
  remark?: string,
): NoteReport {
  // A field the note's JSON cannot be read at is named after the refusal that says so.
  const refused = correctionTexts(lang).notANote('');
  const differences = problems.map((message) => ({
    // In French the colon after the field takes its no-break space, which is no part of the field.
    where:
      PLACE.exec(message)?.[0] ??
      (message.startsWith(refused) ? message.slice(refused.length) : message).split(/\u00a0?: /)[0]!,
    message,
  }));
  const t = verifyTexts(lang);
  const clean = differences.length === 0;
  const lines = [
    clean ? t.clean(source) : t.summary(source, differences.length),
    ...differences.map((d) => d.message),
    ...(remark === undefined ? [] : [remark]),
  ];
  return { source, differences, clean, reasonsProved, lines };
}
