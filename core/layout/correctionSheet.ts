/**
 * The correction note as a sheet: a header naming the invoice it corrects and both fingerprints, then one
 * row per line as issued, as recomputed and the difference with its reason, then subtotal, VAT and total,
 * then the values the invoice as recomputed was computed from (each line's quantity, each KPI's actual on
 * its month): what proves the note's As recomputed column when a later note corrects from this sheet
 * (`noteSheet.ts`), as an invoice sheet's printed values prove it, and what lets that note say from which
 * value a KPI was restated. Then the values of the invoice as issued, which the reasons quote: with the
 * fingerprint as issued, what proves the As issued column and the reasons of the note read alone. Amounts
 * as issued and as recomputed are frozen values; each difference is a formula, As recomputed minus As issued
 * on its row, and subtotals and totals are SUM formulas over the printed cells, as on invoices: the note
 * proves its own arithmetic in the sheet.
 */
import type { CorrectionNote } from '../control/correction';
import { correctionTexts } from '../i18n/correction';
import { formatMonths } from '../i18n/periodFormat';
import { evidenceMonths } from '../invoice/evidenceMonths';
import { invoicePeriodName } from '../invoice/periodName';
import type { Dec } from '../money';
import { a1 } from './a1';
import { cellBlock, EMPTY, hostNumber, textCell, type Cell } from './cellBlock';
import { kpiValueFormat } from './contractSheet';
import { moneyFormat } from './invoiceSheet';
import { quantityFormat } from './quantityFormat';
import { fitRowHeights } from './rowHeights';
import type { PlanBlock, PlanStyle, SheetPlan } from './sheetPlan';
import { vatCell } from './vatFormula';

const WIDTH = 5;
const HEADER_FILL = '#DDEBF7';
const TITLE_COLOR = '#1F4E79';
/** Row (0-based) of the lines table's header. */
const TABLE_HEADER_ROW = 9;
const ISSUED = 1;
const RECOMPUTED = 2;
const DIFFERENCE = 3;

const text = textCell;
const empty = EMPTY;

const num = hostNumber;

const block = (row: number, rows: readonly (readonly Cell[])[]): PlanBlock => cellBlock(row, WIDTH, rows);

