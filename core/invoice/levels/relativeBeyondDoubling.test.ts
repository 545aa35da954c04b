/**
 * +20 % typed 20 as a relative change on a count KPI put the threshold at 21 times the baseline (42 × 21 =
 * 882 sessions) and the contract was accepted: a count has no top to its valid range, so the range check
 * that catches the same typing on a percent KPI never fired, and the fee was never paid. Such a change is
 * now refused where it is written, with the fraction meant; a bounded KPI keeps its invoice-time check.
 */
import { loadContract } from '../../contract/json';
import type { Language } from '../../contract/types';
import { levelsContractJson } from '../../../test/support/levelsContract';
import { plain } from '../../../test/support/testContract';

const sessions = (terms: Record<string, unknown>) => ({
  name: 'Sessions',
  measure: 'Coaching sessions',
  unit: 'count',
  direction: 'higher',
  period: 'monthly',
  model: 'threshold',
  amount: '500.00',
  levelChange: 'relative',
  baseline: '42',
  ...terms,
});

function problems(language: Language, kpi: Record<string, unknown>): string[] {
  const read = loadContract(JSON.stringify(levelsContractJson(language, [kpi])), { lang: language });
  return read.ok ? [] : read.issues.map((i) => plain(i.message));
}

describe('a relative change above +100 % on a KPI with no top to its range', () => {
  test.each<[Language, string]>([
    [
      'en',
      "kpis[0].threshold: the relative change 20 is +2,000% (a relative change is a fraction: +20% is 0.2): did you mean 0.2? The KPI's valid range has no top, so nothing else would catch it; to mean more than +100%, state the levels as an absolute change (Level change: absolute)",
    ],
    [
      'fr',
      'kpis[0].threshold : la variation relative 20 vaut +2 000 % (une variation relative est une fraction : +20 % s’écrit 0,2) : vouliez-vous dire 0,2 ? La plage valide de l’indicateur n’a pas de borne supérieure, rien d’autre ne le relèverait ; pour plus de +100 %, donnez les niveaux en variation absolue (Variation des niveaux : absolue)',
    ],
  ])('is refused at its level, with the fraction meant (%s)', (language, text) => {
    expect(problems(language, sessions({ threshold: '20' }))).toEqual([plain(text)]);
  });

  test('in a schedule step too, naming the step', () => {
    expect(
      problems('en', sessions({ threshold: '0.2', levelSchedule: [{ from: '2026-07', threshold: '25' }] })),
    ).toEqual([
      plain(
        "kpis[0].levelSchedule[0].threshold: from 2026-07: the relative change 25 is +2,500% (a relative change is a fraction: +20% is 0.2): did you mean 0.25? The KPI's valid range has no top, so nothing else would catch it; to mean more than +100%, state the levels as an absolute change (Level change: absolute)",
      ),
    ]);
  });

  test('up to +100 % is read, and so is any change of a KPI whose range the contract tops', () => {
    expect(problems('en', sessions({ threshold: '1' }))).toEqual([]);
    expect(problems('en', sessions({ threshold: '0.2' }))).toEqual([]);
    expect(problems('en', sessions({ threshold: '1.5', validMax: '500' }))).toEqual([]);
  });

  test('an absolute change says it in the unit, and is not held to it', () => {
    expect(problems('en', sessions({ threshold: '20', levelChange: 'absolute' }))).toEqual([]);
  });
});
