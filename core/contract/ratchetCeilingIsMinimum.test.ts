/**
 * A ratchet whose ceiling is its threshold was accepted: the minimum can never rise, so the clause read as
 * continuous improvement while it never moved. It is an error on the ratchet, in either form.
 */
import { contractProblems, testContractJson } from '../../test/support/testContract';
import type { Language } from './types';

const uptime = (ratchet: unknown) => ({
  name: 'Uptime',
  measure: 'Available minutes share',
  unit: 'percent',
  direction: 'higher',
  period: 'monthly',
  model: 'sla-credit',
  threshold: '0.995',
  allocation: '0.5',
  ratchet,
});

const problems = (ratchet: unknown, lang: Language = 'en') =>
  contractProblems(
    testContractJson({ language: lang, kpis: [uptime(ratchet)], sla: { atRisk: { amount: '4000.00' } } }),
    lang,
  );

describe('a ratchet whose ceiling is its minimum', () => {
  test('a yearly step is refused, saying the minimum can never rise', () => {
    expect(problems({ step: '0.001', ceiling: '0.995' })).toEqual([
      'kpis[0].ratchet: the ceiling is the minimum itself (0.995), so the minimum can never rise and the ratchet does nothing: raise the ceiling, or delete the ratchet',
    ]);
  });

  test('the best months too, in French from the text form', () => {
    expect(problems('3 meilleurs mois, plafond 0,995', 'fr').map((p) => p.replace(/\u00a0/g, ' '))).toEqual([
      'kpis[0].ratchet : le plafond est le minimum lui-même (0,995) : le minimum ne peut jamais monter et le cliquet ne fait rien ; relevez le plafond, ou supprimez le cliquet',
    ]);
  });

  test('a ceiling above it reads as before', () => {
    expect(problems({ step: '0.001', ceiling: '0.998' })).toEqual([]);
  });
});
