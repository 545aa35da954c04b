/**
 * Every command example of README.md, run in the README's order against the built CLI in one scratch
 * folder, as a newcomer would type them: each must exit as the README says (0 unless its comment says
 * `exit N`) and print what the README shows under it. Files an example reads come from the examples
 * before it (`template … > contract.json`, `demo -o demo.xlsx`), from the README's own shell lines that
 * make them (`bpo.json`), or from what the README says they are (`HAND_MADE` below): a file that none of
 * these makes fails the test, naming the example.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { findTemplate, TEMPLATES } from '../../core/templates';
import { readWorkbookValues } from '../../core/xlsx/readWorkbook';
import type { CliRun } from '../cli/runCli';
import { REPO_ROOT, requireBuilt } from '../support/builtCore';
import {
  blockStartingWith,
  examples,
  matchesWithEllipsis,
  readme,
  shellLine,
  type Example,
} from './readmeExamples';

const README = readme();
const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-readme-'));
const inDir = (name: string) => join(dir, name);
const bpo = findTemplate('bpo-customer-service')!;

function json(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(inDir(name), 'utf8'));
}

/**
 * Files the README describes rather than makes with a command (or makes with shell lines, which this
 * test runs): each with the words of the README that tell a newcomer what it holds (checked to be there),
 * and how this test makes it from them.
 */
const HAND_MADE: Record<string, { readonly says: string; readonly make: () => void }> = {
  'scenarios.csv': {
    says: 'a scenarios file, `scenarios.csv`,',
    make: () =>
      writeFileSync(
        inDir('scenarios.csv'),
        `${blockStartingWith(README, 'Scenario,Kind,Name,Value').join('\n')}\n`,
      ),
  },
  'distributions.csv': {
    says: 'in a distributions file `distributions.csv`',
    make: () =>
      writeFileSync(
        inDir('distributions.csv'),
        `${blockStartingWith(README, 'Kind,Name,Distribution,Pessimistic,Likely,Optimistic,Mean,SD').join('\n')}\n`,
      ),
  },
  'uncapped.json': {
    says: '`uncapped.json` is `contract.json` without its malus cap (`caps.malus`)',
    make: () => {
      const contract = json('contract.json') as { caps: Record<string, unknown> };
      delete contract.caps.malus;
      writeFileSync(inDir('uncapped.json'), JSON.stringify(contract, null, 2));
    },
  },
  'fixed-only.json': {
    says: '`fixed-only.json` is `contract.json` with the id `fixed-only`, no `kpis` and no `caps`',
    make: () =>
      writeFileSync(
        inDir('fixed-only.json'),
        JSON.stringify({ ...json('contract.json'), id: 'fixed-only', kpis: [], caps: {} }, null, 2),
      ),
  },
  'supplier.csv': {
    says: 'the supplier invoice `supplier.csv`, which bills FCR at €600.00 and leaves out the response-time malus',
    make: () =>
      writeFileSync(inDir('supplier.csv'), `${blockStartingWith(README, 'Line,Amount').join('\n')}\n`),
  },
  'supplier.xlsx': {
    says: '`supplier.xlsx` is the same invoice as a workbook whose fixed fee is labelled `Management fee`',
    make: () => {
      const rows = readFileSync(inDir('supplier.csv'), 'utf8').trimEnd().split('\n');
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Invoice');
      // The supplier's own label for the fixed fee, which the mapping below gives.
      rows.forEach((row, i) => {
        const [label, amount] = row.split(',');
        sheet.addRow([
          label === 'Fixed management fee' ? 'Management fee' : label,
          i === 0 ? amount : Number(amount),
        ]);
      });
      return book.xlsx.writeFile(inDir('supplier.xlsx'));
    },
  },
  'contract.mapping.csv': {
    says: '`contract.mapping.csv` maps to `Fixed management fee`',
    make: () =>
      writeFileSync(
        inDir('contract.mapping.csv'),
        'Supplier line,Contract line\nManagement fee,Fixed management fee\n',
      ),
  },
  'restated.csv': {
    says: "`restated.csv` the actuals as corrected since (October's interactions restated from 42,500 to 41,800)",
    make: () => {
      const text = readFileSync(inDir('actuals.csv'), 'utf8');
      const restated = text.replace('2026-10,volume,Interactions,42500', '2026-10,volume,Interactions,41800');
      if (restated === text) throw new Error('actuals.csv has no 2026-10 Interactions row to restate');
      writeFileSync(inDir('restated.csv'), restated);
    },
  },
  'bpo.json': {
    says: 'so these lines make them from `contract.json` and `actuals.csv` of [the command line]',
    // The README's own lines, run as a newcomer pastes them, in the folder of the examples before.
    make: () => {
      const lines = blockStartingWith(README, 'cp contract.json bpo.json');
      const run = spawnSync('bash', ['-e', '-c', lines.join('\n')], { cwd: dir, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`the README's lines that make bpo.json failed: ${run.stderr}`);
    },
  },
};
/** The files a hand-made entry makes besides its own name. */
const ALSO_MADE: Record<string, string> = {
  'bpo.csv': 'bpo.json',
  'contracts/': 'bpo.json',
  'all.csv': 'bpo.json',
  'a.json': 'bpo.json',
  'b.json': 'bpo.json',
  'a.csv': 'bpo.json',
  'b.csv': 'bpo.json',
};

/** The files an example reads: the values of its options that name a file (outputs excluded). */
function inputsOf(example: Example): string[] {
  const args = example.args;
  const names: string[] = [];
  for (let i = 0; i < args.length - 1; i += 1)
    if (/^--(contract|actuals|scenarios|supplier|mapping|invoice|corrects|distributions)$/.test(args[i]))
      names.push(args[i + 1]);
  return names;
}

async function provide(name: string, example: Example): Promise<void> {
  if (existsSync(inDir(name))) return;
  const entry = HAND_MADE[name] ?? HAND_MADE[ALSO_MADE[name] ?? ''];
  if (!entry)
    throw new Error(`${example.place}: the README never says how to get ${name} (${example.args.join(' ')})`);
  await entry.make();
}

type Main = (
  argv: readonly string[],
  io: { out: (t: string) => void; err: (t: string) => void },
) => Promise<number>;
const { main } = requireBuilt<{ main: Main }>('dist/core/cli/main.js');

/**
 * The built CLI's `main`, in this process and in `folder` (a process per example took 2 s each on a loaded
 * machine); `bin/outcome-fees.js` is only its guard around it, and test/cli runs it as such.
 */
async function runIn(folder: string, args: readonly string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const before = process.cwd();
  process.chdir(folder);
  try {
    const code = await main(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
    return { code, out: out.trimEnd(), err: err.trimEnd() };
  } finally {
    process.chdir(before);
  }
}

async function run(example: Example): Promise<CliRun> {
  if (example.kind === 'cli') return runIn(dir, example.args);
  const result = spawnSync('node', example.args, { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: result.status ?? -1, out: result.stdout.trimEnd(), err: result.stderr.trimEnd() };
}

/**
 * Every key of a JSON value, at any depth; a `values` object's keys are KPI names, not fields, and `lines`
 * are invoice lines, whose fields the invoice's JSON documents.
 */
function fieldsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) fieldsOf(item, into);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      into.add(key);
      if (key !== 'values' && key !== 'lines') fieldsOf(child, into);
    }
  return into;
}

