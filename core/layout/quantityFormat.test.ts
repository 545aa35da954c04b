import fc from 'fast-check';
import { buildInvoice } from '../invoice/buildInvoice';
import { dec } from '../money';
import { TEMPLATES } from '../templates';
import { invoiceSheetPlan } from './invoiceSheet';
import { quantityFormat } from './quantityFormat';

/**
 * What Excel shows for a non-negative number in a `#,##0` / `#,##0.000` format (thousands separators,
 * exactly the format's decimals, rounded half away from zero), for the formats quantityFormat writes.
 */
function shown(value: number, format: string): string {
  const places = format.includes('.') ? format.length - format.indexOf('.') - 1 : 0;
  const [whole, fraction] = dec(value).toFixed(places).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

describe('quantityFormat', () => {
  it('shows whole quantities without a point and fractions with their digits', () => {
    expect(quantityFormat(dec('42500'))).toBe('#,##0');
    expect(quantityFormat(dec('42500.00'))).toBe('#,##0');
    expect(quantityFormat(dec('37.5'))).toBe('#,##0.0');
    expect(quantityFormat(dec('152.25'))).toBe('#,##0.00');
    expect(quantityFormat(dec('0.125'))).toBe('#,##0.000');
    expect(shown(42500, quantityFormat(dec('42500')))).toBe('42,500');
    expect(shown(1234.5, quantityFormat(dec('1234.5')))).toBe('1,234.5');
  });

  it('never ends with a point, and shows the value exactly, for any quantity up to 10 decimals', () => {
    const quantity = fc
      .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 10 }), fc.nat())
      .map(([whole, places, digits]) =>
        dec(`${whole}.${String(digits).padStart(places, '0').slice(0, places) || '0'}`),
      );
    fc.assert(
      fc.property(quantity, (q) => {
        const text = shown(q.toNumber(), quantityFormat(q));
        expect(text.endsWith('.')).toBe(false);
        expect(dec(text.replace(/,/g, '')).eq(q)).toBe(true);
      }),
    );
  });

  it('shows at most 10 decimals of a quantity that has more', () => {
    expect(quantityFormat(dec('1').div(3))).toBe(`#,##0.${'0'.repeat(10)}`);
  });
});

describe('quantities on the invoice sheets of every template', () => {
  it('each have the format of their own value, and none shows a trailing point', () => {
    let checked = 0;
    for (const template of TEMPLATES) {
      for (const { period } of template.scenarios) {
        const result = buildInvoice(template.contract('en'), template.actuals('en'), period);
        if (!result.ok) throw new Error(result.problems.join('\n'));
        const plan = invoiceSheetPlan(result.invoice);
        const quantities = result.invoice.lines.flatMap((line) =>
          line.quantity === undefined ? [] : [line.quantity],
        );
        const cells = plan.blocks
          .flatMap((b) => b.values.map((row, r) => ({ value: row[2], format: b.numberFormats?.[r]?.[2] })))
          .filter((cell) => typeof cell.value === 'number' && cell.format?.startsWith('#,##0') === true);
        expect(cells.map((c) => c.format)).toEqual(expect.arrayContaining(quantities.map(quantityFormat)));
        for (const cell of cells) {
          expect(shown(cell.value as number, cell.format as string).endsWith('.')).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});
