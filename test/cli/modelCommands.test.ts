/** The modelling commands end to end, in-process: JSON fields, tables, .xlsx sheets and one-line errors. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dec, decSum } from '../../core/money';
import { readWorkbookValues } from '../../core/xlsx/readWorkbook';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-model-'));
const contract = join(dir, 'bpo.json');
const actuals = join(dir, 'actuals.csv');
const scenarios = join(dir, 'scenarios.csv');
const distributions = join(dir, 'distributions.csv');
const fixedOnly = join(dir, 'fixed-only.json');
/** The template's hybrid against its fixed-only proposal, on the scenarios file. */
const hybridVsFixed = ['compare', '--contract', contract, '--contract', fixedOnly, '--scenarios', scenarios];

beforeAll(async () => {
  const files = await templateFiles();
  writeFileSync(contract, files.contract);
  writeFileSync(actuals, files.actuals);
  // The same contract without KPI clauses or caps: what a fixed-and-volume proposal looks like.
  const json = JSON.parse(files.contract);
  writeFileSync(fixedOnly, JSON.stringify({ ...json, id: 'fixed-only', kpis: [], caps: {} }));
  writeFileSync(
    scenarios,
    [
      'Scenario,Kind,Name,Value',
      'worst,volume,Interactions,42500',
      'worst,kpi,FCR,0.70',
      'worst,kpi,Average response time,4.5',
      'worst,kpi,CSAT,0.85',
      'october,volume,Interactions,42500',
      'october,kpi,FCR,77.4%',
      'october,kpi,Average response time,3.4',
      'october,kpi,CSAT,0.912',
    ].join('\n'),
  );
  writeFileSync(
    distributions,
    [
      'Kind,Name,Distribution,Pessimistic,Likely,Optimistic,Mean,SD',
      'kpi,FCR,triangular,0.70,0.77,0.82,,',
      'kpi,CSAT,normal,,,,0.90,0.02',
    ].join('\n'),
  );
});

interface Line {
  kind: string;
  amount: string;
}
interface Named {
  name: string;
  period: string;
  subtotal: string;
  total: string;
  lines: Line[];
  totals: string[];
  difference: string;
  kinds: { kind: string }[];
}
interface Bound {
  subtotal: string;
  total: string;
  values: Record<string, string>;
  lines: { kind: string; label: string; amount: string }[];
}
/** The JSON the commands print, fields as the issue names them (each command fills its own). */
interface Out {
  scenarios: Named[];
  kpi: string;
  points: { value: string; amount: string; caps: string; total: string; kinks?: { kind: string }[] }[];
  min: Bound | null;
  max: Bound | null;
  unbounded: string[];
  reasons: string[];
  periods: Named[];
  total: Record<string, string>;
  contracts: string[];
  rows: Named[];
}

async function json(argv: string[]): Promise<Out> {
  const run = await runCli([...argv, '--json']);
  if (run.code !== 0) throw new Error(run.err);
  return JSON.parse(run.out);
}

function expectOneLineError(run: { code: number; out: string; err: string }, code: number, text: RegExp) {
  expect(run.code).toBe(code);
  expect(run.out).toBe('');
  expect(run.err.split('\n')).toHaveLength(1);
  expect(run.err).toMatch(text);
}