/** The fields the README's **JSON** list gives for a command: the quoted names of its `{…}` span. */
function documentedFields(command: string): Set<string> {
  const line = new RegExp(`^- \`${command}\`: \`(\\{[^\`]*)\``, 'm').exec(README);
  if (!line) throw new Error(`README.md lists no JSON fields for ${command}`);
  return new Set([...line[1].matchAll(/"(\w+)"/g)].map((m) => m[1]));
}

const EXAMPLES = examples(README);
/**
 * The command examples of docs/*.md (the generated function references aside), run after the README's in
 * the same folder: they read the files the README's examples made (`contract.json`, `actuals.csv`).
 */
const DOC_EXAMPLES = readdirSync(join(REPO_ROOT, 'docs'))
  .filter((file) => file.endsWith('.md') && !file.startsWith('functions'))
  .sort()
  .flatMap((file) => examples(readFileSync(join(REPO_ROOT, 'docs', file), 'utf8'), `docs/${file}`));

describe('the README examples', () => {
  it('finds the examples of every command a newcomer runs', () => {
    const commands = new Set(EXAMPLES.filter((e) => e.kind === 'cli').map((e) => e.args[0]));
    expect([...commands].sort()).toEqual([
      'check',
      'compare',
      'curve',
      'demo',
      'eval',
      'exposure',
      'forecast',
      'functions',
      'invoice',
      'reconcile',
      'review',
      'scenarios',
      'template',
      'verify',
    ]);
  });

  it('finds the command examples of docs/*.md too', () => {
    expect(DOC_EXAMPLES.map((e) => e.place)).toContain('docs/contract-format.md:8');
  });

  it('in the prose, print what the README says they say (`outcome-fees …` says `…`)', async () => {
    const flat = README.replace(/\s+/g, ' ');
    const said = [...flat.matchAll(/`(outcome-fees [^`]+)` says `([^`]+)`/g)];
    expect(said.length).toBeGreaterThan(0);
    const folder = mkdtempSync(join(tmpdir(), 'outcome-fees-readme-says-'));
    for (const [, command, text] of said) {
      const run = await runIn(folder, shellLine(command).words.slice(1));
      // The README's prose is read with its spaces made one (U+00A0 of the French text included).
      const printed = (run.err || run.out).replace(/\s+/g, ' ');
      expect({ command, said: printed }).toEqual({ command, said: text });
    }
  });

  it('says what each file it does not make holds', () => {
    const flat = README.replace(/\s+/g, ' ');
    const unsaid = Object.entries(HAND_MADE).filter(([, { says }]) => !flat.includes(says));
    expect(unsaid.map(([name, { says }]) => `${name}: "${says}"`)).toEqual([]);
  });

  // One test in order: each example may read what the ones before it wrote.
  it('run as written, each with the exit code and the output the README gives', async () => {
    const failures: string[] = [];
    const printed = new Map<Example, string>();
    for (const example of [...EXAMPLES, ...DOC_EXAMPLES]) {
      try {
        for (const name of inputsOf(example)) await provide(name, example);
      } catch (error) {
        failures.push((error as Error).message);
        continue;
      }
      const result = await run(example);
      const said = `${example.place}: ${example.kind === 'cli' ? 'outcome-fees' : 'node'} ${example.args.join(' ')}`;
      if (result.code !== example.expected.code)
        failures.push(
          `${said}\n  exit ${result.code}, the README says ${example.expected.code}\n  ${result.err}`,
        );
      else if (example.expected.out && !matchesWithEllipsis(result.out.split('\n'), example.expected.out))
        failures.push(
          `${said}\n  printed:\n${result.out}\n  the README shows:\n${example.expected.out.join('\n')}`,
        );
      else if (example.expected.err !== undefined && result.err !== example.expected.err)
        failures.push(`${said}\n  stderr: ${result.err}\n  the README shows: ${example.expected.err}`);
      if (example.stdoutTo) writeFileSync(inDir(example.stdoutTo), `${result.out}\n`);
      printed.set(example, result.out);
    }
    // The dispute message the README quotes is the one the first reconcile example prints.
    const reconcile = EXAMPLES.find((e) => e.args[0] === 'reconcile')!;
    const message = blockStartingWith(
      README,
      'Invoice bpo-customer-service-2026-10 (October 2026), contract "BPO customer service — Acme Retail": 2 differences with the contract:',
    );
    if (!printed.get(reconcile)?.includes(message.join('\n')))
      failures.push(
        `${reconcile.place}: the dispute message quoted in the README is not what reconcile prints:\n${printed.get(reconcile)}`,
      );
    const october = EXAMPLES.find(
      (e) => e.args[0] === 'invoice' && e.args.join(' ').endsWith('--period 2026-10') && !e.stdoutTo,
    )!;
    const table = octoberTable();
    const invoice = JSON.parse(printed.get(october) ?? '{}') as OctoberJson;
    const computed = [
      ...invoice.lines.map((l) => [l.label, l.amount, l.explanation]),
      ['Subtotal excluding VAT', invoice.subtotal, '`=SUM(F9:F13)`'],
      [invoice.vat.label, invoice.vat.amount, invoice.vat.explanation],
      ['Total including VAT', invoice.total, '`=SUM(F15:F16)`'],
    ];
    if (JSON.stringify(table) !== JSON.stringify(computed))
      failures.push(
        `README.md: the October 2026 invoice table is not the invoice ${october.place} prints:\n${JSON.stringify(computed, null, 1)}`,
      );
    expect(failures).toEqual([]);
  });
});

