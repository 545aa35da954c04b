/**
 * The command line writes each language's forms, not only its words: commands run on French contracts
 * (the online-business-manager template, French by default, and the BPO one with `--lang fr`) and on
 * English ones, with good inputs and with mistakes, and the workbooks they write read back with exceljs.
 * French sentences write numbers the French way (a terminal table keeps plain decimals, aligned, in both
 * languages, as `--json` does), French workbooks say periods in words; English output has no French word,
 * number or space. The English words of French output are the business of test/cli/frenchEverywhere.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ENGLISH_NUMBER, FRENCH_FORM, ISO_PERIOD, prose } from '../support/languageForms';
import { runCli } from '../cli/runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-formes-'));
const at = (name: string): string => join(dir, name);

beforeAll(async () => {
  const files: [string, string[]][] = [
    ['obm.json', ['template', 'online-business-manager']],
    ['obm.csv', ['template', 'online-business-manager', '--actuals']],
    ['bpo-fr.json', ['template', 'bpo-customer-service', '--lang', 'fr']],
    ['bpo-fr.csv', ['template', 'bpo-customer-service', '--lang', 'fr', '--actuals']],
    ['bpo.json', ['template', 'bpo-customer-service']],
    ['bpo.csv', ['template', 'bpo-customer-service', '--actuals']],
    ['obm-en.json', ['template', 'online-business-manager', '--lang', 'en']],
    ['obm-en.csv', ['template', 'online-business-manager', '--lang', 'en', '--actuals']],
  ];
  for (const [name, argv] of files) writeFileSync(at(name), `${(await runCli(argv)).out}\n`);
  writeFileSync(at('fournisseur.csv'), 'Libellé,Montant\nFrais fixes de pilotage,20000.01\n');
  const issued = await runCli([
    'invoice',
    '--contract',
    at('obm.json'),
    '--actuals',
    at('obm.csv'),
    '--period',
    '2026-10',
    '--json',
  ]);
  writeFileSync(at('emise.json'), `${issued.out}\n`);
  const actuals = `${(await runCli(['template', 'online-business-manager', '--actuals'])).out}\n`;
  writeFileSync(
    at('obm-corrige.csv'),
    actuals.replace('2026-10,heures,Forfait horaire OBM,60', '2026-10,heures,Forfait horaire OBM,61'),
  );
  const kpis = [
    ['Taux de conversion des prospects', '0.22'],
    ['Taux de rétention client', '0.8'],
    ['Temps moyen de réponse client', '3.5'],
    ['Sessions de coaching par mois', '46'],
    ['Satisfaction client (NPS)', '8.4'],
    ['Taux d’abandon des sessions', '0.06'],
  ];
  writeFileSync(
    at('scenarios.csv'),
    [
      'Scénario,Type,Nom,Valeur',
      'Probable,heures,,60',
      ...kpis.map(([n, v]) => `Probable,indicateur,${n},${v}`),
    ].join('\n') + '\n',
  );
  writeFileSync(at('supplier.csv'), 'Line,Amount\nFixed management fee,20000.01\n');
});

/** A terminal table (a header, a dashed rule, its rows up to a blank line) with its plain decimals. */
function withoutTables(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i + 1 < lines.length && /^-+( +-+)*$/.test(lines[i + 1])) {
      while (i < lines.length && lines[i] !== '') i++;
      continue;
    }
    kept.push(lines[i]);
  }
  return kept.join('\n');
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Every sheet's text cells of a written workbook, each with its sheet, and the sheet names. */
async function workbookTexts(file: string): Promise<{ sheets: Set<string>; texts: string[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheets = new Set<string>();
  const texts: string[] = [];
  book.eachSheet((sheet) => {
    sheets.add(sheet.name);
    // The Contract sheet holds the user's terms in the syntax its reader takes (`2026-01 sur 6 périodes`).
    if (/^(Contrat|Contract)\b/.test(sheet.name)) return;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    );
  });
  return { sheets, texts };
}

type Run = readonly [argv: readonly string[], workbook?: string];

