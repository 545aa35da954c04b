import fc from 'fast-check';
import { parseContract } from '../../core/contract/json';
import { contractToJson } from '../../core/contract/json';
import type { Contract } from '../../core/contract/types';
import { invoicePeriods } from '../../core/contract/period';
import { breakpoints } from '../../core/model/breakpoints';
import { exposure, exposureLines } from '../../core/model/exposure';
import { exposureSheetPlan } from '../../core/layout/exposureSheet';
import { planToGrid } from '../../core/layout/planToGrid';
import { kpiRange } from '../../core/model/kpiRange';
import { dueClauses, priceScenario, scenarioOfPeriod } from '../../core/model/scenario';
import { dec, type Dec } from '../../core/money';
import { TEMPLATES, bpoCustomerService } from '../../core/templates';

function mustExpose(...args: Parameters<typeof exposure>) {
  const result = exposure(...args);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.exposure;
}

/** The French BPO template, or it without its malus cap (the response-time malus then has no bound). */
const frenchBpo = (malusCap: boolean): Contract => {
  const fr = bpoCustomerService.contract('fr');
  return malusCap ? fr : { ...fr, caps: { bonus: fr.caps.bonus } };
};

/** The exposure of `contract` at October 2026, on the French template's actuals. */
function frenchOctober(contract: Contract) {
  const actuals = bpoCustomerService.actuals('fr');
  return mustExpose(contract, scenarioOfPeriod(contract, actuals, '2026-10'), {
    period: '2026-10',
    history: actuals,
  });
}

describe('BPO customer service at October 2026 volumes (42,500 interactions)', () => {
  const contract = bpoCustomerService.contract('en');
  const actuals = bpoCustomerService.actuals('en');
  const values = scenarioOfPeriod(contract, actuals, '2026-10');
  const e = mustExpose(contract, values, { period: '2026-10', history: actuals });

  test('the maximum is the base fees plus the bonus cap', () => {
    // Base fees: 20,000.00 fixed + 40,000 × 2.10 + 2,500 × 1.90 = 20,000 + 84,000 + 4,750 = 108,750.00.
    // Best KPIs: FCR 100 % → (100 − 75 − 1) pts × €400 = +9,600.00; response time 0 min → 3 min × €1,000 =
    // +3,000.00; CSAT ≥ 90 % → +5,000.00. Bonuses 17,600.00 exceed the €6,000.00 cap: +6,000.00 in all.
    // Subtotal 114,750.00; VAT 20 % 22,950.00; total 137,700.00.
    expect(e.max!.subtotal.toFixed(2)).toBe('114750.00');
    expect(e.max!.total.toFixed(2)).toBe('137700.00');
    expect(Object.fromEntries([...e.max!.values].map(([k, v]) => [k, v.toFixed()]))).toEqual({
      FCR: '1',
      'Average response time': '0',
      CSAT: '0.9',
    });
  });

  test('the minimum is the base fees less the malus cap', () => {
    // Worst KPIs: FCR 0 % → (75 − 1) pts × €400 = −29,600.00; response time has no upper bound, its malus
    // €800 a minute, but the malus cap is 1 % of base fees = 1,087.50; CSAT below 90 % pays nothing.
    // Subtotal 108,750.00 − 1,087.50 = 107,662.50; VAT 21,532.50; total 129,195.00.
    expect(e.min!.subtotal.toFixed(2)).toBe('107662.50');
    expect(e.min!.total.toFixed(2)).toBe('129195.00');
    expect(e.min!.values.get('FCR')!.toFixed()).toBe('0');
    expect(e.min!.values.get('CSAT')!.lt(dec('0.9'))).toBe(true);
    // The tail is followed from the last breakpoint, the 3 min target, one step of 3 min: at 6 min the
    // malus is 3 min × €800 = 2,400.00, beyond the cap on its own, so the total no longer moves.
    expect(e.min!.values.get('Average response time')!.toFixed()).toBe('6');
    expect(e.unbounded).toEqual([]);
  });

  test('without a malus cap the response-time malus leaves the minimum unbounded, and says why', () => {
    const json = contractToJson(contract) as { caps: Record<string, unknown> };
    const uncapped = parseContract({ ...json, caps: { bonus: json.caps.bonus } });
    if (!uncapped.ok) throw new Error(uncapped.issues.map((i) => i.message).join('\n'));
    const open = mustExpose(uncapped.value, values);
    expect(open.min).toBeNull();
    expect(open.max!.total.toFixed(2)).toBe('137700.00');
    expect(open.unbounded).toEqual([
      {
        clause: 'Average response time',
        side: 'min',
        end: 'upper',
        reason: 'uncapped: the Average response time malus has no cap and minutes have no upper bound',
      },
    ]);
  });
});

/** Values on a grid through each KPI's range: its breakpoints, points just beside them, and far tails. */
function gridValues(contract: Contract, name: string): Dec[] {
  const clause = contract.kpis.find((k) => k.name === name)!;
  const range = kpiRange(clause);
  const points = [...breakpoints(clause), ...[range.min, range.max].filter((v): v is Dec => v !== undefined)];
  const near = points.flatMap((p) => [
    p,
    p.minus('0.0001'),
    p.plus('0.0001'),
    p.minus('0.37'),
    p.plus('0.37'),
  ]);
  const far = near.flatMap((p) => [p.times(3), p.plus(1000)]);
  return [...near, ...far].filter((v) => !(range.min && v.lt(range.min)) && !(range.max && v.gt(range.max)));
}

