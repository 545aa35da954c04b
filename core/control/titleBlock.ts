/**
 * The title block above a supplier's table ("Invoice 2026-10", "Period: October 2026", "Currency: EUR"):
 * the rows the table reader skips. A period or currency stated there, by a label the block spells in
 * English or French, is kept, so the reconciliation refuses another month's or another currency's invoice
 * at the cell that says so. A label is read in its own cell followed by the value in a later one, or with
 * its value after a colon; text that merely contains the word ("Monthly fees") is no label. A title naming
 * the invoice by its period in words (`Invoice for September 2026`) states it too.
 */
import {
  cellAt,
  cellText,
  isBlank,
  readPeriodCell,
  type CellValue,
  type Grid,
} from '../contract/sheet/cells';
import type { Period } from '../contract/types';
import { normalizeLabel } from '../i18n/contract';
import { periodSpanOf } from '../i18n/periodFormat';
import { statedPeriodSpan } from './statedPeriod';
import { currencyMarks } from './printedAmount';

/** A period or currency the title block states, at the cell holding its value. */
export interface StatedTerm {
  readonly kind: 'period' | 'currency';
  /** The value as written. */
  readonly text: string;
  readonly row: number;
  readonly col: number;
  /** The months a stated period spans; absent when the text names none (`notAPeriod`). */
  readonly span?: { readonly first: Period; readonly last: Period };
  /** Stated by the workbook sheet's name, not in a cell (`row` and `col` are then -1). */
  readonly inSheetName?: true;
}

const LABELS: Readonly<Record<StatedTerm['kind'], readonly string[]>> = {
  period: [
    'Period',
    'Billing period',
    'Invoice period',
    'Invoicing period',
    'Service period',
    'Period covered',
    'Month',
    'Billing month',
    'Période',
    'Période de facturation',
    'Période facturée',
    'Période de service',
    'Période couverte',
    'Mois',
    'Mois facturé',
    'Mois de facturation',
  ],
  currency: [
    'Currency',
    'Invoice currency',
    'Billing currency',
    'Devise',
    'Devise de facturation',
    'Monnaie',
  ],
};

const LABEL_INDEX: ReadonlyMap<string, StatedTerm['kind']> = new Map(
  (Object.entries(LABELS) as [StatedTerm['kind'], readonly string[]][]).flatMap(([kind, labels]) =>
    labels.map((label) => [normalizeLabel(label), kind] as const),
  ),
);

/** `Period: October 2026` → the label's kind and the text after the colon (empty when the value is further on). */
function labelled(text: string): { kind: StatedTerm['kind']; rest: string } | undefined {
  const colon = /^([^:：]+?)\s*[:：]\s*(.*)$/su.exec(text);
  const kind = LABEL_INDEX.get(normalizeLabel(colon ? colon[1] : text));
  return kind === undefined ? undefined : { kind, rest: colon ? colon[2].trim() : '' };
}

/** How often the supplier bills (`Billing period: Monthly`): no period, so nothing to hold the invoice to. */
const FREQUENCIES = new Set(
  [
    'monthly',
    'quarterly',
    'half-yearly',
    'semi-annual',
    'yearly',
    'annual',
    'mensuel',
    'mensuelle',
    'trimestriel',
    'trimestrielle',
    'semestriel',
    'semestrielle',
    'annuel',
    'annuelle',
  ].map(normalizeLabel),
);

function term(kind: StatedTerm['kind'], value: CellValue, row: number, col: number): StatedTerm | undefined {
  const text = value instanceof Date ? (readPeriodCell(value) ?? '') : cellText(value);
  if (kind === 'currency') return { kind, text, row, col };
  if (FREQUENCIES.has(normalizeLabel(text))) return undefined;
  const month = value instanceof Date ? readPeriodCell(value) : undefined;
  const span = month !== undefined ? { first: month, last: month } : statedPeriodSpan(text);
  return { kind, text, row, col, ...(span ? { span } : {}) };
}

/**
 * A title naming the invoice by its period: `Invoice for September 2026`, `Facture du mois de septembre 2026`,
 * `Monthly invoice – Q3 2026`. The period must be in words (a month's name, a quarter): `Invoice 2026-09`
 * may be the ninth invoice of 2026, and a year alone is no more than the year of its number.
 */
const INVOICE_TITLE =
  /\b(?:invoice|facture)\b[\s:\u2013\u2014-]*(?:(?:for|of|pour|du|de|d['’])\s*(?:(?:the\s+)?month\s+of\s+|mois\s+d[e'’]\s*)?)?(.+)$/iu;

function titlePeriod(text: string, row: number, col: number): StatedTerm | undefined {
  const rest = INVOICE_TITLE.exec(text)?.[1].trim();
  if (rest === undefined || !/\p{L}/u.test(rest)) return undefined;
  const span = periodSpanOf(rest);
  return span && { kind: 'period', text: rest, row, col, span };
}

/**
 * The period a workbook sheet's name states, as a title does or by itself in words (`Facture septembre
 * 2026`, `Septembre 2026`); a name in digits only (`2026-09`, `Sheet1`) states none, as in a title.
 */
export function sheetNamePeriod(name: string): StatedTerm | undefined {
  const titled = titlePeriod(name.trim(), -1, -1);
  if (titled) return { ...titled, inSheetName: true };
  const span = /\p{L}/u.test(name) ? periodSpanOf(name) : undefined;
  return span && { kind: 'period', text: name.trim(), row: -1, col: -1, span, inSheetName: true };
}

/** The terms stated in the first `rows` rows of `grid`, in reading order. */
export function readTitleBlock(grid: Grid, rows: number): StatedTerm[] {
  const terms: StatedTerm[] = [];
  for (let row = 0; row < rows; row++) {
    const cells = grid[row] ?? [];
    for (let col = 0; col < cells.length; col++) {
      const value = cells[col];
      if (typeof value !== 'string') continue;
      const label = labelled(value.trim());
      if (label === undefined) {
        const titled = titlePeriod(value.trim(), row, col);
        if (titled) terms.push(titled);
        continue;
      }
      let at = col;
      let stated: CellValue = label.rest;
      if (label.rest === '') {
        at = col + 1;
        while (at < cells.length && isBlank(cellAt(grid, row, at))) at++;
        if (at >= cells.length) continue;
        stated = cellAt(grid, row, at);
      }
      const read = term(label.kind, stated, row, at);
      if (read) terms.push(read);
      col = at;
    }
  }
  return terms;
}

/** Names for a currency a title block may print: `Euro`, `euros`, `US dollars`, `dollar des États-Unis`. */
function currencyNames(currency: string): string[] {
  return ['en', 'fr'].flatMap((locale) => {
    const name = new Intl.DisplayNames([locale], { type: 'currency' }).of(currency);
    return name === undefined ? [] : [name, `${name}s`];
  });
}

/**
 * Whether a stated currency is `currency`: its code, a symbol of it, or its name, alone or together
 * (`Euro (EUR)`, `EUR / €`, `EUR – Euro`); any other text is another currency, or none the buyer can hold it to.
 */
export function statesCurrency(text: string, currency: string): boolean {
  const known = new Set([...currencyMarks(currency), ...currencyNames(currency)].map(normalizeLabel));
  const parts = text
    .split(/[()/,;\u2013\u2014]+|\s-\s/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => known.has(normalizeLabel(part)));
}
