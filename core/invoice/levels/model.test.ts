/**
 * Curves and exposure see moving levels as the invoice applies them: the default span of a curve reaches
 * the levels a ramp and a baseline lead to, and exposure searches the kinks at the levels of the period.
 */
import { actualsOf } from '../../../test/support/invoiceContract';
import { levelsContract } from '../../../test/support/levelsContract';
import { kpiClause, sessionsClause } from '../../../test/support/testContract';
import { dec } from '../../money';
import { exposure } from '../../model/exposure';
import { defaultSpan, defaultSpanAt, feeCurve } from '../../model/feeCurve';
import { onlineBusinessManager } from '../../templates/onlineBusinessManager';

const fcr = kpiClause('FCR', 'First contact resolution', 'percent', 'higher', {
  model: 'kpi-score',
  threshold: '0.7',
  target: '0.8',
  amount: '1000.00',
  ramp: { start: '2026-01', periods: 4, from: '0.6' },
});
const base = { kpis: new Map([['FCR', dec('0.5')]]), volumes: new Map() };

describe('moving levels in curves and exposure', () => {
  test('the default span of a curve reaches the levels from the baseline: sessions 40, 48 and 52', () => {
    const sessions = onlineBusinessManager.contract('en').kpis.find((k) => k.name.startsWith('Coaching'))!;
    // From the count's lower bound 0 to as far again beyond the stretch 52 (+30 % of 40): 104.
    expect(defaultSpan(sessions)).toEqual({ from: dec(0), to: dec(104) });
  });

  test('the default span at a base period reaches the level from baseline months: 50.4 sessions', () => {
    const sessions = sessionsClause({ baselineMonths: '2026-01..2026-03' });
    const c = levelsContract('en', [sessions]);
    const history = actualsOf({
      '2026-01': { Sessions: '40' },
      '2026-02': { Sessions: '42' },
      '2026-03': { Sessions: '44' },
    });
    const april = { period: '2026-04', history };
    // The stated +20 % is a change: read as a level it spans 0 to 0.4 sessions.
    expect(defaultSpan(c.kpis[0])).toEqual({ from: dec(0), to: dec('0.4') });
    // Baseline (40 + 42 + 44) ÷ 3 = 42, threshold 42 × 1.2 = 50.4: from the count's bound 0 to as far
    // again beyond, 100.8; the base has no Sessions value of its own, which the levels do not need.
    const span = defaultSpanAt(c, c.kpis[0], { kpis: new Map(), volumes: new Map() }, april);
    expect(span).toEqual({ from: dec(0), to: dec('100.8') });
  });

  test('a curve in February follows the levels of period 2: threshold 65 %, target 70 %', () => {
    // Period 2 of 4 from 60 %: threshold 60 + (70 − 60) × 2 ÷ 4 = 65 %, target 60 + (80 − 60) × 2 ÷ 4 = 70 %.
    // Score at 67.5 %: (67.5 − 65) ÷ (70 − 65) = 0.5, fee 500.00; at 70 % the whole 1,000.00.
    const c = levelsContract('en', [fcr]);
    const curve = feeCurve(c, base, 'FCR', [dec('0.65'), dec('0.675'), dec('0.7')], { period: '2026-02' });
    expect(curve.ok && curve.points.map((p) => p.amount.toFixed())).toEqual(['0', '500', '1000']);
  });

  test('exposure in February: 10,000.00 to 11,000.00 before VAT, reached at the levels of the period', () => {
    const result = exposure(levelsContract('en', [fcr]), base, { period: '2026-02' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const { min, max } = result.exposure;
    expect([min!.subtotal.toFixed(), max!.subtotal.toFixed()]).toEqual(['10000', '11000']);
    expect(max!.values.get('FCR')!.gte(dec('0.7'))).toBe(true);
    expect(min!.values.get('FCR')!.lte(dec('0.65'))).toBe(true);
  });
});
