/**
 * The Performance sheet of a review: every KPI invoice by invoice (actual, level applied, the engine's
 * outcome, met or missed highlighted, the amount), a chart per KPI of its actual against the level, the
 * misses per KPI (COUNTIF and SUM formulas over the table) and each period's weighted achievement.
 */
import type { Review } from '../control/review';
import type { Invoice } from '../invoice/types';
import { batchLabels } from '../i18n/batch';
import { invoicePeriodName } from '../invoice/periodName';
import { decSum } from '../money';
import { a1 } from './a1';
import { EMPTY, cellBlock, hostNumber, textCell, type Cell } from './cellBlock';
import { kpiValueFormat } from './contractSheet';
import { evidenceMonth } from './aggregateEvidence';
import { moneyFormat } from './invoiceSheet';
import { fitRowHeights } from './rowHeights';
import type { PlanChart, PlanConditionalFormat, PlanStyle, SheetPlan } from './sheetPlan';

const WIDTH = 8;
const HEADER_ROW = 2;
const STATUS_COL = 6;
const AMOUNT_COL = 7;
const TITLE = '#1F4E79';
const HEADER_FILL = '#DDEBF7';
const MET = { fill: '#C6EFCE', color: '#006100' };
const MISSED = { fill: '#FFC7CE', color: '#9C0006' };
/** Charts go to the right of the tables, one under the other. */
const CHART_COL = WIDTH + 1;
const CHART_ROWS = 16;

/** The Performance sheet of `review`, over `invoices` (one contract, oldest first; at least one). */
export function performanceSheetPlan(review: Review, invoices: readonly Invoice[]): SheetPlan {
  const { contract } = invoices[0];
  const t = batchLabels(contract.language).performance;
  const money = moneyFormat(contract.currency);
  const first = HEADER_ROW + 1;
  const last = first + review.rows.length - 1;

  const rows = review.rows.map((r): Cell[] => {
    const format = kpiValueFormat(r.kpi.unit);
    return [
      textCell(r.kpi.name),
      textCell(r.invoice),
      // An aggregated KPI's window, as the invoice's evidence prints it: its actual is no one month's.
      textCell(evidenceMonth(r, contract.language)),
      r.actual === undefined ? EMPTY : { value: hostNumber(r.actual), format },
      r.level === undefined ? EMPTY : { value: hostNumber(r.level), format },
      textCell(r.outcome),
      textCell(t.status[r.status]),
      { value: hostNumber(r.amount), format: money },
    ];
  });

  // Each KPI's rows are consecutive (the review orders them so): its chart and its formulas span them.
  const spans = new Map<string, { from: number; to: number }>();
  review.rows.forEach((r, i) => {
    const span = spans.get(r.kpi.name);
    spans.set(r.kpi.name, { from: span?.from ?? first + i, to: first + i });
  });
  const missesTitle = last + 2;
  const missesRows = review.misses.map((m): Cell[] => {
    const span = spans.get(m.kpi.name) as { from: number; to: number };
    const range = (col: number) => `${a1(span.from, col)}:${a1(span.to, col)}`;
    const amount = decSum(review.rows.filter((r) => r.kpi.name === m.kpi.name).map((r) => r.amount));
    return [
      textCell(m.kpi.name),
      { value: m.evaluated },
      { value: m.missed, formula: `=COUNTIF(${range(STATUS_COL)},"${t.status.missed}")` },
      { value: hostNumber(amount), format: money, formula: `=SUM(${range(AMOUNT_COL)})` },
    ];
  });
  // The invoices' own caps (and earnbacks), under the KPIs: what the KPIs' amounts came to once capped.
  const kinds = batchLabels(contract.language).kinds;
  const capRows = review.caps.map((cap): Cell[] => [
    textCell(kinds[cap.kind]),
    EMPTY,
    EMPTY,
    { value: hostNumber(cap.amount), format: money },
  ]);
  const achievementTitle = missesTitle + review.misses.length + capRows.length + 3;
  const achievementRows = review.achievement.map((a): Cell[] => [
    textCell(invoicePeriodName(invoices.find((i) => i.number === a.invoice)?.months ?? [a.period])),
    textCell(a.invoice),
    { value: hostNumber(a.score), format: '0.0%' },
  ]);
  const noteRow = achievementTitle + review.achievement.length + 3;
  const notes = [t.note, ...(capRows.length > 0 ? [t.capsNote] : [])];

  const charts: PlanChart[] = [...spans].map(([kpi, span], i) => ({
    kind: 'line',
    title: t.chartTitle(kpi),
    categories: { row: span.from, col: 2, rows: span.to - span.from + 1, cols: 1 },
    series: [3, 4].map((col) => ({
      name: t.columns[col],
      values: { row: span.from, col, rows: span.to - span.from + 1, cols: 1 },
    })),
    anchor: { row: HEADER_ROW + i * CHART_ROWS, col: CHART_COL },
    xTitle: t.columns[2],
    yTitle: kpi,
  }));
  const statusRect = { row: first, col: STATUS_COL, rows: Math.max(review.rows.length, 1), cols: 1 };
  const conditionalFormats: PlanConditionalFormat[] = [
    { ...statusRect, equals: t.status.met, ...MET },
    { ...statusRect, equals: t.status.missed, ...MISSED },
  ];
  const from = invoicePeriodName(invoices[0].months);
  const to = invoicePeriodName(invoices[invoices.length - 1].months);
  const section = (row: number, cols: number): PlanStyle[] => [
    { row, col: 0, rows: 1, cols, bold: true, color: TITLE },
    { row: row + 1, col: 0, rows: 1, cols, bold: true, fill: HEADER_FILL },
  ];
  const plan = {
    name: t.sheet,
    blocks: [
      cellBlock(0, WIDTH, [[textCell(t.title(contract.name, from, to))]]),
      cellBlock(HEADER_ROW, WIDTH, [t.columns.map(textCell), ...rows]),
      cellBlock(missesTitle, WIDTH, [
        [textCell(t.missesTitle)],
        t.missesColumns.map(textCell),
        ...missesRows,
        ...capRows,
      ]),
      cellBlock(achievementTitle, WIDTH, [
        [textCell(t.achievementTitle)],
        t.achievementColumns.map(textCell),
        ...achievementRows,
      ]),
      cellBlock(
        noteRow,
        WIDTH,
        notes.map((note) => [textCell(note)]),
      ),
    ],
    styles: [
      { row: 0, col: 0, rows: 1, cols: WIDTH, bold: true, fontSize: 14, color: TITLE },
      { row: HEADER_ROW, col: 0, rows: 1, cols: WIDTH, bold: true, fill: HEADER_FILL },
      ...section(missesTitle, 4),
      { row: missesTitle + 1, col: 0, rows: missesRows.length + capRows.length + 1, cols: 4, wrap: true },
      ...section(achievementTitle, 3),
      // Each cell has a value beside it that would cut its text (a long KPI name, an invoice number, a
      // ramp's words, `Atteint ou manqué`): the table wraps and its rows take their height.
      { row: HEADER_ROW, col: 0, rows: Math.max(review.rows.length, 1) + 1, cols: WIDTH, wrap: true },
      { row: noteRow, col: 0, rows: notes.length, cols: WIDTH, italic: true, color: '#595959' },
    ],
    columnWidths: [30, 34, 14, 12, 14, 30, 16, 16],
    frozenRows: HEADER_ROW + 1,
    print: { orientation: 'landscape', fitToWidth: true, titleRows: HEADER_ROW + 1 },
    conditionalFormats,
    charts,
  } as const;
  return { ...plan, rowHeights: fitRowHeights(plan) };
}
