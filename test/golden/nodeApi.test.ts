import { FUNCTIONS } from '../../core/functions/registry';
import { requireBuilt } from '../support/builtCore';
import { GOLDEN_VECTORS } from './vectors';

type Api = Record<string, (...args: unknown[]) => unknown>;
const api = requireBuilt<Api>();

describe('golden vectors through the built Node API (require("outcome-fees"))', () => {
  it('covers every function of FUNCTIONS.md', () => {
    expect(new Set(GOLDEN_VECTORS.map((v) => v.name))).toEqual(new Set(FUNCTIONS.map((f) => f.name)));
    // Every example of the registry, plus the vectors of 15-digit entry (arguments computed in doubles).
    const examples = FUNCTIONS.reduce((n, f) => n + f.examples.length, 0);
    expect(GOLDEN_VECTORS.length).toBe(examples + 4);
    expect(GOLDEN_VECTORS.map((v) => v.formula)).toEqual(
      expect.arrayContaining([
        'THRESHOLDFEE(0.7+0.2, 0.9, 10000)',
        'BONUSMALUS(0.7+0.08, 0.75, 50000, 50000)',
      ]),
    );
  });

  it.each(GOLDEN_VECTORS.map((v) => [v.formula, v] as const))('%s', (_formula, vector) => {
    expect(api[vector.name](...vector.args)).toBe(vector.expected);
  });

  it('exports every registry function under its upper-case name', () => {
    for (const spec of FUNCTIONS) expect(typeof api[spec.name]).toBe('function');
  });
});

describe('contract and invoice APIs of the built package', () => {
  it('invoices a template period from Node', () => {
    type Dec = { toFixed(digits?: number): string };
    const pkg = requireBuilt<{
      findTemplate(id: string): { contract(lang: string): unknown; actuals(lang: string): unknown };
      buildInvoice(
        contract: unknown,
        actuals: unknown,
        period: string,
      ): { ok: boolean; invoice: { total: Dec } };
      saveContract(contract: unknown): string;
      loadContract(json: string): { ok: boolean; value: unknown };
    }>();
    const template = pkg.findTemplate('bpo-customer-service');
    const reloaded = pkg.loadContract(pkg.saveContract(template.contract('en')));
    expect(reloaded.ok).toBe(true);
    const result = pkg.buildInvoice(reloaded.value, template.actuals('en'), '2026-10');
    expect(result.ok).toBe(true);
    expect(result.invoice.total.toFixed(2)).toBe('136788.00');
  });
});