describe('What `npm run demo` writes', () => {
  it('is the workbook the README names, with its Contract, Actuals and one Invoice sheet per sample month', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'outcome-fees-readme-demo-'));
    const named = /^`(out\/[^`]+\.xlsx)`, with the sheets \*\*Contract\*\*/m.exec(README);
    expect(named).not.toBeNull();
    const run = await runIn(folder, ['demo']);
    expect(run.code).toBe(0);
    const sheets = (await readWorkbookValues(join(folder, named![1]))).map((s) => s.name);
    const months = [...bpo.actuals('en').periods.keys()].sort();
    expect(sheets).toEqual(['Contract', 'Actuals', ...months.map((m) => `Invoice ${m}`)]);
    expect(run.out).toContain('invoice bpo-customer-service-2026-10, total 136,788.00 EUR');
  });

  it('names every other template, each of which the demo writes, in the language the README gives it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'outcome-fees-readme-templates-'));
    const paragraph = /^Other templates: ([\s\S]*?)\n\n/m.exec(README)?.[1].replace(/\s+/g, ' ') ?? '';
    const named = [...paragraph.matchAll(/`(?:npm run demo -- --template )?([a-z-]+)` \(([^)]*)\)/g)];
    expect(named.map((m) => m[1]).sort()).toEqual(
      TEMPLATES.map((t) => t.id)
        .filter((id) => id !== bpo.id)
        .sort(),
    );
    for (const [, id, said] of named) {
      const run = await runIn(folder, ['demo', '--template', id, '-o', `${id}.xlsx`]);
      expect({ id, code: run.code, err: run.err }).toEqual({ id, code: 0, err: '' });
      const [first] = await readWorkbookValues(join(folder, `${id}.xlsx`));
      expect({ id, sheet: first.name }).toEqual({
        id,
        sheet: said.startsWith('French') ? 'Contrat' : 'Contract',
      });
    }
  });

  it('takes the options the README lists: --lang, --period and -o', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'outcome-fees-readme-options-'));
    const options = /Options:\s+`--lang en\|fr`, `--period 2026-10`(?: \([^)]*\))?,\s+`-o file\.xlsx`\./.test(
      README,
    );
    expect(options).toBe(true);
    const run = await runIn(folder, ['demo', '--lang', 'fr', '--period', '2026-10', '-o', 'file.xlsx']);
    expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: '' });
    const sheets = (await readWorkbookValues(join(folder, 'file.xlsx'))).map((s) => s.name);
    expect(sheets).toEqual(['Contrat', 'Réalisé', 'Facture 2026-10']);
  });
});

describe('the modelling commands’ JSON', () => {
  it('has exactly the fields the README lists', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'outcome-fees-readme-json-'));
    const write = (name: string, text: string) => writeFileSync(join(folder, name), text);
    const contract = (await runIn(folder, ['template', 'bpo-customer-service'])).out;
    write('contract.json', contract);
    write('actuals.csv', (await runIn(folder, ['template', 'bpo-customer-service', '--actuals'])).out);
    write('scenarios.csv', blockStartingWith(README, 'Scenario,Kind,Name,Value').join('\n'));
    write(
      'fixed-only.json',
      JSON.stringify({ ...JSON.parse(contract), id: 'fixed-only', kpis: [], caps: {} }),
    );
    const atOctober = ['--actuals', 'actuals.csv', '--period', '2026-10'];
    const commands: Record<string, string[]> = {
      scenarios: ['--contract', 'contract.json', '--scenarios', 'scenarios.csv'],
      curve: ['--contract', 'contract.json', '--kpi', 'FCR', '--steps', '3', ...atOctober],
      exposure: ['--contract', 'contract.json', ...atOctober],
      forecast: [
        '--contract',
        'contract.json',
        '--actuals',
        'actuals.csv',
        '--from',
        '2027-01',
        '--to',
        '2027-02',
        '--simulations',
        '50',
      ],
      compare: [
        '--contract',
        'contract.json',
        '--contract',
        'fixed-only.json',
        '--scenarios',
        'scenarios.csv',
      ],
    };
    for (const [command, args] of Object.entries(commands)) {
      const result = await runIn(folder, [command, ...args, '--json']);
      expect({ command, code: result.code, err: result.err }).toEqual({ command, code: 0, err: '' });
      expect({ command, fields: [...fieldsOf(JSON.parse(result.out))].sort() }).toEqual({
        command,
        fields: [...documentedFields(command)].sort(),
      });
    }
  });
});

interface OctoberJson {
  lines: { label: string; amount: string; explanation: string }[];
  subtotal: string;
  vat: { label: string; amount: string; explanation: string };
  total: string;
}

/** The README's table of the October 2026 invoice, amounts as the JSON writes them (`-320.00`). */
function octoberTable(): string[][] {
  const flat = README.split('\n');
  const start = flat.findIndex((l) => /^\| line +\| +amount \|/.test(l));
  if (start < 0) throw new Error('README.md has no October invoice table');
  const rows: string[][] = [];
  for (let i = start + 2; flat[i]?.startsWith('|'); i += 1) {
    const [label, amount, explanation] = flat[i]
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    rows.push([label, amount.replace(/,/g, '').replace('−', '-'), explanation]);
  }
  return rows;
}
