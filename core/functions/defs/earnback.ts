import { earnback } from '../../models/earnback';
import { directionArg, numberTable, requiredNumber } from '../argTypes';
import { refuseOtherScale } from '../otherScale';
import { defineFunction } from '../types';

export const EARNBACK = defineFunction({
  name: 'EARNBACK',
  summary: {
    en: 'The earlier credit earned back when every later period meets the expected level, else 0.',
    fr: 'La pénalité antérieure récupérée si chaque période suivante atteint le niveau attendu, sinon 0.',
  },
  args: [
    requiredNumber(
      'credit',
      { en: 'the earlier service-level credit (≥ 0)', fr: 'la pénalité antérieure (≥ 0)' },
      { min: 0 },
    ),
    numberTable('later_actuals', {
      en: 'range of the service level in the following periods; a blank means not measured yet',
      fr: 'plage du niveau de service des périodes suivantes ; vide = pas encore mesuré',
    }),
    requiredNumber('expected', { en: 'expected service level', fr: 'niveau de service attendu' }),
    directionArg(),
  ],
  examples: [
    { formula: 'EARNBACK(2000, {0.97, 0.96, 0.98}, 0.95)', result: 2000 },
    { formula: 'EARNBACK(2000, {0.97, 0.94, 0.98}, 0.95)', result: 0 },
  ],
  impl: ([credit, laterActuals, expected, direction]) => {
    laterActuals.forEach((value, i) => {
      if (value !== null)
        refuseOtherScale('later_actuals', value, [['expected', expected]], ` (cell ${i + 1})`);
    });
    return earnback(credit, laterActuals, expected, direction).amount;
  },
});
