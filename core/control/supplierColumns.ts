/**
 * The columns of a supplier's invoice, found by their headers in English or French as invoices print them
 * (`Montant HT`, `Qty`, `PU`, `Amount (EUR)`): an unknown header is an error at its cell, so a misspelt
 * `Amonut` never leaves the amounts unread.
 */
import { isCurrencyCode } from '../contract/schema/iso4217';
import { normalizeLabel } from '../i18n/contract';
import { supplierHeaders, type SupplierColumn } from '../i18n/reconciliation';

export type { SupplierColumn } from '../i18n/reconciliation';

const EN = supplierHeaders('en');
const FR = supplierHeaders('fr');

/**
 * The headers a French invoice prints for its lines and amounts, and an English one does not: such a file
 * writes its dates day first (`05/10/2026` is 5 October), whatever the contract's language.
 */
const FRENCH_HEADERS: ReadonlySet<string> = new Set(
  [...FR.label, ...FR.amount]
    .map(normalizeLabel)
    .filter((header) => ![...EN.label, ...EN.amount].some((en) => normalizeLabel(en) === header)),
);

/** Whether a header is one only a French invoice prints (`Libellé`, `Montant HT`). */
export function isFrenchHeader(header: string): boolean {
  return FRENCH_HEADERS.has(normalizeLabel(header));
}

/** Headers by column, both languages; a line's amount is excluding VAT (`Montant HT`), `gross` including it. */
const HEADER_INDEX: ReadonlyMap<string, SupplierColumn> = new Map(
  [EN, FR].flatMap((headers) =>
    (Object.entries(headers) as [SupplierColumn, readonly string[]][]).flatMap(([column, labels]) =>
      labels.map((label) => [normalizeLabel(label), column] as const),
    ),
  ),
);

/** A currency printed after a money column's header: `Amount (EUR)`, `Montant HT €`, `Unit price [USD]`. */
const HEADER_CURRENCY = /^(.*?)\s*[([]?\s*([A-Za-z]{3}|[A-Z]{0,2}\p{Sc}[A-Z]{0,2})\s*[)\]]?$/u;

/**
 * The column a header names, and the currency it names with it: a money column's header may state its
 * currency (`Amount (EUR)`), which is then held to the contract's as a title block's is.
 */
export function headerColumn(header: string): { column?: SupplierColumn; mark?: string } {
  const column = HEADER_INDEX.get(normalizeLabel(header));
  if (column !== undefined) return { column };
  const named = HEADER_CURRENCY.exec(header.trim());
  const base = named ? HEADER_INDEX.get(normalizeLabel(named[1])) : undefined;
  if (!named || !(base === 'amount' || base === 'unitPrice' || base === 'vat' || base === 'gross')) return {};
  const mark = named[2];
  return /\p{Sc}/u.test(mark) || isCurrencyCode(mark.toUpperCase()) ? { column: base, mark } : {};
}
