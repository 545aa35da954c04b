/**
 * An escalation whose window holds a period not evaluated (an excluded month, a sample short): that period
 * is no miss, and the count says which it left out. It printed `missed 3 of the last 4 months` beside four
 * months of the actuals above the maximum, one of them excluded: a reader checking the count by hand found
 * four misses and no word of why three were counted.
 */
import { csvInvoice, kpiClause, plain, testContract } from '../../../test/support/testContract';
import type { Language } from '../../contract/types';

const contract = (language: Language) =>
  testContract({
    language,
    sla: { atRisk: { amount: '2000.00' } },
    fixedFees: [{ label: 'Run', amount: '10000.00' }],
    volumes: [{ name: 'Tickets', unit: 'ticket', unitPrice: '0' }],
    kpis: [
      kpiClause('P1', 'P1 resolution time', 'hours', 'lower', {
        model: 'sla-credit',
        threshold: '4',
        allocation: '0.5',
        repeatPeriods: '4',
        escalateAt: '3',
        escalationFactor: '1.5',
      }),
      kpiClause('Key', 'Key report on time', 'percent', 'higher', {
        model: 'sla-credit',
        threshold: '0.95',
        allocation: '0.5',
        repeatPeriods: '4',
        criticalAt: '3',
        sampleVolume: 'Tickets',
        sampleMinimum: '10',
      }),
    ],
  });

// P1 5 h every month, above its maximum of 4 h; February excluded. Key 90 % every month, under 95 %; its
// sample of tickets is 9 in March, one short of 10. Each allocation is 50 % of €2,000.00: €1,000.00.
const ACTUALS =
  'Period,Kind,Name,Value\n' +
  ['2026-01', '2026-02', '2026-03', '2026-04']
    .map((m) => `${m},kpi,P1,5\n${m},kpi,Key,0.9\n${m},volume,Tickets,${m === '2026-03' ? 9 : 10}\n`)
    .join('') +
  '2026-02,excluded,P1,client-caused outage\n';

describe('a repeat-failure count names the periods it did not count', () => {
  // April: P1 missed January, March and April, February excluded: 3 of the last 4 months, its 3rd miss:
  // −€1,000.00 × 1.5 = −€1,500.00. Key missed January, February and April, March short of its sample: 3 of
  // 4, critical from 3: −€1,000.00. Credits 2,500.00 capped at the at-risk €2,000.00.
  test.each<[Language, string, string]>([
    [
      'en',
      '; missed 3 of the last 4 months (not evaluated, so no miss: 2026-02 excluded (client-caused outage)): credit × 1.5: −€1,000.00 × 1.5 = −€1,500.00',
      '; key measure critical, missed 3 of the last 4 months (not evaluated, so no miss: 2026-03 sample 9 (Tickets) < minimum 10; critical from 3): the credit applies',
    ],
    [
      'fr',
      ' ; manqué 3 fois sur les 4 derniers mois (non évalué, donc sans manquement : 2026-02 exclu (client-caused outage)) : pénalité × 1,5 : −1 000,00 € × 1,5 = −1 500,00 €',
      ' ; indicateur clé devenu critique, manqué 3 fois sur les 4 derniers mois (non évalué, donc sans manquement : 2026-03 échantillon 9 (Tickets) < minimum 10 ; critique à partir de 3) : la pénalité s’applique',
    ],
  ])('an excluded month and a short sample (%s)', (language, p1, key) => {
    const inv = csvInvoice(contract(language), '2026-04', ACTUALS);
    expect(inv.lines.map((l) => `${l.kind} ${l.amount.toFixed(2)}`)).toEqual([
      'fixed 10000.00',
      'volume 0.00',
      'sla-credit -1500.00',
      'sla-credit -1000.00',
      'sla-cap 500.00',
    ]);
    expect(plain(inv.lines[2].explanation)).toContain(plain(p1));
    expect(plain(inv.lines[3].explanation)).toContain(plain(key));
  });

  test('a window with every period evaluated says the count alone, as before', () => {
    const inv = csvInvoice(
      contract('en'),
      '2026-04',
      ACTUALS.replace('2026-02,excluded,P1,client-caused outage\n', ''),
    );
    expect(inv.lines[2].explanation).toContain(
      '; missed 4 of the last 4 months: credit × 1.5: −€1,000.00 × 1.5 = −€1,500.00',
    );
  });
});
