/**
 * A contract file's `levelSchedule` list said a step's problem at the whole list
 * (`kpis[0].levelSchedule: the step from 2027-01 does not give the target, …`), leaving the reader to
 * find which of the steps it was. A problem of one step is said at that step, and at its field where it is
 * one field's (`kpis[0].levelSchedule[1].threshold`), counted as the file lists them; the text form
 * (and a Contract sheet cell) is one place, said at the field as before (EN, FR).
 */
import { contractProblems, testContractJson } from '../../test/support/testContract';
import type { Language } from './types';

/** Conversion rate of leads, higher is better: €1,000 from 0.2, with the schedule a test gives. */
const conversion = (levelSchedule: unknown, terms: object = {}) => ({
  name: 'Conversion',
  measure: 'Leads converted',
  unit: 'percent',
  direction: 'higher',
  period: 'monthly',
  model: 'threshold',
  threshold: '0.2',
  amount: '1000.00',
  levelSchedule,
  ...terms,
});

const problems = (kpi: object, lang: Language = 'en') =>
  contractProblems(testContractJson({ language: lang, kpis: [kpi] }), lang);

describe("a problem of one step of a listed schedule is said at that step's path", () => {
  test('a level out of range, on the second step as listed', () => {
    const steps = [
      { from: '2027-01', threshold: '0.3' },
      { from: '2026-07', threshold: '25' },
    ];
    expect(problems(conversion(steps))).toEqual([
      expect.stringMatching(/^kpis\[0\]\.levelSchedule\[1\]\.threshold: .*25/),
    ]);
  });

  test('a step without a level the clause states, and one with a level it does not', () => {
    const levels = { model: 'kpi-score', threshold: '0.2', target: '0.25', amount: '1000.00' };
    const lacking = [
      { from: '2026-07', threshold: '0.2', target: '0.3' },
      { from: '2027-01', threshold: '0.25' },
    ];
    expect(problems(conversion(lacking, levels))).toEqual([
      'kpis[0].levelSchedule[1]: the step from 2027-01 does not give the target, which the clause states',
    ]);
    expect(problems(conversion([{ from: '2026-07', threshold: '0.2', target: '0.3' }]))).toEqual([
      'kpis[0].levelSchedule[0].target: the step from 2026-07 gives a target, which the clause does not state',
    ]);
  });

  test('levels out of order, a month outside the contract, a month twice, in French', () => {
    const levels = { model: 'kpi-score', threshold: '0.2', target: '0.25', amount: '1000.00' };
    const order = [
      { from: '2026-07', threshold: '0.2', target: '0.3' },
      { from: '2027-01', threshold: '0.3', target: '0.25' },
    ];
    expect(problems(conversion(order, levels), 'fr')).toEqual([
      expect.stringMatching(/^kpis\[0\]\.levelSchedule\[1\]\.target : le palier dès 2027-01 : /),
    ]);
    expect(problems(conversion([{ from: '2025-07', threshold: '0.3' }]))).toEqual([
      expect.stringMatching(/^kpis\[0\]\.levelSchedule\[0\]\.from: 2025-07 is outside the contract/),
    ]);
    const twice = [
      { from: '2026-07', threshold: '0.3' },
      { from: '2026-07', threshold: '0.35' },
    ];
    expect(problems(conversion(twice))).toEqual([
      expect.stringMatching(/^kpis\[0\]\.levelSchedule\[1\]\.from: /),
    ]);
  });

  test("a step's own field that does not read, or one unknown", () => {
    expect(
      problems(
        conversion([
          { from: '2026-07', threshold: '0.3' },
          { from: '2026-13', threshold: '0.3' },
        ]),
      ),
    ).toEqual([expect.stringMatching(/^kpis\[0\]\.levelSchedule\[1\]\.from: /)]);
    expect(problems(conversion([{ from: '2026-07', threshold: 'n/a' }]))).toEqual([
      expect.stringMatching(/^kpis\[0\]\.levelSchedule\[0\]\.threshold: /),
    ]);
    expect(problems(conversion([{ from: '2026-07', threshhold: '0.3' }]))).toEqual([
      expect.stringMatching(/^kpis\[0\]\.levelSchedule\[0\]: .*threshhold/),
    ]);
  });

  test('the text form is one place: said at the field', () => {
    expect(problems(conversion('from 2026-07: 25'))).toEqual([
      expect.stringMatching(/^kpis\[0\]\.levelSchedule: .*25/),
    ]);
  });
});
