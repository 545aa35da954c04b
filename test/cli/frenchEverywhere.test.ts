/**
 * A French contract's user reads the command line in French: every command run on a French contract and
 * French inputs, with good inputs and with each kind of mistake, says nothing in English on stdout or
 * stderr, in the text fields of its JSON meant for people, or in the sheets of the workbook it writes.
 * The table at the end runs them all against a list of tell-tale English words; the cases before it pin
 * the messages that spoke English.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { TEMPLATES } from '../../core/templates';
import { ENGLISH_WORD } from '../support/englishWords';
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
      err: `--from 77.4${S}: FCR${S}: 77.4 est en dehors de la plage valide d’un indicateur de type pourcentage (de 0 à 1)${S}: vouliez-vous dire 0.774${S}?`,
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
      err: `fournisseur.csv!C1${S}: colonne inconnue «${S}Couleur${S}» (attendu Libellé, Montant, Quantité, Prix unitaire, Unité, Devise, Période, Date, TVA, Taux de TVA, Montant TTC)`,
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
      `demo-casse.xlsx${S}: Contrat!B${rowOf('Fréquence de facturation')} (Fréquence de facturation)${S}: valeur attendue parmi mensuel, trimestriel, semestriel, annuel, reçu «${S}mensual${S}»`,
      `demo-casse.xlsx${S}: Contrat!H${fcr} (Objectif)${S}: nombre attendu, reçu «${S}abc${S}»`,
      '2 problèmes dans demo-casse.xlsx (feuille Contrat) et demo-casse.xlsx (feuille Réalisé)',
    ]);
  });

  it('a folder of French contracts says in French which files are no contracts and which cannot be read', async () => {
    const folder = at('contrats');
    mkdirSync(folder);
    const text = `${(await runCli(['template', 'bpo-customer-service', '--lang', 'fr'])).out}\n`;
    writeFileSync(join(folder, 'b-contrat.json'), text);
    writeFileSync(join(folder, 'a-autre.json'), '{"schema": "autre/chose@2"}\n');
    writeFileSync(
      join(folder, 'c-latin1.json'),
      Buffer.from(text.replace('bpo-customer-service', 'c'), 'latin1'),
    );
    writeFileSync(join(folder, 'd-casse.xlsx'), 'PK\u0003\u0004pas un zip');
    writeFileSync(join(folder, 'package.json'), '{"name": "outils"}\n');
    const out = at('portefeuille-casse.xlsx');
    const shared = await runCli([
      'invoice',
      '--contract',
      folder,
      '--actuals',
      actuals,
      '--period',
      '2026-10',
      '-o',
      out,
    ]);
    const stranger = (file: string, what: string) =>
      `${file}${S}: ce n’est pas un fichier de contrat (${what}${S}; le "schema" d’un contrat est "outcome-fees/contract@1")${S}: ne gardez que des fichiers de contrat dans un dossier de contrats`;
    expect(shared).toEqual({
      code: 1,
      out: '',
      err: [
        stranger('a-autre.json', `un fichier de schéma «${S}autre/chose@2${S}»`),
        `impossible de lire c-latin1.json${S}: la ligne 4 n’est pas du texte UTF-8 (un fichier enregistré en Windows-1252 ou Latin-1${S}?)${S}: enregistrez-le en UTF-8 (dans Excel${S}: CSV UTF-8)`,
        `impossible de lire ${join(folder, 'd-casse.xlsx')}${S}: une archive zip dont le répertoire ne dit pas ce qu’elle décompresse (endommagée, ou ZIP64)${S}: pas un classeur .xlsx`,
        stranger('package.json', 'un fichier JSON sans "schema"'),
        `${out} non écrit${S}: les problèmes ci-dessus arrêtent toute l’exécution${S}; corrigez-les et relancez`,
      ].join('\n'),
    });
    // One actuals file per contract: the unreadable contract stops the run, said in the folder's language.
    const each = await runCli([
      'invoice',
      '--contract',
      folder,
      ...[1, 2, 3, 4, 5].flatMap(() => ['--actuals', actuals]),
      '--period',
      '2026-10',
      '-o',
      out,
    ]);
    expect(each.code).toBe(1);
    expect(each.err).toMatch(/^impossible de lire c-latin1\.json\u00a0: la ligne 4 n’est pas du texte UTF-8/);
  });

  it('a file too large to read, or a damaged workbook, is refused in French', async () => {
    const big = at('realise-enorme.csv');
    writeFileSync(big, Buffer.alloc(8 * 1024 * 1024 + 1, 0x20));
    const run = await runCli(['check', '--contract', contract, '--actuals', big]);
    expect(run).toEqual({
      code: 1,
      out: '',
      err: `impossible de lire ${big}${S}: il fait 8\u202f388\u202f609 octets, et les fichiers d’entrée sont lus en entier jusqu’à 8,0 Mo (8\u202f388\u202f608 octets) (un portefeuille plus grand${S}: un fichier de réalisé par contrat)`,
    });
    const damaged = write('realise-casse.xlsx', 'PK\u0003\u0004pas un zip');
    expect((await runCli(['check', '--contract', contract, '--actuals', damaged])).err).toBe(
      `impossible de lire ${damaged}${S}: une archive zip dont le répertoire ne dit pas ce qu’elle décompresse (endommagée, ou ZIP64)${S}: pas un classeur .xlsx`,
    );
  });

  it('eval --lang fr says in French what it cannot read; the function messages are the same in every host', async () => {
    // --lang fr reads a formula as a French sheet writes it: 0,8 is 0.8, never two arguments.
    expect(await runCli(['eval', '--lang', 'fr', 'ACHIEVEMENT(0,8; 0,75)'])).toEqual({
      code: 0,
      out: '1.0666666666666667',
      err: '',
    });
    // Its one argument is 0.8 (it was ACHIEVEMENT(0, 8), 0 with exit 0): the target is missing.
    expect((await runCli(['eval', '--lang', 'fr', 'ACHIEVEMENT(0,8)'])).err).toMatch(
      /^#VALUE! ACHIEVEMENT: target is/,
    );
    expect(await runCli(['eval', '--lang', 'fr', 'BONUSMALUS(0,78; 0,75; 50000; 50000)'])).toEqual({
      code: 0,
      out: '1500',
      err: '',
    });
    // The English habits in a French formula are said at their place, with how to write it.
    expect(await runCli(['eval', '--lang', 'fr', 'BONUSMALUS(0,78, 0,75)'])).toEqual({
      code: 1,
      out: '',
      err:
        `#VALUE! erreur de syntaxe${S}: «${S};${S}» ou «${S})${S}» attendu à la position 16, pas «${S},${S}»${S}: ` +
        `une formule en français s’écrit comme dans un tableur en français, «${S};${S}» entre les arguments et ` +
        `«${S},${S}» pour les décimales${S}: BONUSMALUS(0,78${S}; 0,75${S}; 1000${S}; 1000)`,
    });
    expect((await runCli(['eval', '--lang', 'fr', 'BONUSMALUS(0.78; 0,75)'])).err).toBe(
      `#VALUE! erreur de syntaxe${S}: «${S}.${S}» ne marque pas les décimales d’une formule en français${S}: ` +
        'écrivez 0,8 pour 0.8 à la position 13',
    );
    // A French sheet's separators in English: the ";" is said to be one, and how to write the formula.
    expect((await runCli(['eval', 'BONUSMALUS(0.78; 0.75)'])).err).toBe(
      '#VALUE! syntax error: expected "," or ")" at position 16, not ";": a formula in English is written as in an ' +
        'English spreadsheet, "," between arguments and "." for decimals: BONUSMALUS(0.78, 0.75, 1000, 1000); ' +
        'with --lang fr it is read as a French spreadsheet writes it, ";" between arguments and "," for decimals',
    );
    expect((await runCli(['eval', 'BONUSMALUS(0.78 0.75)'])).err).toBe(
      '#VALUE! syntax error: expected "," or ")" at position 17',
    );
    expect((await runCli(['eval', '--lang', 'fr', 'BONUSMALUS(0,78 0,75)'])).err).toBe(
      `#VALUE! erreur de syntaxe${S}: «${S};${S}» ou «${S})${S}» attendu à la position 17`,
    );
    expect((await runCli(['eval', '--lang=fr', '{1\\2; 3}'])).err).toBe(
      `#VALUE! erreur de syntaxe${S}: les lignes d’une constante matricielle doivent avoir la même longueur à la position 9`,
    );
    expect((await runCli(['eval', '--lang', 'fr', '1e400'])).err).toBe(
      '#NUM! 1e400 dépasse ce qu’un nombre de tableur peut contenir à la position 1',
    );
    expect((await runCli(['eval', '--lang', 'fr'])).err).toMatch(
      new RegExp(`^eval prend exactement une formule${S}; usage: outcome-fees eval \\[--lang en\\|fr\\]`),
    );
    // A formula may still start with "-", and one that is only "--lang" is a formula, not the option.
    expect(await runCli(['eval', '--lang', 'fr', '-1+3'])).toEqual({ code: 0, out: '2', err: '' });
    expect((await runCli(['eval', '--lang'])).err).toBe('#VALUE! syntax error: expected "(" at position 7');
    expect((await runCli(['eval', '--lang', 'de', '1'])).err).toMatch(
      /^--lang must be en or fr \(got 'de'\)/,
    );
    // What the formula's own operations refuse is said in French too.
    const said = async (formula: string) => (await runCli(['eval', '--lang', 'fr', formula])).err;
    expect(await said('NOPE(1)')).toBe('#NAME? fonction inconnue NOPE');
    expect(await said('1/0')).toBe('#DIV/0! division par zéro');
    expect(await said('"a"+1')).toBe('#VALUE! le calcul demande des nombres (reçu "a")');
    expect(await said('SUM(1; "a")')).toBe('#VALUE! nombre attendu, reçu "a"');
    expect(await said('ROUND(1)')).toBe('#VALUE! ROUND prend un nombre et un nombre de décimales (≥ 0)');
    expect(await said('#N/A')).toBe('#N/A #N/A dans la formule');
    expect(await said('1e308*10')).toBe('#NUM! le résultat est trop grand pour un nombre de tableur');
    expect((await runCli(['eval', '--lang', 'fr', 'BONUSMALUS(0,78; 0,75; 50000; "abc")'])).err).toBe(
      '#VALUE! BONUSMALUS: malus_rate must be a number ≥ 0 (got "abc")',
    );
  });

  it('a template written in French by default says its mistakes in French without --lang', async () => {
    const demo = await runCli(['demo', '--template', 'online-business-manager', '--nope']);
    expect(demo.code).toBe(2);
    expect(demo.err).toMatch(new RegExp(`^option inconnue «${S}--nope${S}»${S}; usage: outcome-fees demo`));
    const template = await runCli(['template', 'online-business-manager', '--actuals', '--nope']);
    expect(template.err).toMatch(
      new RegExp(`^option inconnue «${S}--nope${S}»${S}; usage: outcome-fees template`),
    );
    // --lang still decides, and a template written in English says its mistakes in English.
    expect(
      (await runCli(['demo', '--template', 'online-business-manager', '--lang', 'en', '--nope'])).err,
    ).toMatch(/^unknown option '--nope'/);
    expect((await runCli(['template', 'bpo-customer-service', '--nope'])).err).toMatch(
      /^unknown option '--nope'/,
    );
  });

  it('demo of a month without sample actuals says so in French, naming the months it has', async () => {
    const run = await runCli(['demo', '--lang', 'fr', '--period', '2031-01', '-o', at('demo-2031.xlsx')]);
    expect(run).toEqual({
      code: 1,
      out: '',
      err: `bpo-customer-service${S}: pas de réalisé d’exemple pour 2031-01${S}; la démo a 2026-09, 2026-10, 2026-11, 2026-12 (donnez à --period l’un d’eux, ou rien pour tous)`,
    });
  });

  it('functions --lang fr spaces the colon after each argument name the French way', async () => {
    const lines = (await runCli(['functions', '--lang', 'fr'])).out.split('\n');
    expect(lines).toContain(`    malus_rate${S}: montant par unité de KPI en dessous de l’objectif (≥ 0)`);
    expect(lines.filter((line) => /^ {4}\w+:/.test(line))).toEqual([]);
  });

  it('docs --lang fr says in French what it wrote and what is missing or stale', async () => {
    const root = at('racine');
    mkdirSync(root);
    // Outside the folder the tests run in: named whole, as every command names a file there.
    const shown = (file: string) => join(root, file);
    expect(await runCli(['docs', '--lang', 'fr', '--check', '--root', root])).toEqual({
      code: 1,
      out: '',
      err: [
        `${shown('docs/functions.md')} est absent${S}: lancez outcome-fees docs --root ${root}`,
        `${shown('docs/functions.fr.md')} est absent${S}: lancez outcome-fees docs --root ${root}`,
      ].join('\n'),
    });
    expect(await runCli(['docs', '--lang', 'fr', '--root', root])).toEqual({
      code: 0,
      out: `Écrit ${shown('docs/functions.md')}\nÉcrit ${shown('docs/functions.fr.md')}`,
      err: '',
    });
    expect(await runCli(['docs', '--check', '--root', root])).toEqual({ code: 0, out: '', err: '' });
    writeFileSync(join(root, 'docs/functions.md'), 'edited');
    expect((await runCli(['docs', '--lang', 'fr', '--check', '--root', root])).err).toBe(
      `${shown('docs/functions.md')} n’est pas à jour${S}: lancez outcome-fees docs --root ${root}`,
    );
  });

  it('a French contract JSON with a problem is said in French', async () => {
    const text = `${(await runCli(['template', 'bpo-customer-service', '--lang', 'fr'])).out}\n`;
    const broken = write('contrat-casse.json', text.replace('"vatRate": "0.2"', '"vatRate": "vingt"'));
    expect(broken).not.toBe(contract);
    const run: CliRun = await runCli(['check', '--contract', broken, '--actuals', actuals]);
    expect(run.code).toBe(1);
    expect(run.out.split('\n')).toEqual([
      `contrat-casse.json${S}: vatRate${S}: nombre décimal attendu, écrit comme texte («${S}2.10${S}»), reçu «${S}vingt${S}»`,
      '1 problème dans contrat-casse.json et realise.csv',
    ]);
  });
});

/**
 * What is the product's syntax or the user's data rather than its text: option names, command names,
 * the one-line usage after a usage error, the fixtures' file names, JSON paths (`lines[2].amount`), and
 * the worksheet functions' signatures, argument names and example formulas, which are the same in every
 * language, and the list of command names.
 */
