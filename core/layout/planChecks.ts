/**
 * What makes a plan's charts and conditional formats unpaintable on every host, checked by each painter
 * before it touches the workbook (each adds its own host's limits), so a bad plan fails with no sheet
 * left behind and the hosts agree on what a bad plan is.
 */
import type { PlanChart, PlanConditionalFormat, PlanRect } from './sheetPlan';

const COLOUR = /^#[0-9a-f]{6}$/i;

/** Every rectangle a chart reads, with what it is, for the host's own bounds checks. */
export function chartRects(chart: PlanChart): [string, PlanRect][] {
  return [
    ['categories', chart.categories],
    ...chart.series.map((s): [string, PlanRect] => [`series "${s.name}"`, s.values]),
    ['anchor', { ...chart.anchor, rows: 1, cols: 1 }],
  ];
}

/** A chart needs a series, and every column it reads one column wide and as long as its categories. */
export function chartProblems(chart: PlanChart): string[] {
  const where = `The chart "${chart.title}"`;
  if (chart.series.length === 0) return [`${where} has no series`];
  return chartRects(chart)
    .slice(0, -1)
    .flatMap(([what, rect]) => {
      if (rect.cols !== 1) return [`${where}: ${what} is not one column`];
      if (rect.rows !== chart.categories.rows) return [`${where}: ${what} is not as long as its categories`];
      return [];
    });
}

/** Colours must be `#rrggbb`, the one form every host takes. */
export function conditionalFormatProblems(format: PlanConditionalFormat, where: string): string[] {
  return [format.fill, ...(format.color === undefined ? [] : [format.color])]
    .filter((colour) => !COLOUR.test(colour))
    .map((colour) => `${where} has a colour that is not #rrggbb: ${JSON.stringify(colour)}`);
}
