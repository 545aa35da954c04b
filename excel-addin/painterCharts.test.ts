import { paintFailureText } from '../core/i18n/paintFailure';
import type { SheetPlan } from '../core/layout/sheetPlan';
import { PAINT_SYNCS, PaintError, paintSheetPlan } from './painter';
import { createMockWorkbook } from '../test/fakes/excel/mockWorkbook';
import { useOfficeRequirements } from '../test/fakes/excel';

/** A fee curve of `points` rows: value | amount | total under a header at row 3, two charts beside it. */
function curvePlan(points: number): SheetPlan {
  const rows = Array.from({ length: points }, (_, i) => [70 + i, 100 * i, 1000 + 100 * i]);
  const column = (col: number) => ({ row: 4, col, rows: points, cols: 1 });
  return {
    name: 'Curve FCR',
    blocks: [{ row: 3, col: 0, values: [['FCR', 'Amount', 'Total'], ...rows] }],
    charts: [
      {
        kind: 'line',
        title: 'FCR: amount',
        categories: column(0),
        series: [{ name: 'Amount', values: column(1) }],
        anchor: { row: 3, col: 4 },
        xTitle: 'FCR',
        yTitle: 'EUR',
      },
      {
        kind: 'column',
        title: 'FCR: amount and total',
        categories: column(0),
        series: [
          { name: 'Amount', values: column(1) },
          { name: 'Total', values: column(2) },
        ],
        anchor: { row: 19, col: 4 },
      },
    ],
    conditionalFormats: [
      { row: 4, col: 0, rows: points, cols: 1, equals: 'met', fill: '#e6f4ea', color: '#137333' },
      { row: 4, col: 0, rows: points, cols: 1, equals: 'say "hi" =1+1', fill: '#fce8e6' },
    ],
  };
}

