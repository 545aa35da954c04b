/**
 * A wide-layout month column headed by a month's name alone (`October`, `Oct.`, `octobre`) was taken for
 * a note column, its values left out: the invoice said only "no quantity for Interactions in 2026-10".
 */
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { actualsFromCsv } from './csv';
import type { Result } from './issues';
import type { Actuals } from './types';

const contract = bpoCustomerService.contract('en');
const messages = (result: Result<Actuals>) => (result.ok ? [] : result.issues.map((i) => i.message));

test.each(['October', 'Oct.', 'oct', 'octobre', 'Sept', 'août', 'Mai'])(
  'a month column headed %j is an error at its header, asking for its year',
  (header) => {
    const text = `Kind,Name,2026-09,${header}\nvolume,Interactions,39200,42500\n`;
    expect(messages(actualsFromCsv(text, contract))).toEqual([
      `actuals.csv!D1 (Period): expected a month YYYY-MM (2026-10), got "${header}"`,
    ]);
  },
);

test.each(['Notes', 'Market', 'Decision', 'Mars bar', 'Comment'])(
  'a note column headed %j stays a note',
  (header) => {
    const text = `Kind,Name,2026-09,${header}\nvolume,Interactions,39200,checked\n`;
    expect(messages(actualsFromCsv(text, contract))).toEqual([]);
  },
);
