/**
 * Ramps and dated schedules: the level a period applies, exactly on a ramp's level, the rounding rule of
 * an interpolated level, EN and FR golden invoices worked out by hand, the cell formulas of the docs, and
 * the law that a ramp is monotone between its ends.
 */
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { invoiceOf, levelsContract, levelsContractJson, plain } from '../../../test/support/levelsContract';
import { contractFromSheet, type CellValue } from '../../contract/fromSheet';
import { parseContract } from '../../contract/json';
import { contractSheetPlan } from '../../layout/contractSheet';
import { planToGrid } from '../../layout/planToGrid';
import { actualsOf } from '../../../test/support/invoiceContract';
import { csatClause, kpiClause, sessionsClause } from '../../../test/support/testContract';
import { invoiceContext } from '../context';
import { addMonths } from '../../contract/period';
import type { Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';
import { dec } from '../../money';
import { rampLevel } from './ramp';
import { resolveLevels } from './resolveLevels';
import { roundLevel } from './roundLevel';

const response = (ramp: unknown) => ({
  name: 'Response time',
  measure: 'Mean hours from a request to the answer',
  unit: 'hours',
  direction: 'lower',
  period: 'monthly',
  model: 'threshold',
  threshold: '4',
  amount: '300.00',
  ramp,
});
const conversion = {
  name: 'Conversion',
  measure: 'Leads converted ÷ leads',
  unit: 'percent',
  direction: 'higher',
  period: 'monthly',
  model: 'threshold',
  threshold: '0.20',
  amount: '1000.00',
  levelSchedule: 'from 2026-07: 0.25; from 2027-01: 0.3',
};
const contract = (lang: Language) =>
  levelsContract(lang, [response('2026-04 over 4 periods from 6'), conversion]);
const month = (hours: string, rate: string) => ({ 'Response time': hours, Conversion: rate });

describe('a ramp from 6 hours to 4 over 4 periods from April 2026', () => {
  // Period k from April: 6 + (4 − 6) × k ÷ 4: March (before) 6, April 5.5, May 5, June 4.5, July on 4.
  test.each([
    ['2026-03', '6'],
    ['2026-04', '5.5'],
    ['2026-05', '5'],
    ['2026-06', '4.5'],
    ['2026-07', '4'],
    ['2027-02', '4'],
  ])('in %s the level is %s hours', (period, level) => {
    const inv = invoiceOf(contract('en'), { [period]: month('9', '0.5') }, period);
    expect(inv.evidence[0].clause.threshold!.toFixed()).toBe(level);
  });

  // May, response time exactly 5 h on the ramp's level 5 h (≤: met): 300.00. Conversion 24 % ≥ 20 %
  // (the schedule starts in July): 1,000.00. Subtotal 10,000.00 + 300.00 + 1,000.00 = 11,300.00;
  // VAT 2,260.00; total 13,560.00.
  test.each<[Language, string, string]>([
    [
      'en',
      'Response time 5 h ≤ threshold 5 h: fee €300.00; ramp from 6 h over 4 periods from April 2026, period 2 of 4: threshold 5 h',
      'Conversion 24% ≥ threshold 20%: fee €1,000.00',
    ],
    [
      'fr',
      'Response time 5 h ≤ seuil 5 h : honoraires 300,00 € ; rampe depuis 6 h sur 4 périodes dès avril 2026, période 2 sur 4 : seuil 5 h',
      'Conversion 24 % ≥ seuil 20 % : honoraires 1 000,00 €',
    ],
  ])('May, %s: exactly on the ramp level the fee is paid', (lang, responseText, conversionText) => {
    const inv = invoiceOf(contract(lang), { '2026-05': month('5', '0.24') }, '2026-05');
    expect(inv.lines.map((l) => l.amount.toFixed())).toEqual(['10000', '300', '1000']);
    expect([inv.subtotal, inv.vat.amount, inv.total].map((d) => d.toFixed())).toEqual([
      '11300',
      '2260',
      '13560',
    ]);
    expect(plain(inv.lines[1].explanation)).toBe(responseText);
    expect(plain(inv.lines[2].explanation)).toBe(conversionText);
  });

  test('just above the level of the period, no fee: 5.01 h in May', () => {
    const inv = invoiceOf(contract('en'), { '2026-05': month('5.01', '0.24') }, '2026-05');
    expect(inv.lines[1].amount.toFixed()).toBe('0');
    expect(inv.total.toFixed()).toBe('13200');
  });

  test('an interpolated level is rounded to 6 decimals: 6 − 2 ÷ 3 is 5.333333', () => {
    const thirds = levelsContract('en', [response('2026-04 over 3 periods from 6')]);
    const at = (hours: string) =>
      invoiceOf(thirds, { '2026-04': { 'Response time': hours } }, '2026-04').lines[1];
    expect(at('5.333333').amount.toFixed()).toBe('300');
    expect(at('5.333334').amount.toFixed()).toBe('0');
    expect(plain(at('5.333333').explanation)).toContain('period 1 of 3: threshold 5.333333 h');
  });
});

describe('a dated schedule', () => {
  // July: the step from 2026-07 sets the threshold at 25 %: 24 % misses it, 25 % reaches it.
  test.each<[Language, string, string]>([
    ['en', '0.24', 'Conversion 24% < threshold 25%: no fee; levels from July 2026 (schedule): threshold 25%'],
    [
      'fr',
      '0.25',
      'Conversion 25 % ≥ seuil 25 % : honoraires 1 000,00 € ; niveaux dès juillet 2026 (calendrier) : seuil 25 %',
    ],
  ])('July, %s, conversion %s: the step in force applies', (lang, rate, text) => {
    const inv = invoiceOf(contract(lang), { '2026-07': month('4', rate) }, '2026-07');
    expect(plain(inv.lines[2].explanation)).toBe(text);
    // Response time 4 h on the ramp's last level 4 h: 300.00; the total is (10,000 + 300 + fee) × 1.2.
    expect(inv.total.toFixed()).toBe(rate === '0.25' ? '13560' : '12360');
  });

  test('from 2027-01 the next step: 30 %', () => {
    const inv = invoiceOf(contract('en'), { '2027-03': month('4', '0.29') }, '2027-03');
    expect(inv.evidence[1].clause.threshold!.toFixed()).toBe('0.3');
    expect(inv.lines[2].amount.toFixed()).toBe('0');
  });

  test('a schedule of changes from a baseline: +20 %, then +30 % from July', () => {
    const sessions = sessionsClause({ baseline: '40', levelSchedule: 'from 2026-07: 0.3' });
    const c = levelsContract('en', [sessions]);
    // June: 40 × 1.2 = 48; July: 40 × 1.3 = 52.
    const june = invoiceOf(c, { '2026-06': { Sessions: '50' } }, '2026-06');
    const july = invoiceOf(c, { '2026-07': { Sessions: '50' } }, '2026-07');
    expect([june, july].map((inv) => inv.evidence[0].clause.threshold!.toFixed())).toEqual(['48', '52']);
    expect(plain(july.lines[1].explanation)).toBe(
      'Sessions 50 < threshold 52: no fee; levels from July 2026 (schedule); baseline 40: threshold +30% = 52',
    );
  });

  test('a ramp from a baseline with a relative target: +20 % in 6 months from 40 sessions', () => {
    const sessions = sessionsClause({ baseline: '40', ramp: { start: '2026-01', periods: 6 } });
    const c = levelsContract('en', [sessions]);
    // Target 40 × 1.2 = 48; period k: 40 + 8k ÷ 6: January 41.333333, March 44, June 48.
    const level = (period: string) =>
      invoiceOf(c, { [period]: { Sessions: '44' } }, period).evidence[0].clause.threshold!.toFixed();
    expect(['2026-01', '2026-03', '2026-06', '2026-09'].map(level)).toEqual(['41.333333', '44', '48', '48']);
    expect(plain(invoiceOf(c, { '2026-03': { Sessions: '44' } }, '2026-03').lines[1].explanation)).toBe(
      'Sessions 44 ≥ threshold 44: fee €500.00; baseline 40: threshold +20% = 48; ramp from 40 over 6 periods from January 2026, period 3 of 6: threshold 44',
    );
  });
});

describe('ramps are monotone between their ends', () => {
  const level = fc.integer({ min: -100000, max: 100000 }).map((n) => dec(n).div(1000));
  test('each period is between the start and the final level, and no step goes back', () => {
    fc.assert(
      fc.property(level, level, fc.integer({ min: 1, max: 60 }), (start, final, periods) => {
        const path = Array.from({ length: periods + 3 }, (_, i) =>
          roundLevel(rampLevel(start, final, i - 1, periods)),
        );
        const rising = final.gte(start);
        for (let i = 1; i < path.length; i++) {
          expect(rising ? path[i].gte(path[i - 1]) : path[i].lte(path[i - 1])).toBe(true);
        }
        expect(path[0].eq(start) && path[1].eq(start) && path[path.length - 1].eq(final)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('in the engine, month by month, every level of a two-level clause', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 12 }),
        (start, a, b, periods) => {
          const [threshold, target] = [Math.min(a, b), Math.max(a, b)].map((n) => String(n / 1000));
          // A ramp starts as bad as every level or worse (it never eases one): at most the threshold.
          const from = Math.min(start, a, b);
          const clause = levelsContract('en', [
            kpiClause('FCR', 'First contact resolution', 'percent', 'higher', {
              model: 'kpi-score',
              threshold,
              target,
              amount: '1000.00',
              ramp: { start: '2026-02', periods, from: String(from / 1000) },
            }),
          ]);
          const ctx = invoiceContext(clause, actualsOf({}), ['2026-01']);
          // From the ramp's first period: before it a scale's levels are one value, which stops the invoice
          // (rampNotStarted.test.ts).
          const months = Array.from({ length: periods + 1 }, (_, i) => addMonths('2026-02', i));
          const levels = months.map((m) => {
            const r = resolveLevels(ctx, clause.kpis[0], m);
            if ('problem' in r) throw new Error(r.problem);
            return [r.clause.threshold!, r.clause.target!];
          });
          for (const which of [0, 1]) {
            const final = dec(which === 0 ? threshold : target);
            for (let i = 1; i < levels.length; i++) {
              const [prev, next] = [levels[i - 1][which], levels[i][which]];
              expect(next.gte(prev)).toBe(true);
            }
            expect(levels[levels.length - 1][which].eq(final)).toBe(true);
          }
          // Both levels start together and keep their order on the way.
          for (const [t, g] of levels) expect(g.gte(t)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('check by hand', () => {
  test('the formulas the docs give return the lines’ amounts', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
    const onRamp = 'THRESHOLDFEE(5, 6+(4-6)*2/4, 300, "lower")';
    const aboveRamp = 'THRESHOLDFEE(5.01, 6+(4-6)*2/4, 300, "lower")';
    const missed = 'THRESHOLDFEE(0.24, 0.25, 1000)';
    const reached = 'THRESHOLDFEE(0.25, 0.25, 1000)';
    for (const f of [onRamp, aboveRamp, missed, reached])
      expect(plain(doc.replace(/\n/g, ' '))).toContain(`\`${f}\``);
    const line = (period: string, hours: string, rate: string, kpi: string) =>
      Number(
        invoiceOf(contract('en'), { [period]: month(hours, rate) }, period).lines.find((l) => l.kpi === kpi)!
          .amount,
      );
    expect(evaluateFormula(onRamp)).toBe(line('2026-05', '5', '0.24', 'Response time'));
    expect(evaluateFormula(aboveRamp)).toBe(line('2026-05', '5.01', '0.24', 'Response time'));
    expect(evaluateFormula(missed)).toBe(line('2026-07', '4', '0.24', 'Conversion'));
    expect(evaluateFormula(reached)).toBe(line('2026-07', '4', '0.25', 'Conversion'));
  });
});

describe('a ramp never eases a level', () => {
  // "Conversion from 15 % to 25 % over 6 months" on a score curve from a 10 % threshold: every level moves
  // from the ramp's start, so the threshold would fall from 15 % to 10 % while the target rises.
  const conversion = (lang: Language, ramp: unknown) =>
    levelsContractJson(lang, [
      kpiClause('Conversion', 'Leads converted ÷ leads', 'percent', 'higher', {
        model: 'kpi-score',
        threshold: '0.10',
        target: '0.25',
        amount: '800.00',
        ramp,
      }),
    ]);
  const messages = (document: unknown, lang: Language = 'en') => {
    const result = parseContract(document, { lang });
    return result.ok ? [] : result.issues.map((i) => i.message);
  };

  test.each<[Language, string]>([
    [
      'en',
      'kpis[0].ramp: from 0.15, the threshold 0.1 would get easier over the ramp (every level moves from the start to its stated value): start from 0.1 or below',
    ],
    [
      'fr',
      'kpis[0].ramp\u00a0: depuis 0,15, le niveau «\u00a0seuil\u00a0» 0,1 deviendrait plus facile au fil de la rampe (chaque niveau va du départ à sa valeur)\u00a0: partez de 0,1 ou moins',
    ],
  ])('a start beyond the threshold is refused, naming it (%s)', (lang, message) => {
    expect(messages(conversion(lang, { start: '2026-01', periods: 6, from: '0.15' }), lang)).toEqual([
      message,
    ]);
  });

  test('a start typed as a percentage (15 for 15 %) is that one mistake, said once', () => {
    expect(messages(conversion('en', { start: '2026-01', periods: 6, from: '15' }))).toEqual([
      'kpis[0].ramp: 15 is outside the valid range of a percent KPI (0 to 1): did you mean 0.15?',
    ]);
  });

  test('a start at the threshold or worse reads; lower is better the other way round', () => {
    expect(messages(conversion('en', { start: '2026-01', periods: 6, from: '0.10' }))).toEqual([]);
    const response = (from: string) =>
      levelsContractJson('en', [
        kpiClause('Response', 'Hours to answer', 'hours', 'lower', {
          model: 'threshold',
          threshold: '4',
          amount: '300.00',
          ramp: { start: '2026-01', periods: 3, from },
        }),
      ]);
    expect(messages(response('6'))).toEqual([]);
    expect(messages(response('3'))).toEqual([
      'kpis[0].ramp: from 3, the threshold 4 would get easier over the ramp (every level moves from the start to its stated value): start from 4 or above',
    ]);
  });

  test('the Contract sheet says it on the Ramp cell', () => {
    const c = levelsContract('en', [
      kpiClause('Conversion', 'Leads converted ÷ leads', 'percent', 'higher', {
        model: 'kpi-score',
        threshold: '0.10',
        target: '0.25',
        amount: '800.00',
        ramp: { start: '2026-01', periods: 6, from: '0.10' },
      }),
    ]);
    const grid = planToGrid(contractSheetPlan(c)) as CellValue[][];
    const header = grid.findIndex((row) => row[0] === 'Name');
    const col = grid[header].indexOf('Ramp');
    grid[header + 1][col] = '2026-01 over 6 periods from 0.15';
    const result = contractFromSheet(grid as never);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(
        /^Contract![A-Z]+\d+ \(Ramp\): from 0\.15, the threshold 0\.1 would get easier over the ramp/,
      ),
    ]);
  });
});

describe('a gate on a ramped level', () => {
  // Response time (lower is better) bonus/malus €100 an hour around a target ramped from 6 h to 4 h over
  // 4 periods from April 2026; the bonus only if CSAT ≥ 85 %. May is period 2 of 4: target 6 + (4 − 6) ×
  // 2 ÷ 4 = 5 h. 4.5 h: +0.5 h × €100 = €50.00, CSAT exactly 85 %: held, 50.00. CSAT 84.9 %: failed, the
  // bonus withheld, 0.00. 5.5 h with CSAT 84.9 %: the malus −€50.00 applies anyway.
  const gatedRamp = (lang: Language) =>
    levelsContract(lang, [
      kpiClause('Response time', 'Mean hours from a request to the answer', 'hours', 'lower', {
        model: 'bonus-malus',
        target: '4',
        bonusRate: '100',
        malusRate: '100',
        ramp: { start: '2026-04', periods: 4, from: '6' },
        gateKpi: 'CSAT',
        gateLevel: '0.85',
      }),
      csatClause({ model: 'threshold', threshold: '0.5', amount: '0' }),
    ]);
  const may = (response: string, csat: string, lang: Language = 'en') =>
    invoiceOf(gatedRamp(lang), { '2026-05': { 'Response time': response, CSAT: csat } }, '2026-05').lines[1];

  test.each<[Language, string]>([
    [
      'en',
      'Response time 4.5 h vs target 5 h: +0.5 h × €100 = €50.00; ramp from 6 h over 4 periods from April 2026, period 2 of 4: target 5 h; gate CSAT 85% ≥ 85%: held',
    ],
    [
      'fr',
      'Response time 4,5 h vs objectif 5 h : +0,5 h × 100 € = 50,00 € ; rampe depuis 6 h sur 4 périodes dès avril 2026, période 2 sur 4 : objectif 5 h ; condition CSAT 85 % ≥ 85 % : remplie',
    ],
  ])('the gate exactly at its level holds on the ramped target (%s)', (lang, text) => {
    const line = may('4.5', '0.85', lang);
    expect(line.amount.toFixed(2)).toBe('50.00');
    expect(plain(line.explanation)).toBe(text);
  });

  test('failed, the bonus is withheld and a malus stands; the docs’ gate formula at the ramp’s level gives each line', () => {
    const formula = (aht: string, csat: string) =>
      `THRESHOLDFEE(${csat}, 0.85, 1) * BONUSMALUS(${aht}, 6+(4-6)*2/4, 100, 0, "lower") + BONUSMALUS(${aht}, 6+(4-6)*2/4, 0, 100, "lower")`;
    for (const [aht, csat, amount] of [
      ['4.5', '0.85', '50.00'],
      ['4.5', '0.849', '0.00'],
      ['5.5', '0.849', '-50.00'],
    ]) {
      expect(may(aht, csat).amount.toFixed(2)).toBe(amount);
      expect(Number(evaluateFormula(formula(aht, csat))) + 0).toBe(Number(amount));
    }
  });
});