function prose(text: string): string {
  return text
    .replace(/usage: outcome-fees .*$/gm, '')
    .replace(/^[A-Z]+\(.*\)$/gm, '')
    .replace(/^ {4}\w+\u00a0:/gm, '')
    .replace(/\b\w+\[\d+\](\.\w+)*/g, '')
    .replace(/^[\w.]+\u00a0:/gm, '')
    .replace(/^ {2}ex\. .*$/gm, '')
    .replace(/commandes\u00a0: [^(]*/g, '')
    .replace(/"[\w-]+"/g, '')
    .replace(/outcome-fees \w+/g, '')
    .replace(/--[a-z-]+/g, '')
    .replace(/[\w.-]+\.(json|csv|xlsx)/g, '');
}

/** The first English word of `text` with the line it is in, or undefined. */
function englishIn(text: string): string | undefined {
  for (const line of prose(text).split('\n')) {
    const found = ENGLISH_WORD.exec(line);
    if (found) return `"${found[1]}" in: ${line.trim()}`;
  }
  return undefined;
}

/** The JSON fields written for people to read (labels, explanations, outcomes, notes, problems). */
const PEOPLE_FIELDS = new Set([
  'label',
  'explanation',
  'outcome',
  'reason',
  'reasons',
  'message',
  'lines',
  'note',
  'notes',
]);

function peopleText(json: unknown, key = ''): string[] {
  if (typeof json === 'string') return PEOPLE_FIELDS.has(key) ? [json] : [];
  if (Array.isArray(json)) return json.flatMap((item) => peopleText(item, key));
  if (json !== null && typeof json === 'object')
    return Object.entries(json).flatMap(([k, v]) => peopleText(v, k));
  return [];
}

/** Every sheet name and text cell of a written workbook. */
async function workbookText(file: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const texts: string[] = [];
  book.eachSheet((sheet) => {
    texts.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && texts.push(cell.value)));
  });
  return texts.join('\n');
}

