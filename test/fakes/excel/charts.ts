/**
 * Charts and conditional formats of the Excel fake, with Office.js's batching: every call is queued on
 * the sheet it changes and recorded in the call log. What Excel does that the fake leaves out is said in
 * `FakeChart` (workbook.ts). Calls that need a later requirement set than the host
 * reports fail as Excel fails them (requirements.ts).
 */
import { rectName, type Rect } from './a1';
import type { CallDescription } from './officeJs';
import { FakeOfficeError, type FakeChart, type FakeConditionalFormat, type FakeSheet } from './workbook';

/** What the proxies here need of a worksheet proxy. */
export interface SheetChanges {
  readonly key: string;
  change(
    location: string,
    apply: (sheet: FakeSheet) => void,
    call?: Omit<CallDescription, 'target'> & { target?: string },
  ): void;
}

/** What the proxies here need of a range proxy. */
export interface RangeProxy {
  rect(): Rect;
  /** The range's sheet, when a queued call runs. */
  sheetAt(location: string): FakeSheet;
  label(): string;
  change(
    location: string,
    apply: (sheet: FakeSheet, rect: Rect) => void,
    call?: Omit<CallDescription, 'target'>,
  ): void;
}

/** `Excel.ChartType` values the fake draws; Excel has more, the add-in uses these. */
export const CHART_TYPES: ReadonlySet<string> = new Set([
  'Line',
  'ColumnClustered',
  'LineMarkers',
  'BarClustered',
  'XYScatter',
  'XYScatterLines',
]);
const SERIES_BY = new Set(['Auto', 'Columns', 'Rows']);
/** `Excel.ConditionalCellValueOperator` values. */
const CELL_VALUE_OPERATORS = new Set([
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqual',
  'LessThanOrEqual',
]);

/** Microsoft documents a series name of at most 255 characters (ChartSeries.name). */
const MAX_SERIES_NAME = 255;

/** A series name as Excel takes it, or Excel's refusal at `location`. */
function seriesName(value: unknown, location: string): string {
  const name = text(value, location);
  if (name.length > MAX_SERIES_NAME)
    throw new FakeOfficeError('InvalidArgument', 'The argument is invalid.', location);
  return name;
}

/** A range as a chart records it: its address, with its sheet's name when that is not the chart's. */
function address(range: RangeProxy, chartSheet: FakeSheet, location: string): string {
  const sheet = range.sheetAt(location);
  const rect = rectName(range.rect());
  return sheet === chartSheet ? rect : `${sheet.name}!${rect}`;
}

function text(value: unknown, location: string): string {
  if (typeof value !== 'string')
    throw new FakeOfficeError('InvalidArgument', 'The argument is invalid.', location);
  return value;
}

/** A settable `text` whose write queues `apply` on the chart. */
function titleProxy(
  sheet: SheetChanges,
  chart: () => FakeChart,
  op: string,
  apply: (chart: FakeChart, value: string) => void,
): { text: string } {
  return Object.defineProperty({} as { text: string }, 'text', {
    set: (value: unknown) =>
      sheet.change(op, () => apply(chart(), text(value, op)), { op: `chart.${op}`, args: [value] }),
    get: () => {
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${op}' is not available.`, op);
    },
  });
}

/** A settable axis bound (`minimum`, `maximum`): a number, as the painter sets it. */
function boundProxy(
  sheet: SheetChanges,
  chart: () => FakeChart,
  target: Record<string, unknown>,
  bound: 'minimum' | 'maximum',
): void {
  const op = `axes.categoryAxis.${bound}`;
  Object.defineProperty(target, bound, {
    set: (value: unknown) =>
      sheet.change(
        op,
        () => {
          if (typeof value !== 'number' || !Number.isFinite(value))
            throw new FakeOfficeError('InvalidArgument', 'The argument is invalid.', op);
          const c = chart();
          c.categoryBounds = { ...c.categoryBounds, [bound]: value };
        },
        { op: `chart.${op}`, args: [value] },
      ),
    get: () => {
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${op}' is not available.`, op);
    },
  });
}

