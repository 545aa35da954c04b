/**
 * The French sheets write the typographic apostrophe (`Plafond d’atteinte`, `Jusqu’à`); a keyboard types
 * the straight one. A Contract sheet whose labels and headers were typed, or written before this rule,
 * with straight apostrophes reads as the same contract, and so does a keyword typed either way.
 */
import { contractFromSheet, type CellValue } from '../contract/fromSheet';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { TEMPLATES } from '../templates';
import { contractText, parseEnumLabel } from './contract';

const straight = (text: string) => text.replace(/’/g, "'");
const typedStraight = (grid: CellValue[][]) =>
  grid.map((row) => row.map((cell) => (typeof cell === 'string' ? straight(cell) : cell)));

describe('a French Contract sheet typed with straight apostrophes', () => {
  test.each(TEMPLATES.map((t) => [t.id, t] as const))('%s reads as the same contract', (_id, template) => {
    const contract = template.contract('fr');
    const grid = planToGrid(contractSheetPlan(contract));
    const result = contractFromSheet(typedStraight(grid));
    expect(result.ok).toBe(true);
    // Its names and texts are data, read as typed: the contract is the same but for their apostrophes.
    const shown = (value: unknown) => straight(JSON.stringify(value));
    expect(shown(result.ok && result.value)).toBe(shown(contract));
  });

  test('every label of the Contract sheet written with an apostrophe is on a template’s sheet, read straight above', () => {
    const t = contractText('fr');
    const elided = [
      ...Object.values(t.general).map((field) => field.label),
      ...Object.values(t.feeColumns),
      ...Object.values(t.kpiColumns),
    ].filter((label) => label.includes('’'));
    expect(elided.length).toBeGreaterThanOrEqual(9);
    const cells = TEMPLATES.flatMap((template) =>
      planToGrid(contractSheetPlan(template.contract('fr'))).flat(),
    );
    expect(elided.filter((label) => !cells.includes(label))).toEqual([]);
  });

  test.each(["part-d'atteinte", 'part-d’atteinte', 'Part-d’Atteinte'])('the model %j is read', (typed) => {
    expect(parseEnumLabel('model', typed)).toBe('achievement-share');
  });
});