describe('scenarios', () => {
  const argv = () => ['scenarios', '--contract', contract, '--scenarios', scenarios];

  it('prices each scenario: the October one exactly as the golden October invoice', async () => {
    const out = await json(argv());
    expect(out.scenarios.map((s: Named) => [s.name, s.subtotal, s.total])).toEqual([
      ['worst', '107662.50', '129195.00'],
      ['october', '113990.00', '136788.00'],
    ]);
    // Its lines are the invoice's lines for 2026-10, as `invoice --json` prints them.
    const golden = await runCli([
      'invoice',
      '--contract',
      contract,
      '--actuals',
      actuals,
      '--period',
      '2026-10',
    ]);
    const invoiceLines = (JSON.parse(golden.out) as { lines: Line[] }).lines;
    expect(out.scenarios[1].lines).toEqual(invoiceLines);
    expect(invoiceLines.map((l: Line) => l.kind)).toEqual([
      'fixed',
      'volume',
      'kpi-adjustment',
      'kpi-adjustment',
      'kpi-fee',
    ]);
  });

  it('prints a table on the terminal and writes a Scenarios sheet with -o', async () => {
    const table = await runCli(argv());
    expect(table.out.split('\n')[0]).toMatch(/^Scenario\s+Subtotal\s+VAT\s+Total EUR$/);
    expect(table.out).toMatch(/october\s+113,990\.00\s+22,798\.00\s+136,788\.00/);
    const file = join(dir, 'scenarios.xlsx');
    expect((await runCli([...argv(), '-o', file])).code).toBe(0);
    const [sheet] = await readWorkbookValues(readFileSync(file));
    expect(sheet.name).toBe('Scenarios');
    // Title, subtitle, a blank row, the header, then one row per scenario.
    expect(sheet.values[5]).toEqual(expect.arrayContaining(['october', 136788]));
  });

  it('a KPI value typed as a percentage number is an error at its cell', async () => {
    const bad = join(dir, 'bad-scenarios.csv');
    writeFileSync(bad, 'Scenario,Kind,Name,Value\nx,volume,Interactions,42500\nx,kpi,FCR,77.4');
    const run = await runCli(['scenarios', '--contract', contract, '--scenarios', bad]);
    expectOneLineError(run, 1, /^'bad-scenarios\.csv'!D3 \(Value\): .*0\.774/);
  });
});

describe('curve', () => {
  it('gives N evenly spaced points, both ends included, and every breakpoint between them at its value', async () => {
    const out = await json([
      'curve',
      '--contract',
      contract,
      '--kpi',
      'fcr',
      '--from',
      '0.754',
      '--to',
      '0.794',
      '--steps',
      '5',
      '--actuals',
      actuals,
      '--period',
      '2026-10',
    ]);
    expect(out.kpi).toBe('FCR');
    expect(out.points).toEqual([
      // Within the 1-point band: no bonus; 108,750 + 5,000 (CSAT) − 320 (response time) = 113,430 + VAT.
      { value: '0.754', amount: '0.00', caps: '0.00', total: '136116.00' },
      // The band's edge, target 75 % + 1 point: the bonus starts here.
      { value: '0.76', amount: '0.00', caps: '0.00', total: '136116.00', kinks: [{ kind: 'band' }] },
      // 0.4 pt beyond the band × €400 = 160.
      { value: '0.764', amount: '160.00', caps: '0.00', total: '136308.00' },
      { value: '0.774', amount: '560.00', caps: '0.00', total: '136788.00' },
      { value: '0.784', amount: '960.00', caps: '0.00', total: '137268.00' },
      // 1,000 + 5,000 (CSAT) = the €6,000 cap on total bonus: the kink where the curve goes flat.
      { value: '0.785', amount: '1000.00', caps: '0.00', total: '137316.00', kinks: [{ kind: 'bonus-cap' }] },
      // Bonuses 1,360 + 5,000 exceed the cap by 360, which its line takes back: the total stays.
      { value: '0.794', amount: '1360.00', caps: '-360.00', total: '137316.00' },
    ]);
  });

  it('prints the breakpoints and the caps beside the points', async () => {
    const run = await runCli([
      'curve',
      '--contract',
      contract,
      '--kpi',
      'FCR',
      '--from',
      '0.70',
      '--to',
      '0.85',
      '--steps',
      '7',
      '--actuals',
      actuals,
      '--period',
      '2026-10',
    ]);
    expect(run.code).toBe(0);
    const rows = run.out
      .trim()
      .split('\n')
      .slice(2)
      .map((r) => r.trim().split(/\s{2,}/));
    // FCR and response-time maluses reach the €1,087.50 malus cap (1 % of base fees) at
    // FCR = 0.74 − (1,087.50 − 320) ÷ 40,000 = 0.7208125.
    expect(rows.filter((r) => r.length === 5).map((r) => [r[0], r[4]])).toEqual([
      ['0.7208125', 'cap on total malus reached'],
      ['0.74', 'edge of the neutral band'],
      ['0.75', 'target'],
      ['0.76', 'edge of the neutral band'],
      ['0.785', 'cap on total bonus reached'],
    ]);
    expect(rows[0]).toEqual(['0.7', '−1,600.00', '832.50', '135,195.00']);
  });

  it('refuses a value outside the KPI valid range, and an unknown KPI', async () => {
    const base = ['--actuals', actuals, '--period', '2026-10'];
    const outside = await runCli(['curve', '--contract', contract, '--kpi', 'FCR', '--to', '77.4', ...base]);
    expectOneLineError(outside, 1, /^--to 77\.4: FCR: .*0\.774/);
    const unknown = await runCli(['curve', '--contract', contract, '--kpi', 'NPS', ...base]);
    expectOneLineError(unknown, 1, /unknown KPI "NPS"/);
  });

  it('needs a base: the actuals of a period or a scenario', async () => {
    const run = await runCli(['curve', '--contract', contract, '--kpi', 'FCR']);
    expectOneLineError(run, 2, /give --actuals and --period, or --scenarios and --scenario; usage:/);
  });

  it('says on its sheet which file the scenario it holds comes from', async () => {
    const file = join(dir, 'curve-october.xlsx');
    const argv = [
      'curve',
      '--contract',
      contract,
      '--kpi',
      'FCR',
      '--scenarios',
      scenarios,
      '--scenario',
      'october',
    ];
    expect((await runCli([...argv, '--steps', '2', '-o', file])).code).toBe(0);
    const [sheet] = await readWorkbookValues(readFileSync(file));
    expect(sheet.values[1][0]).toMatch(
      /; every other value held at scenario "october" of "scenarios\.csv"\.$/,
    );
  });
});

