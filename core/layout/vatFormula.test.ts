import fc from 'fast-check';
import { dec, fromHostNumber, roundMoney, toHostNumber, type Dec, type RoundingRule } from '../money';
import { earlierVatFormula, vatCell } from './vatFormula';

/** How a host's ROUND and ROUNDDOWN may round: the double itself, or the 15 digits its cell shows (Excel). */
type HostRounding = 'double' | 'shown';

function hostRound(rounding: HostRounding, mode: 'ROUND' | 'ROUNDDOWN') {
  return (x: number, digits: number): number => {
    const f = 10 ** digits;
    const raw = Math.abs(x) * f;
    const scaled = rounding === 'shown' ? Number(raw.toPrecision(15)) : raw;
    return (Math.sign(x) * (mode === 'ROUND' ? Math.floor(scaled + 0.5) : Math.floor(scaled))) / f;
  };
}

type Compiled = (
  round: ReturnType<typeof hostRound>,
  down: ReturnType<typeof hostRound>,
  cell: number,
) => number;
const compiled = new Map<string, Compiled>();

/** The cell's value as a host computes `formula` (ROUND, ROUNDDOWN, *, / and one cell) in doubles. */
function computed(formula: string, cell: string, value: number, rounding: HostRounding): number {
  let run = compiled.get(formula);
  if (!run) {
    const body = formula.slice(1).replaceAll(cell, 'CELL');
    run = new Function('ROUND', 'ROUNDDOWN', 'CELL', `return ${body};`) as Compiled;
    compiled.set(formula, run);
  }
  // + 0: a cell holds no negative zero.
  return run(HOST_ROUND[rounding].ROUND, HOST_ROUND[rounding].ROUNDDOWN, value) + 0;
}

const HOST_ROUND = {
  double: { ROUND: hostRound('double', 'ROUND'), ROUNDDOWN: hostRound('double', 'ROUNDDOWN') },
  shown: { ROUND: hostRound('shown', 'ROUND'), ROUNDDOWN: hostRound('shown', 'ROUNDDOWN') },
};

/** The core's VAT as the cell holds it. */
const coreVat = (subtotal: Dec, rate: Dec, currency: string, rule: RoundingRule) =>
  toHostNumber(roundMoney(subtotal.times(rate), currency, rule));

const RATES = ['0.2', '0.055', '0.077', '0.21', '0.19', '0.0825', '0.1', '0.085', '0.125', '0', '1', '0.025'];
const RULES = ['half-away-from-zero', 'down'] as const;

/** The cell's value under both host roundings, with the core's VAT. */
function cellAndCore(cents: number, rate: string, currency: string, rule: RoundingRule) {
  const unit = currency === 'JPY' ? 1 : currency === 'KWD' ? 1000 : 100;
  const subtotal = dec(cents).div(unit);
  const cell = vatCell({ rounding: rule, vatRate: dec(rate), currency, subtotal }, 'F15');
  if (!('formula' in cell)) throw new Error(`no formula for ${subtotal.toFixed()} at ${rate}`);
  const shown = toHostNumber(subtotal)!;
  return {
    formula: cell.formula,
    core: coreVat(subtotal, dec(rate), currency, rule),
    double: computed(cell.formula, 'F15', shown, 'double'),
    decimal: computed(cell.formula, 'F15', shown, 'shown'),
  };
}

