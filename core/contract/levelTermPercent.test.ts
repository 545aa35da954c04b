/**
 * A number typed with a `%` sign in a moving-level text of the Contract sheet (Ramp, Level schedule,
 * Ratchet) reads as a fraction: right for a percent KPI or a relative change, a hundred times too small
 * for a KPI in hours, minutes, points or a count. `+5% a year` on a response time in hours was a ratchet
 * of 0.05 h, read without a word; it is an error on its cell, as a level typed `35 %` is (EN, FR).
 */
import { parsedContract, plain, testContractJson } from '../../test/support/testContract';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { contractFromSheet } from './fromSheet';
import type { Language } from './types';

const clause = (unit: string, direction: string, terms: object) => ({
  name: 'Response',
  measure: 'Hours to first answer',
  unit,
  direction,
  period: 'monthly',
  model: 'threshold',
  threshold: '4',
  amount: '300.00',
  ...terms,
});

/** The clause painted on a Contract sheet, `header`'s cell of its row typed over with `typed`. */
function read(kpi: object, header: string, typed: string, lang: Language = 'en') {
  const contract = parsedContract(testContractJson({ language: lang, fixedFees: [], kpis: [kpi] }));
  const grid = planToGrid(contractSheetPlan(contract)) as unknown[][];
  const row = grid.findIndex((cells) => cells.includes(header));
  const col = grid[row].indexOf(header);
  grid[row + 1][col] = typed;
  const result = contractFromSheet(grid as never, { lang });
  return result.ok
    ? { kpi: result.value.kpis[0] as unknown as Record<string, unknown> }
    : { problems: result.issues.map((i) => plain(i.message)) };
}

const cell = (header: string) => expect.stringMatching(new RegExp(`^Contract!\\w+\\d+ \\(${header}\\): `));

describe('a % sign in a moving-level text on a KPI not measured in percent', () => {
  test('is an error on the Ratchet, Ramp and Level schedule cells', () => {
    const hours = (terms: object) => clause('hours', 'lower', terms);
    const ratchet = read(
      hours({ ratchet: { step: '0.5', ceiling: '3' } }),
      'Ratchet',
      '+5% a year, ceiling 3',
    );
    expect(ratchet).toEqual({
      problems: [
        expect.stringMatching(
          /\(Ratchet\): "\+5% a year, ceiling 3" holds a percentage, but "Response" is not measured in percent: give its numbers without the % sign$/,
        ),
      ],
    });
    const ramp = read(
      hours({ ramp: { start: '2026-01', periods: 4, from: '6' } }),
      'Ramp',
      '2026-01 over 4 periods from 60%',
    );
    expect(ramp).toEqual({ problems: [cell('Ramp')] });
    const schedule = read(
      hours({ levelSchedule: [{ from: '2026-07', threshold: '3' }] }),
      'Level schedule',
      'from 2026-07: 5%',
    );
    expect(schedule).toEqual({ problems: [cell('Level schedule')] });
  });

  test('is said in French', () => {
    const kpi = clause('hours', 'lower', { ratchet: { step: '0.5', ceiling: '3' } });
    const result = read(kpi, 'Cliquet', '+5 % par an, plafond 3', 'fr');
    expect(result).toEqual({
      problems: [
        expect.stringMatching(
          /\(Cliquet\) : « \+5 % par an, plafond 3 » contient un pourcentage, mais « Response » ne se mesure pas en pourcentage : donnez ses nombres sans le signe %$/,
        ),
      ],
    });
  });

  test('reads as a fraction on a percent KPI, and as a relative change on a clause with one', () => {
    const uptime = clause('percent', 'higher', {
      threshold: '0.995',
      ratchet: { step: '0.001', ceiling: '0.997' },
    });
    expect(read(uptime, 'Ratchet', '+0.1% a year, ceiling 99.7%')).toEqual({
      kpi: expect.objectContaining({ ratchet: { step: expect.anything(), ceiling: expect.anything() } }),
    });
    const sessions = {
      ...clause('count', 'higher', { threshold: '0.2', baseline: '40', levelChange: 'relative' }),
      levelSchedule: [{ from: '2026-07', threshold: '0.3' }],
    };
    const relative = read(sessions, 'Level schedule', 'from 2026-07: 25%');
    expect(relative).toEqual({ kpi: expect.objectContaining({ levelSchedule: [expect.anything()] }) });
    expect(String((relative.kpi!.levelSchedule as { threshold: unknown }[])[0].threshold)).toBe('0.25');
  });
});

