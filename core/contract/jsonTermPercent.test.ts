/**
 * A contract file's moving-level texts (`"ratchet": "+5% a year, ceiling 3"`, a ramp's or a schedule's
 * text) read a number typed `5%` as 0.05: right on a percent KPI or for a relative change, a hundred
 * times too small on a KPI in hours, minutes, points or a count. The Contract sheet refused it on its
 * cell (levelTermPercent.test.ts); the file read it without a word. The one check of the schema now
 * refuses it at its path, in both (EN, FR). Decimal fields (tolerance, baseline, rates) hold JSON decimal
 * strings, where `1%` was never read: they stay refused as no decimal.
 */
import { contractProblems, parsedContract, testContractJson } from '../../test/support/testContract';
import type { Language } from './types';

/** A response time in hours, lower is better: €300 under 4 hours, with the terms a test gives. */
const response = (terms: object, unit = 'hours') => ({
  name: 'Response',
  measure: 'Hours to first answer',
  unit,
  direction: 'lower',
  period: 'monthly',
  model: 'threshold',
  threshold: '4',
  amount: '300.00',
  ...terms,
});

/** Coaching sessions held, +20 % over a baseline of 40 (a relative change). */
const sessions = (terms: object) => ({
  name: 'Sessions',
  measure: 'Coaching sessions held',
  unit: 'count',
  direction: 'higher',
  period: 'monthly',
  model: 'threshold',
  threshold: '0.2',
  amount: '500.00',
  baseline: '40',
  levelChange: 'relative',
  ...terms,
});

/** The contract's problems with the clause as its second KPI (`kpis[1]`), after a plain one. */
const problems = (kpi: object, lang: Language = 'en') => {
  const backlog = { ...response({}), name: 'Backlog' };
  return contractProblems(testContractJson({ language: lang, kpis: [backlog, kpi] }), lang);
};

const inTerm = (path: string, typed: string, name = 'Response') =>
  `${path}: ${JSON.stringify(typed)} holds a percentage, but ${JSON.stringify(name)} is not measured in percent: give its numbers without the % sign`;

describe('a % sign in a moving-level text of a contract file on a KPI not measured in percent', () => {
  test.each([
    ['ratchet', '+5% a year, ceiling 3'],
    ['ratchet', '+0.5 a year, ceiling 3%'],
    ['ramp', '2026-01 over 4 periods from 60%'],
    ['levelSchedule', 'from 2026-07: 5%'],
    ['levelSchedule', 'from 2026-07: 3; from 2027-01: 2.5%'],
  ])('%s %j is an error at its path', (field, typed) => {
    expect(problems(response({ [field]: typed }))).toEqual([inTerm(`kpis[1].${field}`, typed)]);
  });

  test('on a count and on points too', () => {
    const count = response({ ramp: '2026-01 over 4 periods from 6%' }, 'count');
    expect(problems(count)).toEqual([inTerm('kpis[1].ramp', '2026-01 over 4 periods from 6%')]);
    const points = { ...response({}, 'points'), ratchet: '+1% a year, ceiling 3' };
    expect(problems(points)).toEqual([inTerm('kpis[1].ratchet', '+1% a year, ceiling 3')]);
  });

  test('a relative change reads a schedule of changes as before, but not a ramp or a ratchet', () => {
    // +25 % over the baseline is a change, a fraction whatever the KPI's unit.
    const relative = testContractJson({ kpis: [sessions({ levelSchedule: 'from 2026-07: 25%' })] });
    const [kpi] = parsedContract(relative).kpis as unknown as { levelSchedule: { threshold: unknown }[] }[];
    expect(String(kpi.levelSchedule[0].threshold)).toBe('0.25');
    const ratchet = sessions({ ratchet: '+5% a year, ceiling 0.5' });
    expect(problems(ratchet)).toContain(inTerm('kpis[1].ratchet', '+5% a year, ceiling 0.5', 'Sessions'));
  });

  test('said once: the term is not also checked against the levels it would have made', () => {
    // 3% is a ceiling of 0.03 h, which would also be "better" than the 4-hour minimum: one mistake.
    expect(problems(response({ ratchet: '+0.5 a year, ceiling 300%' }))).toEqual([
      inTerm('kpis[1].ratchet', '+0.5 a year, ceiling 300%'),
    ]);
  });

  test('is said in French', () => {
    expect(problems(response({ ratchet: '+5 % par an, plafond 3' }), 'fr')).toEqual([
      'kpis[1].ratchet : « +5 % par an, plafond 3 » contient un pourcentage, mais « Response » ne se mesure pas en pourcentage : donnez ses nombres sans le signe %',
    ]);
  });

  test('reads as a fraction on a percent KPI', () => {
    const uptime = {
      ...response({ ratchet: '+0.1% a year, ceiling 99.7%' }, 'percent'),
      direction: 'higher',
      threshold: '0.995',
    };
    const [kpi] = parsedContract(testContractJson({ kpis: [uptime] })).kpis as unknown as {
      ratchet: { step: unknown; ceiling: unknown };
    }[];
    expect([String(kpi.ratchet.step), String(kpi.ratchet.ceiling)]).toEqual(['0.001', '0.997']);
  });

  test('the same terms written as JSON objects, and without a % sign, read as before', () => {
    const clause = response({ ratchet: { step: '0.5', ceiling: '3' } });
    expect(problems(clause)).toEqual([]);
    expect(problems(response({ ratchet: '+0.5 a year, ceiling 3' }))).toEqual([]);
    expect(problems(response({ levelSchedule: 'from 2026-07: 3' }))).toEqual([]);
  });
});

describe('a % sign in a decimal field of a contract file', () => {
  const DECIMAL = 'expected a decimal number written as a string ("2.10")';
  // A decimal field holds a JSON decimal string: `1%` was never read as 0.01, on any KPI.
  test.each([
    ['tolerance', '1%'],
    ['baseline', '40%'],
    ['bonusRate', '5%'],
  ])('%s %j is no decimal, at its path', (field, typed) => {
    const aht = {
      ...response({}, 'minutes'),
      model: 'bonus-malus',
      threshold: undefined,
      amount: undefined,
      target: '6',
      bonusRate: '500',
      malusRate: '500',
      ...(field === 'baseline' ? { levelChange: 'absolute' } : {}),
      [field]: typed,
    };
    const got = JSON.stringify(typed);
    expect(problems(aht)).toEqual([`kpis[1].${field}: ${DECIMAL}, got ${got}`]);
  });

  test('in a ratchet or a schedule written as a JSON object', () => {
    expect(problems(response({ ratchet: { step: '5%', ceiling: '3' } }))).toEqual([
      `kpis[1].ratchet: ${DECIMAL}, got "5%"`,
    ]);
    expect(problems(response({ levelSchedule: [{ from: '2026-07', threshold: '5%' }] }))).toEqual([
      `kpis[1].levelSchedule[0].threshold: ${DECIMAL}, got "5%"`,
    ]);
  });
});