describe('Excel painter: native charts and conditional formats', () => {
  it('draws each chart with its type, title, axis titles, named series, categories and anchor', async () => {
    const book = createMockWorkbook();
    await paintSheetPlan(book.context, curvePlan(5));
    expect(book.sheet('Curve FCR').charts).toEqual([
      {
        type: 'Line',
        source: 'B5:B9',
        seriesBy: 'Columns',
        title: 'FCR: amount',
        axisTitles: { category: 'FCR', value: 'EUR' },
        position: { start: 'E4', end: null },
        series: [{ name: 'Amount', values: 'B5:B9', xValues: 'A5:A9' }],
      },
      {
        type: 'ColumnClustered',
        source: 'B5:B9',
        seriesBy: 'Columns',
        title: 'FCR: amount and total',
        axisTitles: { category: null, value: null },
        position: { start: 'E20', end: null },
        series: [
          { name: 'Amount', values: 'B5:B9', xValues: 'A5:A9' },
          { name: 'Total', values: 'C5:C9', xValues: 'A5:A9' },
        ],
      },
    ]);
  });

  it('draws an xyLines chart as an XY scatter with lines whose x values are the value column (a fee curve)', async () => {
    const restore = useOfficeRequirements('1.12');
    try {
      // Rows at breakpoints (0.74, 0.76) between evenly spaced values: not at equal steps.
      const xs = [0.7, 0.74, 0.75, 0.76, 0.8];
      const column = (col: number) => ({ row: 1, col, rows: xs.length, cols: 1 });
      const book = createMockWorkbook();
      await paintSheetPlan(book.context, {
        name: 'Curve FCR',
        blocks: [{ row: 0, col: 0, values: [['FCR', 'Amount'], ...xs.map((x, i) => [x, 100 * i])] }],
        charts: [
          {
            kind: 'xyLines',
            title: 'FCR amount',
            categories: column(0),
            series: [{ name: 'Amount', values: column(1) }],
            anchor: { row: 0, col: 3 },
            xTitle: 'FCR',
            xBounds: { min: 0.7, max: 0.8 },
          },
        ],
      });
      expect(book.sheet('Curve FCR').charts).toEqual([
        {
          type: 'XYScatterLines',
          source: 'B2:B6',
          seriesBy: 'Columns',
          title: 'FCR amount',
          axisTitles: { category: 'FCR', value: null },
          position: { start: 'D1', end: null },
          series: [{ name: 'Amount', values: 'B2:B6', xValues: 'A2:A6' }],
          categoryBounds: { minimum: 0.7, maximum: 0.8 },
        },
      ]);
    } finally {
      restore();
    }
  });

  it('cuts a legend name over the 255 characters Excel takes, the header in the cells kept whole', async () => {
    const kpi = `${'Taux de résolution au premier contact '.repeat(7)}😀 fin`;
    const plan = curvePlan(3);
    const long: SheetPlan = {
      ...plan,
      blocks: [{ ...plan.blocks[0]!, values: [['FCR', kpi, 'Total'], ...plan.blocks[0]!.values.slice(1)] }],
      charts: [{ ...plan.charts![1]!, series: [{ ...plan.charts![1]!.series[0]!, name: kpi }] }],
    };
    const book = createMockWorkbook();
    await paintSheetPlan(book.context, long);
    const legend = book.sheet('Curve FCR').charts[0]!.series[0]!.name;
    expect(kpi.length).toBeGreaterThan(255);
    expect(legend).toHaveLength(255);
    expect(legend.endsWith('…')).toBe(true);
    expect(kpi.startsWith(legend.slice(0, -1))).toBe(true);
    expect(book.sheet('Curve FCR').cells.get('B4')?.value).toBe(kpi);
  });

  it('highlights cells equal to a text through a cell-value rule whose text is a quoted literal', async () => {
    const book = createMockWorkbook();
    await paintSheetPlan(book.context, curvePlan(3));
    expect(book.sheet('Curve FCR').conditionalFormats).toEqual([
      {
        address: 'A5:A7',
        type: 'CellValue',
        rule: { formula1: '="met"', operator: 'EqualTo' },
        fill: '#e6f4ea',
        fontColor: '#137333',
      },
      {
        address: 'A5:A7',
        type: 'CellValue',
        rule: { formula1: '="say ""hi"" =1+1"', operator: 'EqualTo' },
        fill: '#fce8e6',
        fontColor: null,
      },
    ]);
  });

  it('costs the same syncs and host calls for 10 and 2,000 points', async () => {
    const measured = [];
    for (const points of [10, 2000]) {
      const book = createMockWorkbook();
      await paintSheetPlan(book.context, curvePlan(points));
      expect(book.sheet('Curve FCR').charts).toHaveLength(2);
      measured.push({ syncs: book.syncs(), calls: book.calls.length });
    }
    expect(measured[0]).toEqual(measured[1]);
    expect(measured[0]!.syncs).toBe(PAINT_SYNCS);
  });

  it('draws the charts and conditional formats on an Excel of the manifest’s ExcelApi 1.12', async () => {
    const restore = useOfficeRequirements('1.12');
    try {
      const book = createMockWorkbook();
      await paintSheetPlan(book.context, curvePlan(3));
      expect([
        book.sheet('Curve FCR').charts.length,
        book.sheet('Curve FCR').conditionalFormats.length,
      ]).toEqual([2, 2]);
    } finally {
      restore();
    }
  });

  it('fails as a whole on an Excel without ExcelApi 1.7 (below the manifest’s minimum), leaving no sheet', async () => {
    const restore = useOfficeRequirements('1.6');
    try {
      const book = createMockWorkbook({ sheets: { Contract: [['kept']] } });
      await expect(paintSheetPlan(book.context, curvePlan(3))).rejects.toThrow(PaintError);
      expect(book.sheetNames()).toEqual(['Contract']);
    } finally {
      restore();
    }
  });

  it('refuses a chart whose columns do not fit its categories, before touching the workbook', async () => {
    const plan = curvePlan(3);
    const broken: SheetPlan = {
      ...plan,
      charts: [
        { ...plan.charts![0]!, series: [] },
        { ...plan.charts![1]!, series: [{ name: 'Total', values: { row: 4, col: 2, rows: 2, cols: 1 } }] },
      ],
      conditionalFormats: [{ row: 4, col: 0, rows: 3, cols: 1, equals: 'met', fill: 'green' }],
    };
    const book = createMockWorkbook();
    const failure = await paintSheetPlan(book.context, broken).catch((error: unknown) => error);
    expect((failure as Error).message).toContain(
      'The chart "FCR: amount" has no series; The chart "FCR: amount and total": series "Total" is not as long as its categories; The conditional format of A5:A7 has a colour that is not #rrggbb: "green"',
    );
    expect(book.syncs()).toBe(0);
    // The pane words the same problems, which come as data, in French.
    expect(paintFailureText('fr', failure as PaintError).replace(/\u00a0/g, ' ')).toBe(
      'Impossible de créer la feuille « Curve FCR » : le graphique « FCR: amount » n’a aucune série ; le graphique « FCR: amount and total » : la série « Total » n’a pas autant de lignes que ses catégories ; la mise en forme conditionnelle de A5:A7 a une couleur qui n’est pas de la forme #rrggbb : « green ». Aucune feuille n’a été créée.',
    );
  });
});
