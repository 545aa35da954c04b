/**
 * The moving-level terms as a contract file and a Contract sheet hold them: the cell texts read and write
 * back in both languages, numbers in them follow the cell rule (never an ambiguous separator), a painted
 * contract reads back as itself, and a bad cell is an error addressed to it.
 */
import { levelsContract, levelsContractJson } from '../../test/support/levelsContract';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { dec } from '../money';
import { contractFromSheet, type CellValue } from './fromSheet';
import { loadContract, saveContract } from './json';
import {
  monthsFromText,
  monthsToText,
  numberInText,
  numberToText,
  rampFromText,
  rampToText,
  ratchetFromText,
  ratchetToText,
  scheduleFromText,
  scheduleToText,
} from './levelTerms';
import type { Language } from './types';

const kpis = [
  {
    name: 'Coaching sessions',
    measure: 'Sessions held',
    unit: 'count',
    direction: 'higher',
    period: 'monthly',
    model: 'threshold',
    threshold: '0.2',
    amount: '500.00',
    levelChange: 'relative',
    baselineMonths: ['2026-01', '2026-02', '2026-03', '2026-05'],
    ramp: { start: '2026-06', periods: 6 },
  },
  {
    name: 'FCR',
    measure: 'First contact resolution',
    unit: 'percent',
    direction: 'higher',
    period: 'monthly',
    model: 'kpi-score',
    threshold: '0.7',
    target: '0.75',
    amount: '1000.00',
    levelSchedule: [
      { from: '2026-07', threshold: '0.72', target: '0.7775' },
      { from: '2027-01', threshold: '0.74', target: '0.8' },
    ],
  },
  {
    name: 'Response time',
    measure: 'Mean hours to answer',
    unit: 'hours',
    direction: 'lower',
    period: 'monthly',
    model: 'threshold',
    threshold: '4',
    amount: '300.00',
    ramp: { start: '2026-04', periods: 3, from: '5.5' },
  },
  {
    name: 'Uptime',
    measure: 'Available minutes share',
    unit: 'percent',
    direction: 'higher',
    period: 'monthly',
    model: 'sla-credit',
    threshold: '0.995',
    allocation: '0.5',
    ratchet: { step: '0.0005', ceiling: '0.998' },
  },
  {
    name: 'Uptime DR',
    measure: 'Disaster recovery site availability',
    unit: 'percent',
    direction: 'higher',
    period: 'monthly',
    model: 'sla-credit',
    threshold: '0.99',
    allocation: '0.2',
    ratchet: { bestMonths: 3, ceiling: '0.999' },
  },
];

describe('cell texts of the moving-level terms', () => {
  test('months: runs and single months, both ways', () => {
    expect(monthsToText(['2025-11', '2025-12', '2026-01', '2026-03'])).toBe('2025-11..2026-01, 2026-03');
    expect(monthsFromText('2025-11..2026-01, 2026-03')).toEqual({
      months: ['2025-11', '2025-12', '2026-01', '2026-03'],
    });
    expect(monthsFromText('2026-03..2026-01')).toEqual({ bad: '2026-03..2026-01' });
  });

  test.each<Language>(['en', 'fr'])('ramp, schedule and ratchet texts read back, %s', (lang) => {
    const ramp = { start: '2026-04', periods: 3, from: dec('5.5') };
    expect(rampFromText(rampToText(ramp, lang))).toEqual(ramp);
    const steps = [
      { from: '2026-07', threshold: dec('0.72'), target: dec('0.7775') },
      { from: '2027-01', threshold: dec('1234.5'), target: dec('2000') },
    ];
    const read = scheduleFromText(scheduleToText(steps, lang));
    expect(read).toEqual({ steps });
    for (const ratchet of [
      { step: dec('0.0005'), ceiling: dec('0.998') },
      { bestMonths: 3, ceiling: dec('0.999') },
    ]) {
      expect(ratchetFromText(ratchetToText(ratchet, lang))).toEqual(ratchet);
    }
  });

  test('the texts as people type them, in either language', () => {
    expect(rampToText({ start: '2026-04', periods: 3, from: dec('5.5') }, 'fr')).toBe(
      '2026-04 sur 3 périodes depuis 5,5',
    );
    expect(rampFromText('2026-07 over 6')).toEqual({ start: '2026-07', periods: 6 });
    expect(scheduleFromText('from 2026-07: 25 %; dès 2027-01 : 0,3')).toEqual({
      steps: [
        { from: '2026-07', single: dec('0.25') },
        { from: '2027-01', single: dec('0.3') },
      ],
    });
    expect(ratchetFromText('+0,1 pt par an, plafond 99,8 %')).toBeUndefined();
    expect(ratchetFromText('+0,001 par an, plafond 99,8 %')).toEqual({
      step: dec('0.001'),
      ceiling: dec('0.998'),
    });
    expect(ratchetFromText('3 meilleurs mois, plafond 0,999')).toEqual({
      bestMonths: 3,
      ceiling: dec('0.999'),
    });
  });

  test('numbers follow the cell rule: an ambiguous separator is refused, and never written', () => {
    expect(numberInText('1,234')).toBeUndefined();
    expect(numberInText('1.234')).toBeUndefined();
    expect(scheduleFromText('from 2026-07: 1,234')).toEqual({ bad: 'from 2026-07: 1,234' });
    // 1.234 would read as 1234 under a decimal comma: written with a fourth decimal, it reads one way.
    expect(numberToText(dec('1.234'), 'en')).toBe('1.2340');
    expect(numberToText(dec('1.234'), 'fr')).toBe('1,2340');
    expect(numberInText(numberToText(dec('1.234'), 'fr'))!.toFixed()).toBe('1.234');
    expect(numberToText(dec('20000'), 'fr')).toBe('20000');
  });
});