/** The sheet of a correction note, labelled in the contract's language. */
export function correctionSheetPlan(note: CorrectionNote): SheetPlan {
  const invoice = note.recomputed;
  const { contract } = invoice;
  const t = correctionTexts(contract.language);
  const money = moneyFormat(contract.currency);
  const amount = (value: Dec | null, formula?: string): Cell =>
    value === null ? empty : { value: num(value), format: money, ...(formula ? { formula } : {}) };
  // In words, as the invoice it corrects prints its period (`October 2026`, `Q2 2026`).
  const periodText = formatMonths(invoice.months, contract.language);

  const { previous } = note.corrects;
  const corrected = previous ? t.chained(note.corrects.number, previous.number) : note.corrects.number;
  const issuedFingerprint = previous?.fingerprint ?? note.corrects.fingerprint;
  const header = block(0, [
    [text(`${t.title(note.kind)} ${note.number}`)],
    [],
    [text(t.number), text(note.number), empty, text(t.client), text(contract.parties.client)],
    [text(t.date), text(note.issueDate), empty, text(t.provider), text(contract.parties.provider)],
    [text(t.corrects), text(corrected), empty, text(t.contract), text(contract.name)],
    [text(t.period), text(periodText), empty, text(t.currency), text(contract.currency)],
    // The fingerprint of what the As issued column shows: the previous note's invoice, in a chain.
    [text(t.fingerprintIssued), issuedFingerprint ? text(issuedFingerprint) : empty],
    [text(t.fingerprintRecomputed), text(invoice.seal.fingerprint)],
    [],
    t.columns.map(text),
  ]);

  const first = TABLE_HEADER_ROW + 1;
  // What the row's difference is, in the sheet: a blank As issued or As recomputed reads as 0.
  const differenceOf = (row: number) => `=${a1(row, RECOMPUTED)}-${a1(row, ISSUED)}`;
  const lines = block(
    first,
    note.lines.map((line, i): Cell[] => [
      text(line.label),
      amount(line.issued),
      amount(line.recomputed),
      amount(line.difference, differenceOf(first + i)),
      text(line.reason),
    ]),
  );

  const subtotalRow = first + note.lines.length + 1;
  const sum = (col: number) =>
    note.lines.length > 0 ? `=SUM(${a1(first, col)}:${a1(first + note.lines.length - 1, col)})` : undefined;
  const totalOf = (col: number) => `=SUM(${a1(subtotalRow, col)}:${a1(subtotalRow + 1, col)})`;
  // VAT follows each column's subtotal as the invoice's VAT follows its own; where either cannot be a
  // formula (half-even rounding, a subtotal too large), both are frozen and the remark below says why.
  const vatOf = (subtotal: Dec, col: number) => vatCell({ ...contract, subtotal }, a1(subtotalRow, col));
  const vatCells = [vatOf(note.subtotal.issued, ISSUED), vatOf(note.subtotal.recomputed, RECOMPUTED)];
  const frozen = vatCells.find((cell) => 'frozen' in cell);
  const vatFormula = (i: number) => {
    const cell = vatCells[i]!;
    return frozen === undefined && 'formula' in cell ? cell.formula : undefined;
  };
  const totals = block(subtotalRow, [
    [
      text(t.subtotal),
      amount(note.subtotal.issued, sum(ISSUED)),
      amount(note.subtotal.recomputed, sum(RECOMPUTED)),
      amount(note.subtotal.difference, sum(DIFFERENCE)),
    ],
    [
      text(invoice.vat.label),
      amount(note.vat.issued, vatFormula(0)),
      amount(note.vat.recomputed, vatFormula(1)),
      amount(note.vat.difference, differenceOf(subtotalRow + 1)),
      text(note.vat.reason),
    ],
    [
      text(t.total),
      amount(note.total.issued, totalOf(ISSUED)),
      amount(note.total.recomputed, totalOf(RECOMPUTED)),
      amount(note.total.difference, totalOf(DIFFERENCE)),
    ],
  ]);

  const valuesRow = subtotalRow + 4;
  const quantities = invoice.lines.flatMap((line): Cell[][] =>
    line.quantity === undefined
      ? []
      : [
          [
            text(line.label),
            text(invoicePeriodName(invoice.months)),
            { value: num(line.quantity), format: quantityFormat(line.quantity) },
            text(t.valueKinds.quantity),
          ],
        ],
  );
  // An aggregated KPI's value is formed from its months: each month's value is what the invoice read.
  const actuals = invoice.evidence.flatMap((e): Cell[][] => {
    const format = kpiValueFormat(e.clause.unit);
    return evidenceMonths(e).flatMap(({ month, value }) =>
      value === undefined
        ? []
        : [
            [
              text(e.clause.name),
              text(month),
              { value: num(value), ...(format ? { format } : {}) },
              text(t.valueKinds.kpi),
            ],
          ],
    );
  });
  // A weighted average's weights are a volume's months, which a longer invoice's line prints only summed.
  const weighted = new Map<string, Cell[]>();
  for (const e of invoice.evidence)
    if (e.aggregate?.kind === 'weighted-average')
      for (const { month, weight } of e.aggregate.months) {
        // As the clause names it: the reader takes it in the contract's spelling.
        const volume = e.clause.aggregationVolume ?? '';
        if (weight !== undefined && !weighted.has(`${volume}\n${month}`))
          weighted.set(`${volume}\n${month}`, [
            text(volume),
            text(month),
            { value: num(weight), format: quantityFormat(weight) },
            text(t.valueKinds.weight),
          ]);
      }
  const weights = [...weighted.values()];
  const printedValues = quantities.length + actuals.length + weights.length;
  // The values of the invoice as issued, which the reasons quote: with the fingerprint as issued, what
  // proves the As issued column and the reasons of the note read alone (`correctionProof.ts`).
  const issuedValues = note.valuesAsIssued.map((v): Cell[] => {
    const unit = invoice.evidence.find((e) => e.clause.name === v.name)?.clause.unit;
    const format = v.kind === 'kpi' ? kpiValueFormat(unit) : quantityFormat(v.value);
    return [
      text(v.name),
      text(v.month ?? invoicePeriodName(invoice.months)),
      { value: num(v.value), ...(format ? { format } : {}) },
      text(t.valueKinds[v.kind]),
    ];
  });
  const issuedRow = valuesRow + 2 + printedValues + 1;
  const values = block(valuesRow, [
    [text(t.valuesTitle)],
    t.valuesColumns.map(text),
    ...quantities,
    ...actuals,
    ...weights,
    [],
    [text(t.valuesIssuedTitle)],
    t.valuesColumns.map(text),
    ...issuedValues,
    [],
    [text(t.vatCells(frozen && 'frozen' in frozen ? frozen.frozen : 'formula'))],
  ]);
  const remarkRow = issuedRow + 2 + issuedValues.length + 1;

  const styles: PlanStyle[] = [
    { row: 0, col: 0, rows: 1, cols: WIDTH, bold: true, fontSize: 16, color: TITLE_COLOR },
    { row: 2, col: 0, rows: 6, cols: 1, bold: true },
    { row: 2, col: 3, rows: 4, cols: 1, bold: true },
    { row: TABLE_HEADER_ROW, col: 0, rows: 1, cols: WIDTH, bold: true, fill: HEADER_FILL },
    // A long line label wraps as its reason does, rather than be cut by the amount beside it.
    ...(note.lines.length > 0
      ? [
          { row: first, col: 0, rows: note.lines.length, cols: 1, wrap: true },
          { row: first, col: 4, rows: note.lines.length, cols: 1, wrap: true },
        ]
      : []),
    { row: subtotalRow, col: 0, rows: 3, cols: WIDTH, bold: true, borderTop: true },
    { row: subtotalRow + 1, col: 0, rows: 1, cols: WIDTH, bold: false },
    { row: valuesRow, col: 0, rows: 1, cols: WIDTH, bold: true, color: TITLE_COLOR },
    { row: valuesRow + 1, col: 0, rows: 1, cols: 4, bold: true, fill: HEADER_FILL },
    ...(printedValues > 0 ? [{ row: valuesRow + 2, col: 0, rows: printedValues, cols: 1, wrap: true }] : []),
    { row: issuedRow, col: 0, rows: 1, cols: WIDTH, bold: true, color: TITLE_COLOR },
    { row: issuedRow + 1, col: 0, rows: 1, cols: 4, bold: true, fill: HEADER_FILL },
    ...(issuedValues.length > 0
      ? [{ row: issuedRow + 2, col: 0, rows: issuedValues.length, cols: 1, wrap: true }]
      : []),
    { row: remarkRow, col: 0, rows: 1, cols: WIDTH, italic: true, color: '#595959' },
  ];

  const plan: SheetPlan = {
    name: t.sheetName(note.kind, invoicePeriodName(invoice.months)),
    blocks: [header, lines, totals, values].filter((b) => b.values.length > 0),
    styles,
    columnWidths: [30, 16, 16, 16, 80],
    frozenRows: TABLE_HEADER_ROW + 1,
    print: { orientation: 'landscape', fitToWidth: true },
  };
  // Wrapped notes and reasons take the height of their text in every painter.
  return { ...plan, rowHeights: fitRowHeights(plan) };
}
