/**
 * `0.912%` for CSAT read as 0.00912: in range, so the invoice of 2026-10 lost the CSAT fee (130,116.00 for
 * 136,788.00) with exit 0; a Contract sheet threshold typed `0.9%` was a threshold always met. A percent
 * sign on a nonzero number below 1 for a percent KPI is refused, the fraction as the hint.
 */
import fc from 'fast-check';
import { actualsSheetPlan } from '../layout/actualsSheet';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { actualsFromCsv } from './csv';
import { actualsFromSheet, contractFromSheet, type CellValue } from './fromSheet';
import type { Result } from './issues';

const contract = bpoCustomerService.contract('en');
const messages = <T>(result: Result<T>) => (result.ok ? [] : result.issues.map((issue) => issue.message));
const csat = (value: string, d = ',') =>
  `Period${d}Kind${d}Name${d}Value\n2026-10${d}kpi${d}CSAT${d}${value}\n`;

describe('an actual', () => {
  test.each([
    [
      csat('0.912%'),
      '"0.912%" is 0.00912 (below 1 %), most likely a fraction typed with a % sign: did you mean 0.912?',
    ],
    [
      csat('0,912 %', ';'),
      '"0,912 %" is 0,00912 (below 1 %), most likely a fraction typed with a % sign: did you mean 0,912?',
    ],
    [csat('-0.5%'), undefined],
  ])('%j is refused, with the fraction as the hint when it is in range', (text, start) => {
    const [message] = messages(actualsFromCsv(text, contract));
    if (start === undefined) expect(message).toMatch(/^actuals\.csv!D2 \(Value\): -0\.5% is outside/);
    else
      expect(message).toBe(
        `actuals.csv!D2 (Value): ${start} A share below 1 % is typed as the fraction (${start.includes('0,0') ? '0,00912' : '0.00912'})`,
      );
  });

  test('property: a percent sign reads a number of 1 or more as a hundredth, and refuses one below 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (thousandths) => {
        const typed = (thousandths / 1000).toString();
        const result = actualsFromCsv(csat(`${typed}%`), contract);
        if (thousandths < 1000) return !result.ok && /did you mean/.test(messages(result)[0]);
        return (
          result.ok &&
          result.value.periods.get('2026-10')?.kpis.get('CSAT')?.toFixed() === String(thousandths / 100_000)
        );
      }),
    );
  });

  test('0 % and 91.2 % still read, and a percent-formatted number cell is the number it holds', () => {
    const read = (typed: string) => {
      const result = actualsFromCsv(csat(typed), contract);
      return result.ok ? result.value.periods.get('2026-10')?.kpis.get('CSAT')?.toFixed() : messages(result);
    };
    expect([read('0%'), read('91.2%'), read('1%')]).toEqual(['0', '0.912', '0.01']);
    const grid: CellValue[][] = planToGrid(actualsSheetPlan(contract, bpoCustomerService.actuals('en')));
    const row = grid.findIndex((cells) => cells[1] === 'CSAT');
    const col = grid[0].indexOf('2026-10');
    grid[row][col] = 0.00912;
    expect(actualsFromSheet(grid, contract)).toMatchObject({ ok: true });
    grid[row][col] = '0.912%';
    expect(messages(actualsFromSheet(grid, contract))).toEqual([
      expect.stringMatching(
        /^Actuals!\w+ \(2026-10\): "0\.912%" is 0\.00912 \(below 1 %\).*did you mean 0\.912\?/,
      ),
    ]);
  });
});

describe('a Contract sheet level', () => {
  test('a CSAT threshold typed "0.9%" is an error on its cell, in English and French', () => {
    for (const lang of ['en', 'fr'] as const) {
      const grid: CellValue[][] = planToGrid(contractSheetPlan(bpoCustomerService.contract(lang)));
      const row = grid.findIndex((cells) => cells[0] === 'CSAT');
      grid[row][6] = '0.9%';
      const all = messages(contractFromSheet(grid, { lang }));
      expect(all).toHaveLength(1);
      expect(all[0]).toMatch(
        lang === 'en'
          ? /^Contract!G\d+ \(Threshold\): "0\.9%" is 0\.009 \(below 1 %\), most likely a fraction typed with a % sign: did you mean 0\.9\?/
          : /^Contrat!G\d+ \(Seuil\)\s: «\s0\.9%\s» vaut 0\.009 \(moins de 1\s%\).*vouliez-vous dire 0\.9\s\?/u,
      );
    }
  });
});