describe('a % sign in a Tolerance or Baseline cell on a KPI not measured in percent', () => {
  // A tolerance and a baseline are in the KPI's unit, a relative change or not: `1%` on a handle time
  // in minutes was a band of ±0.01 min, `40%` for a baseline of 40 sessions a baseline of 0.4.
  test('is an error on its cell', () => {
    const aht = {
      ...clause('minutes', 'lower', {}),
      model: 'bonus-malus',
      threshold: undefined,
      amount: undefined,
      target: '6',
      bonusRate: '500',
      malusRate: '500',
      tolerance: '0.5',
    };
    expect(read(aht, 'Tolerance', '1%')).toEqual({
      problems: [
        expect.stringMatching(
          /\(Tolerance\): "1%" is a percentage, but "Response" is not measured in percent: give its value without the % sign$/,
        ),
      ],
    });
    const sessions = clause('count', 'higher', { threshold: '0.2', baseline: '40', levelChange: 'relative' });
    expect(read(sessions, 'Baseline', '40%')).toEqual({ problems: [cell('Baseline')] });
  });

  test('reads on a percent KPI', () => {
    const fcr = clause('percent', 'higher', { threshold: '0.1', baseline: '0.7', levelChange: 'relative' });
    expect(read(fcr, 'Baseline', '70%')).toEqual({
      kpi: expect.objectContaining({ baseline: expect.anything() }),
    });
  });
});

describe('a rate per unit typed with a % sign', () => {
  // A bonus-malus rate and a gain share's share are money per unit of the KPI: `5%` beside a handle
  // time was €0.05 a minute. On a KPI measured in money they are fractions, and `5%` is 0.05.
  const aht = (terms: object) => ({
    ...clause('minutes', 'lower', {}),
    threshold: undefined,
    amount: undefined,
    model: 'bonus-malus',
    target: '6',
    bonusRate: '500',
    malusRate: '500',
    ...terms,
  });

  test('is an error on its cell on a KPI not measured in money, EN and FR', () => {
    expect(read(aht({}), 'Bonus rate', '5%')).toEqual({
      problems: [
        expect.stringMatching(
          /\(Bonus rate\): "5%" is a percentage, but this rate is money per unit of "Response", which is not measured in money: give the amount without the % sign$/,
        ),
      ],
    });
    expect(read(aht({}), 'Taux de malus', '5 %', 'fr')).toEqual({
      problems: [
        expect.stringMatching(
          /\(Taux de malus\) : « 5 % » est un pourcentage, mais ce taux est un montant par unité de « Response », qui ne se mesure pas en monnaie : donnez le montant sans le signe %$/,
        ),
      ],
    });
    const cost = {
      ...clause('minutes', 'lower', {}),
      threshold: undefined,
      amount: undefined,
      model: 'gain-share',
      baseline: '10',
      share: '100',
    };
    expect(read(cost, 'Share', '30%')).toEqual({ problems: [cell('Share')] });
  });

  test('reads as a fraction on a KPI measured in money', () => {
    const cost = {
      ...clause('currency', 'lower', {}),
      threshold: undefined,
      amount: undefined,
      model: 'gain-share',
      baseline: '250000',
      share: '0.3',
    };
    expect(read(cost, 'Share', '30%')).toEqual({
      kpi: expect.objectContaining({ share: expect.anything() }),
    });
  });
});