const FR_C = ['--contract', 'obm.json', '--actuals', 'obm.csv'];
const FR_BPO = ['--contract', 'bpo-fr.json', '--actuals', 'bpo-fr.csv'];
const FRENCH: readonly Run[] = [
  [['check', ...FR_C]],
  [['invoice', ...FR_C, '--period', '2026-10']],
  [['invoice', ...FR_C, '--period', '2026-10..2026-12', '-o', 'annee.xlsx'], 'annee.xlsx'],
  [['invoice', ...FR_C, '--period', '2026-13']],
  [['invoice', ...FR_C, '--period', '2030-10']],
  [['invoice', ...FR_C, '--period', '2026-10', '--nope']],
  [['invoice', '--contract', 'obm.json', '--actuals', 'absent.csv', '--period', '2026-10']],
  [['review', ...FR_C, '--period', '2026-10..2026-12', '-o', 'revue.xlsx'], 'revue.xlsx'],
  [['reconcile', ...FR_BPO, '--period', '2026-10', '--supplier', 'fournisseur.csv']],
  [
    ['reconcile', ...FR_BPO, '--period', '2026-10', '--supplier', 'fournisseur.csv', '-o', 'rappro.xlsx'],
    'rappro.xlsx',
  ],
  [['curve', ...FR_C, '--period', '2026-10', '--kpi', 'Taux de conversion des prospects', '--steps', '5']],
  [['curve', ...FR_C, '--period', '2026-10', '--kpi', 'Nope']],
  [['exposure', ...FR_C, '--period', '2026-10']],
  [['exposure', ...FR_C, '--period', '2026-10', '-o', 'expo.xlsx'], 'expo.xlsx'],
  [['forecast', ...FR_C, '--from', '2027-01', '--to', '2027-03', '--simulations', '50']],
  [
    ['forecast', ...FR_C, '--from', '2027-01', '--to', '2027-03', '--simulations', '50', '-o', 'prev.xlsx'],
    'prev.xlsx',
  ],
  [['compare', '--contract', 'bpo-fr.json', '--contract', 'bpo-fr.json', '--actuals', 'bpo-fr.csv']],
  [['demo', '--template', 'online-business-manager', '-o', 'demo-fr.xlsx'], 'demo-fr.xlsx'],
  [['functions', '--lang', 'fr']],
  [['scenarios', '--contract', 'obm.json', '--scenarios', 'scenarios.csv']],
  [['scenarios', '--contract', 'obm.json', '--scenarios', 'scenarios.csv', '-o', 'scen.xlsx'], 'scen.xlsx'],
  [['verify', '--invoice', 'emise.json', ...FR_C]],
  [['verify', '--invoice', 'emise.json', '--contract', 'obm.json', '--actuals', 'obm-corrige.csv']],
  [
    [
      'invoice',
      '--contract',
      'obm.json',
      '--actuals',
      'obm-corrige.csv',
      '--period',
      '2026-10',
      '--corrects',
      'emise.json',
      '-o',
      'avoir.xlsx',
    ],
    'avoir.xlsx',
  ],
  [
    ['compare', '--contract', 'obm.json', '--contract', 'obm.json', '--actuals', 'obm.csv', '-o', 'cmp.xlsx'],
    'cmp.xlsx',
  ],
];