describe('exposure', () => {
  it('at October 2026 volumes: min and max totals and the values reaching them', async () => {
    const out = await json(['exposure', '--contract', contract, '--actuals', actuals, '--period', '2026-10']);
    const { lines, ...min } = out.min!;
    expect(min).toEqual({
      subtotal: '107662.50',
      total: '129195.00',
      values: { FCR: '0', 'Average response time': '6', CSAT: '0' },
    });
    expect(out.max!.total).toBe('137700.00');
    expect(out.unbounded).toEqual([]);
    // The least invoice's lines, as `invoice --json` prints them, add up to its subtotal: FCR 0 is 74 points
    // below the band × €400 = −29,600, response time 6 min is 3 × €800 = −2,400; together 32,000 beyond
    // the 1 % malus cap (1,087.50), whose line gives back 30,912.50.
    expect(lines.map((l) => [l.label, l.amount])).toEqual([
      ['Fixed management fee', '20000.00'],
      ['Interactions', '88750.00'],
      ['FCR', '-29600.00'],
      ['Average response time', '-2400.00'],
      ['CSAT', '0.00'],
      ['Cap on total malus', '30912.50'],
    ]);
    expect(decSum(lines.map((l) => dec(l.amount))).toFixed(2)).toBe(min.subtotal);
  });

  it('prints every line of the least and the most invoice under the table', async () => {
    const run = await runCli([
      'exposure',
      '--contract',
      contract,
      '--actuals',
      actuals,
      '--period',
      '2026-10',
    ]);
    const below = run.out.split('\n\n')[1].split('\n');
    expect(below[0]).toMatch(/^Line\s+At the minimum\s+At the maximum$/);
    expect(below.slice(2).map((r) => r.trim().split(/\s{2,}/))).toEqual([
      ['Fixed management fee', '20,000.00', '20,000.00'],
      ['Interactions', '88,750.00', '88,750.00'],
      // At the maximum, 24 points beyond the band × €400 + 3 min × €1,000 + 5,000 = 17,600 of bonus,
      // 11,600 beyond the €6,000 cap.
      ['FCR', '−29,600.00', '9,600.00'],
      ['Average response time', '−2,400.00', '3,000.00'],
      ['CSAT', '0.00', '5,000.00'],
      ['Cap on total malus', '30,912.50', '0.00'],
      ['Cap on total bonus', '0.00', '−11,600.00'],
      ['VAT', '21,532.50', '22,950.00'],
    ]);
  });

  it('says which clause leaves a side unbounded, with null for that side', async () => {
    const json0 = JSON.parse(readFileSync(contract, 'utf8'));
    const uncapped = join(dir, 'uncapped.json');
    writeFileSync(uncapped, JSON.stringify({ ...json0, caps: { bonus: json0.caps.bonus } }));
    const out = await json([
      'exposure',
      '--contract',
      uncapped,
      '--scenarios',
      scenarios,
      '--scenario',
      'october',
    ]);
    expect(out.min).toBeNull();
    expect(out.unbounded).toEqual(['Average response time']);
    const table = await runCli([
      'exposure',
      '--contract',
      uncapped,
      '--scenarios',
      scenarios,
      '--scenario',
      'october',
    ]);
    expect(table.out).toContain(
      'uncapped: the Average response time malus has no cap and minutes have no upper bound',
    );
    // The unbounded side has no invoice: its lines are blank, never "unbounded" beside a fixed fee.
    expect(table.out).toMatch(/\nFixed management fee {2,}20,000\.00\n/);
  });

  it('with both sides unbounded, says the least side first and prints no table of lines it has not', async () => {
    const json0 = JSON.parse(readFileSync(contract, 'utf8'));
    const open = join(dir, 'open-both.json');
    // No caps, and a count KPI whose bonus has none either: nothing bounds the most invoice.
    const leads = { ...json0.kpis[1], name: 'Leads', unit: 'count', direction: 'higher', target: '100' };
    writeFileSync(open, JSON.stringify({ ...json0, caps: {}, kpis: [leads, ...json0.kpis] }));
    const withLeads = join(dir, 'scenarios-leads.csv');
    writeFileSync(withLeads, `${readFileSync(scenarios, 'utf8')}\noctober,kpi,Leads,120\n`);
    const argv = ['exposure', '--contract', open, '--scenarios', withLeads, '--scenario', 'october'];
    const out = await json(argv);
    expect([out.min, out.max]).toEqual([null, null]);
    // The least side's clauses first, as the table lists the sides, though Leads comes first in the contract.
    expect(out.unbounded).toEqual(['Average response time', 'Leads']);
    expect(out.reasons.map((reason) => / (bonus|malus) /.exec(reason)?.[1])).toEqual(['malus', 'bonus']);
    const table = await runCli(argv);
    expect(table.code).toBe(0);
    const said = table.out.split('\n').filter((line) => /^(min|max): /.test(line));
    expect(said).toEqual([
      'min: uncapped: the Average response time malus has no cap and minutes have no upper bound',
      'max: uncapped: the Leads bonus has no cap and counts have no upper bound',
    ]);
    expect(table.out).not.toContain('At the minimum');
  });
});

