/**
 * A correction note proved alone, without the invoice it corrects: its values of the invoice as issued (its
 * sheet's block, its JSON's `valuesAsIssued`), put over the actuals given, rebuild that invoice, whose
 * fingerprint must be the fingerprint as issued the note records; the note is then written again from it and
 * the invoice as recomputed, so its As issued amounts and every reason (which quote the values as issued:
 * "CSAT restated from 89.5% to 90.5%") are proved as its As recomputed column is. A note written before notes
 * carried those values is not failed: the report says its reasons are not proved.
 */
import { pathIssue, sheetPrefix } from '../contract/issues';
import { isPeriod } from '../contract/period';
import type { Grid } from '../contract/sheet/cells';
import type { Actuals, Contract, Language } from '../contract/types';
import { contractText } from '../i18n/contract';
import { controlSectionTexts } from '../i18n/controlSections';
import { correctionTexts } from '../i18n/correction';
import { verifyTexts } from '../i18n/verify';
import { invoiceToJson } from '../invoice/toJson';
import type { Invoice } from '../invoice/types';
import { a1 } from '../layout/a1';
import { correctionSheetPlan } from '../layout/correctionSheet';
import { planToGrid } from '../layout/planToGrid';
import type { PlanValue } from '../layout/sheetPlan';
import { dec } from '../money';
import {
  correctionNote,
  correctionToJson,
  noteNumber,
  type CorrectedInvoice,
  type NoteChain,
  type PreviousNote,
} from './correction';
import { invoiceFromValues, type PrintedValue } from './correctionValues';
import { saysTheSame, shown } from './gridComparison';
import { readIssuedInvoice, type IssuedInvoice } from './issuedInvoice';
import {
  blankRow,
  issuedFromNoteSheet,
  NOTE_FIRST_LINE,
  noteSheetNumber,
  valueRows,
  valuesTitleRow,
} from './noteSheet';
import type { WrittenSheet } from './verify';

/** What proving a note alone found: its problems, or, for a note without values as issued, that remark. */
export interface AloneProof {
  readonly problems: readonly string[];
  readonly unproved?: string;
}

/** Rows (0-based) of the note sheet's date and fingerprint as issued. */
const DATE_ROW = 3;
const ISSUED_FINGERPRINT_ROW = 6;
const [ISSUED, REASON] = [1, 4];

/** The invoice as issued rebuilt from `values`, if its fingerprint is `fingerprint`; else why not. */
function rebuiltAsIssued(
  values: readonly PrintedValue[],
  fingerprint: string,
  proof: { contract: Contract; actuals: Actuals; period: string },
  notReproduced: string,
  lang: Language,
): { ok: true; invoice: Invoice } | { ok: false; problems: string[] } {
  const rebuilt = invoiceFromValues(values, proof.contract, proof.actuals, proof.period);
  if (!rebuilt.ok)
    return { ok: false, problems: [controlSectionTexts(lang).cannotRebuild(rebuilt.problems)] };
  if (rebuilt.invoice.seal.fingerprint !== fingerprint) return { ok: false, problems: [notReproduced] };
  return rebuilt;
}

/** The note correcting `asIssued` (the invoice rebuilt, numbered `invoice`) into `recomputed`, as it was written. */
function writtenAgain(
  asIssued: Invoice,
  invoice: string,
  recomputed: Invoice,
  contract: Contract,
  issueDate: string,
  chain: NoteChain | undefined,
) {
  const issued = readIssuedInvoice(JSON.parse(JSON.stringify(invoiceToJson(asIssued))));
  // The rebuilt invoice is the engine's own: its JSON always reads back.
  if (!issued.ok) throw new Error(issued.problems.join('; '));
  return correctionNote({ ...issued.value, number: invoice }, recomputed, contract, {
    issueDate,
    ...(chain ? { chain } : {}),
  });
}

/**
 * The note on `sheet`, read alone, proved from its values as issued, `recomputed` being its invoice as
 * recomputed (already proved): each line's label, amount as issued and reason, the subtotal, VAT and total
 * as issued and the VAT's reason must be those of the note written again from them.
 */