describe('contract file and Contract sheet', () => {
  test.each<Language>(['en', 'fr'])(
    'every term reads back from the painted sheet as the JSON gave it, %s',
    (lang) => {
      const contract = levelsContract(lang, kpis);
      const back = contractFromSheet(planToGrid(contractSheetPlan(contract)) as never);
      expect(back).toEqual({ ok: true, value: contract });
    },
  );

  test('the saved file reads back as the same contract, structured values as JSON', () => {
    const contract = levelsContract('en', kpis);
    const text = saveContract(contract);
    expect(JSON.parse(text).kpis[2].ramp).toEqual({ start: '2026-04', periods: 3, from: '5.5' });
    expect(JSON.parse(text).kpis[1].levelSchedule[0]).toEqual({
      from: '2026-07',
      threshold: '0.72',
      target: '0.7775',
    });
    expect(loadContract(text)).toEqual({ ok: true, value: contract });
  });

  test('the JSON and the sheet text forms give the same clause', () => {
    const asText = kpis.map((kpi, i) =>
      i === 1
        ? {
            ...kpi,
            levelSchedule:
              'from 2026-07: threshold 0.72 target 0.7775; from 2027-01: threshold 0.74 target 0.8',
          }
        : i === 2
          ? { ...kpi, ramp: '2026-04 over 3 periods from 5.5' }
          : i === 3
            ? { ...kpi, ratchet: '+0.0005 a year, ceiling 0.998' }
            : i === 4
              ? { ...kpi, ratchet: 'best 3 months, ceiling 0.999' }
              : { ...kpi, baselineMonths: '2026-01..2026-03, 2026-05', ramp: '2026-06 over 6 periods' },
    );
    expect(levelsContract('en', asText)).toEqual(levelsContract('en', kpis));
  });

  test('a bad cell is an error addressed to it, with its column header', () => {
    const grid = planToGrid(contractSheetPlan(levelsContract('en', kpis))) as CellValue[][];
    const header = grid.findIndex((row) => row[0] === 'Name');
    const col = (title: string) => grid[header].indexOf(title);
    const letter = (c: number) =>
      c < 26
        ? String.fromCharCode(65 + c)
        : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26));
    grid[header + 3][col('Ramp')] = '2026-04 over three periods';
    grid[header + 2][col('Level schedule')] = 'from 2026-07: target 0.8';
    grid[header + 1][col('Baseline months')] = '2026-01..2026-03, 2025-12';
    const result = contractFromSheet(grid as never);
    const at = (c: number, r: number) => `Contract!${letter(c)}${r + 1}`;
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      `${at(col('Baseline months'), header + 1)} (Baseline months): 2025-12 is outside the contract (from 2026-01)`,
      `${at(col('Level schedule'), header + 2)} (Level schedule): the step from 2026-07 does not give the threshold, which the clause states`,
      `${at(col('Ramp'), header + 3)} (Ramp): expected a ramp as "2026-07 over 6 periods", or "2026-07 over 6 periods from 6" without a baseline, got "2026-04 over three periods"`,
    ]);
  });

  // A schedule that does not read (a step without its colon, steps parted by commas, a number) crashed
  // the contract check ("steps?.find is not a function"): the cross-check of its months read the raw cell.
  test.each([
    ['from 2026-07 0.25', 'expected dated levels as'],
    ['from 2026-07: 0.25, from 2027-01: 0.3', 'expected dated levels as'],
  ])('a schedule that does not read is an error on its cell: %s', (text, problem) => {
    const grid = planToGrid(contractSheetPlan(levelsContract('en', kpis))) as CellValue[][];
    const header = grid.findIndex((row) => row[0] === 'Name');
    grid[header + 2][grid[header].indexOf('Level schedule')] = text;
    const result = contractFromSheet(grid as never);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(new RegExp(`^Contract!AK${header + 3} \\(Level schedule\\): ${problem}`)),
    ]);
  });

  test.each(['from 2026-07 0.25', 5, { from: '2026-07' }])('so is one in a contract file: %p', (schedule) => {
    const json = levelsContractJson('en', [{ ...kpis[1], levelSchedule: schedule }]);
    const result = loadContract(JSON.stringify(json));
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^kpis\[0\]\.levelSchedule: expected dated levels as/),
    ]);
  });

  test('an existing contract without these terms saves exactly as before', () => {
    const plainJson = levelsContractJson('en', [{ ...kpis[3], ratchet: undefined }]);
    const saved = JSON.parse(saveContract(levelsContract('en', [{ ...kpis[3], ratchet: undefined }])));
    expect(Object.keys(saved.kpis[0]).sort()).toEqual(
      Object.keys(plainJson.kpis[0])
        .filter((k) => k !== 'ratchet')
        .sort(),
    );
  });
});