describe('vatCell', () => {
  it('writes the subtotal in minor units over the rate as a reduced fraction', () => {
    const terms = { rounding: 'half-away-from-zero', currency: 'EUR', subtotal: dec('113990') } as const;
    expect(vatCell({ ...terms, vatRate: dec('0.2') }, 'F15')).toEqual({
      formula: '=ROUND(ROUND(F15*100,0)/5,0)/100',
    });
    expect(vatCell({ ...terms, vatRate: dec('0.055') }, 'F15')).toEqual({
      formula: '=ROUND(ROUND(F15*100,0)*11/200,0)/100',
    });
    expect(vatCell({ ...terms, vatRate: dec('0.2'), rounding: 'down', currency: 'JPY' }, 'F9')).toEqual({
      formula: '=ROUNDDOWN(ROUND(F9,0)/5,0)',
    });
    expect(vatCell({ ...terms, vatRate: dec('0.2'), rounding: 'half-even' }, 'F15')).toEqual({
      frozen: 'halfEven',
    });
    // 10^15 cents / 55 is €181.8 billion: over it, the VAT in cents and its 3 decimals pass 15 digits.
    expect(vatCell({ ...terms, vatRate: dec('0.055'), subtotal: dec('1.82e11') }, 'F15')).toEqual({
      frozen: 'tooLarge',
    });
    expect(vatCell({ ...terms, vatRate: dec('0.055'), subtotal: dec('1.81e11') }, 'F15')).toHaveProperty(
      'formula',
    );
  });

  it('gives the core’s VAT on every subtotal from −€30 to €30, ties included, whichever way the host rounds', () => {
    let ties = 0;
    for (const rate of RATES)
      for (const rule of RULES) {
        const { formula } = cellAndCore(0, rate, 'EUR', rule);
        const [digits, scale] = [Number(rate.replace('.', '')), 10 ** (rate.split('.')[1]?.length ?? 0)];
        for (let cents = -3000; cents <= 3000; cents++) {
          const core = coreVat(dec(cents).div(100), dec(rate), 'EUR', rule);
          const shown = cents / 100;
          const [double, decimal] = [
            computed(formula, 'F15', shown, 'double'),
            computed(formula, 'F15', shown, 'shown'),
          ];
          if (Math.abs(2 * cents * digits) % (2 * scale) === scale) ties += 1;
          if (double !== core || decimal !== core)
            throw new Error(`${formula} over ${shown}: ${double} / ${decimal}, the core ${core}`);
        }
      }
    expect(ties).toBeGreaterThan(1000);
  });

  it('gives the core’s VAT on any subtotal and rate, in currencies of 0, 2 and 3 decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e13, max: 1e13 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom('EUR', 'JPY', 'KWD'),
        fc.constantFrom(...RULES),
        (minor, basisPoints, currency, rule) => {
          const rate = dec(basisPoints).div(10_000).toFixed();
          const unit = currency === 'JPY' ? 1 : currency === 'KWD' ? 1000 : 100;
          const cell = vatCell(
            { rounding: rule, vatRate: dec(rate), currency, subtotal: dec(minor).div(unit) },
            'F15',
          );
          if (!('formula' in cell)) return;
          const { core, double, decimal } = cellAndCore(minor, rate, currency, rule);
          expect([double, decimal]).toEqual([core, core]);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('is needed: the earlier =ROUND(F15*0.055,2) is a cent short on a host rounding the double', () => {
    const earlier = (cents: number) => computed('=ROUND(F15*0.055,2)', 'F15', cents / 100, 'double');
    const short = Array.from({ length: 10_001 }, (_, i) => i - 5000).filter(
      (cents) => earlier(cents) !== coreVat(dec(cents).div(100), dec('0.055'), 'EUR', 'half-away-from-zero'),
    );
    // €23.00 × 5.5 % is the tie 1.265, the double 1.26499999999999990…
    expect(short).toEqual([-2300, 2300]);
    expect(fromHostNumber(computed('=ROUNDDOWN(F15*0.2,2)', 'F15', 1.45, 'double')).toFixed()).toBe('0.28');
  });
});

describe('earlierVatFormula', () => {
  it('is the formula invoices wrote before for the same contract and cell, and null for any other', () => {
    const formula = (rate: string, rounding: RoundingRule = 'half-away-from-zero', currency = 'EUR') => {
      const cell = vatCell({ rounding, vatRate: dec(rate), currency, subtotal: dec(100) }, 'F15');
      return 'formula' in cell ? cell.formula : '';
    };
    expect(earlierVatFormula(formula('0.2'))).toBe('=ROUND(F15*0.2,2)');
    expect(earlierVatFormula(formula('0.055', 'down'))).toBe('=ROUNDDOWN(F15*0.055,2)');
    expect(earlierVatFormula(formula('0.2', 'down', 'JPY'))).toBe('=ROUNDDOWN(F15*0.2,0)');
    expect(earlierVatFormula(formula('0.2', 'half-away-from-zero', 'KWD'))).toBe('=ROUND(F15*0.2,3)');
    expect(earlierVatFormula(formula('1'))).toBe('=ROUND(F15*1,2)');
    expect(earlierVatFormula(formula('0'))).toBe('=ROUND(F15*0,2)');
    expect(earlierVatFormula('=ROUND(F15*0.2,2)')).toBeNull();
    expect(earlierVatFormula('=ROUND(ROUND(F15*100,0)/5,0)/1000')).toBeNull();
    expect(earlierVatFormula('=SUM(F9:F13)')).toBeNull();
  });
});