/** A command, its argv after the command name, the exit wanted, and the workbook it writes if any. */
type Case = readonly [command: string, argv: () => string[], code: number, workbook?: string];

describe('every command on a French contract speaks French', () => {
  // Fixtures, French by name too: the contract, its actuals, a second contract, scenarios, a supplier file.
  const files = () => {
    const second = contract.replace('contrat.json', 'contrat-b.json');
    return { second };
  };
  beforeAll(async () => {
    const json = (await runCli(['template', 'bpo-customer-service', '--lang', 'fr'])).out;
    write(
      'proposition.json',
      `${json.replace('"id": "bpo-customer-service"', '"id": "proposition"').replace('"price": "2.1"', '"price": "2.2"')}\n`,
    );
    write(
      'scenarios.csv',
      'Scénario,Type,Nom,Valeur\n' +
        ['Prudent', 'Probable']
          .flatMap((s, i) => [
            `${s},volume,Interactions,${40000 + i * 2000}`,
            `${s},indicateur,FCR,${0.72 + i * 0.04}`,
            `${s},indicateur,Délai moyen de réponse,${3.5 - i}`,
            `${s},indicateur,CSAT,${0.88 + i * 0.04}`,
          ])
          .join('\n') +
        '\n',
    );
    // Without any cap, the response-time malus leaves the least invoice unbounded.
    const uncapped = JSON.parse(json) as { caps?: unknown; kpis: Record<string, unknown>[] };
    delete uncapped.caps;
    for (const kpi of uncapped.kpis)
      for (const key of Object.keys(kpi)) if (/cap/i.test(key)) delete kpi[key];
    write('sans-plafond.json', `${JSON.stringify(uncapped, null, 2)}\n`);
    // A French Excel's CSV export: Windows-1252, where "Délai" is not UTF-8.
    writeFileSync(at('realise-latin1.csv'), Buffer.from(actualsText, 'latin1'));
    write('mauvais-scenarios.csv', 'Scénario,Type,Nom,Valeur\nPrudent,indicateur,FRC,0.7\n');
    write(
      'fournisseur.csv',
      'Libellé,Montant\nFrais fixes de pilotage,20000\nInteractions,88750\nFCR,560\nDélai moyen de réponse,-320\nCSAT,5000\n',
    );
    write(
      'fournisseur-ecart.csv',
      'Libellé,Montant\nFrais fixes de pilotage,20000\nInteractions,88750.01\nFCR,560\nCSAT,5000\nPénalités,12\n',
    );
    write(
      'realise-faux.csv',
      actualsText.replace(/^2026-10,indicateur,FCR,.*$/m, '2026-10,indicateur,FCR,77.4'),
    );
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
    write('emise.json', `${issued.out}\n`);
    restated('realise-corrige.csv', '2026-10,indicateur,CSAT', '0.885');
    expect(files().second).toContain('contrat-b.json');
  });

  const C = () => ['--contract', contract];
  const A = (name = 'realise.csv') => ['--actuals', at(name)];
  const CASES: readonly Case[] = [
    ['check', () => [...C(), ...A()], 0],
    ['check', () => [...C(), ...A('realise-faux.csv')], 1],
    ['check', () => [...C(), ...A('absent.csv')], 1],
    ['invoice', () => [...C(), ...A(), '--period', '2026-10', '--json'], 0],
    ['invoice', () => [...C(), ...A(), '--period', '2026-10', '-o', at('facture.xlsx')], 0, 'facture.xlsx'],
    ['invoice', () => [...C(), ...A(), '--period', '2026-13'], 2],
    ['invoice', () => [...C(), ...A(), '--period', '2030-10'], 1],
    [
      'invoice',
      () => [...C(), ...A(), '--period', '2026-09..2026-12', '-o', at('annee.xlsx')],
      0,
      'annee.xlsx',
    ],
    ['invoice', () => [...C(), ...A(), '--period', '2026-11..2026-09', '-o', at('envers.xlsx')], 1],
    ['invoice', () => [...C(), ...A(), '--period', '2026-09..2026-10', '--json'], 0],
    [
      'invoice',
      () => [
        ...C(),
        '--contract',
        at('proposition.json'),
        ...A(),
        ...A(),
        '--period',
        '2026-10',
        '-o',
        at('portefeuille.xlsx'),
      ],
      0,
      'portefeuille.xlsx',
    ],
    [
      'invoice',
      () => [...C(), ...A('realise-corrige.csv'), '--period', '2026-10', '--corrects', at('emise.json')],
      0,
    ],
    [
      'invoice',
      () => [
        ...C(),
        ...A('realise-corrige.csv'),
        '--period',
        '2026-10',
        '--corrects',
        at('emise.json'),
        '-o',
        at('avoir.xlsx'),
      ],
      0,
      'avoir.xlsx',
    ],
    ['reconcile', () => [...C(), ...A(), '--period', '2026-10', '--supplier', at('fournisseur.csv')], 0],
    [
      'reconcile',
      () => [
        ...C(),
        ...A(),
        '--period',
        '2026-10',
        '--supplier',
        at('fournisseur-ecart.csv'),
        '-o',
        at('rapprochement.xlsx'),
      ],
      1,
      'rapprochement.xlsx',
    ],
    [
      'reconcile',
      () => [...C(), ...A(), '--period', '2026-10', '--supplier', at('fournisseur-ecart.csv'), '--json'],
      1,
    ],
    ['verify', () => ['--invoice', at('emise.json'), ...C(), ...A()], 0],
    ['verify', () => ['--invoice', at('emise.json'), ...C(), ...A('realise-corrige.csv')], 1],
    ['verify', () => ['--invoice', at('facture.xlsx'), ...C(), ...A()], 0],
    [
      'review',
      () => [...C(), ...A(), '--period', '2026-09..2026-12', '-o', at('revue.xlsx')],
      0,
      'revue.xlsx',
    ],
    ['review', () => [...C(), ...A(), '--period', '2026-09..2026-12', '--json'], 0],
    ['scenarios', () => [...C(), '--scenarios', at('scenarios.csv')], 0],
    [
      'scenarios',
      () => [...C(), '--scenarios', at('scenarios.csv'), '-o', at('scenarios.xlsx')],
      0,
      'scenarios.xlsx',
    ],
    ['scenarios', () => [...C(), '--scenarios', at('mauvais-scenarios.csv')], 1],
    ['curve', () => [...C(), ...A(), '--period', '2026-10', '--kpi', 'FCR', '--steps', '5'], 0],
    [
      'curve',
      () => [...C(), ...A(), '--period', '2026-10', '--kpi', 'FCR', '-o', at('courbe.xlsx')],
      0,
      'courbe.xlsx',
    ],
    [
      'curve',
      () => [...C(), '--scenarios', at('scenarios.csv'), '--scenario', 'Probable', '--kpi', 'CSAT'],
      0,
    ],
    [
      'curve',
      () => [...C(), '--scenarios', at('scenarios.csv'), '--scenario', 'Optimiste', '--kpi', 'CSAT'],
      1,
    ],
    ['curve', () => [...C(), ...A(), '--period', '2026-10', '--kpi', 'FRC'], 1],
    ['curve', () => [...C(), ...A(), '--period', '2026-10', '--kpi', 'FCR', '--to', '1.2'], 1],
    ['exposure', () => [...C(), ...A(), '--period', '2026-10'], 0],
    ['exposure', () => [...C(), ...A(), '--period', '2026-10', '--json'], 0],
    ['exposure', () => ['--contract', at('sans-plafond.json'), ...A(), '--period', '2026-10'], 0],
    ['exposure', () => ['--contract', at('sans-plafond.json'), ...A(), '--period', '2026-10', '--json'], 0],
    [
      'exposure',
      () => [...C(), ...A(), '--period', '2026-10', '-o', at('exposition.xlsx')],
      0,
      'exposition.xlsx',
    ],
    ['forecast', () => [...C(), ...A(), '--from', '2027-01', '--to', '2027-03', '--simulations', '50'], 0],
    [
      'forecast',
      () => [
        ...C(),
        ...A(),
        '--from',
        '2027-01',
        '--to',
        '2027-03',
        '--simulations',
        '50',
        '-o',
        at('prevision.xlsx'),
      ],
      0,
      'prevision.xlsx',
    ],
    ['compare', () => [...C(), '--contract', at('proposition.json'), ...A()], 0],
    [
      'compare',
      () => [
        ...C(),
        '--contract',
        at('proposition.json'),
        '--scenarios',
        at('scenarios.csv'),
        '-o',
        at('comparaison.xlsx'),
      ],
      0,
      'comparaison.xlsx',
    ],
    ['demo', () => ['--lang', 'fr', '-o', at('demo-fr.xlsx')], 0, 'demo-fr.xlsx'],
    ['functions', () => ['--lang', 'fr'], 0],
    ['eval', () => ['--lang', 'fr', 'BONUSMALUS(0.78, 0.75'], 1],
    ['eval', () => ['--lang', 'fr', '{1, "a"; 2}'], 1],
    ['eval', () => ['--lang', 'fr', '=1 +'], 1],
    ['eval', () => ['--lang', 'fr', 'x'.repeat(9000)], 1],
    ['eval', () => ['--lang', 'fr'], 2],
    ['eval', () => ['--lang', 'fr', 'NOPE(1/0)'], 1],
    ['eval', () => ['--lang', 'fr', 'AVERAGE()'], 1],
    ['eval', () => ['--lang', 'fr', 'SUMPRODUCT({1, 2}, {1})'], 1],
    ['demo', () => ['--template', 'online-business-manager', '--nope'], 2],
    ['demo', () => ['--lang', 'fr', '--period', '2031-01', '-o', at('demo-vide.xlsx')], 1],
    ['eval', () => ['--lang', 'fr', '1', '2'], 2],
    ['docs', () => ['--lang', 'fr', '--check', '--root', at('vide')], 1],
    ['docs', () => ['--lang', 'fr', '--nope'], 2],
    // Mistakes found before the contract is read: said in its language all the same.
    ['invoice', () => [...C(), ...A(), '--period', '2026-10', '--nope'], 2],
    ['invoice', () => [...C(), ...A()], 2],
    ['invoice', () => [...C(), ...A(), '--period', '2026-10', '--period', '2026-11'], 2],
    ['invoice', () => [...C(), ...A(), '--period', '2026-10', '-o', at('facture.pdf')], 2],
    ['invoice', () => [...C(), ...A(), '--period', '2026-10', '-o', at('absent/facture.xlsx')], 1],
    ['invoice', () => [...C(), ...A(), '--period', '2026-10', '-o', contract], 2],
    ['invoice', () => [...C(), ...A('absent.csv'), '--period', '2026-10'], 1],
    ['curve', () => [...C(), ...A(), '--kpi', 'FCR'], 2],
    ['curve', () => [...C(), ...A(), '--period', '2026-10', '--kpi', 'FCR', '--steps', 'dix'], 2],
    ['curve', () => [...C(), ...A(), '--period', '2026-10', '--kpi', 'FCR', '--from', '1,000'], 2],
    ['curve', () => [...C(), ...A(), '--period', '2026-10', '--kpi', 'FCR', '--from', 'x'], 2],
    ['forecast', () => [...C(), ...A(), '--from', '2027-13', '--to', '2027-03'], 2],
    [
      'forecast',
      () => [...C(), ...A(), '--from', '2027-01', '--to', '2027-12', '--simulations', '900000'],
      2,
    ],
    ['curve', () => [...C(), ...A(), '--period', '2026-10', '--kpi', 'FCR', '--steps', '1'], 2],
    ['compare', () => [...C(), ...A()], 2],
    ['exposure', () => [...C()], 2],
    ['reconcile', () => [...C(), ...A(), '--period', '2026-10', '--supplier', at('absent.csv')], 2],
    ['invoice', () => [...C(), ...A('realise-latin1.csv'), '--period', '2026-10'], 1],
    ['invoice', () => [...C(), ...A(), '--period', '2026-10', '--paper', 'A3', '-o', at('a3.xlsx')], 2],
    ['nope', () => [...C()], 2],
    ['template', () => ['nope', '--lang', 'fr'], 2],
  ];

  const rows = CASES.map(([command, argv, code, workbook], i) => ({
    name: `${command} ${i}`,
    command,
    argv,
    code,
    workbook,
  }));
  it.each(rows)('$name', async ({ command, argv, code, workbook }) => {
    const run = await runCli([command, ...argv()]);
    expect({ code: run.code, english: undefined }).toEqual({ code, english: undefined });
    let json: unknown;
    try {
      json = JSON.parse(run.out);
    } catch {
      json = undefined;
    }
    const said = [json === undefined ? run.out : peopleText(json).join('\n'), run.err];
    if (workbook !== undefined) said.push(await workbookText(at(workbook)));
    expect({ command, english: englishIn(said.join('\n')) }).toEqual({ command, english: undefined });
  });
});

