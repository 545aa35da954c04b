/**
 * `Charts` (its `ChartType` enum) and the embedded charts of a sheet: `sheet.newChart()` returns an
 * `EmbeddedChartBuilder`, `build()` an `EmbeddedChart` that exists on the sheet only once
 * `sheet.insertChart(chart)` ran, as in Apps Script. The fake keeps what a chart was built from (type,
 * ranges in order, options, anchor); it draws nothing, so how Sheets reads the options (the first range as
 * the domain, `series.N.labelInLegend` as a series' name, `vAxes.0.title` as the vertical axis' title) is
 * an assumption the fake cannot prove: core/app/diagnostics.ts lists it.
 */
import type { CallLog } from './callLog';
import { a1Notation } from './a1';
import type { FakeRange } from './range';
import { Recorded } from './recorder';
import type { FakeSheet } from './sheet';

/** `Charts.ChartType`. */
export const ChartType = {
  AREA: 'AREA',
  BAR: 'BAR',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
} as const;

type ChartTypeName = (typeof ChartType)[keyof typeof ChartType];

/** `Charts`: the service; the add-on uses only its enums. */
export class FakeCharts extends Recorded {
  readonly __service = 'Charts';
  readonly __group = 'Charts' as const;
  readonly ChartType = ChartType;
}

interface ChartState {
  type: ChartTypeName | null;
  ranges: FakeRange[];
  options: Map<string, unknown>;
  anchor: { row: number; column: number; offsetX: number; offsetY: number } | null;
}

/** A range as a chart shows it: `B5:B9`, with its sheet's name when that is not the chart's. */
function rangeName(range: FakeRange, sheet: FakeSheet): string {
  const rect = a1Notation(range.__rect);
  return range.__sheet === sheet ? rect : `${range.__sheet.__name}!${rect}`;
}

/** `EmbeddedChart`: immutable once built. */
export class FakeEmbeddedChart extends Recorded {
  readonly __service = 'EmbeddedChart';
  readonly __group = 'SpreadsheetApp' as const;

  constructor(
    log: CallLog,
    readonly __sheet: FakeSheet,
    private readonly state: ChartState,
  ) {
    super(log);
  }

  getRanges(): FakeRange[] {
    return [...this.state.ranges];
  }
  getOptions(): { get(option: string): unknown } {
    return { get: (option) => this.state.options.get(option) ?? null };
  }
  getContainerInfo(): {
    getAnchorRow(): number;
    getAnchorColumn(): number;
    getOffsetX(): number;
    getOffsetY(): number;
  } {
    const anchor = this.state.anchor ?? { row: 1, column: 1, offsetX: 0, offsetY: 0 };
    return {
      getAnchorRow: () => anchor.row,
      getAnchorColumn: () => anchor.column,
      getOffsetX: () => anchor.offsetX,
      getOffsetY: () => anchor.offsetY,
    };
  }

  /** The chart as plain data, for assertions. */
  __summary(): {
    type: string;
    ranges: string[];
    options: Record<string, unknown>;
    anchor: ChartState['anchor'];
  } {
    return {
      type: this.state.type!,
      ranges: this.state.ranges.map((range) => rangeName(range, this.__sheet)),
      options: JSON.parse(JSON.stringify(Object.fromEntries(this.state.options))) as Record<string, unknown>,
      anchor: this.state.anchor && { ...this.state.anchor },
    };
  }
}

/** `EmbeddedChartBuilder`: `build()` needs a chart type and a range, as Apps Script's does. */
export class FakeEmbeddedChartBuilder extends Recorded {
  readonly __service = 'EmbeddedChartBuilder';
  readonly __group = 'SpreadsheetApp' as const;
  private readonly state: ChartState = { type: null, ranges: [], options: new Map(), anchor: null };

  constructor(
    log: CallLog,
    private readonly sheet: FakeSheet,
  ) {
    super(log);
  }

  setChartType(type: unknown): this {
    if (!Object.values(ChartType).includes(type as ChartTypeName))
      throw new Error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType.",
      );
    this.state.type = type as ChartTypeName;
    return this;
  }
  /** Apps Script ignores a range already added. */
  addRange(range: FakeRange): this {
    if (
      !this.state.ranges.some(
        (r) => r.__sheet === range.__sheet && a1Notation(r.__rect) === a1Notation(range.__rect),
      )
    )
      this.state.ranges.push(range);
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    if (![anchorRowPos, anchorColPos].every((n) => Number.isInteger(n) && n >= 1))
      throw new Error('The anchor of a chart must be a row and a column of the sheet.');
    this.state.anchor = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.state.options.set(String(option), JSON.parse(JSON.stringify(value)) as unknown);
    return this;
  }
  build(): FakeEmbeddedChart {
    if (this.state.type === null) throw new Error('A chart type must be set before building the chart.');
    if (this.state.ranges.length === 0) throw new Error('A chart needs at least one range of data.');
    return new FakeEmbeddedChart(this.__log, this.sheet, {
      ...this.state,
      ranges: [...this.state.ranges],
      options: new Map(this.state.options),
    });
  }
}
