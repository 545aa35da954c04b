/**
 * Where a scenario is priced when no period is given: the first month that closes every KPI's evaluation
 * period. A contract ending before it says so in its own language; the French was said in English.
 */
import { onlineBusinessManager } from '../templates';
import { placeOf, scenarioMonth } from './scenario';

const french = onlineBusinessManager.contract('fr');
const short = { ...french, lastPeriod: french.firstPeriod };

it('a French contract ending before its scenarios month says so in French', () => {
  const month = scenarioMonth(short);
  expect(month).not.toBe(short.firstPeriod);
  expect(placeOf(short, {})).toEqual({
    problem: `le contrat s’arrête avant ${month}, premier mois qui clôt la période d’évaluation de chaque KPI`,
  });
});

it('in English for an English one', () => {
  const english = { ...onlineBusinessManager.contract('en'), lastPeriod: french.firstPeriod };
  expect(placeOf(english, {})).toEqual({
    problem: `the contract ends before ${scenarioMonth(english)}, the first month that closes every KPI's evaluation period`,
  });
});
