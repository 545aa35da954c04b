/**
 * Periods as the user types them: a month (`2026-10`), or an invoicing period named as invoices name it
 * (`2026-Q4`, `2026-H1`, any case; a year `2026`). A quarter, half-year or year names one invoice only of a
 * contract invoiced by that span whose periods are calendar quarters, halves or years; anywhere else it
 * would mean several invoices, part of one, or none, and is refused with what to type instead.
 */
import { periodNameTexts } from '../i18n/periodNames';
import { invoicePeriodName } from '../invoice/periodName';
import { FREQUENCY_MONTHS, invoiceWindow, windowName } from './period';
import type { Contract, Period } from './types';

// A year is written alone, as a yearly contract's invoices are named: `2026`.
const NAMED = /^(\d{4})(?:-([QH])(\d))?$/i;
const SPANS: ReadonlyMap<string, number> = new Map([
  ['Q', 3],
  ['H', 6],
  ['', 12],
]);

/** Whether `text` is written as a quarter, a half-year or a year (`2026-Q4`, `2026-h1`, `2026`), valid or not. */
export function isPeriodName(text: string): boolean {
  return NAMED.test(text.trim());
}

/** The months `text` names under `contract`, or why it names no invoicing period of it. */
export type NamedMonths =
  | { readonly ok: true; readonly months: readonly Period[] }
  | {
      readonly ok: false;
      readonly problem: string;
      /** A span holding several invoices (a quarter of a monthly contract): their months, for a hint of its own. */
      readonly several?: {
        readonly name: string;
        readonly invoices: number;
        readonly months: readonly Period[];
      };
    };

/**
 * The months of the invoicing period `text` names: a month stays itself (whether it is one is checked
 * where it is used, as before); a quarter or half-year is that invoice's months.
 */
export function periodNamed(contract: Contract, text: string): NamedMonths {
  const match = NAMED.exec(text.trim());
  if (!match) return { ok: true, months: [text] };
  const t = periodNameTexts(contract.language);
  const letter = (match[2] ?? '').toUpperCase();
  const span = SPANS.get(letter) as number;
  const count = 12 / span;
  const index = match[3] === undefined ? 1 : Number(match[3]);
  const name = letter === '' ? match[1] : `${match[1]}-${letter}${index}`;
  if (index < 1 || index > count) return { ok: false, problem: t.noSuchPart(name, letter, count) };
  const year = match[1];
  const months = Array.from(
    { length: span },
    (_, i) => `${year}-${String((index - 1) * span + i + 1).padStart(2, '0')}`,
  );
  const first = months[0];
  const last = months[months.length - 1];
  const invoiced = FREQUENCY_MONTHS[contract.frequency];
  if (invoiced < span)
    return {
      ok: false,
      problem: t.severalInvoices(
        name,
        contract.id,
        contract.frequency,
        span / invoiced,
        `${first}..${last}`,
        first,
      ),
      several: { name, invoices: span / invoiced, months },
    };
  const window = invoiceWindow(contract, first);
  // Before the contract's first period: the invoice's own check says so, naming the contract's limits.
  if (window === undefined) return { ok: true, months };
  const invoice = invoicePeriodName(window);
  if (invoiced > span) {
    const typed = isPeriodName(invoice) ? invoice : window[0];
    return { ok: false, problem: t.partOfInvoice(name, contract.id, contract.frequency, invoice, typed) };
  }
  if (invoice !== name)
    return {
      ok: false,
      problem: t.notCalendar(name, contract.id, contract.firstPeriod, windowName(window), window[0]),
    };
  return { ok: true, months: window };
}

/** The name of the invoicing period holding `month`, as its invoice is named (`2026-Q4`, a month itself). */
export function periodNameOf(contract: Contract, month: Period): string {
  return invoicePeriodName(invoiceWindow(contract, month) ?? [month]);
}
