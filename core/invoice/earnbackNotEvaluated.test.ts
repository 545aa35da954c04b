/**
 * An earnback leaves a period not evaluated (excluded, short of its sample) out of its window, and its line
 * now names it: with two periods to meet the expected level, the refund said only `March 2026 met the
 * expected level`, and a reader counting two invoices after January found February, at 90 %, unsaid.
 */
import { csvInvoice, plain, testContract, uptimeClause } from '../../test/support/testContract';
import type { Language } from '../contract/types';

const contract = (language: Language) =>
  testContract({
    language,
    fixedFees: [{ label: 'Run', amount: '10000.00' }],
    sla: { atRisk: { amount: '2000.00' } },
    earnback: { periods: 2 },
    kpis: [uptimeClause({ target: '0.998' })],
  });

// January 99 % < 99.5 %: credit 50 % of €2,000.00 = €1,000.00. February excluded (90 %, kept as evidence),
// March 99.9 % ≥ 99.8 %: the window's one evaluated period meets the level, the credit comes back in March.
const ACTUALS =
  'Period,Kind,Name,Value\n2026-01,kpi,Uptime,0.99\n2026-02,kpi,Uptime,0.9\n' +
  '2026-02,excluded,Uptime,client-caused outage\n2026-03,kpi,Uptime,0.999\n';

test.each<[Language, string]>([
  [
    'en',
    'Credit of January 2026 on Uptime earned back: March 2026 met the expected level ≥ 99.8% (not evaluated, left out: 2026-02 excluded (client-caused outage)): €1,000.00',
  ],
  [
    'fr',
    'Pénalité de janvier 2026 sur Uptime récupérée : mars 2026 au niveau attendu ≥ 99,8 % (non évalué, non compté : 2026-02 exclu (client-caused outage)) : 1 000,00 €',
  ],
])('an earnback names the period of its window it left out (%s)', (language, text) => {
  const inv = csvInvoice(contract(language), '2026-03', ACTUALS);
  const refund = inv.lines.find((l) => l.kind === 'earnback')!;
  expect([refund.amount.toFixed(2), plain(refund.explanation)]).toEqual(['1000.00', text]);
});

test('a window with every period evaluated reads as before', () => {
  const inv = csvInvoice(
    contract('en'),
    '2026-03',
    ACTUALS.replace('2026-02,excluded,Uptime,client-caused outage\n', '').replace(',0.9\n', ',0.999\n'),
  );
  expect(inv.lines.find((l) => l.kind === 'earnback')!.explanation).toBe(
    'Credit of January 2026 on Uptime earned back: February 2026, March 2026 met the expected level ≥ 99.8%: €1,000.00',
  );
});
