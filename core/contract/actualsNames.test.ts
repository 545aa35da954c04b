/**
 * A KPI or volume name in the actuals that differs from the contract's only by what the screen does not
 * show: a no-break or narrow no-break space (French text, a Word table), a doubled space, a zero-width
 * space or soft hyphen pasted from a web page. It was "unknown KPI "Average response time"", a name
 * identical on screen to the one listed; it is that KPI, unless it would name two.
 */
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { actualsFromCsv } from './csv';
import type { Result } from './issues';
import type { Actuals } from './types';
import { testContract } from '../../test/support/testContract';

const contract = bpoCustomerService.contract('en');
const messages = (result: Result<Actuals>) => (result.ok ? [] : result.issues.map((i) => i.message));

describe('names that look the same', () => {
  test.each([
    ['a no-break space', 'Average\u00a0response time'],
    ['a narrow no-break space', 'Average response\u202ftime'],
    ['a doubled space', 'Average  response time'],
    ['a zero-width space', 'Average response time\u200b'],
    ['a soft hyphen', 'Aver\u00adage response time'],
    ['another case and a tab', 'average\tRESPONSE time'],
  ])('%s names the contract’s KPI', (_, name) => {
    const read = actualsFromCsv(`Period;Kind;Name;Value\n2026-10;kpi;${name};3,4\n`, contract);
    if (!read.ok) throw new Error(messages(read).join('\n'));
    expect(read.value.periods.get('2026-10')?.kpis.get('Average response time')?.toFixed()).toBe('3.4');
  });

  test('a volume too; a name with other letters is still unknown', () => {
    const read = actualsFromCsv(
      'Period,Kind,Name,Value\n2026-10,volume,Inter\u200bactions,42500\n',
      contract,
    );
    expect(read.ok && read.value.periods.get('2026-10')?.volumes.get('Interactions')?.toFixed()).toBe(
      '42500',
    );
    expect(
      messages(actualsFromCsv('Period,Kind,Name,Value\n2026-10,kpi,Average response times,3.4\n', contract)),
    ).toEqual([
      'actuals.csv!C2 (Name): unknown KPI "Average response times" (the contract\'s KPIs: FCR, Average response time, CSAT, Average response time Black Friday)',
    ]);
  });

  test('a name two of the contract’s match that way is unknown, never one of them', () => {
    const kpi = (name: string) => ({
      name,
      measure: name,
      unit: 'percent',
      direction: 'higher',
      period: 'monthly',
      model: 'threshold',
      threshold: '0.8',
      amount: '100',
    });
    // The contract check refuses two such names (kpiVolumeNames.test.ts); the reader stays safe without it.
    const parsed = testContract({ kpis: [kpi('CSAT mobile'), kpi('CSAT web')] });
    const twins = { ...parsed, kpis: [{ ...parsed.kpis[0]!, name: 'CSAT  web' }, parsed.kpis[1]!] };
    expect(
      messages(actualsFromCsv('Period,Kind,Name,Value\n2026-10,kpi,CSAT\u00a0web,0.9\n', twins)),
    ).toEqual([expect.stringMatching(/^actuals\.csv!C2 \(Name\): unknown KPI "CSAT\u00a0web"/)]);
    const read = actualsFromCsv('Period,Kind,Name,Value\n2026-10,kpi,csat web,0.9\n', twins);
    expect(read.ok && [...(read.value.periods.get('2026-10')?.kpis.keys() ?? [])]).toEqual(['CSAT web']);
  });
});