describe.each(
  TEMPLATES.flatMap((t) => {
    const contract = t.contract();
    const actuals = t.actuals();
    return invoicePeriods(contract, actuals)
      .slice(0, 2)
      .map((period) => ({ id: t.id, contract, actuals, period }));
  }),
)('exposure of $id $period against brute force', ({ contract, actuals, period }) => {
  const place = { period, history: actuals };
  const values = scenarioOfPeriod(contract, actuals, period);
  const e = mustExpose(contract, values, place);
  const clauses = dueClauses(contract, place);
  const grids = clauses.map((c) => gridValues(contract, c.name));

  test('no combination of grid values prices outside the bounds', () => {
    fc.assert(
      fc.property(fc.tuple(...grids.map((g) => fc.constantFrom(...g))), (chosen) => {
        const kpis = new Map(values.kpis);
        chosen.forEach((v, i) => kpis.set(clauses[i].name, v));
        const result = priceScenario(contract, { ...values, kpis }, place);
        if (!result.ok) return; // a value the model refuses (achievement at 0) is no invoice at all
        if (e.min) expect(result.invoice.total.gte(e.min.total)).toBe(true);
        if (e.max) expect(result.invoice.total.lte(e.max.total)).toBe(true);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  test('moving one KPI along its grid from the values of a bound never goes beyond it', () => {
    for (const [bound, sign] of [
      [e.max, 1],
      [e.min, -1],
    ] as const) {
      if (!bound) continue;
      for (let i = 0; i < clauses.length; i++) {
        for (const v of grids[i]) {
          const kpis = new Map(bound.values).set(clauses[i].name, v);
          const result = priceScenario(contract, { ...values, kpis }, place);
          if (!result.ok) continue;
          expect(result.invoice.total.minus(bound.total).times(sign).gt(0)).toBe(false);
        }
      }
    }
  });
});

describe('the lines behind each bound', () => {
  const cases = TEMPLATES.flatMap((template) =>
    (['en', 'fr'] as const).map((lang) => {
      const contract = template.contract(lang);
      const actuals = template.actuals(lang);
      const period = invoicePeriods(contract, actuals).at(-1)!;
      return { id: `${template.id} ${lang}`, contract, actuals, period };
    }),
  );

  test.each(cases)('$id: each bound is the sum of its lines, VAT included, and its invoice', (c) => {
    const e = mustExpose(c.contract, scenarioOfPeriod(c.contract, c.actuals, c.period), {
      period: c.period,
      history: c.actuals,
    });
    const lines = exposureLines(e);
    expect(lines.at(-1)!.kind).toBe('vat');
    for (const side of ['min', 'max'] as const) {
      const bound = e[side]!;
      const sum = lines.reduce((s, l) => s.plus(l[side]!), dec(0));
      expect([side, sum.toFixed(2)]).toEqual([side, bound.total.toFixed(2)]);
      expect(bound.invoice.total.toFixed(2)).toBe(bound.total.toFixed(2));
    }
  });

  test('an unbounded side has no amounts; the French sheet heads its lines in French', () => {
    const uncapped = frenchBpo(false);
    const e = frenchOctober(uncapped);
    expect(e.min).toBeNull();
    expect(exposureLines(e).every((l) => l.min === null && l.max !== null)).toBe(true);
    const grid = planToGrid(exposureSheetPlan(uncapped, e, { kind: 'period', period: '2026-10' }));
    const header = grid.findIndex((row) => row[0] === 'Ligne');
    expect(grid[header].slice(0, 3)).toEqual(['Ligne', 'Au minimum', 'Au maximum']);
    // The unbounded side has no invoice: blank, not "unbounded" beside a fixed fee.
    expect(grid[header + 1].slice(0, 3)).toEqual(['Frais fixes de pilotage', null, 20000]);
  });
});

test('an exposure bounded on both sides says so in its unbounded table, not an empty table', () => {
  const contract = frenchBpo(true);
  const e = frenchOctober(contract);
  expect(e.unbounded).toEqual([]);
  const grid = planToGrid(exposureSheetPlan(contract, e, { kind: 'period', period: '2026-10' }));
  const header = grid.findIndex((row) => row[0] === 'Clause');
  expect(grid[header + 1].slice(0, 3)).toEqual([
    '—',
    '—',
    'aucune\u00a0: les deux bornes sont finies (chaque clause est limitée par ses termes, un plafond ou la plage de son indicateur)',
  ]);
});

test("the unbounded sentence is in the contract's language", () => {
  const e = frenchOctober(frenchBpo(false));
  expect(e.unbounded.map((u) => u.reason.replace(/\u00a0/g, ' '))).toEqual([
    'sans plafond : le malus de Délai moyen de réponse n’a pas de plafond et les minutes n’ont pas de borne supérieure',
  ]);
});
