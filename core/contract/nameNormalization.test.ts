/**
 * A KPI name whose accent came decomposed (e + U+0301, as macOS and some exports write it) was "unknown KPI
 * «Délai moyen de réponse»" beside the same name on screen: it names the contract's KPI.
 */
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { actualsFromCsv } from './csv';

test('a KPI name in another Unicode normalisation names the contract KPI', () => {
  const contract = bpoCustomerService.contract('fr');
  const name = 'Délai moyen de réponse'.normalize('NFD');
  expect(name).not.toBe('Délai moyen de réponse');
  const result = actualsFromCsv(`Période,Type,Nom,Valeur\n2026-10,indicateur,${name},3.4\n`, contract, {
    lang: 'fr',
  });
  expect(
    result.ok && result.value.periods.get('2026-10')?.kpis.get('Délai moyen de réponse')?.toFixed(),
  ).toBe('3.4');
});