export function noteSheetAlone(
  sheet: WrittenSheet,
  proof: { contract: Contract; actuals: Actuals; period: string },
  recomputed: Invoice,
  lang: Language,
): AloneProof {
  const t = correctionTexts(lang);
  const grid = sheet.values;
  const place = (row: number, col: number) => `${sheetPrefix(sheet.name)}!${a1(row, col)}`;
  const titleRow = valuesTitleRow(grid, NOTE_FIRST_LINE, 'issued');
  if (titleRow < 0) return { problems: [], unproved: t.reasonsNotProved(sheet.name) };
  const rows = valueRows(grid, titleRow);
  const bad = rows.filter((r) => !('value' in r)).map((r) => t.notAValueRow(place(r.row, 0)));
  if (bad.length > 0) return { problems: bad };
  const values = rows.flatMap((r) => ('value' in r ? [r.value] : []));
  const fingerprint = String(grid[ISSUED_FINGERPRINT_ROW]?.[1] ?? '').trim();
  const block = `${a1(titleRow, 0)}:${a1(titleRow + 1 + Math.max(rows.length, 1), 3)}`;
  const notReproduced = t.valuesIssuedNotReproduced(place(ISSUED_FINGERPRINT_ROW, 1), block);
  const asIssued = rebuiltAsIssued(values, fingerprint, proof, notReproduced, lang);
  if (!asIssued.ok) return { problems: asIssued.problems };

  const numbers = noteSheetNumber(grid)!;
  let previous: string | undefined;
  for (let n = noteNumber(numbers.invoice); n && n !== numbers.note; n = noteNumber(numbers.invoice, n))
    previous = n;
  // The chain's other fields are the header's, which `verifyNoteSheet` proves; the lines do not quote them.
  const chain: NoteChain | undefined =
    previous === undefined
      ? undefined
      : {
          original: { number: numbers.invoice, issueDate: '', fingerprint: null, contractVersion: null },
          previous: { number: previous, issueDate: '', fingerprint },
        };
  const issueDate = String(grid[DATE_ROW]?.[1] ?? '');
  const note = writtenAgain(asIssued.invoice, numbers.invoice, recomputed, proof.contract, issueDate, chain);
  if (!note.ok) return { problems: note.problems };
  const plan = planToGrid(correctionSheetPlan(note.note));
  const count = (g: Grid) => {
    let row = NOTE_FIRST_LINE;
    while (row < g.length && !blankRow(g, row)) row++;
    return row - NOTE_FIRST_LINE;
  };
  const [mine, theirs] = [count(grid), count(plan)];
  // Each line's label, amount as issued and reason; then subtotal, VAT and total as issued, VAT's reason.
  const cells: [row: number, col: number, wanted: number][] = [];
  for (let i = 0; i < Math.max(mine, theirs); i++)
    for (const col of [0, ISSUED, REASON]) cells.push([NOTE_FIRST_LINE + i, col, NOTE_FIRST_LINE + i]);
  for (const i of [1, 2, 3]) cells.push([NOTE_FIRST_LINE + mine + i, ISSUED, NOTE_FIRST_LINE + theirs + i]);
  cells.push([NOTE_FIRST_LINE + mine + 2, REASON, NOTE_FIRST_LINE + theirs + 2]);
  const v = verifyTexts(lang);
  return {
    problems: cells.flatMap(([row, col, at]) => {
      const [want, got] = [plan[at]?.[col] ?? null, grid[row]?.[col] ?? null];
      if (saysTheSame(want, typeof got === 'string' ? got.trim() : got)) return [];
      return [t.asIssuedWritten(place(row, col), shown(got, v), shown(want, v))];
    }),
  };
}

/**
 * The invoice as the note on `sheet` made it, to correct from (`issuedFromNoteSheet`: its As recomputed
 * column proved), once the sheet is proved whole as verify proves it alone (`noteSheetAlone`): a new note
 * never builds on one whose values as issued, As issued amounts or reasons were typed over. The CLI's
 * `--corrects` and the pane's Correct an invoice both correct from a note sheet through this, so neither
 * can skip the proof. `unproved` says a note written before notes carried their values as issued is
 * corrected from with its reasons not proved.
 */
export function provenNoteSheet(
  grid: Grid,
  sheet: string,
  contract: Contract,
  actuals: Actuals,
  period: string,
  lang: Language,
):
  | { ok: true; issued: IssuedInvoice; chain: NoteChain; invoice: Invoice; unproved?: string }
  | { ok: false; problems: readonly string[] } {
  const basis = issuedFromNoteSheet(grid, sheet, contract, actuals, period, lang);
  if (!basis.ok) return basis;
  // A host's cell as a file's reads: an error as its code; a note holds no date, so one typed in is its day.
  const values = grid.map((row) =>
    [...row].map((value): PlanValue => {
      if (value === undefined) return null;
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      if (value !== null && typeof value === 'object') return value.error;
      return value;
    }),
  );
  const alone = noteSheetAlone({ name: sheet, values }, { contract, actuals, period }, basis.invoice, lang);
  if (alone.problems.length > 0) return { ok: false, problems: alone.problems };
  return { ...basis, ...(alone.unproved !== undefined ? { unproved: alone.unproved } : {}) };
}

const KINDS: readonly PrintedValue['kind'][] = ['quantity', 'kpi', 'weight'];
const DECIMAL = /^-?\d+(\.\d+)?$/;

const FIELDS = ['kind', 'name', 'month', 'value'];

/**
 * `json` (a note's `valuesAsIssued`) read as values, or the problem of each entry that is none: an unknown
 * field named as a contract file's is (`valuesAsIssued[2]: unknown field "source"`), else what it should be.
 */
