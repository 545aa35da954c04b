/**
 * Comparison of two or more contracts on the same rows (actuals periods or scenarios):
 * each contract priced by the engine, totals and line kinds side by side, difference = last − first.
 */
import { FREQUENCY_MONTHS, comparePeriods, periodIndex, windowOf } from '../contract/period';
import type { Actuals, Contract, Language, Period } from '../contract/types';
import { contractText } from '../i18n/contract';
import { modelProblemTexts } from '../i18n/modelProblems';
import { invoicePeriodName } from '../invoice/periodName';
import type { Invoice, LineKind } from '../invoice/types';
import { ZERO, decSum, type Dec } from '../money';

/** One row: a period or scenario priced under every contract, in the order the contracts were given. */
export interface ComparisonRow {
  readonly name: string;
  readonly totals: readonly Dec[];
  readonly difference: Dec;
  /** Each line kind any contract printed (and `vat`), its amount under each contract, and the difference. */
  readonly kinds: readonly {
    readonly kind: LineKind;
    readonly amounts: readonly Dec[];
    readonly difference: Dec;
  }[];
}

/** Side by side: `invoices[c]` is the row's invoice under contract `c`. */
export function compareRow(name: string, invoices: readonly Invoice[]): ComparisonRow {
  return compareWindow(
    name,
    invoices.map((i) => [i]),
  );
}

/**
 * Side by side over the same months: `invoices[c]` are contract `c`'s invoices in the row (several for a
 * contract invoicing more often than another), added up.
 */
export function compareWindow(name: string, invoices: readonly (readonly Invoice[])[]): ComparisonRow {
  const difference = (values: readonly Dec[]) => values[values.length - 1].minus(values[0]);
  const kinds: LineKind[] = [];
  for (const invoice of invoices.flat()) {
    for (const line of invoice.lines) if (!kinds.includes(line.kind)) kinds.push(line.kind);
  }
  kinds.push('vat');
  const totals = invoices.map((list) => decSum(list.map((i) => i.total)));
  const amountOf = (invoice: Invoice, kind: LineKind) =>
    kind === 'vat'
      ? invoice.vat.amount
      : decSum(invoice.lines.filter((l) => l.kind === kind).map((l) => l.amount));
  return {
    name,
    totals,
    difference: difference(totals),
    kinds: kinds.map((kind) => {
      const amounts = invoices.map((list) => decSum(list.map((invoice) => amountOf(invoice, kind))));
      return { kind, amounts, difference: difference(amounts) };
    }),
  };
}

/**
 * Each contract's actuals for a comparison on one file. A contract that measures nothing (fixed fees only)
 * has no row of the file to itself, the others' being left out for it (foreignRows.ts), yet it invoices
 * every month the file holds: those months are its own too, with no value, so that it compares at all.
 */
export function comparedActuals(contracts: readonly Contract[], actuals: readonly Actuals[]): Actuals[] {
  const months = [...new Set(actuals.flatMap((a) => [...a.periods.keys()]))].sort(comparePeriods);
  return contracts.map((contract, i) => {
    const own = actuals[i];
    if (contract.kpis.length > 0 || contract.volumes.length > 0 || contract.hourly !== undefined) return own;
    const none = { kpis: new Map<string, Dec>(), volumes: new Map<string, Dec>() };
    return { periods: new Map(months.map((month) => [month, own.periods.get(month) ?? none])) };
  });
}

/** The months of one row of a comparison on actuals: `periods[c]` are contract `c`'s invoicing periods. */
export interface ComparisonWindow {
  readonly name: string;
  readonly periods: readonly (readonly Period[])[];
}

export type ComparisonWindows =
  | { readonly ok: true; readonly windows: readonly ComparisonWindow[] }
  | { readonly ok: false; readonly problem: string };

/** `n` mod `m`, never negative. */
const modulo = (n: number, m: number) => ((n % m) + m) % m;

