/**
 * A portfolio's actuals file (a Contract column) with a title line above its header, as an export or an
 * analyst writes one (`Portfolio actuals 2026`): its header is found by the actuals reader's rule (the
 * first line naming the Kind and Name columns, core/contract/csv.ts), so the title neither hides the
 * Contract column ("no Contract column") nor decides the delimiter, and problems still name their cells,
 * the title line counted. Without a title the file reads as before.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasContractColumn, splitActualsByContract } from '../../core/control/actualsByContract';
import type { ActualsReading } from '../../core/contract/sheet/readActuals';
import { findTemplate } from '../../core/templates';
import { runCli } from '../cli/runCli';
import { portfolioFiles } from './portfolioFiles';
import { portfolioCsv, yearOfActuals } from './yearOfActuals';

const bpo = findTemplate('bpo-customer-service')!;
const a = { ...bpo.contract('en'), id: 'alpha' };
const b = { ...bpo.contract('en'), id: 'beta' };
const ids = ['alpha', 'beta'];
const csv = portfolioCsv([
  { contract: a, actuals: yearOfActuals(bpo) },
  { contract: b, actuals: yearOfActuals(bpo, '2026-01', 6) },
]);
/** The same file as a French or German spreadsheet saves it: `;` between fields, decimal commas. */
const semicolons = csv.replace(/,/g, ';').replace(/(\d)\.(\d)/g, '$1,$2');

function values(reading: ActualsReading) {
  return reading.entries.map((entry) => JSON.stringify(entry));
}

function split(text: string) {
  const result = splitActualsByContract(text, 'all.csv', ids, 'en');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
}

describe.each([
  ['a "," file', csv, ['Portfolio actuals 2026', 'Portfolio actuals; 2026', '"Portfolio, 2026"']],
  ['a ";" file', semicolons, ['Portfolio actuals 2026', 'Portfolio actuals, 2026', 'Portfolio actuals;;;;']],
])('%s with a title line above its header', (_, file, titles) => {
  const plain = split(file);

  test.each(titles)('%s: each contract reads the values it reads without the title', (title) => {
    const titled = `${title}\n${file}`;
    expect(hasContractColumn(titled)).toBe(true);
    const read = split(titled);
    for (const contract of [a, b]) {
      const reading = read.read(contract);
      expect(reading.issues).toEqual([]);
      expect(values(reading)).toEqual(values(plain.read(contract)));
    }
    expect(read.read(b).periods).toHaveLength(6);
  });
});

describe('a portfolio file with a title line', () => {
  it('(the ";" file reads the values of the "," one, with decimal commas)', () => {
    for (const contract of [a, b]) {
      const read = values(split(semicolons).read(contract));
      expect(read.length).toBeGreaterThan(0);
      expect(read).toEqual(values(split(csv).read(contract)));
    }
  });

  it('names a problem’s cell with the title line counted', () => {
    const lines = `Portfolio actuals 2026\n${csv}`.split('\n');
    const line = lines.findIndex((l) => l.startsWith('beta,2026-02,kpi,FCR'));
    lines[line] = lines[line]!.replace(/,[^,]*$/, ',n/a');
    const read = split(lines.join('\n'));
    expect(read.read(b).issues.map((t) => t.issue.message)).toEqual([
      `all.csv!E${line + 1} (Value): expected a number, got "n/a"`,
    ]);
    expect(read.read(a).issues).toEqual([]);
  });

  it('refuses a row of several cells above the header, as the actuals reader does', () => {
    const read = split(`alpha,2026-01,kpi,FCR,0.7\n${csv}`);
    expect(read.read(a).issues.map((t) => t.issue.message)).toEqual([
      expect.stringMatching(/^all\.csv!A1\b.*\bA2\b/),
    ]);
  });

  it('is still no portfolio file when its header has no Contract column', () => {
    expect(hasContractColumn('Portfolio actuals 2026\nPeriod,Kind,Name,Value\n2026-10,kpi,CSAT,0.9\n')).toBe(
      false,
    );
    expect(splitActualsByContract('Actuals 2026\nPeriod,Kind,Name,Value\n', 'all.csv', ids, 'en')).toEqual({
      ok: false,
      problems: [expect.stringContaining('no Contract column')],
    });
  });

  it('invoices through the command line as the file without the title, for one contract or a folder', async () => {
    const { dir, contracts, alpha, all } = portfolioFiles('of-portfolio-title-');
    const titled = join(dir, 'titled.csv');
    writeFileSync(titled, `Portfolio actuals 2026\n${readFileSync(all, 'utf8')}`);
    for (const contract of [alpha, contracts]) {
      const args = ['invoice', '--contract', contract, '--period', '2026-10', '--json'];
      const [without, withTitle] = await Promise.all([
        runCli([...args, '--actuals', all]),
        runCli([...args, '--actuals', titled]),
      ]);
      expect(without).toMatchObject({ code: 0, err: '' });
      expect(withTitle).toMatchObject({ code: 0, err: '' });
      expect(JSON.parse(withTitle.out)).toEqual(JSON.parse(without.out));
    }
  });
});
