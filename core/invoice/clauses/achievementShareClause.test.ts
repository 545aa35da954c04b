/**
 * The invoice and the worksheet functions agree on achievement shares: the line is what the documented
 * formula gives in a cell, HOURLYFEE(0, 0, 0, variable × weight, MAX(0, ACHIEVEMENT(actual, target)),
 * cap), rounded to the cent — except on an exact half cent whose ratio has no end, where only the formula
 * dividing last does. HOURLYFEE refuses a negative achievement, hence the MAX(0, …) of the sheet.
 */
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { actualsOf, contractWith } from '../../../test/support/invoiceContract';
import type { KpiClause } from '../../contract/types';
import { isFeeError } from '../../errors';
import { evaluateFormula } from '../../formula/evaluateFormula';
import { dec, fromHostNumber, roundMoney } from '../../money';
import { buildInvoice } from '../buildInvoice';
import { ZERO, fromDouble, max, min, mul, rat } from '../../../test/support/rational';

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

/**
 * The exact cell formula: the amount formed in the cell's own arithmetic and divided last, so that the cell
 * holds it to the 15 digits ROUND reads — an exact half cent stays one (a third never passes through a cell).
 */
function exactWorksheetLine(
  actual: string,
  target: string,
  weight: string,
  cap: string,
  variablePay: string,
) {
  const formula = `ROUND(MIN(${variablePay}*${weight}*MAX(0, ${actual})/${target}, ${variablePay}*${weight}*${cap}), 2)`;
  const fee = evaluateFormula(formula);
  if (typeof fee !== 'number') throw new Error(`${formula} gave ${JSON.stringify(fee)}`);
  return fromHostNumber(fee);
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
          const line = invoiceLine(...args);
          // The line is the exact amount rounded once, half away from zero.
          const exact = mul(
            min(max(rat(BigInt(actual), BigInt(target)), ZERO), fromDouble(Number(cap))),
            mul(fromDouble(Number(pay)), fromDouble(Number(weight))),
          );
          const cents = (2n * 100n * exact.n + exact.d) / (2n * exact.d);
          expect(line.times(100).toFixed()).toBe(cents.toString());
          // The cell agrees, but on an exact half cent whose ratio has no end (1/3, 1/49): its
          // 15-digit ratio may fall either side of the tie, a cent from the exact amount.
          const tie = (200n * exact.n) % exact.d === 0n && ((200n * exact.n) / exact.d) % 2n === 1n;
          const cell = worksheetLine(...args);
          if (tie) expect(cell.minus(line).abs().lte(dec('0.01'))).toBe(true);
          else expect(line.toFixed()).toBe(cell.toFixed());
          // Divided last, the cell gives the line exactly, ties included.
          expect(exactWorksheetLine(...args).toFixed()).toBe(line.toFixed());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('pays an exact half cent as the contract rounds it: 5,649.93 × 50 % × 1 ÷ 3 = 941.655, 941.66', () => {
    // Not 941.65, the rounded third's product (941.6549…); a cell's 15-digit third gives 941.65 too.
    expect(invoiceLine('1', '3', '0.5', '1', '5649.93').toFixed()).toBe('941.66');
    // 9,550.10 × 95 % × 1 ÷ 49 = 185.155 exactly: 185.16.
    expect(invoiceLine('1', '49', '0.95', '0.1', '9550.1').toFixed()).toBe('185.16');
  });

  it('on those half cents, the formula dividing last gives the line: 941.66 and 185.16', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
    expect(doc.replace(/\s+/g, ' ')).toContain(
      '`ROUND(MIN(5649.93*0.5*MAX(0, 1)/3, 5649.93*0.5*1), 2)` = 941.66',
    );
    expect(evaluateFormula('ROUND(MIN(5649.93*0.5*MAX(0, 1)/3, 5649.93*0.5*1), 2)')).toBe(941.66);
    expect(exactWorksheetLine('1', '3', '0.5', '1', '5649.93').toFixed()).toBe('941.66');
    expect(exactWorksheetLine('1', '49', '0.95', '0.1', '9550.1').toFixed()).toBe('185.16');
    // The achievement as a cell ratio does not: its 15-digit third lands under the tie.
    expect(worksheetLine('1', '3', '0.5', '1', '5649.93').toFixed()).toBe('941.65');
  });

  it('pays NPS −10 against a target of 30 as nothing, never −€333.33', () => {
    expect(invoiceLine('-10', '30', '1', '1', '1000').toFixed()).toBe('0');
  });

  it('needs the MAX(0, …): HOURLYFEE refuses a negative achievement', () => {
    const refused = evaluateFormula('HOURLYFEE(0, 0, 0, 1000, ACHIEVEMENT(-10, 30), 1)');
    expect(isFeeError(refused) && refused.message).toMatch(/^HOURLYFEE: achievement must be a number ≥ 0/);
  });
});
