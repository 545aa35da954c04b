/**
 * `--period`, `--from` and `--to` as typed: months, or invoicing periods named as invoices name them
 * (`2026-Q4`, `2026-H1..2026-H2`, a year `2026`), turned into months once the contract says what its
 * periods are. Every command taking a period reads it here, so each takes the same spellings.
 */
import { FREQUENCY_MONTHS, isPeriod } from '../contract/period';
import { isPeriodName, periodNamed } from '../contract/periodNames';
import type { Contract, Period } from '../contract/types';
import { periodsInRange } from '../control/batch';
import { requiredOption, stringOption, type ParsedArgs } from './args';
import { CliError, usageError, type Said } from './cliError';

/**
 * `--period`, `--from` or `--to` as the commands read it: trimmed, as its spelling is checked, so a
 * period pasted with a space around it is that period everywhere, not a month no command finds.
 */
export function periodOption(args: ParsedArgs, name: string): string | undefined {
  return stringOption(args, name)?.trim();
}

/** `periodOption`, required: a usage error naming it when absent. */
export function requiredPeriod(args: ParsedArgs, name: string, usage: string): string {
  return requiredOption(args, name, usage).trim();
}

/** `A..B` as its two ends (months or period names); undefined when the text is not a range. */
export function splitPeriodRange(text: string): { from: string; to: string } | undefined {
  const match = /^([^.]+)\.\.([^.]+)$/.exec(text.trim());
  return match ? { from: match[1].trim(), to: match[2].trim() } : undefined;
}

/** Whether `text` is written as a month or an invoicing period's name (what it names is the contract's to say). */
export function isPeriodText(text: string): boolean {
  return isPeriod(text) || isPeriodName(text);
}

/**
 * What is wrong with one period as typed, before any contract is read; undefined when it is a month or an
 * invoicing period's name that exists. The one rule of every command: a form no period takes (`10/2026`,
 * `26-10`, `2026-1`) is refused with every form it may take, one shaped as a period that does not exist
 * (`2026-13`, `2026-00`, `2026-Q5`) as such.
 */
export function periodSpellingProblem(option: string, text: string): Said | undefined {
  const typed = text.trim();
  if (isPeriod(typed)) return undefined;
  if (/^\d{4}-\d\d$/.test(typed)) return (t) => t.noSuchMonth(option, typed);
  const part = /^(\d{4})-([QH])(\d)$/i.exec(typed);
  if (part === null) return isPeriodName(typed) ? undefined : (t) => t.periodOrNameMustBe(option, text);
  const letter = part[2].toUpperCase();
  const count = letter === 'Q' ? 4 : 2;
  const index = Number(part[3]);
  if (index >= 1 && index <= count) return undefined;
  return (t) => t.noSuchPeriodPart(option, `${part[1]}-${letter}${index}`, `${letter}1`, `${letter}${count}`);
}

/**
 * Refuses, as a usage error naming the option, a `--NAME` (or an end of its range) misspelt as
 * `periodSpellingProblem` says: before any file is read. `ranges: false` for a command pricing one
 * invoice, which takes no `A..B`.
 */
export function checkPeriodSpelling(
  args: ParsedArgs,
  names: readonly string[],
  usage: string,
  { ranges = true }: { ranges?: boolean } = {},
): void {
  for (const name of names) {
    const value = stringOption(args, name);
    if (value === undefined) continue;
    const range = ranges ? splitPeriodRange(value) : undefined;
    for (const end of range ? [range.from, range.to] : [value]) {
      const problem = periodSpellingProblem(`--${name}`, end);
      if (problem) throw usageError(problem, usage);
    }
  }
}

/** The first month of the invoicing period `text` names, or the problem with it (exit `code`). */
export function monthNamed(contract: Contract, text: string, code: 1 | 2 = 1): Period {
  const named = periodNamed(contract, text);
  if (!named.ok) throw new CliError(named.problem, code);
  return named.months[0];
}

/**
 * The first month of the period `text` names for contracts compared side by side: named by the one
 * invoiced over the longest span, whose invoice holds the others' (`2026-Q4` of a quarterly contract beside
 * a monthly one is its quarter; the monthly one's three months are compared within it).
 */
export function monthNamedForAll(contracts: readonly Contract[], text: string): Period {
  return monthNamed(longestInvoiced(contracts), text);
}

/** The first months of a range's periods for contracts compared side by side, named as `monthNamedForAll` names one. */
export function periodsNamedForAll(
  contracts: readonly Contract[],
  range: { readonly from: string; readonly to: string },
): { ok: true; periods: Period[] } | { ok: false; problem: string } {
  return periodsNamed(longestInvoiced(contracts), range);
}

/** The contract invoiced over the longest span (the first of them). */
function longestInvoiced(contracts: readonly Contract[]): Contract {
  return contracts.reduce((a, b) => (FREQUENCY_MONTHS[b.frequency] > FREQUENCY_MONTHS[a.frequency] ? b : a));
}

/** A range's ends as months: from the first month of `from`'s period to the last of `to`'s. */
export function monthsNamed(
  contract: Contract,
  range: { readonly from: string; readonly to: string },
): { ok: true; from: Period; to: Period } | { ok: false; problem: string } {
  const from = periodNamed(contract, range.from);
  if (!from.ok) return from;
  const to = periodNamed(contract, range.to);
  if (!to.ok) return to;
  return { ok: true, from: from.months[0], to: to.months[to.months.length - 1] };
}

/** The first months of the invoices of a range's named ends (`2026-Q1..2026-Q2`), as `periodsInRange` checks them. */
export function periodsNamed(
  contract: Contract,
  range: { readonly from: string; readonly to: string },
): { ok: true; periods: Period[] } | { ok: false; problem: string } {
  const months = monthsNamed(contract, range);
  return months.ok ? periodsInRange(contract, months.from, months.to) : months;
}
