/**
 * An Actuals row's Unit cell that names another unit than the contract's is an error on that cell: 204
 * typed beside "seconds" for a response time in minutes would be billed as 204 minutes (a malus of
 * thousands), hours given in minutes as 450 hours. A Unit cell naming no unit is a note, as before.
 */
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import { now } from '../../test/support/syncActions';
import { workbookActions } from '../app/actions';
import { TEMPLATES } from '../templates';
import { unitNamed } from './unitWords';

function check(
  template: string,
  lang: 'en' | 'fr',
  edit: (grid: (string | number | boolean | null)[][]) => void,
) {
  const book = new MemoryWorkbook();
  const actions = workbookActions(book);
  now(actions.newContract(template, lang));
  edit(book.sheetMap.get(lang === 'fr' ? 'Réalisé' : 'Actuals')!);
  return now(actions.checkContract(lang)).errors.map((e) => `${e.address} (${e.column}): ${e.message}`);
}

describe('the Unit cell of an Actuals row', () => {
  it('refuses seconds beside a KPI in minutes, on its cell, and reads none of its values', () => {
    const errors = check('bpo-customer-service', 'en', (grid) => {
      const row = grid.findIndex((r) => r[1] === 'Average response time');
      grid[row][2] = 'seconds';
      grid[row][4] = 204;
    });
    expect(errors).toEqual([
      'C4 (Unit): the contract measures "Average response time" in minutes, and this row says "seconds": give its values in minutes and write minutes here',
    ]);
  });

  it('refuses minutes on the hours row, in French', () => {
    const errors = check('online-business-manager', 'fr', (grid) => {
      const row = grid.findIndex((r) => r[0] === 'heures');
      grid[row][2] = 'min';
    });
    expect(errors).toHaveLength(1);
    expect(errors[0].replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'C2 (Unité): le contrat mesure « Forfait horaire OBM » en heures, et cette ligne indique « min » : saisissez ses valeurs en heures et écrivez heures ici',
    );
  });

  it('takes the units as the product writes them, their usual short forms, and words of no unit', () => {
    expect(
      ['percent (quarterly)', 'minutes (average)', '%', 'Min', 'pourcentage', 'heures'].map(unitNamed),
    ).toEqual(['percent', 'minutes', 'percent', 'minutes', 'percent', 'hours']);
    expect(['interaction', 'calls', '', 'EUR'].map(unitNamed)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const errors = check('bpo-customer-service', 'en', (grid) => {
      grid[grid.findIndex((r) => r[1] === 'CSAT')][2] = '%';
      grid[grid.findIndex((r) => r[1] === 'Interactions')][2] = 'calls';
    });
    expect(errors).toEqual([]);
  });

  it('leaves every template clean in both languages', () => {
    for (const { id: template } of TEMPLATES)
      for (const lang of ['en', 'fr'] as const)
        expect([
          template,
          lang,
          check(template, lang, () => {}).filter((e) => /\(Unit|\(Unité/.test(e)),
        ]).toEqual([template, lang, []]);
  });
});
