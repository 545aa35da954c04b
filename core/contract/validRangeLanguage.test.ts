/**
 * The out-of-range problem in the contract's language: the numbers the product states (bounds) in its
 * convention, French with a decimal comma; the value the user typed quoted as typed, and the hint spelled
 * with the separator typed there.
 */
import { contractText } from '../i18n/contract';
import { FRENCH_SPACE as S } from '../i18n/frenchTypography';
import { dec } from '../money';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { actualsFromCsv } from './csv';
import { rangeProblem } from './validRange';

const percent = { unit: 'percent' } as const;

describe('rangeProblem', () => {
  test('English: decimal points, as before', () => {
    expect(rangeProblem(dec('77.4'), percent, contractText('en').problems)).toBe(
      '77.4 is outside the valid range of a percent KPI (0 to 1): did you mean 0.774?',
    );
    expect(rangeProblem(dec('-120.5'), { unit: 'points' }, contractText('en').problems)).toBe(
      '-120.5 is outside the valid range of a points KPI (-100 to 100); the contract may declare another range (Valid min, Valid max)',
    );
  });

  test('French: the value of a number cell, the bounds and the hint with a decimal comma', () => {
    expect(rangeProblem(dec('77.4'), percent, contractText('fr').problems)).toBe(
      `77,4 est en dehors de la plage valide d’un indicateur de type pourcentage (de 0 à 1)${S}: vouliez-vous dire 0,774${S}?`,
    );
    const declared = { unit: 'score', validMin: dec('0.5'), validMax: dec('4.75') } as const;
    expect(rangeProblem(dec('12345.25'), declared, contractText('fr').problems)).toBe(
      '12\u202f345,25 est en dehors de la plage valide déclarée par le contrat (de 0,5 à 4,75)',
    );
  });

  test('the text the user typed is quoted as typed, in either language; the hint spelled as it must be typed there', () => {
    expect(rangeProblem(dec('77.4'), percent, contractText('fr').problems, '77.4')).toBe(
      `77.4 est en dehors de la plage valide d’un indicateur de type pourcentage (de 0 à 1)${S}: vouliez-vous dire 0.774${S}?`,
    );
    expect(rangeProblem(dec('77.4'), percent, contractText('en').problems, ' 77,40 ')).toBe(
      '77,40 is outside the valid range of a percent KPI (0 to 1): did you mean 0,774?',
    );
    expect(rangeProblem(dec('77'), percent, contractText('fr').problems, '77')).toBe(
      `77 est en dehors de la plage valide d’un indicateur de type pourcentage (de 0 à 1)${S}: vouliez-vous dire 0,77${S}?`,
    );
  });

  test('a value within the range has no problem, whatever the language', () => {
    expect(rangeProblem(dec('0.774'), percent, contractText('fr').problems, '0,774')).toBeUndefined();
  });
});

describe('a French contract’s actuals CSV', () => {
  const contract = bpoCustomerService.contract('fr');
  const messages = (csv: string) => {
    const read = actualsFromCsv(csv, contract, { lang: 'fr' });
    return read.ok ? [] : read.issues.map((i) => i.message);
  };

  test('a percentage typed without its sign: the cell quoted as typed, the hint in the file’s convention', () => {
    expect(messages('Période;Type;Nom;Valeur\n2026-10;indicateur;FCR;77,4\n')).toEqual([
      `actuals.csv!D2 (Valeur)${S}: 77,4 est en dehors de la plage valide d’un indicateur de type pourcentage (de 0 à 1)${S}: vouliez-vous dire 0,774${S}?`,
    ]);
    // A `,` file needs a decimal point: the hint is the value to type there.
    expect(messages('Period,Kind,Name,Value\n2026-10,kpi,FCR,77.4\n')).toEqual([
      `actuals.csv!D2 (Value)${S}: 77.4 est en dehors de la plage valide d’un indicateur de type pourcentage (de 0 à 1)${S}: vouliez-vous dire 0.774${S}?`,
    ]);
  });
});
