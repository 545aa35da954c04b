/**
 * A French name holds the typographic apostrophe (’) its template writes — « Taux d’abandon des sessions » —
 * and a keyboard types the straight one ('). A name typed with it, or with its accent decomposed, is the
 * same name on screen: every file and option that names a KPI reads it as the contract's, where it was an
 * unknown KPI listing the very name typed (OBM template, French).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-apostrophe-'));
const contract = join(dir, 'obm.json');
const actuals = join(dir, 'actuals.csv');
const typed = join(dir, 'typed.csv');
const scenarios = join(dir, 'scenarios.csv');
const distributions = join(dir, 'distributions.csv');
const straight = (text: string) => text.replaceAll('’', "'");
const decomposed = (text: string) => text.normalize('NFD');

beforeAll(async () => {
  const json = await runCli(['template', 'online-business-manager']);
  const csv = await runCli(['template', 'online-business-manager', '--actuals']);
  writeFileSync(contract, `${json.out}\n`);
  writeFileSync(actuals, `${csv.out}\n`);
  writeFileSync(typed, decomposed(straight(`${csv.out}\n`)));
  const december = csv.out
    .split('\n')
    .filter((line) => line.startsWith('2026-12,'))
    .map((line) => line.replace(/^2026-12,/, 's,'));
  writeFileSync(scenarios, straight(['Scénario,Type,Nom,Valeur', ...december].join('\n')));
  writeFileSync(
    distributions,
    straight(
      [
        'Type,Nom,Loi,Pessimiste,Probable,Optimiste,Moyenne,Écart-type',
        'indicateur,Taux d’abandon des sessions,triangulaire,0.09,0.06,0.04,,',
      ].join('\n'),
    ),
  );
});

const json = (run: { code: number; out: string; err: string }) => {
  expect([run.code, run.err]).toEqual([0, '']);
  return JSON.parse(run.out);
};

it('actuals typed with a straight apostrophe and decomposed accents invoice as the template’s', async () => {
  const of = (file: string) =>
    runCli(['invoice', '--contract', contract, '--actuals', file, '--period', '2026-12', '--json']);
  expect(json(await of(typed)).total).toBe(json(await of(actuals)).total);
});

it('scenarios, a curve’s --kpi and declared distributions name the KPI as typed', async () => {
  const priced = json(
    await runCli(['scenarios', '--contract', contract, '--scenarios', scenarios, '--json']),
  );
  expect(priced.scenarios[0].total).toBe('7177.50');
  for (const kpi of ["Taux d'abandon des sessions", decomposed('Taux de rétention client')]) {
    const curve = json(
      await runCli([
        'curve',
        '--contract',
        contract,
        '--kpi',
        kpi,
        '--scenarios',
        scenarios,
        '--scenario',
        's',
        '--json',
      ]),
    );
    expect(curve.kpi).toBe(kpi.normalize('NFC').replace("'", '’'));
  }
  const forecast = json(
    await runCli([
      'forecast',
      '--contract',
      contract,
      '--actuals',
      actuals,
      '--from',
      '2027-01',
      '--to',
      '2027-01',
      '--simulations',
      '50',
      '--distributions',
      distributions,
      '--json',
    ]),
  );
  expect(forecast.periods).toHaveLength(1);
});
