import { contractText } from './contract';
import { FRENCH_SPACE as S } from './frenchTypography';

describe('how problems quote a value, the same cases in both languages', () => {
  const values = ['', 'n/a', true, false, new Date('2026-10-31'), new Date('x'), [1], {}, 0.774];
  test.each([
    [
      'en',
      [
        'an empty cell',
        '"n/a"',
        'TRUE',
        'FALSE',
        'the date 2026-10-31',
        'an invalid date',
        'a list',
        'an object',
        '0.774',
      ],
    ],
    [
      'fr',
      [
        'une cellule vide',
        `«${S}n/a${S}»`,
        'VRAI',
        'FAUX',
        'la date 2026-10-31',
        'une date invalide',
        'une liste',
        'un objet',
        '0.774',
      ],
    ],
  ] as const)('%s', (lang, quoted) => {
    expect(values.map((v) => contractText(lang).problems.describe(v))).toEqual(quoted);
  });

  test('a range with one bound or two', () => {
    const en = contractText('en').problems;
    const fr = contractText('fr').problems;
    const range = { value: '77.4', min: '0', max: '1', unit: 'percent', declared: true } as const;
    expect(en.outsideRange(range)).toBe('77.4 is outside the valid range the contract declares (0 to 1)');
    expect(fr.outsideRange({ ...range, max: undefined })).toBe(
      '77.4 est en dehors de la plage valide déclarée par le contrat (≥ 0)',
    );
    expect(en.outsideRange({ ...range, min: undefined, hint: '0.774' })).toBe(
      '77.4 is outside the valid range the contract declares (≤ 1): did you mean 0.774?',
    );
  });
});
