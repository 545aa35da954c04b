/**
 * reconcile on a terminal: its table is headed (Status, Line, Invoiced, Due, Difference; FR Statut, Ligne,
 * Facturé, Dû, Écart), the JSON as it was; a mapping read because it lies beside the contract is said on
 * stderr, naming it, and `--mapping` chooses another.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';

/** The JSON's fields as they were before the table had a header. */
const KEYS = [
  'billedLines',
  'contractVersion',
  'currency',
  'differences',
  'dueLines',
  'fingerprint',
  'hiddenRows',
  'invoice',
  'language',
  'lines',
  'mapping',
  'matches',
  'message',
  'months',
  'period',
  'supplier',
  'tolerance',
  'totals',
];

const root = mkdtempSync(join(tmpdir(), 'outcome-fees-reconcile-table-'));
let made = 0;

/** A folder with a template's contract, actuals and its invoice of 2026-10 as the supplier's CSV. */
async function folder(lang: 'en' | 'fr', rename?: [string, string]): Promise<Record<string, string>> {
  const dir = join(root, `${lang}-${(made += 1)}`);
  mkdirSync(dir);
  const files = {
    contract: join(dir, 'contract.json'),
    actuals: join(dir, 'actuals.csv'),
    supplier: join(dir, 'supplier.csv'),
    dir,
  };
  const template = ['template', 'bpo-customer-service', '--lang', lang];
  writeFileSync(files.contract, `${(await runCli(template)).out}\n`);
  writeFileSync(files.actuals, `${(await runCli([...template, '--actuals'])).out}\n`);
  const invoice = JSON.parse(
    (
      await runCli([
        'invoice',
        '--contract',
        files.contract,
        '--actuals',
        files.actuals,
        '--period',
        '2026-10',
      ])
    ).out,
  );
  const rows = invoice.lines.map((l: { label: string; amount: string }) => {
    const label = rename && l.label === rename[1] ? rename[0] : l.label;
    return `"${label}",${l.amount}`;
  });
  writeFileSync(files.supplier, [lang === 'fr' ? 'Libellé,Montant' : 'Line,Amount', ...rows].join('\n'));
  return files;
}

const reconcile = (f: Record<string, string>, ...more: string[]) =>
  runCli([
    'reconcile',
    '--contract',
    f.contract,
    '--actuals',
    f.actuals,
    '--period',
    '2026-10',
    '--supplier',
    f.supplier,
    ...more,
  ]);

describe('the terminal table has a header row', () => {
  test.each([
    ['en', ['Status', 'Line', 'Invoiced', 'Due', 'Difference'], 'matched', 'Fixed management fee'],
    ['fr', ['Statut', 'Ligne', 'Facturé', 'Dû', 'Écart'], 'conforme', 'Frais fixes de pilotage'],
  ] as const)('%s', async (lang, header, matched, firstLine) => {
    const run = await reconcile(await folder(lang));
    expect(run.code).toBe(0);
    const [, head, rule, first] = run.out.split('\n');
    expect(rule).toMatch(/^-+( {2}-+){4}$/);
    // The rule's dashes span each column: the header and the rows sit in them, the words at the left, the
    // amounts at the right.
    const spans = [...rule.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length] as const);
    const cells = (line: string) => spans.map(([a, b]) => line.padEnd(rule.length).slice(a, b));
    expect(cells(head).map((c) => c.trim())).toEqual(header);
    for (const line of [head, first]) {
      const row = cells(line);
      for (const [c, cell] of row.entries())
        expect(c < 2 ? cell.trimEnd() : cell.trimStart()).toBe(cell.trim());
    }
    expect(
      cells(first)
        .slice(0, 2)
        .map((c) => c.trim()),
    ).toEqual([matched, firstLine]);
  });

  test('--json is unchanged: no header in it', async () => {
    const run = await reconcile(await folder('en'), '--json');
    const json = JSON.parse(run.out);
    expect(Object.keys(json).sort()).toEqual(KEYS);
    expect(run.out).not.toContain('Difference');
  });
});

describe('the mapping beside the contract', () => {
  const renamed = ['Management fee', 'Fixed management fee'] as [string, string];

  test('is said on stderr, naming it, when it is read without being named (text and --json)', async () => {
    const f = await folder('en', renamed);
    const beside = join(f.dir, 'contract.mapping.csv');
    writeFileSync(beside, 'Supplier line,Contract line\nManagement fee,Fixed management fee\n');
    const note =
      'note: reading the line mapping contract.mapping.csv, kept beside contract.json (--mapping FILE to read another)';
    const text = await reconcile(f);
    expect(text).toMatchObject({ code: 0, err: note });
    const json = await reconcile(f, '--json');
    expect(json).toMatchObject({ code: 0, err: note });
    expect(JSON.parse(json.out).mapping).toBe(beside);
  });

  test('--mapping reads the one named instead, and says nothing of the other', async () => {
    const f = await folder('en', renamed);
    // The one beside maps the fee to the wrong line: read, it would make differences.
    writeFileSync(join(f.dir, 'contract.mapping.csv'), 'Supplier line,Contract line\nManagement fee,CSAT\n');
    const chosen = join(f.dir, 'october.csv');
    writeFileSync(chosen, 'Supplier line,Contract line\nManagement fee,Fixed management fee\n');
    const run = await reconcile(f, '--mapping', chosen, '--json');
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(run.out).mapping).toBe(chosen);
    expect((await reconcile(f)).code).toBe(1);
  });

  test('in French', async () => {
    const f = await folder('fr', ['Frais fixes', 'Frais fixes de pilotage']);
    writeFileSync(
      join(f.dir, 'contract.mapping.csv'),
      'Ligne fournisseur,Ligne du contrat\nFrais fixes,Frais fixes de pilotage\n',
    );
    const run = await reconcile(f);
    expect(run.code).toBe(0);
    // French typography: a no-break space before the colon.
    expect(run.err.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'remarque : lecture de la correspondance de lignes contract.mapping.csv, rangée à côté de contract.json (--mapping FICHIER pour en lire une autre)',
    );
  });
});
