/**
 * A French contract's input files are said wrong in French by every command that reads them: its actuals
 * (CSV or workbook) for `check`, `invoice` and the modelling commands, and `reconcile`'s supplier file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-french-'));
const write = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const S = '\u00a0';
/**
 * The problem of FCR typed as a percentage; `typed` as the file has it, the hint as it must be typed there
 * (the template's CSV is `,`-separated with decimal points; a number cell gets the French decimal comma).
 */
const fcrOutside = (typed: string) =>
  `${typed} est en dehors de la plage valide d’un indicateur de type pourcentage (de 0 à 1)${S}: vouliez-vous dire ${typed.includes('.') ? '0.774' : '0,774'}${S}?`;

let contract = '';
let actuals = '';
let badActuals = '';

beforeAll(async () => {
  const json = await runCli(['template', 'bpo-customer-service', '--lang', 'fr']);
  const csv = await runCli(['template', 'bpo-customer-service', '--lang', 'fr', '--actuals']);
  contract = write('contrat.json', `${json.out}\n`);
  actuals = `${csv.out}\n`;
  const october = /^2026-10,indicateur,FCR,.*$/m;
  expect(actuals).toMatch(october);
  badActuals = write('realises.csv', actuals.replace(october, '2026-10,indicateur,FCR,77.4'));
});

describe('a French contract with an actuals CSV holding 77.4 for a percentage', () => {
  const message = () => `realises.csv!D7 (Valeur)${S}: ${fcrOutside('77.4')}`;

  it('check lists the problem in French (exit 1)', async () => {
    const run = await runCli(['check', '--contract', contract, '--actuals', badActuals]);
    expect(run.code).toBe(1);
    expect(run.out.split('\n')[0]).toBe(message());
  });

  it('invoice refuses the month in French, one line on stderr', async () => {
    const run = await runCli([
      'invoice',
      '--contract',
      contract,
      '--actuals',
      badActuals,
      '--period',
      '2026-10',
    ]);
    expect(run).toEqual({ code: 1, out: '', err: message() });
  });

  it.each([
    ['curve', '--kpi', 'FCR', '--period', '2026-10'],
    ['forecast', '--from', '2027-01', '--to', '2027-02'],
  ])('%s reads the actuals in French too', async (command, ...rest) => {
    const run = await runCli([command, '--contract', contract, '--actuals', badActuals, ...rest]);
    expect(run).toEqual({ code: 1, out: '', err: message() });
  });
});

it('a French workbook whose Actuals sheet holds 77.4 as a number: said with a decimal comma', async () => {
  const demo = join(dir, 'demo.xlsx');
  expect((await runCli(['demo', '--lang', 'fr', '-o', demo])).code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(demo);
  const sheet = book.worksheets[1];
  let at = '';
  sheet.eachRow((row) => {
    if (row.getCell(2).value !== 'FCR') return;
    sheet.getRow(1).eachCell((cell, col) => {
      if (cell.value === '2026-10') {
        row.getCell(col).value = 77.4;
        at = row.getCell(col).address;
      }
    });
  });
  expect(at).not.toBe('');
  const edited = join(dir, 'demo-modifie.xlsx');
  await book.xlsx.writeFile(edited);
  const run = await runCli(['invoice', '--contract', edited, '--actuals', edited, '--period', '2026-10']);
  expect(run.code).toBe(1);
  expect(run.err).toContain(`${sheet.name}!${at}`);
  expect(run.err).toContain(fcrOutside('77,4'));
});

it('reconcile says a wrong supplier file in French', async () => {
  const supplier = write('fournisseur.csv', 'Ligne,Montant,Couleur\nFCR,12,rouge\n');
  const run = await runCli([
    'reconcile',
    '--contract',
    contract,
    '--actuals',
    write('realises-ok.csv', actuals),
    '--period',
    '2026-10',
    '--supplier',
    supplier,
  ]);
  expect(run.code).toBe(2);
  expect(run.err).toMatch(new RegExp(`^fournisseur.csv!C1${S}: colonne inconnue «${S}Couleur${S}»`));
});

describe('a French contract file that is not valid JSON', () => {
  it('says where and why in French: its language is read from the text', async () => {
    const json = (await runCli(['template', 'bpo-customer-service', '--lang', 'fr'])).out;
    const withComment = write(
      'contrat-commente.json',
      json.replace('"language": "fr",', '"language": "fr", // FR'),
    );
    const run = await runCli(['check', '--contract', withComment, '--actuals', write('r.csv', actuals)]);
    expect(run.code).toBe(1);
    expect(run.err + run.out).toMatch(/contrat-commente\.json.*ligne \d+, colonne \d+/);
    expect(run.err + run.out).not.toMatch(/\b(line|column)\b/);
  });
});
