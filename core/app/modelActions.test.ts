import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import { workbookActions } from './actions';
import type { MaybePromise } from './maybePromise';

function now<T>(value: MaybePromise<T>): T {
  if (value instanceof Promise) throw new Error('expected a synchronous result');
  return value;
}

describe('Exposure of a period, over a workbook', () => {
  it('is the engine’s exposure at that period’s volumes, on a new sheet, the contract untouched', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    now(actions.newContract('bpo-customer-service', 'en'));
    const before = JSON.stringify([...book.sheetMap.entries()]);

    const result = now(actions.periodExposure('2026-10', 'en'));

    // Hand-computed in test/model/exposure.test.ts: base fees 108,750.00; best KPIs reach the €6,000.00
    // bonus cap (total 137,700.00 with VAT), worst ones the malus cap of 1 % (total 129,195.00).
    expect(result.minimum).toBe('€129,195.00');
    expect(result.maximum).toBe('€137,700.00');
    expect(result.unbounded).toEqual([]);
    expect(result.message).toBe(
      `At the volumes of 2026-10, the invoice total lies between ${result.minimum} and ${result.maximum} (VAT included); details on “Exposure”.`,
    );
    expect(result.sheet).toBe('Exposure');
    expect(book.sheetMap.get('Exposure')!.flat()).toContain('Minimum');
    expect(JSON.stringify([...book.sheetMap.entries()].filter(([name]) => name !== 'Exposure'))).toBe(before);
    expect(now(actions.periodExposure('2026-10', 'fr')).sheet).toBe('Exposure (2)');
  });

  it('refuses a period the contract cannot invoice, writing nothing', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    now(actions.newContract('bpo-customer-service', 'en'));
    expect(() => actions.periodExposure('2031-01', 'en')).toThrow('The invoice cannot be built');
    expect(book.sheetNames()).toEqual(['Contract', 'Actuals']);
  });
});
