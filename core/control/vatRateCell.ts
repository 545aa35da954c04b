/**
 * A supplier's VAT rate cell (`20 %`, `5,5 %`, a number cell formatted as a percentage), held to the
 * contract's rate line by line. A number printed without `%` under a header that does not say `%` is
 * a fraction (0.2) or percentage points (20): it states the contract's rate when either reading is that
 * rate, and is quoted as written where it is not, so no reading is put in the supplier's mouth. `Exempt`
 * or `Exonéré` states a rate of 0.
 */
import type { CellValue } from '../contract/sheet/cells';
import type { Language } from '../contract/types';
import { HUNDRED, dec, fromHostNumber, quotient, type Dec } from '../money';
import { formatNumber, formatPercent } from '../i18n/numberFormat';
import { reconciliationTexts } from '../i18n/reconciliation';
import { isPercentFormat } from './printedAmount';

/** A VAT rate cell as read: the rates it may state (fractions), and the cell as written. */
export interface StatedVatRate {
  readonly rates: readonly Dec[];
  readonly text: string;
}

/** Words an invoice prints for a line without VAT: a rate of 0, held to the contract's as any rate is. */
const EXEMPT = new Set([
  'exempt',
  'vat exempt',
  'exempt from vat',
  'zero rated',
  'zero-rated',
  'exonere',
  'exoneree',
  'exonere de tva',
  'exoneree de tva',
  'exoneration',
]);

const PERCENT = /^([+-]?\d{1,3}(?:[.,]\d+)?) ?%$/;
const BARE = /^[+-]?\d{1,3}(?:[.,]\d+)?$/;

function readings(points: Dec | undefined, fraction: Dec | undefined): readonly Dec[] {
  const all = [...(fraction ? [fraction] : []), ...(points ? [quotient(points, HUNDRED)] : [])];
  return all.filter((rate, i) => all.findIndex((other) => other.eq(rate)) === i);
}

/** Reads a VAT rate cell under `column`; a value that is no rate is a problem to say at its cell. */
export function readVatRate(
  value: CellValue,
  header: string,
  numberFormat: string | null,
  lang: Language,
): StatedVatRate | { readonly problem: string } {
  // A header saying `%` (`TVA %`, `VAT rate (%)`) prints its rates in percentage points.
  const inPoints = header.includes('%');
  if (typeof value === 'number' && Number.isFinite(value)) {
    const read = fromHostNumber(value);
    if (numberFormat !== null && isPercentFormat(numberFormat))
      return { rates: [read], text: formatPercent(read, lang) };
    const text = formatNumber(read, lang, { max: 20 });
    return { rates: inPoints ? readings(read, undefined) : readings(read, read), text };
  }
  const text = typeof value === 'string' ? value.trim().replace(/[\u00a0\u202f\u2009]/g, ' ') : '';
  const percent = PERCENT.exec(text);
  if (percent) return { rates: readings(dec(percent[1].replace(',', '.')), undefined), text };
  if (
    EXEMPT.has(
      text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase(),
    )
  )
    return { rates: [dec(0)], text };
  if (BARE.test(text)) {
    const read = dec(text.replace(',', '.'));
    return { rates: inPoints ? readings(read, undefined) : readings(read, read), text };
  }
  return { problem: reconciliationTexts(lang).notAVatRate(String(value ?? '').trim()) };
}