describe('forecast', () => {
  const argv = () => [
    'forecast',
    '--contract',
    contract,
    '--actuals',
    actuals,
    '--from',
    '2027-01',
    '--to',
    '2027-06',
    '--simulations',
    '300',
  ];

  it('is reproducible by seed, with ordered percentiles and the budget at risk', async () => {
    const a = await json([...argv(), '--seed', '5']);
    const b = await json([...argv(), '--seed', '5']);
    expect(a).toEqual(b);
    expect(a.periods.map((p: Named) => p.period)).toEqual([
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
    ]);
    const t = a.total;
    expect(Number(t.p10) <= Number(t.p50) && Number(t.p50) <= Number(t.p90)).toBe(true);
    expect(Number(t.budgetAtRisk)).toBeCloseTo(Number(t.p90) - Number(t.mean), 2);
    expect(t.mean).toMatch(/^\d+\.\d{2}$/);
  });

  it('takes declared distributions, and names a misspelt KPI at its cell', async () => {
    const out = await json([...argv(), '--distributions', distributions]);
    expect(out.periods).toHaveLength(6);
    const bad = join(dir, 'bad-distributions.csv');
    writeFileSync(
      bad,
      'Kind,Name,Distribution,Pessimistic,Likely,Optimistic,Mean,SD\nkpi,FRC,normal,,,,0.8,0.1',
    );
    expectOneLineError(
      await runCli([...argv(), '--distributions', bad]),
      1,
      /^'bad-distributions\.csv'!B2 \(Name\): .*FRC/,
    );
  });

  it('refuses a month that is not YYYY-MM and a non-integer number of simulations', async () => {
    expectOneLineError(
      await runCli([...argv().slice(0, 7), '--to', '2027-13']),
      2,
      /^--to 2027-13 names no month: a year has months 01 to 12; usage: /,
    );
    expectOneLineError(
      await runCli([...argv().slice(0, 9), '--simulations', '1e4']),
      2,
      /--simulations must be a whole number/,
    );
  });
});

