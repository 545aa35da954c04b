/**
 * The one period control of the pane, a `<select>`: `<input type="month">` is a plain text box in Safari,
 * Firefox and Excel for Mac's WKWebView. Values stay the ISO period (`2026-10`) the actions take; labels
 * are the words a reader uses (`October 2026`, `T2 2026`), from the core's period formatter.
 */
import type { Lang } from '../core/app/bridge';
import { addMonths } from '../core/contract/period';
import { formatMonths } from '../core/i18n/periodFormat';
import type { Choice } from './fillSelect';
import { previousMonth, recentMonths } from './period';

/** One entry of a period list; its value is the period as the actions take it, its first month `YYYY-MM`. */
export type PeriodChoice = Choice;

/** A period list and the entry to choose when the user has not chosen one. */
export interface PeriodChoices {
  readonly choices: readonly PeriodChoice[];
  readonly preferred: string;
}

/**
 * The contract's invoicing periods (each named by its first month, `monthsPerPeriod` long), labelled in
 * `lang`; the latest is preferred, the one most often invoiced next. Before a check there are none: the
 * recent months are offered, the previous month preferred.
 */
export function periodChoices(
  periods: readonly string[],
  monthsPerPeriod: number,
  lang: Lang,
  now: Date,
): PeriodChoices {
  if (periods.length === 0) {
    const months = recentMonths(now);
    return { choices: months.map((month) => choice(month, 1, lang)), preferred: previousMonth(now) };
  }
  return {
    choices: periods.map((period) => choice(period, monthsPerPeriod, lang)),
    preferred: periods[periods.length - 1]!,
  };
}

function choice(start: string, months: number, lang: Lang): PeriodChoice {
  const window = Array.from({ length: Math.max(1, months) }, (_, i) => addMonths(start, i));
  return { value: start, label: formatMonths(window, lang) };
}

/** The label of `period` among `choices` (so a message names it as the list does), else the period. */
export function periodLabel(choices: readonly PeriodChoice[], period: string): string {
  return choices.find((entry) => entry.value === period)?.label ?? period;
}