const EN_C = ['--contract', 'bpo.json', '--actuals', 'bpo.csv'];
const EN_OBM = ['--contract', 'obm-en.json', '--actuals', 'obm-en.csv'];
const ENGLISH: readonly Run[] = [
  [['check', ...EN_C]],
  [['invoice', ...EN_C, '--period', '2026-10']],
  [['invoice', ...EN_OBM, '--period', '2026-10..2026-12', '-o', 'year.xlsx'], 'year.xlsx'],
  [['invoice', ...EN_C, '--period', '2026-13']],
  [['invoice', ...EN_C, '--period', '2030-10']],
  [['invoice', ...EN_C, '--period', '2026-10', '--nope']],
  [['invoice', '--contract', 'bpo.json', '--actuals', 'absent.csv', '--period', '2026-10']],
  [['review', ...EN_OBM, '--period', '2026-10..2026-12', '-o', 'review.xlsx'], 'review.xlsx'],
  [['reconcile', ...EN_C, '--period', '2026-10', '--supplier', 'supplier.csv', '-o', 'rec.xlsx'], 'rec.xlsx'],
  [['curve', ...EN_C, '--period', '2026-10', '--kpi', 'FCR', '--steps', '5']],
  [['curve', ...EN_C, '--period', '2026-10', '--kpi', 'Nope']],
  [['exposure', ...EN_OBM, '--period', '2026-10', '-o', 'exposure.xlsx'], 'exposure.xlsx'],
  [['forecast', ...EN_C, '--from', '2027-01', '--to', '2027-03', '--simulations', '50']],
  [
    ['forecast', ...EN_OBM, '--from', '2027-01', '--to', '2027-03', '--simulations', '50', '-o', 'fc.xlsx'],
    'fc.xlsx',
  ],
  [['compare', '--contract', 'bpo.json', '--contract', 'bpo.json', '--actuals', 'bpo.csv']],
  [['demo', '-o', 'demo-en.xlsx'], 'demo-en.xlsx'],
  [['demo', '--template', 'online-business-manager', '--lang', 'en', '-o', 'demo-obm.xlsx'], 'demo-obm.xlsx'],
  [['functions']],
  [['eval', 'BONUSMALUS(0.78; 0.75)']],
];

/** Runs a command in the fixtures' folder (its file arguments are names there). */
async function run([argv, workbook]: Run) {
  const inDir = argv.map((arg, i) => (i > 0 && /\.(json|csv|xlsx)$/.test(arg) ? at(arg) : arg));
  const result = await runCli(inDir);
  const book = workbook === undefined ? undefined : await workbookTexts(at(workbook));
  return { ...result, book };
}

const first = (pattern: RegExp, texts: readonly string[]): string | undefined =>
  texts.map((text) => pattern.exec(text)?.[0] && `"${pattern.exec(text)![0]}" in ${text}`).find(Boolean);

describe.each(FRENCH.map((r) => [r[0].join(' '), r] as const))('French: %s', (_, french) => {
  test('numbers the French way in its sentences; periods in words on its sheets', async () => {
    const { out, err, book } = await run(french);
    // JSON is for programs: its amounts are decimal strings in every language.
    const said = isJson(out) ? err : `${out}\n${err}`;
    // A value quoted as it stands in a file (`"4950.00" dans le fichier`) is data.
    const sentences = withoutTables(said)
      .split('\n')
      .map((line) => line.replace(/"[^"]*"/g, ''));
    expect(
      first(
        ENGLISH_NUMBER,
        sentences.filter((l) => !/^\s*ex\. |^\s+\w+\u00a0:|^[A-Z]+\(/.test(l)),
      ),
    ).toBeUndefined();
    if (book === undefined) return;
    const texts = book.texts.map((text) => prose(text, book.sheets));
    expect(first(ENGLISH_NUMBER, texts)).toBeUndefined();
    expect(first(ISO_PERIOD, texts)).toBeUndefined();
  });
});

describe.each(ENGLISH.map((r) => [r[0].join(' '), r] as const))('English: %s', (_, english) => {
  test('no French word, number or space', async () => {
    const { out, err, book } = await run(english);
    expect(first(FRENCH_FORM, `${out}\n${err}`.split('\n'))).toBeUndefined();
    if (book !== undefined) expect(first(FRENCH_FORM, book.texts)).toBeUndefined();
  });
});

test('the forecast says its budget at risk with the language’s digits', async () => {
  const argv = ['forecast', ...FR_C, '--from', '2027-01', '--to', '2027-03', '--simulations', '50'];
  const french = await run([argv]);
  expect(french.out).toMatch(/^Budget à risque \(P90 − moyenne\)\u00a0: \d{1,3}(\u202f\d{3})*,\d{2} EUR$/m);
  const english = await run([
    ['forecast', ...EN_C, '--from', '2027-01', '--to', '2027-03', '--simulations', '50'],
  ]);
  expect(english.out).toMatch(/^Budget at risk \(P90 − mean\): \d{1,3}(,\d{3})*\.\d{2} EUR$/m);
});
