import { dec } from '../money';
import {
  actualEntries,
  buildActuals,
  hoursWorked,
  kpiValue,
  volumeQuantity,
  type MeasuredEntry,
} from './actuals';

const entries: MeasuredEntry[] = [
  { period: '2026-11', kind: 'volume', name: 'Calls', value: dec('1200') },
  { period: '2026-10', kind: 'volume', name: 'Calls', value: dec('1000.5') },
  { period: '2026-10', kind: 'hours', name: '', value: dec('60') },
  { period: '2026-10', kind: 'kpi', name: 'FCR', value: dec('0.774') },
];

describe('actuals', () => {
  test('months come out in order, empty months included', () => {
    const actuals = buildActuals(entries, ['2026-12']);
    expect([...actuals.periods.keys()]).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(actuals.periods.get('2026-12')).toEqual({ kpis: new Map(), volumes: new Map() });
  });

  test('entries round-trip, hours first, then volumes and KPIs', () => {
    expect(actualEntries(buildActuals(entries))).toEqual([entries[2], entries[1], entries[3], entries[0]]);
  });

  test('a repeated value is a programming error', () => {
    expect(() => buildActuals([...entries, { ...entries[3], value: dec('0.8') }])).toThrow(
      'kpi FCR has two values for 2026-10',
    );
  });

  test('queries: a KPI on a month, quantities and hours over an invoicing period with the months missing', () => {
    const actuals = buildActuals(entries);
    expect(kpiValue(actuals, 'FCR', '2026-10')).toEqual(dec('0.774'));
    expect(kpiValue(actuals, 'FCR', '2026-11')).toBeUndefined();
    expect(volumeQuantity(actuals, 'Calls', ['2026-10', '2026-11', '2026-12'])).toEqual({
      total: dec('2200.5'),
      missing: ['2026-12'],
    });
    expect(hoursWorked(actuals, ['2026-10', '2026-11'])).toEqual({ total: dec('60'), missing: ['2026-11'] });
  });
});
