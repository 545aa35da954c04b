import { actualsOf, contractWith, slaClause } from '../../test/support/invoiceContract';
import { dec } from '../money';
import { buildInvoice } from './buildInvoice';

const levels = [
  slaClause('Uptime', '0.99', '0.5'),
  slaClause('Speed', '0.9', '0.5'),
  slaClause('Fix', '0.8', '0.5'),
];
const missed = { Uptime: '0.5', Speed: '0.5', Fix: '0.5' };
const met = { Uptime: '1', Speed: '1', Fix: '1' };

function linesOf(atRisk: string, period: string, january: Record<string, string> = missed) {
  const contract = contractWith('100000', levels, {
    sla: { atRisk: { amount: dec(atRisk) }, basis: 'base-fees' },
    earnback: { periods: 1 },
  });
  const result = buildInvoice(contract, actualsOf({ '2026-01': january, '2026-02': met }), period);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice.lines;
}

const amounts = (lines: ReturnType<typeof linesOf>, kinds: string[]) =>
  lines.filter((l) => kinds.includes(l.kind)).map((l) => l.amount.toFixed());

describe('earnbacks refund exactly what was deducted', () => {
  it('shares a capped deduction of 1,000.01 by largest remainder: 333.34 + 333.34 + 333.33', () => {
    // Three credits of 500.01 (half of 1,000.01 each, rounded) capped at 1,000.01.
    const january = linesOf('1000.01', '2026-01');
    expect(amounts(january, ['sla-credit', 'sla-cap'])).toEqual(['-500.01', '-500.01', '-500.01', '500.02']);
    const february = linesOf('1000.01', '2026-02');
    expect(amounts(february, ['earnback'])).toEqual(['333.34', '333.34', '333.33']);
    expect(february.filter((l) => l.kind === 'earnback').map((l) => l.explanation)[2]).toBe(
      'Credit of January 2026 on Fix earned back: February 2026 met the expected level ≥ 80%: €333.33',
    );
  });

  it('refunds each credit whole when the cap did not cut', () => {
    const twoMissed = { ...missed, Fix: '1' };
    expect(amounts(linesOf('300.02', '2026-01', twoMissed), ['sla-credit', 'sla-cap'])).toEqual([
      '-150.01',
      '-150.01',
      '0',
    ]);
    expect(amounts(linesOf('300.02', '2026-02', twoMissed), ['earnback'])).toEqual(['150.01', '150.01']);
  });
});
