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

function linesOf(
  atRisk: string,
  period: string,
  january: Record<string, string> = missed,
  language: 'en' | 'fr' = 'en',
) {
  const contract = contractWith('100000', levels, {
    language,
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
  });

  // Under the cap a refund is a share of what was deducted, not the credit its level printed: the line
  // says so, or €333.33 for a credit of €500.01 reads as a mistake. 1,000.01 × 500.01 / 1,500.03 =
  // 333.3366…, and largest remainder gives the third cent to the first two levels: 333.34 + 333.34 + 333.33.
  it.each([
    [
      'en',
      'Credit of January 2026 on Fix earned back: February 2026 met the expected level ≥ 80%: €333.33, its share of the €1,000.01 deducted under the at-risk cap (credit €500.01 of €1,500.03, shared to the cent)',
    ],
    [
      'fr',
      'Pénalité de janvier 2026 sur Fix récupérée : février 2026 au niveau attendu ≥ 80 % : 333,33 €, sa part des 1 000,01 € déduits sous le plafond du montant à risque (pénalité de 500,01 € sur 1 500,03 €, répartie au centime)',
    ],
  ] as const)('a refund under the cap says it is a share of the deduction (%s)', (lang, text) => {
    const february = linesOf('1000.01', '2026-02', missed, lang);
    const explanation = february.filter((l) => l.kind === 'earnback').map((l) => l.explanation)[2];
    expect(explanation.replace(/[\u202f\u00a0]/g, ' ')).toBe(text);
  });

  it('refunds each credit whole when the cap did not cut', () => {
    const twoMissed = { ...missed, Fix: '1' };
    expect(amounts(linesOf('300.02', '2026-01', twoMissed), ['sla-credit', 'sla-cap'])).toEqual([
      '-150.01',
      '-150.01',
      '0',
    ]);
    expect(amounts(linesOf('300.02', '2026-02', twoMissed), ['earnback'])).toEqual(['150.01', '150.01']);
    expect(linesOf('300.02', '2026-02', twoMissed).find((l) => l.kind === 'earnback')!.explanation).toBe(
      'Credit of January 2026 on Uptime earned back: February 2026 met the expected level ≥ 99%: €150.01',
    );
  });
});
