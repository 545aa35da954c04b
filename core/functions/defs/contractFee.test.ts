import fc from 'fast-check';
import { isFeeError } from '../../errors';
import { invoicePeriods } from '../../contract/period';
import { contractSheetPlan } from '../../layout/contractSheet';
import { planToGrid } from '../../layout/planToGrid';
import { kpiRange } from '../../model/kpiRange';
import { priceScenario, scenarioOfPeriod, type ScenarioValues } from '../../model/scenario';
import { fromHostNumber, toHostNumber } from '../../money';
import { TEMPLATES } from '../../templates';
import { evaluate } from '../evaluate';
import type { HostMatrix } from '../hostValues';
import { findFunction } from '../registry';
import { rangeKey } from '../contractRangeCache';
import { withMargin } from '../../../test/support/rangeMargin';

const CONTRACTFEE = findFunction('CONTRACTFEE')!;

/** A scenario as the two columns of a Scenarios sheet: names and values. */
function columns(values: ScenarioValues, hoursLabel?: string): { names: HostMatrix; cells: HostMatrix } {
  const pairs: [string, number][] = [
    ...(values.hours !== undefined
      ? [[hoursLabel ?? 'hours', toHostNumber(values.hours)!] as [string, number]]
      : []),
    ...[...values.volumes].map(([n, v]) => [n, toHostNumber(v)!] as [string, number]),
    ...[...values.kpis].map(([n, v]) => [n, toHostNumber(v)!] as [string, number]),
  ];
  return { names: pairs.map(([n]) => [n]), cells: pairs.map(([, v]) => [v]) };
}

describe.each(TEMPLATES.map((t) => ({ id: t.id, template: t })))(
  'CONTRACTFEE on the $id Contract sheet',
  ({ template }) => {
    const contract = template.contract();
    const grid = withMargin(planToGrid(contractSheetPlan(contract)));
    const periods = invoicePeriods(contract, template.actuals());
    // A stand-alone scenario needs every KPI; the sample months hold only those due.
    const full = (period: string): ScenarioValues => {
      const values = scenarioOfPeriod(contract, template.actuals(), period);
      const kpis = new Map(values.kpis);
      for (const k of contract.kpis)
        if (!kpis.has(k.name)) kpis.set(k.name, k.target ?? k.threshold ?? kpiRange(k).min!);
      return { ...values, kpis };
    };

    test('equals the engine on every sample period, total and lines', () => {
      for (const period of periods) {
        const values = full(period);
        const invoice = priceScenario(contract, values);
        if (!invoice.ok) throw new Error(invoice.problems.join('\n'));
        const { names, cells } = columns(values, contract.hourly?.label);
        expect(evaluate(CONTRACTFEE, [grid, names, cells])).toBe(toHostNumber(invoice.invoice.total));
        const kinds = [...new Set(invoice.invoice.lines.map((l) => l.kind))];
        const spilled = evaluate(CONTRACTFEE, [grid, names, cells, [['subtotal', 'vat', ...kinds]]]);
        const sum = (kind: string) =>
          invoice.invoice.lines
            .filter((l) => l.kind === kind)
            .reduce((s, l) => s.plus(l.amount), invoice.invoice.vat.amount.times(0));
        expect(spilled).toEqual([
          [
            toHostNumber(invoice.invoice.subtotal),
            toHostNumber(invoice.invoice.vat.amount),
            ...kinds.map((k) => toHostNumber(sum(k))),
          ],
        ]);
      }
    });

    test('equals the engine on fuzzed scenarios within the valid ranges', () => {
      const base = full(periods[0]);
      const kpiValue = (name: string) => {
        const clause = contract.kpis.find((k) => k.name === name)!;
        const range = kpiRange(clause);
        const min = range.min ? toHostNumber(range.min)! : -1000;
        const max = range.max ? toHostNumber(range.max)! : min + 1000;
        // A count (coaching sessions) comes whole: a fraction of one is refused, not priced.
        const digits = clause.unit === 'count' ? 1 : 10000;
        return fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * digits) / digits);
      };
      const arbitrary = fc.record(Object.fromEntries([...base.kpis.keys()].map((k) => [k, kpiValue(k)])));
      fc.assert(
        fc.property(arbitrary, (chosen) => {
          const values = { ...base, kpis: new Map(base.kpis) };
          const { names } = columns(values, contract.hourly?.label);
          const cells = names.map(([name]) => [
            chosen[name as string] ?? toHostNumber(base.volumes.get(name as string) ?? base.hours!)!,
          ]);
          const result = evaluate(CONTRACTFEE, [grid, names, cells]);
          const kpis = new Map([...base.kpis.keys()].map((k) => [k, chosen[k]]));
          const engine = priceScenario(contract, {
            ...values,
            kpis: new Map([...kpis].map(([k, v]) => [k, fromHostNumber(v)])),
          });
          if (!engine.ok) expect(isFeeError(result)).toBe(true);
          else expect(result).toBe(toHostNumber(engine.invoice.total));
        }),
        { numRuns: 200, seed: 3 },
      );
    });
  },
);

