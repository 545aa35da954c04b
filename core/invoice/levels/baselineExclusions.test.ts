/**
 * A baseline averaged over months of the actuals leaves out a month the actuals exclude for its KPI (force
 * majeure, a client-caused outage), as aggregation, ratchets, repeat failures and earnbacks do: a month of
 * outage is no measure of the performance the levels improve on. It counted the month's value (often a 0
 * typed for it), so the baseline fell and a fee was paid for no improvement.
 */
import { plain, sessionsClause, testContract } from '../../../test/support/testContract';
import { buildActuals } from '../../contract/actuals';
import type { Language } from '../../contract/types';
import { dec } from '../../money';
import { buildInvoice } from '../buildInvoice';

const contract = (language: Language) =>
  testContract({ language, kpis: [sessionsClause({ baselineMonths: '2026-01..2026-03' })] });

/** Sessions 40, (February excluded, 0 typed for it), 44; April's value `april`. */
function actuals(april: string, february: 'value' | 'none' = 'value', januaryExcluded = false) {
  return buildActuals([
    { period: '2026-01', kind: 'kpi', name: 'Sessions', value: dec('40') },
    ...(januaryExcluded
      ? [{ period: '2026-01', kind: 'excluded' as const, name: 'Sessions', reason: 'force majeure' }]
      : []),
    ...(february === 'value'
      ? [{ period: '2026-02', kind: 'kpi' as const, name: 'Sessions', value: dec('0') }]
      : []),
    { period: '2026-02', kind: 'excluded', name: 'Sessions', reason: 'client-caused outage' },
    { period: '2026-03', kind: 'kpi', name: 'Sessions', value: dec('44') },
    { period: '2026-04', kind: 'kpi', name: 'Sessions', value: dec(april) },
  ]);
}

describe('a baseline over months, one of them excluded', () => {
  // Baseline (40 + 44) ÷ 2 = 42, threshold 42 × 1.2 = 50.4; April 40 < 50.4: no fee. Counting February's 0,
  // (40 + 0 + 44) ÷ 3 = 28, threshold 33.6, and 40 would have been paid €500.00.
  test.each<[Language, string]>([
    [
      'en',
      'Sessions 40 < threshold 50.4: no fee; baseline 42 (average of January 2026, March 2026; 2026-02 excluded (client-caused outage)): threshold +20% = 50.4',
    ],
    [
      'fr',
      'Sessions 40 < seuil 50,4 : pas d’honoraires ; référence 42 (moyenne de janvier 2026, mars 2026 ; 2026-02 exclu (client-caused outage)) : seuil +20 % = 50,4',
    ],
  ])('leaves the month out, and says so (golden, %s)', (lang, text) => {
    for (const february of ['value', 'none'] as const) {
      const result = buildInvoice(contract(lang), actuals('40', february), '2026-04');
      if (!result.ok) throw new Error(result.problems.join('\n'));
      expect(result.invoice.lines.map((l) => l.amount.toFixed(2))).toEqual(['0.00']);
      expect(plain(result.invoice.lines[0].explanation).replace("'", '’')).toBe(text);
    }
  });

  // Exactly on the level: 50.4 ≥ 50.4, €500.00.
  test('exactly on the level it resolves, the fee is paid', () => {
    const result = buildInvoice(contract('en'), actuals('50.4'), '2026-04');
    expect(result.ok && result.invoice.lines[0].amount.toFixed(2)).toBe('500.00');
  });

  test('every month of it excluded but one still gives a baseline; none left stops the invoice', () => {
    const one = buildInvoice(contract('en'), actuals('53', 'value', true), '2026-04');
    // 44 alone: threshold 52.8; 53 ≥ 52.8: €500.00.
    expect(one.ok && one.invoice.lines[0].amount.toFixed(2)).toBe('500.00');
    const none = buildInvoice(
      testContract({ kpis: [sessionsClause({ baselineMonths: '2026-02' })] }),
      actuals('53'),
      '2026-04',
    );
    expect(none.ok ? [] : none.problems).toEqual([
      'Sessions: every month of its baseline is excluded (2026-02 excluded (client-caused outage)): the baseline has no value; name other months in Baseline months, or state a Baseline',
    ]);
  });
});