/** `chart.series.getItemAt(i)` or `.add(name)`: the series is known once its queued call ran. */
class FakeChartSeries {
  private index: number | undefined;
  constructor(
    private readonly sheet: SheetChanges,
    private readonly chart: () => FakeChart,
  ) {}

  bind(index: number): void {
    this.index = index;
  }

  private series(location: string): FakeChart['series'][number] {
    const found = this.index === undefined ? undefined : this.chart().series[this.index];
    if (!found) throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.', location);
    return found;
  }

  set name(value: string) {
    this.sheet.change(
      'ChartSeries.name',
      () => (this.series('ChartSeries.name').name = seriesName(value, 'ChartSeries.name')),
      { op: 'chart.series.name', args: [value] },
    );
  }

  setValues(range: RangeProxy): void {
    this.sheet.change(
      'ChartSeries.setValues',
      (sheet) => {
        this.series('ChartSeries.setValues').values = address(range, sheet, 'ChartSeries.setValues');
      },
      { op: 'chart.series.setValues', args: [range.label()] },
    );
  }

  setXAxisValues(range: RangeProxy): void {
    this.sheet.change(
      'ChartSeries.setXAxisValues',
      (sheet) => {
        this.series('ChartSeries.setXAxisValues').xValues = address(
          range,
          sheet,
          'ChartSeries.setXAxisValues',
        );
      },
      { op: 'chart.series.setXAxisValues', args: [range.label()] },
    );
  }
}

/** `worksheet.charts.add(...)`: the chart proxy. */
class FakeChartProxy {
  private target: FakeChart | undefined;
  readonly title: { text: string };
  readonly axes: {
    categoryAxis: { title: { text: string }; minimum: number; maximum: number };
    valueAxis: { title: { text: string } };
  };
  readonly series: { getItemAt(index: number): FakeChartSeries; add(name?: string): FakeChartSeries };

  constructor(private readonly sheet: SheetChanges) {
    const chart = (): FakeChart => {
      if (!this.target)
        throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.', 'Chart');
      return this.target;
    };
    this.title = titleProxy(sheet, chart, 'title.text', (c, value) => (c.title = value));
    const categoryAxis = {
      title: titleProxy(sheet, chart, 'axes.categoryAxis.title.text', (c, v) => (c.axisTitles.category = v)),
    } as { title: { text: string }; minimum: number; maximum: number };
    boundProxy(sheet, chart, categoryAxis, 'minimum');
    boundProxy(sheet, chart, categoryAxis, 'maximum');
    this.axes = {
      categoryAxis,
      valueAxis: {
        title: titleProxy(sheet, chart, 'axes.valueAxis.title.text', (c, v) => (c.axisTitles.value = v)),
      },
    };
    this.series = {
      getItemAt: (index) => {
        const series = new FakeChartSeries(sheet, chart);
        sheet.change('ChartSeriesCollection.getItemAt', () => {
          if (!chart().series[index])
            throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.', 'getItemAt');
          series.bind(index);
        });
        return series;
      },
      add: (name) => {
        const series = new FakeChartSeries(sheet, chart);
        sheet.change(
          'ChartSeriesCollection.add',
          () => {
            const c = chart();
            const named =
              name === undefined
                ? `Series${c.series.length + 1}`
                : seriesName(name, 'ChartSeriesCollection.add');
            c.series.push({ name: named, values: null, xValues: null });
            series.bind(c.series.length - 1);
          },
          { op: 'chart.series.add', args: [name] },
        );
        return series;
      },
    };
  }

  bind(chart: FakeChart): void {
    this.target = chart;
  }

  setPosition(startCell: RangeProxy, endCell?: RangeProxy): void {
    this.sheet.change(
      'Chart.setPosition',
      (sheet) => {
        if (!this.target)
          throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.', 'Chart');
        this.target.position = {
          start: address(startCell, sheet, 'Chart.setPosition'),
          end: endCell ? address(endCell, sheet, 'Chart.setPosition') : null,
        };
      },
      { op: 'chart.setPosition', args: [startCell.label(), endCell?.label()] },
    );
  }
}