describe('CONTRACTFEE errors and cache', () => {
  const contract = TEMPLATES[0].contract();
  const grid = withMargin(planToGrid(contractSheetPlan(contract)));
  const names = [['Interactions'], ['FCR'], ['Average response time'], ['CSAT']];

  test('a percentage typed as 77.4, a misspelt name, a blank value and a repeated name name their argument', () => {
    const call = (n: HostMatrix, v: HostMatrix) => evaluate(CONTRACTFEE, [grid, n, v]);
    expect(call(names, [[42500], [77.4], [3.4], [0.912]])).toEqual({
      kind: '#NUM!',
      message: expect.stringMatching(/^CONTRACTFEE: values must lie .*FCR 77\.4 is outside .*0\.774/),
    });
    expect(call([['Interactions'], ['FRC']], [[42500], [0.774]])).toMatchObject({
      kind: '#VALUE!',
      message: expect.stringMatching(/names .*"FRC" is none/),
    });
    expect(call(names, [[42500], [null], [3.4], [0.912]])).toMatchObject({
      message: expect.stringMatching(/values must not be blank beside "FCR"/),
    });
    expect(call([['FCR'], ['fcr']], [[0.7], [0.8]])).toMatchObject({
      message: expect.stringMatching(/"fcr" is repeated/),
    });
    expect(call([['Interactions'], ['FCR']], [[42500], [0.774]])).toMatchObject({
      message: expect.stringMatching(/values .*Average response time/),
    });
  });

  test('a range that may cut the contract is refused at its edge, never priced without the cut terms', () => {
    const october = [[42500], [0.774], [3.4], [0.912]];
    const painted = planToGrid(contractSheetPlan(contract));
    // Cut at column Z (A1:Z40): the FCR bonus's gate columns lie beyond, so it would be priced ungated.
    const columnZ = withMargin(painted).map((row) => row.slice(0, 26));
    expect(evaluate(CONTRACTFEE, [columnZ, names, october])).toMatchObject({
      kind: '#VALUE!',
      message: expect.stringMatching(
        /^CONTRACTFEE: contract must reach right of .*last column \(26\).*\bcolumn 26\)$/,
      ),
    });
    // One row short: the last clause row is the range's last row, a clause below would be left out.
    const rowShort = withMargin(painted).slice(0, painted.length);
    expect(evaluate(CONTRACTFEE, [rowShort, names, october])).toMatchObject({
      kind: '#VALUE!',
      message: expect.stringMatching(
        new RegExp(
          `^CONTRACTFEE: contract must reach below .*last row \\(${painted.length}\\).*row ${painted.length}, column 1\\)$`,
        ),
      ),
    });
    // With the blank row and column past the tables, the same cells price October: 136,788.00.
    expect(evaluate(CONTRACTFEE, [withMargin(painted), names, october])).toBe(136788);
  });

  test('a contract range with a problem names the cell inside the range', () => {
    const broken = grid.map((row) => row.map((cell) => (cell === 'EUR' ? 'EURO' : cell)));
    const result = evaluate(CONTRACTFEE, [broken, names, [[42500], [0.774], [3.4], [0.912]]]);
    expect(result).toMatchObject({
      kind: '#VALUE!',
      message: expect.stringMatching(
        /^CONTRACTFEE: contract has a problem: .*\(got "EURO", row \d+, column 2\)$/,
      ),
    });
  });

  test('the problems past the first are counted in English, one problem in the singular', () => {
    const october = [[42500], [0.774], [3.4], [0.912]];
    const typos: Record<string, string> = {
      EUR: 'EURO',
      'bpo-customer-service': '',
      'half-away-from-zero': 'halfway',
    };
    const broken = (count: number) => {
      const wrong = new Set(Object.keys(typos).slice(0, count));
      return grid.map((row) =>
        row.map((cell) => (typeof cell === 'string' && wrong.has(cell) ? typos[cell] : cell)),
      );
    };
    const message = (count: number) =>
      (evaluate(CONTRACTFEE, [broken(count), names, october]) as { message: string }).message;
    expect(message(1)).not.toMatch(/more problem/);
    expect(message(2)).toMatch(/ \(and 1 more problem\) \(got /);
    expect(message(3)).toMatch(/ \(and 2 more problems\) \(got /);
  });

  test('a range edited between calls prices the edited contract, and the first content again after', () => {
    const scenario = [[42500], [0.774], [3.4], [0.912]];
    const raised = grid.map((row) => row.map((cell) => (cell === 20000 ? 25000 : cell)));
    // October 2026: 136,788.00; a fixed fee of 25,000.00 adds 5,000.00 + 20 % VAT.
    expect(evaluate(CONTRACTFEE, [grid, names, scenario])).toBe(136788);
    expect(evaluate(CONTRACTFEE, [raised, names, scenario])).toBe(142788);
    expect(evaluate(CONTRACTFEE, [grid, names, scenario])).toBe(136788);
  });

  test('an error value in the contract range is that error, at its cell of the range', () => {
    const row = grid.findIndex((r) => r.includes(20000));
    const col = grid[row].indexOf(20000);
    const broken = grid.map((r, i) => (i === row ? r.map((c, j) => (j === col ? { code: '#N/A' } : c)) : r));
    expect(evaluate(CONTRACTFEE, [broken as HostMatrix, names, [[42500], [0.774], [3.4], [0.912]]])).toEqual({
      kind: '#N/A',
      message: `CONTRACTFEE: contract holds an error value #N/A (row ${row + 1}, column ${col + 1})`,
    });
  });

  test('the cache key changes with any cell, and with a number typed as text', () => {
    const edited = grid.map((row, r) => (r === 5 ? row.map((c, i) => (i === 1 ? 'other' : c)) : row));
    expect(rangeKey(grid)).toBe(rangeKey(grid.map((row) => [...row])));
    expect(rangeKey(edited)).not.toBe(rangeKey(grid));
    expect(rangeKey([[1]])).not.toBe(rangeKey([['1']]));
  });
});

test('the cache key hashes the UTF-8 bytes of the cells, as @noble/hashes would', () => {
  const { utf8ToBytes, bytesToHex } = jest.requireActual('@noble/hashes/utils');
  const { sha256 } = jest.requireActual('@noble/hashes/sha2');
  const cells = [['Délai de réponse', '€', '𝔘', 1.5, null]];
  const text = JSON.stringify(cells);
  expect(rangeKey(cells)).toBe(bytesToHex(sha256(utf8ToBytes(text))));
});