/** What a run said for people: stdout (or the people fields of its JSON), stderr, the workbook it wrote. */
async function saidBy(run: CliRun, workbook?: string): Promise<string> {
  let json: unknown;
  try {
    json = JSON.parse(run.out);
  } catch {
    json = undefined;
  }
  const said = [json === undefined ? run.out : peopleText(json).join('\n'), run.err];
  if (workbook !== undefined) said.push(await workbookText(workbook));
  return said.join('\n');
}

describe.each(TEMPLATES.map((t) => [t.id, t] as const))(
  'every template in French: the commands on the %s contract speak French',
  (id, template) => {
    const contractFile = at(`${id}-fr.json`);
    const actualsFile = at(`${id}-fr.csv`);
    const periods = template.scenarios.map((s) => s.period).sort();
    const [first, last] = [periods[0], periods[periods.length - 1]];
    const kpi = template.contract('fr').kpis[0].name;
    // The forecast starts the month after the last sample month, as the pane's does after the actuals.
    const [year, month] = last.split('-').map(Number);
    const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
    beforeAll(async () => {
      writeFileSync(contractFile, `${(await runCli(['template', id, '--lang', 'fr'])).out}\n`);
      writeFileSync(actualsFile, `${(await runCli(['template', id, '--lang', 'fr', '--actuals'])).out}\n`);
    });
    const inputs = () => ['--contract', contractFile, '--actuals', actualsFile];
    const runs: readonly (readonly [string, () => string[], number, string?])[] = [
      ['check', () => inputs(), 0],
      ['invoice', () => [...inputs(), '--period', last, '--json'], 0],
      // A month without actuals: every missing value said, in French.
      ['invoice', () => [...inputs(), '--period', '2031-01'], 1],
      [
        'invoice',
        () => [...inputs(), '--period', `${first}..${last}`, '-o', at(`${id}-annee.xlsx`)],
        0,
        `${id}-annee.xlsx`,
      ],
      [
        'review',
        () => [...inputs(), '--period', `${first}..${last}`, '-o', at(`${id}-revue.xlsx`)],
        0,
        `${id}-revue.xlsx`,
      ],
      ['curve', () => [...inputs(), '--period', last, '--kpi', kpi, '--steps', '5'], 0],
      ['exposure', () => [...inputs(), '--period', last], 0],
      ['forecast', () => [...inputs(), '--from', next, '--to', next, '--simulations', '20'], 0],
      ['demo', () => ['--template', id, '--lang', 'fr', '-o', at(`${id}-demo.xlsx`)], 0, `${id}-demo.xlsx`],
    ];
    it.each(
      runs.map(([command, argv, code, workbook], i) => ({
        name: `${command} ${i}`,
        command,
        argv,
        code,
        workbook,
      })),
    )('$name', async ({ command, argv, code, workbook }) => {
      const run = await runCli([command, ...argv()]);
      expect({ command, code: run.code }).toEqual({ command, code });
      const said = await saidBy(run, workbook === undefined ? undefined : at(workbook));
      expect({ command, english: englishIn(said) }).toEqual({ command, english: undefined });
    });
  },
);
