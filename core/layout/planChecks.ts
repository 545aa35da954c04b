/**
 * What makes a plan's charts and conditional formats unpaintable on every host, checked by each painter
 * before it touches the workbook (each adds its own host's limits), so a bad plan fails with no sheet
 * left behind and the hosts agree on what a bad plan is. A problem is data, never a sentence: the pane
 * words it in its own language (core/i18n/paintReasons.ts), which the painter cannot know.
 */
import type { PlanChart, PlanConditionalFormat, PlanRect } from './sheetPlan';

const COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * A problem of a chart or a conditional format. `series` names the series at fault (absent: the
 * categories); `at` is where the conditional format is (absent: unknown).
 */
export type PlanProblem =
  | { readonly problem: 'noSeries'; readonly chart: string }
  | { readonly problem: 'notOneColumn'; readonly chart: string; readonly series?: string }
  | { readonly problem: 'notAsLong'; readonly chart: string; readonly series: string }
  | { readonly problem: 'colour'; readonly colour: string; readonly at?: string };

/** The columns a chart reads: its categories, then each series by name. */
function chartColumns(chart: PlanChart): { readonly series?: string; readonly rect: PlanRect }[] {
  return [{ rect: chart.categories }, ...chart.series.map((s) => ({ series: s.name, rect: s.values }))];
}

/** Which rectangle of a chart: its categories, one of its series (by name), or its anchor cell. */
export type ChartPart =
  { readonly of: 'categories' | 'anchor' } | { readonly of: 'series'; readonly series: string };

/** Every rectangle a chart reads, with what it is as data, for the host's own bounds checks. */
export function chartRects(chart: PlanChart): [ChartPart, PlanRect][] {
  return [
    ...chartColumns(chart).map(({ series, rect }): [ChartPart, PlanRect] => [
      series === undefined ? { of: 'categories' } : { of: 'series', series },
      rect,
    ]),
    [{ of: 'anchor' }, { ...chart.anchor, rows: 1, cols: 1 }],
  ];
}

/** A chart needs a series, and every column it reads one column wide and as long as its categories. */
export function chartProblems(chart: PlanChart): PlanProblem[] {
  if (chart.series.length === 0) return [{ problem: 'noSeries', chart: chart.title }];
  return chartColumns(chart).flatMap(({ series, rect }): PlanProblem[] => {
    const chartTitle = chart.title;
    if (rect.cols !== 1)
      return [
        series === undefined
          ? { problem: 'notOneColumn', chart: chartTitle }
          : { problem: 'notOneColumn', chart: chartTitle, series },
      ];
    // The categories are as long as themselves.
    if (series !== undefined && rect.rows !== chart.categories.rows)
      return [{ problem: 'notAsLong', chart: chartTitle, series }];
    return [];
  });
}

/** Colours must be `#rrggbb`, the one form every host takes. `at` is where the format is, if known. */
export function conditionalFormatProblems(format: PlanConditionalFormat, at?: string): PlanProblem[] {
  return [format.fill, ...(format.color === undefined ? [] : [format.color])]
    .filter((colour) => !COLOUR.test(colour))
    .map((colour) => (at === undefined ? { problem: 'colour', colour } : { problem: 'colour', colour, at }));
}
