import { FUNCTIONS } from '../functions/registry';
import { defineFunction } from '../functions/types';
import { requiredNumber, optionalNumber, numberTable } from '../functions/argTypes';
import { dec } from '../money';
import { functionHelpUrl, functionsMetadata, functionsMetadataFile } from './excelFunctionsMetadata';

const SAMPLE = defineFunction({
  name: 'SAMPLE',
  summary: { en: 'A sample.', fr: 'Un exemple.' },
  args: [
    requiredNumber('amount', { en: 'the amount', fr: 'le montant' }),
    numberTable('values', { en: 'some values', fr: 'des valeurs' }),
    optionalNumber('cap', { en: 'optional: a cap', fr: 'facultatif : un plafond' }, null),
  ],
  examples: [],
  impl: () => dec('0'),
});

describe('functionsMetadata', () => {
  it('declares every argument a matrix of any, marks optional ones and links the reference', () => {
    expect(functionsMetadata([SAMPLE], 'https://fees.example.com/addin/')).toEqual({
      allowErrorForDataTypeAny: true,
      functions: [
        {
          id: 'SAMPLE',
          name: 'SAMPLE',
          description: 'A sample.',
          helpUrl: 'https://fees.example.com/addin/docs/functions.html#sample',
          parameters: [
            { name: 'amount', description: 'the amount', type: 'any', dimensionality: 'matrix' },
            { name: 'values', description: 'some values', type: 'any', dimensionality: 'matrix' },
            {
              name: 'cap',
              description: 'optional: a cap',
              type: 'any',
              dimensionality: 'matrix',
              optional: true,
            },
          ],
          result: { type: 'any', dimensionality: 'matrix' },
        },
      ],
    });
  });

  it('writes French descriptions and French help links, keeping ids and names', () => {
    const [fr] = functionsMetadata([SAMPLE], 'https://fees.example.com', 'fr').functions;
    expect(fr.id).toBe('SAMPLE');
    expect(fr.name).toBe('SAMPLE');
    expect(fr.description).toBe('Un exemple.');
    expect(fr.helpUrl).toBe('https://fees.example.com/docs/functions.fr.html#sample');
    expect(fr.parameters.map((p) => p.description)).toEqual([
      'le montant',
      'des valeurs',
      'facultatif\u00a0: un plafond',
    ]);
  });

  it('covers the whole registry, in order, with valid Excel ids and an optional tail only', () => {
    const { functions } = functionsMetadata(FUNCTIONS, 'https://localhost:3000');
    expect(functions.map((f) => f.id)).toEqual(FUNCTIONS.map((f) => f.name));
    for (const fn of functions) {
      // Excel: ids of A–Z, 0–9, _ and ., starting with a letter, at least three characters.
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      // Excel rejects a required parameter after an optional one.
      const firstOptional = fn.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(fn.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
      expect(fn.description.length).toBeGreaterThan(10);
      for (const p of fn.parameters) expect(p.description.length).toBeGreaterThan(3);
    }
  });
});

describe('file names and help links', () => {
  it('names the English file functions.json and the French one functions.fr.json', () => {
    expect(functionsMetadataFile('en')).toBe('functions.json');
    expect(functionsMetadataFile('fr')).toBe('functions.fr.json');
  });

  it('joins the base URL and the reference without doubling the slash', () => {
    expect(functionHelpUrl('https://h.example/', 'BONUSMALUS')).toBe(
      'https://h.example/docs/functions.html#bonusmalus',
    );
  });
});
