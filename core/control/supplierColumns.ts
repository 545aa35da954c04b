/**
 * The columns of a supplier's invoice, found by their headers in English or French as invoices print them
 * (`Montant HT`, `Qty`, `PU`, `Amount (EUR)`): an unknown header is an error at its cell, so a misspelt
 * `Amonut` never leaves the amounts unread.
 */
import { isCurrencyCode } from '../contract/schema/iso4217';
import { normalizeLabel } from '../i18n/contract';

/**
 * The columns of a supplier's invoice; `unit`, `explanation`, `reference` and `comment` are accepted and not
 * compared (the contract names units and explains its lines, and has no item numbers or remarks);
 * `currency`, `period` and a line's `date` are checked against the invoice reconciled, a line's `vat` and
 * `gross` against its amount and the contract's VAT rate, and its `vatRate` against that rate.
 */
export type SupplierColumn =
  | 'label'
  | 'amount'
  | 'quantity'
  | 'unitPrice'
  | 'unit'
  | 'explanation'
  | 'reference'
  | 'comment'
  | 'currency'
  | 'period'
  | 'date'
  | 'vat'
  | 'vatRate'
  | 'gross';

/**
 * Headers by column, both languages; matched without case, accents or spacing. A line's amount is excluding
 * VAT, so a header saying so (`Montant HT`) is that column; one including VAT (`Montant TTC`) is `gross`.
 */
const HEADERS: Readonly<Record<SupplierColumn, readonly string[]>> = {
  label: ['Line', 'Label', 'Description', 'Libellé', 'Ligne', 'Désignation'],
  amount: [
    'Amount',
    'Amount excl. VAT',
    'Amount excluding VAT',
    'Net amount',
    'Net',
    'Net value',
    'Line total excl. VAT',
    'Montant',
    'Montant HT',
    'Montant net',
    'Montant net HT',
    'Montant hors taxes',
    'Total HT',
    'Total ligne HT',
    'Prix total HT',
  ],
  quantity: ['Quantity', 'Qty', 'Quantité', 'Qté'],
  unitPrice: [
    'Unit price',
    'Unit price excl. VAT',
    'Price',
    'Unit cost',
    'Rate',
    'Prix unitaire',
    'Prix unitaire HT',
    'Prix',
    'PU',
    'PU HT',
    'Tarif',
    'Tarif unitaire',
  ],
  unit: ['Unit', 'Unité'],
  explanation: ['Explanation', 'Explication'],
  reference: ['Ref', 'Ref.', 'Reference', 'Item no.', 'Item number', 'Code', 'Réf.', 'Référence', 'Article'],
  comment: ['Comment', 'Comments', 'Note', 'Notes', 'Commentaire', 'Commentaires', 'Remarque', 'Remarques'],
  currency: ['Currency', 'Devise'],
  period: ['Period', 'Période', 'Month', 'Mois'],
  date: ['Date', 'Service date', 'Date of service', 'Date de prestation', 'Date de service'],
  vat: ['VAT', 'VAT amount', 'Tax', 'Tax amount', 'TVA', 'Montant TVA', 'Montant de la TVA'],
  vatRate: [
    'VAT rate',
    'VAT rate (%)',
    'VAT %',
    'VAT (%)',
    'Tax rate',
    'Tax %',
    'Taux TVA',
    'Taux TVA (%)',
    'Taux de TVA',
    'Taux de TVA (%)',
    'TVA %',
    'TVA (%)',
    '% TVA',
  ],
  gross: [
    'Gross',
    'Gross amount',
    'Amount incl. VAT',
    'Amount including VAT',
    'Total incl. VAT',
    'Line total incl. VAT',
    'Montant TTC',
    'Total TTC',
    'Total ligne TTC',
    'Prix total TTC',
  ],
};

/**
 * The headers a French invoice prints for its lines and amounts: such a file writes its dates day first
 * (`05/10/2026` is 5 October), whatever the contract's language.
 */
const FRENCH_HEADERS: ReadonlySet<string> = new Set(
  [
    'Libellé',
    'Ligne',
    'Désignation',
    'Montant',
    'Montant HT',
    'Montant net',
    'Montant net HT',
    'Montant hors taxes',
    'Total HT',
    'Total ligne HT',
    'Prix total HT',
  ].map(normalizeLabel),
);

/** Whether a header is one only a French invoice prints (`Libellé`, `Montant HT`). */
export function isFrenchHeader(header: string): boolean {
  return FRENCH_HEADERS.has(normalizeLabel(header));
}

const HEADER_INDEX: ReadonlyMap<string, SupplierColumn> = new Map(
  (Object.entries(HEADERS) as [SupplierColumn, readonly string[]][]).flatMap(([column, labels]) =>
    labels.map((label) => [normalizeLabel(label), column] as const),
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
