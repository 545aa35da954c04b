import { actualsFromSheet } from '../contract/fromSheet';
import { TEMPLATES } from '../templates';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { onlineBusinessManager } from '../templates/onlineBusinessManager';
import { actualsSheetPlan } from './actualsSheet';
import { planToGrid } from './planToGrid';
import { TEXT_FORMAT } from './sheetPlan';

describe('actualsSheetPlan', () => {
  test.each(TEMPLATES.flatMap((t) => (['en', 'fr'] as const).map((lang) => [t.id, lang, t] as const)))(
    '%s in %s: plan → cell values → parse gives the same actuals',
    (_id, lang, template) => {
      const contract = template.contract(lang);
      const actuals = template.actuals(lang);
      expect(actualsFromSheet(planToGrid(actualsSheetPlan(contract, actuals)), contract, { lang })).toEqual({
        ok: true,
        value: actuals,
      });
    },
  );

  test('wide layout: a row per measure, a column per month, the evaluation period beside the unit', () => {
    const plan = actualsSheetPlan(onlineBusinessManager.contract('fr'), onlineBusinessManager.actuals('fr'));
    const grid = planToGrid(plan);
    expect(plan.name).toBe('Réalisé');
    // The sample runs from July (the half-year whose NPS is averaged) to December.
    expect(grid[0]).toEqual([
      'Type',
      'Nom',
      'Unité',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(grid[1]).toEqual(['heures', 'Forfait horaire OBM', 'heures', 56, 52, 62, 60, 64, 58]);
    expect(grid[3]).toEqual([
      'indicateur',
      'Taux de rétention client',
      'pourcentage (trimestriel)',
      null,
      null,
      0.82,
      null,
      null,
      0.86,
    ]);
    const formats = plan.blocks[0].numberFormats!;
    expect(formats[0].every((f) => f === TEXT_FORMAT)).toBe(true);
    expect(formats[3]).toEqual([TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, ...Array(6).fill('0.0#%')]);
    expect(formats[1][3]).toBe('#,##0.00');
    expect([plan.frozenRows, plan.frozenColumns]).toEqual([1, 3]);
    expect(plan.tables).toEqual([{ name: 'Actuals', row: 0, col: 0, rows: 8, cols: 9 }]);
    expect(plan.validations).toEqual([
      { row: 1, col: 0, rows: 17, cols: 1, list: ['indicateur', 'volume', 'heures'] },
    ]);
  });

  test('without actuals: the contract first three months, empty, ready to fill', () => {
    const contract = bpoCustomerService.contract();
    const grid = planToGrid(actualsSheetPlan(contract));
    expect(grid[0]).toEqual(['Kind', 'Name', 'Unit', '2026-01', '2026-02', '2026-03']);
    expect(grid[1]).toEqual(['volume', 'Interactions', 'interaction', null, null, null]);
    expect(actualsFromSheet(grid, contract)).toEqual({
      ok: true,
      value: {
        periods: new Map(
          ['2026-01', '2026-02', '2026-03'].map((p) => [p, { kpis: new Map(), volumes: new Map() }]),
        ),
      },
    });
  });

  test('extra months can be asked for, and are sorted in', () => {
    const grid = planToGrid(
      actualsSheetPlan(bpoCustomerService.contract(), bpoCustomerService.actuals(), {
        periods: ['2027-01', '2026-08'],
      }),
    );
    expect(grid[0].slice(3)).toEqual(['2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01']);
  });
});
