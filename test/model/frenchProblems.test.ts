/**
 * The modelling engine's own problems are said in the contract's language, beside the invoice engine's:
 * a French contract's curve, forecast and declared distributions speak French; an English one's, English.
 */
import { sampler } from '../../core/model/distribution';
import { feeCurve } from '../../core/model/feeCurve';
import { forecast } from '../../core/model/forecast';
import { scenarioOfPeriod } from '../../core/model/scenario';
import { dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';
import { plain } from '../support/testContract';

const fr = bpoCustomerService.contract('fr');
const frActuals = bpoCustomerService.actuals('fr');
const en = bpoCustomerService.contract('en');
const problemsOf = (result: { ok: boolean; problems?: readonly string[] }) =>
  result.ok ? [] : (result.problems ?? []).map(plain);

describe('fee curve', () => {
  const base = scenarioOfPeriod(fr, frActuals, '2026-10');
  test('an unknown KPI and a clause not due, in French', () => {
    expect(problemsOf(feeCurve(fr, base, 'NPS', [dec(1)]))).toEqual([
      'indicateur inconnu « NPS » ; le contrat a : FCR, Délai moyen de réponse, CSAT, Délai moyen de réponse Black Friday',
    ]);
    // The Black Friday clause bills November only.
    const place = { period: '2026-10', history: frActuals };
    expect(problemsOf(feeCurve(fr, base, 'Délai moyen de réponse Black Friday', [dec(3)], place))).toEqual([
      'Délai moyen de réponse Black Friday n’est pas dû sur la facture de 2026-10 : il ne donne de ligne à aucune valeur',
    ]);
  });

  test('in English for an English contract, as before', () => {
    const place = { period: '2026-10', history: bpoCustomerService.actuals('en') };
    const values = scenarioOfPeriod(en, bpoCustomerService.actuals('en'), '2026-10');
    expect(problemsOf(feeCurve(en, values, 'Average response time Black Friday', [dec(3)], place))).toEqual([
      'Average response time Black Friday is not due on the 2026-10 invoice: it gives no line at any value',
    ]);
  });
});

describe('forecast and declared distributions', () => {
  const span = { from: '2027-01', to: '2027-03', simulations: 10, seed: 1, history: frActuals };

  test('a period span, a measure without history or distribution, a measure the contract lacks', () => {
    expect(problemsOf(forecast(fr, { ...span, from: '2027-04' }))).toEqual([
      '--from 2027-04 est après --to 2027-03',
    ]);
    expect(problemsOf(forecast(fr, { ...span, simulations: 0 }))).toEqual([
      'le nombre de simulations doit être un nombre entier ≥ 1',
    ]);
    const empty = { periods: new Map() };
    expect(problemsOf(forecast(fr, { ...span, history: empty }))[0]).toBe(
      'volume Interactions : aucune valeur dans l’historique des réalisés et aucune loi déclarée',
    );
    const nps = {
      kind: 'kpi' as const,
      name: 'NPS',
      distribution: { kind: 'normal' as const, mean: dec(8), sd: dec(1) },
    };
    expect(problemsOf(forecast(fr, { ...span, declared: [nps] }))).toEqual([
      'indicateur NPS : absent du contrat',
    ]);
  });

  test("a distribution's problem names its measure, in French", () => {
    const fcr = {
      kind: 'kpi' as const,
      name: 'FCR',
      distribution: {
        kind: 'triangular' as const,
        pessimistic: dec('0.7'),
        likely: dec('0.9'),
        optimistic: dec('0.8'),
      },
    };
    expect(problemsOf(forecast(fr, { ...span, declared: [fcr] }))).toEqual([
      'indicateur FCR : la valeur probable doit être entre la pessimiste et l’optimiste',
    ]);
    expect(sampler({ kind: 'normal', mean: dec(2), sd: dec(1) }, { min: dec(0), max: dec(1) }, 'fr')).toEqual(
      {
        problem: 'la moyenne est hors de la plage valide',
      },
    );
  });
});