function valuesOfJson(json: unknown, lang: Language): { values: PrintedValue[] } | { bad: string[] } {
  const t = correctionTexts(lang);
  if (!Array.isArray(json)) return { bad: [t.valueAsIssuedInvalid('valuesAsIssued')] };
  const values: PrintedValue[] = [];
  const bad: string[] = [];
  json.forEach((entry: unknown, i) => {
    const v = (entry ?? {}) as Record<string, unknown>;
    const object = typeof entry === 'object' && entry !== null && !Array.isArray(entry);
    const unknown = object ? Object.keys(v).filter((key) => !FIELDS.includes(key)) : [];
    if (unknown.length > 0) {
      const p = contractText(lang).problems;
      bad.push(...unknown.map((key) => pathIssue(['valuesAsIssued', i], p.unknownField(key), lang).message));
      return;
    }
    const kind = KINDS.find((k) => k === v.kind);
    const { name, month, value } = v;
    const dated = kind === 'quantity' ? month === undefined : typeof month === 'string' && isPeriod(month);
    if (
      !object ||
      kind === undefined ||
      typeof name !== 'string' ||
      name === '' ||
      !dated ||
      typeof value !== 'string' ||
      !DECIMAL.test(value)
    )
      bad.push(t.valueAsIssuedInvalid(`valuesAsIssued[${i}]`));
    else values.push({ kind, name, ...(typeof month === 'string' ? { month } : {}), value: dec(value) });
  });
  return bad.length > 0 ? { bad } : { values };
}

/**
 * A note's JSON (`json`, from the file `source`, already read by `noteBasis`) proved from its
 * `valuesAsIssued`, `recomputed` being its invoice as recomputed (its `asRecomputed`, already proved over
 * `actuals`): each line's kind, label, amount as issued and reason, the subtotal, VAT and total as issued
 * and the VAT's reason must be those of the note written again from them.
 */
export function noteJsonAlone(
  json: unknown,
  source: string,
  recomputed: Invoice,
  contract: Contract,
  actuals: Actuals,
  lang: Language,
): AloneProof {
  const t = correctionTexts(lang);
  // Its fields, `corrects.previous` among them, are as `noteBasis` reads them (strictly).
  const note = json as Record<string, unknown> & { corrects: CorrectedInvoice & { previous?: PreviousNote } };
  if (note.valuesAsIssued === undefined) return { problems: [], unproved: t.reasonsNotProved(source) };
  const values = valuesOfJson(note.valuesAsIssued, lang);
  if ('bad' in values) return { problems: values.bad };
  const { previous } = note.corrects;
  const { number, issueDate, fingerprint, contractVersion } = note.corrects;
  const original: CorrectedInvoice = { number, issueDate, fingerprint, contractVersion };
  const where = previous ? 'corrects.previous.fingerprint' : 'corrects.fingerprint';
  const asIssued = rebuiltAsIssued(
    values.values,
    previous?.fingerprint ?? fingerprint ?? '',
    { contract, actuals, period: recomputed.period },
    t.valuesIssuedNotReproduced(where, 'valuesAsIssued'),
    lang,
  );
  if (!asIssued.ok) return { problems: asIssued.problems };
  const chain = previous && { original, previous };
  const again = writtenAgain(asIssued.invoice, number, recomputed, contract, String(note.issueDate), chain);
  if (!again.ok) return { problems: again.problems };
  const want = correctionToJson(again.note) as Record<string, unknown>;
  const field = (o: unknown, path: readonly (string | number)[]) =>
    path.reduce<unknown>((x, k) => (x !== null && typeof x === 'object' ? (x as never)[k] : undefined), o);
  const lines = (o: unknown) => {
    const list = field(o, ['lines']);
    return Array.isArray(list) ? list : [];
  };
  const paths: (readonly (string | number)[])[] = [];
  for (let i = 0; i < Math.max(lines(note).length, lines(want).length); i++)
    for (const key of ['kind', 'label', 'issued', 'reason']) paths.push(['lines', i, key]);
  paths.push(['subtotal', 'issued'], ['vat', 'issued'], ['vat', 'reason'], ['total', 'issued']);
  return {
    problems: paths.flatMap((path) => {
      const [got, wanted] = [field(note, path), field(want, path)];
      if (JSON.stringify(got) === JSON.stringify(wanted)) return [];
      const [head, i, key] = path;
      const label =
        typeof i === 'number'
          ? (field(want, ['lines', i, 'label']) ?? field(note, ['lines', i, 'label']))
          : undefined;
      const at =
        typeof i === 'number' ? `${String(head)}[${i}].${String(key)} (${String(label)})` : path.join('.');
      const text = (x: unknown) => (x === undefined ? 'none' : JSON.stringify(x));
      return [t.asIssuedWritten(at, text(got), text(wanted))];
    }),
  };
}
