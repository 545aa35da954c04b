/**
 * What the invoice of each period the actuals list would refuse: a blank month a due clause needs, a
 * window's value outside its KPI's range, an index missing for a revision. The CLI `check` and the task
 * pane's Check both list these (once the cells read without a problem), so neither says "no problems"
 * before an invoice refuses one; each is said on the cell to fill in or, when no one cell is at fault, on
 * the header of the invoice's month.
 */
import { periodProblemText } from '../i18n/periodCheck';
import type { MissingValue } from '../invoice/context';
import { buildInvoice } from '../invoice/buildInvoice';
import { buildActuals } from './actuals';
import { invoiceActualsOf } from './invoiceActuals';
import { cellIssue, type Issue } from './issues';
import { invoicePeriods, invoiceWindow } from './period';
import type { ActualsPlaces, ActualsReading } from './sheet/readActuals';
import type { Source } from './sheet/sources';
import type { Contract, Language, Period } from './types';

/** The cell a missing value is typed in. */
function missingCell(places: ActualsPlaces, value: MissingValue): Source | undefined {
  switch (value.kind) {
    case 'kpi':
    case 'kpi-month':
      return places.cell('kpi', value.name, value.month);
    case 'weight':
      return places.cell('volume', value.volume, value.month);
    case 'volume':
      return places.cell('volume', value.name, value.months[0]);
    case 'hours':
      return places.cell('hours', '', value.months[0]);
  }
}

/**
 * Every problem the invoices of the periods `reading` lists would have, in period order, each `invoice
 * 2026-10: …` (in `lang`) at its cell of the actuals. Periods whose cells have problems are left out:
 * those problems are the cells' own (`contractProblems`).
 */
export function periodProblems(contract: Contract, reading: ActualsReading, lang: Language): Issue[] {
  const places = reading.places;
  const issues: Issue[] = [];
  for (const period of invoicePeriods(contract, buildActuals([], reading.periods))) {
    const read = invoiceActualsOf(reading, contract, period);
    if (!read.ok) continue;
    const missing = new Map<string, MissingValue>();
    const noteMissing = (value: MissingValue, text: string) => missing.set(text, value);
    const result = buildInvoice(contract, read.value, period, { noteMissing });
    if (result.ok) continue;
    // Not one value's problem: said on the invoice's latest month the sheet has a column for.
    const window = [...(invoiceWindow(contract, period) as readonly Period[])].reverse();
    const header = () => window.map((month) => places?.month(month)).find((source) => source);
    for (const problem of result.problems) {
      const text = periodProblemText(lang, period, problem);
      const value = missing.get(problem);
      const cell = places && (value ? missingCell(places, value) : header());
      issues.push(
        places && cell
          ? cellIssue(places.sheet, cell.row, cell.col, cell.header, text, places.lang)
          : { problem: text, message: text, ...(places ? { sheet: places.sheet } : {}) },
      );
    }
  }
  return issues;
}