/** `worksheet.charts`. */
export function fakeChartCollection(sheet: SheetChanges): {
  add(type: string, sourceData: RangeProxy, seriesBy?: string): FakeChartProxy;
} {
  return {
    add: (type, sourceData, seriesBy) => {
      const chart = new FakeChartProxy(sheet);
      sheet.change(
        'ChartCollection.add',
        (target) => {
          if (!CHART_TYPES.has(type) || (seriesBy !== undefined && !SERIES_BY.has(seriesBy)))
            throw new FakeOfficeError('InvalidArgument', 'The argument is invalid.', 'ChartCollection.add');
          const rect = sourceData.rect();
          const source = address(sourceData, target, 'ChartCollection.add');
          const sourceSheet = sourceData.sheetAt('ChartCollection.add');
          const prefix = sourceSheet === target ? '' : `${sourceSheet.name}!`;
          const created: FakeChart = {
            type,
            source,
            seriesBy,
            title: null,
            axisTitles: { category: null, value: null },
            position: null,
            series: Array.from({ length: rect.cols }, (_, c) => ({
              name: `Series${c + 1}`,
              values: prefix + rectName({ row: rect.row, col: rect.col + c, rows: rect.rows, cols: 1 }),
              xValues: null,
            })),
          };
          target.charts.push(created);
          chart.bind(created);
        },
        { op: 'charts.add', args: [type, sourceData.label(), seriesBy] },
      );
      return chart;
    },
  };
}

/** `range.conditionalFormats` (ExcelApi 1.6): `add('CellValue')` and its `cellValue` rule and format. */
export function fakeConditionalFormats(range: RangeProxy): {
  add(type: string): {
    cellValue: { rule: unknown; format: { fill: { color: string }; font: { color: string } } };
  };
} {
  return {
    add: (type) => {
      let target: FakeConditionalFormat | undefined;
      const found = (location: string): FakeConditionalFormat => {
        if (!target)
          throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.', location);
        return target;
      };
      range.change(
        'ConditionalFormatCollection.add',
        (sheet, rect) => {
          if (type !== 'CellValue')
            throw new Error(`The Excel fake has no conditional format of type ${type}.`);
          target = { address: rectName(rect), type, rule: null, fill: null, fontColor: null };
          sheet.conditionalFormats.push(target);
        },
        { op: 'conditionalFormats.add', args: [type] },
      );
      const setter = (op: string, apply: (format: FakeConditionalFormat, value: unknown) => void) => ({
        set: (value: unknown) =>
          range.change(op, () => apply(found(op), value), { op: `conditionalFormat.${op}`, args: [value] }),
        get: () => {
          throw new FakeOfficeError('PropertyNotLoaded', `The property '${op}' is not available.`, op);
        },
      });
      const fill = Object.defineProperty({} as { color: string }, 'color', {
        ...setter('cellValue.format.fill.color', (f, v) => (f.fill = text(v, 'fill.color'))),
      });
      const font = Object.defineProperty({} as { color: string }, 'color', {
        ...setter('cellValue.format.font.color', (f, v) => (f.fontColor = text(v, 'font.color'))),
      });
      const cellValue = Object.defineProperty(
        { format: { fill, font } } as { rule: unknown; format: never },
        'rule',
        {
          ...setter('cellValue.rule', (f, rule) => {
            const r = rule as { formula1?: unknown; operator?: unknown } | null;
            if (typeof r?.formula1 !== 'string' || !CELL_VALUE_OPERATORS.has(String(r.operator)))
              throw new FakeOfficeError('InvalidArgument', 'The argument is invalid.', 'cellValue.rule');
            f.rule = JSON.parse(JSON.stringify(rule));
          }),
        },
      );
      return { cellValue };
    },
  };
}
