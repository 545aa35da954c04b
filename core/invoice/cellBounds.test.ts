import { actualsOf, contractWith } from '../../test/support/invoiceContract';
import type { Contract } from '../contract/types';
import { invoiceSheetPlan } from '../layout/invoiceSheet';
import { dec, fromHostNumber, toHostNumber } from '../money';
import { buildInvoice } from './buildInvoice';

function build(fixed: string, overrides: Partial<Contract> = {}) {
  return buildInvoice(contractWith(fixed, [], overrides), actualsOf({ '2026-01': {} }), '2026-01');
}

describe('every amount of an invoice is one a cell holds to the minor unit', () => {
  it('refuses 99,999,999,999,999.99, which a cell would show as a different number, naming the line', () => {
    expect(build('99999999999999.99')).toEqual({
      ok: false,
      problems: [
        'Line "Fixed fee": the amount is beyond ±€9,999,999,999,999.99, the largest a spreadsheet cell holds exactly',
        'Subtotal excluding VAT: the amount is beyond ±€9,999,999,999,999.99, the largest a spreadsheet cell holds exactly',
        'Total including VAT: the amount is beyond ±€9,999,999,999,999.99, the largest a spreadsheet cell holds exactly',
      ],
    });
  });

  it('refuses 1e400 with a message, instead of crashing the sheet writer or printing 400 digits', () => {
    const result = build('1e400', { language: 'fr' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0].replace(/[\u202f\u00a0]/g, ' ')).toBe(
      'Ligne « Fixed fee » : le montant dépasse ±9 999 999 999 999,99 €, le plus grand qu’une cellule de tableur tient exactement',
    );
  });

  it('refuses a total that only VAT takes beyond the bound, naming the total', () => {
    const result = build('9000000000000', { vatRate: dec('0.2') });
    expect(!result.ok && result.problems.map((p) => p.split(':')[0])).toEqual(['Total including VAT']);
  });

  it('bounds by the currency’s minor unit: JPY to 15 digits of yen, KWD to 12 digits and 3 decimals', () => {
    expect(build('999999999999999', { currency: 'JPY' }).ok).toBe(true);
    expect(build('1000000000000000', { currency: 'JPY' }).ok).toBe(false);
    expect(build('999999999999.999', { currency: 'KWD' }).ok).toBe(true);
    expect(build('1000000000000', { currency: 'KWD' }).ok).toBe(false);
  });

  it('writes the largest amount to the sheet as a number that reads back to the cent', () => {
    const result = build('9999999999999.99');
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const cell = invoiceSheetPlan(result.invoice).blocks[1].values[0][5] as number;
    expect(fromHostNumber(cell).toFixed()).toBe('9999999999999.99');
    expect(toHostNumber(result.invoice.total)).toBe(cell);
  });
});
