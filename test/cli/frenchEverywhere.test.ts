/**
 * A French contract's user reads the command line in French: every command run on a French contract and
 * French inputs, with good inputs and with each kind of mistake, says nothing in English on stdout or
 * stderr, in the text fields of its JSON meant for people, or in the sheets of the workbook it writes.
 * The table at the end runs them all against a list of tell-tale English words; the cases before it pin
 * the messages that spoke English.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, type CliRun } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-partout-'));
const at = (name: string): string => join(dir, name);
const write = (name: string, text: string): string => {
  writeFileSync(at(name), text);
  return at(name);
};
const S = '\u00a0';

let contract = '';
let actualsText = '';
let actuals = '';

beforeAll(async () => {
  const json = await runCli(['template', 'bpo-customer-service', '--lang', 'fr']);
  const csv = await runCli(['template', 'bpo-customer-service', '--lang', 'fr', '--actuals']);
  contract = write('contrat.json', `${json.out}\n`);
  actualsText = `${csv.out}\n`;
  actuals = write('realise.csv', actualsText);
});

/** The actuals with one row's value replaced: `2026-10,indicateur,CSAT` → `value`. */
function restated(name: string, row: string, value: string): string {
  const line = new RegExp(`^${row},.*$`, 'm');
  expect(actualsText).toMatch(line);
  return write(name, actualsText.replace(line, `${row},${value}`));
}

describe('messages that spoke English to a French contract', () => {
  it("curve --from outside the KPI's valid range is said in French, with the hint as the option is typed", async () => {
    const run = await runCli([
      'curve',
      '--contract',
      contract,
      '--actuals',
      actuals,
      '--period',
      '2026-10',
      '--kpi',
      'FCR',
      '--from',
      '77.4',
    ]);
    expect(run).toEqual({
      code: 1,
      out: '',
      err: `--from 77.4${S}: FCR${S}: 77.4 est en dehors de la plage valide d'un indicateur de type pourcentage (de 0 à 1)${S}: vouliez-vous dire 0.774${S}?`,
    });
  });

  it('invoice --corrects proves a French issued invoice in French', async () => {
    const issued = await runCli([
      'invoice',
      '--contract',
      contract,
      '--actuals',
      actuals,
      '--period',
      '2026-10',
      '--json',
    ]);
    expect(issued.err).toBe('');
    expect(issued.code).toBe(0);
    // The fingerprint no longer that of its values: the proof refuses it, in the contract's language.
    const tampered = write('emise.json', issued.out.replace(/"fingerprint": "./, '"fingerprint": "_'));
    const later = restated('realise-corrige.csv', '2026-10,indicateur,CSAT', '0.885');
    const run = await runCli([
      'invoice',
      '--contract',
      contract,
      '--actuals',
      later,
      '--period',
      '2026-10',
      '--corrects',
      tampered,
    ]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /^emise\.json.*fingerprint.*les valeurs imprimées dans le fichier ne donnent pas son empreinte/,
    );
  });

  it("reconcile's unknown supplier column lists the French column names", async () => {
    const supplier = write('fournisseur.csv', 'Libellé,Montant,Couleur\nFCR,12,rouge\n');
    const run = await runCli([
      'reconcile',
      '--contract',
      contract,
      '--actuals',
      actuals,
      '--period',
      '2026-10',
      '--supplier',
      supplier,
    ]);
    expect(run).toEqual({
      code: 2,
      out: '',
      err: `fournisseur.csv!C1${S}: colonne inconnue «${S}Couleur${S}» (attendu Libellé, Montant, Quantité, Prix unitaire, Unité)`,
    });
  });

  it("reconcile's supplier file without its amount column names the French column", async () => {
    const supplier = write('incomplet.csv', 'Libellé,Quantité\nFCR,12\n');
    const run = await runCli([
      'reconcile',
      '--contract',
      contract,
      '--actuals',
      actuals,
      '--period',
      '2026-10',
      '--supplier',
      supplier,
    ]);
    expect(run.err).toBe(`incomplet.csv!A1${S}: pas de colonne «${S}Montant${S}»`);
  });

  it("a French workbook's Contract sheet problems are said in French, with French sheet and column names", async () => {
    const demo = at('demo.xlsx');
    expect((await runCli(['demo', '--lang', 'fr', '-o', demo])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(demo);
    const sheet = book.getWorksheet('Contrat')!;
    const rowOf = (label: string) => {
      let found = 0;
      sheet.eachRow((row, n) => {
        if (row.getCell(1).value === label) found = n;
      });
      expect(found).toBeGreaterThan(0);
      return found;
    };
    sheet.getCell(`B${rowOf('Fréquence de facturation')}`).value = 'mensual';
    const fcr = rowOf('FCR');
    sheet.getCell(`H${fcr}`).value = 'abc';
    const broken = at('demo-casse.xlsx');
    await book.xlsx.writeFile(broken);
    const run = await runCli(['check', '--contract', broken, '--actuals', broken]);
    expect(run.code).toBe(1);
    expect(run.out.split('\n')).toEqual([
      `demo-casse.xlsx: Contrat!B${rowOf('Fréquence de facturation')} (Fréquence de facturation)${S}: valeur attendue parmi mensuel, trimestriel, semestriel, annuel, reçu «${S}mensual${S}»`,
      `demo-casse.xlsx: Contrat!H${fcr} (Objectif)${S}: nombre attendu, reçu «${S}abc${S}»`,
      '2 problèmes dans demo-casse.xlsx (feuille Contrat) et demo-casse.xlsx (feuille Réalisé)',
    ]);
  });

  it('a French contract JSON with a problem is said in French', async () => {
    const text = `${(await runCli(['template', 'bpo-customer-service', '--lang', 'fr'])).out}\n`;
    const broken = write('contrat-casse.json', text.replace('"vatRate": "0.2"', '"vatRate": "vingt"'));
    expect(broken).not.toBe(contract);
    const run: CliRun = await runCli(['check', '--contract', broken, '--actuals', actuals]);
    expect(run.code).toBe(1);
    expect(run.out.split('\n')).toEqual([
      `contrat-casse.json: vatRate${S}: nombre décimal attendu, écrit comme texte («${S}2.10${S}»), reçu «${S}vingt${S}»`,
      '1 problème dans contrat-casse.json et realise.csv',
    ]);
  });
});
