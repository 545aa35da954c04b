/**
 * The online coach's NPS is a recommendation score out of 10. A score has no top of its own, so the
 * template must declare it: without it, 83 typed for 8.3 was read and paid the stretch score.
 */
import { actualsFromCsv, actualsToCsv } from '../contract/csv';
import { onlineBusinessManager } from './index';

test.each(['en', 'fr'] as const)(
  'an NPS of 86 (8.6 typed without its point) in the actuals is refused as outside 0 to 10 (%s)',
  (lang) => {
    const contract = onlineBusinessManager.contract(lang);
    const nps = contract.kpis.find((k) => k.unit === 'score')!;
    const csv = actualsToCsv(contract, onlineBusinessManager.actuals(lang));
    const line = csv.split('\n').find((l) => l.startsWith('2026-10') && l.includes(nps.name))!;
    expect(line).toMatch(/,8\.6$/);
    const read = actualsFromCsv(csv.replace(line, line.replace(/8\.6$/, '86')), contract, { lang });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues.map((i) => i.message).join('\n')).toMatch(/86.*\b10\b/);
    expect(actualsFromCsv(csv, contract, { lang }).ok).toBe(true);
  },
);
