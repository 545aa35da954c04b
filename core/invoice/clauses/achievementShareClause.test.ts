/**
 * The invoice and the worksheet functions agree on achievement shares: the line is what the documented
 * formula gives in a cell, HOURLYFEE(0, 0, 0, variable × weight, MAX(0, ACHIEVEMENT(actual, target)),
 * cap), rounded to the cent. HOURLYFEE refuses a negative achievement, hence the MAX(0, …) of the sheet.
 */
import fc from 'fast-check';
import { actualsOf, contractWith } from '../../../test/support/invoiceContract';
import type { KpiClause } from '../../contract/types';
import { isFeeError } from '../../errors';
import { evaluateFormula } from '../../formula/evaluateFormula';
import { dec, fromHostNumber, roundMoney } from '../../money';
import { buildInvoice } from '../buildInvoice';

function invoiceLine(actual: string, target: string, weight: string, cap: string, variablePay: string) {
  const clause: KpiClause = {
    name: 'NPS',
    measure: '',
    unit: 'points',
    direction: 'higher',
    period: 'monthly',
    model: 'achievement-share',
    target: dec(target),
    weight: dec(weight),
    achievementCap: dec(cap),
  };
  const contract = contractWith('0', [clause], {
    hourly: { label: 'Hours', rate: dec(50), adjustment: dec(0), variablePay: dec(variablePay) },
  });
  const result = buildInvoice(contract, actualsOf({ '2026-01': { NPS: actual, hours: '1' } }), '2026-01');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice.lines.find((l) => l.kpi === 'NPS')!.amount;
}

/** The documented cell formula, MAX being the spreadsheet's own. */
function worksheetLine(actual: string, target: string, weight: string, cap: string, variablePay: string) {
  const achievement = evaluateFormula(`ACHIEVEMENT(${actual}, ${target})`);
  if (typeof achievement !== 'number') throw new Error(`ACHIEVEMENT gave ${JSON.stringify(achievement)}`);
  const fee = evaluateFormula(
    `HOURLYFEE(0, 0, 0, ${variablePay}*${weight}, ${Math.max(0, achievement)}, ${cap})`,
  );
  if (typeof fee !== 'number') throw new Error(`HOURLYFEE gave ${JSON.stringify(fee)}`);
  return roundMoney(fromHostNumber(fee), 'EUR');
}

describe('achievement-share lines equal the worksheet formula', () => {
  it('on random actuals, targets, weights, caps and variable pay, negative achievements included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }).map((n) => String(n / 100)),
        fc.integer({ min: 0, max: 20 }).map((n) => String(n / 10)),
        fc.integer({ min: 0, max: 1000000 }).map((n) => String(n / 100)),
        (actual, target, weight, cap, pay) => {
          const args = [String(actual), String(target), weight, cap, pay] as const;
          expect(invoiceLine(...args).toFixed()).toBe(worksheetLine(...args).toFixed());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('pays NPS −10 against a target of 30 as nothing, never −€333.33', () => {
    expect(invoiceLine('-10', '30', '1', '1', '1000').toFixed()).toBe('0');
  });

  it('needs the MAX(0, …): HOURLYFEE refuses a negative achievement', () => {
    const refused = evaluateFormula('HOURLYFEE(0, 0, 0, 1000, ACHIEVEMENT(-10, 30), 1)');
    expect(isFeeError(refused) && refused.message).toMatch(/^HOURLYFEE: achievement must be a number ≥ 0/);
  });
});