describe('compare', () => {
  it('a contract compared with itself differs by 0 on every period', async () => {
    const out = await json(['compare', '--contract', contract, '--contract', contract, '--actuals', actuals]);
    expect(out.contracts).toEqual(['bpo-customer-service', 'bpo-customer-service']);
    expect(out.rows.map((r: Named) => r.name)).toEqual(['2026-09', '2026-10', '2026-11', '2026-12']);
    for (const row of out.rows) expect(row.difference).toBe('0.00');
  });

  it('a hybrid against a fixed-only proposal on the same scenarios, line kind by line kind', async () => {
    const out = await json(hybridVsFixed);
    const october = out.rows.find((r: Named) => r.name === 'october')!;
    // The fixed-only total is 108,750.00 + 20 % VAT = 130,500.00; the hybrid's 136,788.00.
    expect(october.totals).toEqual(['136788.00', '130500.00']);
    expect(october.difference).toBe('-6288.00');
    expect(october.kinds.find((k: { kind: string }) => k.kind === 'kpi-fee')).toEqual({
      kind: 'kpi-fee',
      amounts: ['5000.00', '0.00'],
      difference: '-5000.00',
    });
  });

  it('says which invoice each contract prices the scenarios as, as scenarios does', async () => {
    const run = await runCli(hybridVsFixed);
    expect(run.out.split('\n').pop()).toBe(
      "Priced as the invoice of 2026-01 (the first period that closes every KPI's evaluation period, with no earlier months).",
    );
    // A proposal whose response time is evaluated each quarter first closes every KPI in March: the two
    // columns are not invoices of one month, and the line says so.
    const quarterly = join(dir, 'quarterly-response.json');
    const json = JSON.parse(readFileSync(contract, 'utf8')) as { kpis: { name: string }[] };
    const kpis = json.kpis.map((k) =>
      k.name === 'Average response time' ? { ...k, period: 'quarterly' } : k,
    );
    writeFileSync(quarterly, JSON.stringify({ ...json, id: 'proposal', kpis }));
    const args = ['compare', '--contract', contract, '--contract', quarterly, '--scenarios', scenarios];
    const mixed = await runCli(args);
    expect(mixed.out.split('\n').pop()).toBe(
      "Priced as each contract's own invoice (the first period that closes every KPI's evaluation period, with no earlier months): bpo-customer-service 2026-01, proposal 2026-03.",
    );
    // The JSON gives each one's first month, as scenarios' "period" does.
    const mixedJson = JSON.parse((await runCli([...args, '--json'])).out) as { periods: string[] };
    expect(mixedJson.periods).toEqual(['2026-01', '2026-03']);
    // The sheet says it under its title.
    const file = join(dir, 'mixed.xlsx');
    expect((await runCli([...args, '-o', file])).code).toBe(0);
    const [sheet] = await readWorkbookValues(readFileSync(file));
    expect(sheet.values[1][0]).toBe(
      'Priced on the scenarios of scenarios.csv, each contract as its own invoice: bpo-customer-service 2026-01, proposal 2026-03.',
    );
  });

  it('on the terminal: the rows, their total, and the line kinds that make its difference', async () => {
    const run = await runCli(hybridVsFixed);
    const [totals, kinds] = run.out.split('\n\n').map((t) =>
      t
        .split('\n')
        .slice(2)
        .map((r) => r.trim().split(/\s{2,}/)),
    );
    // 129,195.00 + 136,788.00 against 2 × 130,500.00.
    expect(totals).toEqual([
      ['worst', '129,195.00', '130,500.00', '1,305.00'],
      ['october', '136,788.00', '130,500.00', '−6,288.00'],
      ['Total', '265,983.00', '261,000.00', '−4,983.00'],
    ]);
    // The same base fees under both; the hybrid's KPI lines make the difference: adjustments worst −1,600
    // (FCR) −1,200 (response time), october +560 −320; CSAT's fee 5,000 in october; the malus cap gives
    // back 2,800 − 1,087.50 = 1,712.50 in worst; 4,152.50 in all, 4,983.00 with VAT.
    expect(kinds.map((k) => k[0])).toEqual([
      'Fixed fees',
      'Volume fees',
      'KPI bonuses and maluses',
      'KPI fees',
      'Malus caps',
      'VAT',
    ]);
    // As the table writes them: thousands grouped, a minus sign.
    const amount = (text: string) => dec(text.replace(/,/g, '').replace('−', '-'));
    const difference = kinds.reduce((sum, k) => sum.plus(amount(k[3])), dec(0));
    expect(difference.toFixed(2)).toBe('-4983.00');
    expect(kinds.map((k) => k[1])).toEqual([
      '40,000.00',
      '177,500.00',
      '−2,560.00',
      '5,000.00',
      '1,712.50',
      '44,330.50',
    ]);
  });

  it('heads its rows Scenario or Period, and names each column by its file when two contracts share an id', async () => {
    // The current contract and a proposal made from the same template: the same id, a lower fixed fee.
    const json0 = JSON.parse(readFileSync(contract, 'utf8'));
    const proposal = join(dir, 'proposal.json');
    writeFileSync(
      proposal,
      JSON.stringify({ ...json0, fixedFees: [{ ...json0.fixedFees[0], amount: '18000' }] }),
    );
    const header = (run: { out: string }) => run.out.split('\n')[0].split(/\s{2,}/);
    const onScenarios = await runCli([
      'compare',
      '--contract',
      contract,
      '--contract',
      proposal,
      '--scenarios',
      scenarios,
    ]);
    expect(header(onScenarios)).toEqual(['Scenario', 'bpo.json', 'proposal.json', 'Difference EUR']);
    const onActuals = ['compare', '--contract', contract, '--contract', proposal, '--actuals', actuals];
    expect(header(await runCli(onActuals))).toEqual([
      'Period',
      'bpo.json',
      'proposal.json',
      'Difference EUR',
    ]);
    // The JSON keeps the ids; the sheet names the files too.
    expect((await json(onActuals)).contracts).toEqual(['bpo-customer-service', 'bpo-customer-service']);
    const file = join(dir, 'same-id.xlsx');
    expect((await runCli([...onActuals, '--period', '2026-10', '-o', file])).code).toBe(0);
    const [sheet] = await readWorkbookValues(readFileSync(file));
    expect(sheet.values.find((row) => row[0] === 'Period')?.slice(0, 3)).toEqual([
      'Period',
      'bpo.json',
      'proposal.json',
    ]);
    // The same file twice: the file's name, numbered.
    const itself = await runCli([
      'compare',
      '--contract',
      contract,
      '--contract',
      contract,
      '--actuals',
      actuals,
    ]);
    expect(header(itself).slice(1, 3)).toEqual(['bpo.json (1)', 'bpo.json (2)']);
  });

  it('needs two contracts and writes a Comparison sheet with -o', async () => {
    expectOneLineError(
      await runCli(['compare', '--contract', contract, '--actuals', actuals]),
      2,
      /at least two --contract/,
    );
    const file = join(dir, 'compare.xlsx');
    const run = await runCli([
      'compare',
      '--contract',
      contract,
      '--contract',
      fixedOnly,
      '--actuals',
      actuals,
      '--period',
      '2026-10',
      '-o',
      file,
    ]);
    expect(run.code).toBe(0);
    const [sheet] = await readWorkbookValues(readFileSync(file));
    expect(sheet.name).toBe('Comparison');
    expect(sheet.values[4].slice(0, 4)).toEqual(['October 2026', 136788, 130500, -6288]);
  });
});