/**
 * The rows of a comparison on actuals. A row is an invoicing period of the contract invoicing least
 * often; one invoicing more often adds up its invoices over those months (a monthly contract's three against
 * a quarterly one's), so every row compares the same months. `invoiceable[c]` are the periods contract `c`
 * can invoice; a row is kept when every contract can invoice all of its periods there (or is `only`, the
 * period asked for, whose invoices then say what they lack). Refused when a shorter period does not fall
 * whole inside a longer one (quarters from January against quarters from February): then no row would
 * hold the same months for both, and comparing them would set different months side by side.
 */
export function comparisonWindows(
  contracts: readonly Contract[],
  invoiceable: readonly (readonly Period[])[],
  only: Period | undefined,
  lang: Language,
): ComparisonWindows {
  const lengths = contracts.map((c) => FREQUENCY_MONTHS[c.frequency]);
  const longest = lengths.indexOf(Math.max(...lengths));
  const anchor = periodIndex(contracts[longest].firstPeriod);
  const nested = contracts.every((c, i) => modulo(periodIndex(c.firstPeriod) - anchor, lengths[i]) === 0);
  if (!nested) {
    const words = contractText(lang).enums.frequency;
    return {
      ok: false,
      problem: modelProblemTexts(lang).periodsUnaligned(
        contracts.map((c) => c.id),
        contracts.map((c) => words[c.frequency]),
        contracts.map((c) => c.firstPeriod),
      ),
    };
  }
  const oneFrequency = lengths.every((l) => l === lengths[longest]);
  const starts = only !== undefined ? [only] : invoiceable[longest];
  const windows: ComparisonWindow[] = [];
  for (const start of starts) {
    const months = windowOf(contracts[longest].firstPeriod, lengths[longest], start) ?? [start];
    const periods = contracts.map((c, i) =>
      oneFrequency
        ? [only ?? start]
        : months.filter((m) => modulo(periodIndex(m) - periodIndex(c.firstPeriod), lengths[i]) === 0),
    );
    if (only === undefined && !periods.every((list, i) => list.every((p) => invoiceable[i].includes(p))))
      continue;
    windows.push({ name: oneFrequency ? (only ?? start) : invoicePeriodName(months), periods });
  }
  return { ok: true, windows };
}

/**
 * Scenarios compare only across contracts invoicing at one frequency: a scenario is one invoicing
 * period's values, a month's for one contract and a quarter's for another. The problem, or `undefined`.
 */
export function scenarioFrequencyProblem(contracts: readonly Contract[], lang: Language): string | undefined {
  if (contracts.every((c) => c.frequency === contracts[0].frequency)) return undefined;
  const words = contractText(lang).enums.frequency;
  return modelProblemTexts(lang).scenarioFrequencies(
    contracts.map((c) => c.id),
    contracts.map((c) => words[c.frequency]),
  );
}

/**
 * The rows added up: each contract's total over every row, and each line kind's, with their differences;
 * what a year of periods costs under each contract, and which kinds of line make the difference.
 */
export function compareTotal(name: string, rows: readonly ComparisonRow[]): ComparisonRow {
  const sum = (lists: readonly (readonly Dec[])[]) => lists[0].map((_, c) => decSum(lists.map((l) => l[c])));
  const difference = (values: readonly Dec[]) => values[values.length - 1].minus(values[0]);
  const totals = sum(rows.map((r) => r.totals));
  const kinds: LineKind[] = [];
  for (const row of rows) for (const k of row.kinds) if (!kinds.includes(k.kind)) kinds.push(k.kind);
  // VAT last, as in every row.
  const ordered = [...kinds.filter((k) => k !== 'vat'), ...kinds.filter((k) => k === 'vat')];
  const zeros = totals.map(() => ZERO);
  return {
    name,
    totals,
    difference: difference(totals),
    kinds: ordered.map((kind) => {
      const amounts = sum(rows.map((r) => r.kinds.find((k) => k.kind === kind)?.amounts ?? zeros));
      return { kind, amounts, difference: difference(amounts) };
    }),
  };
}
