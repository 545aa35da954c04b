/**
 * A line short of fields is counted in words that agree with its number (core/i18n/plural.ts): a stray
 * line of one field said "this line has 1 fields".
 */
import { findTemplate } from '../templates';
import { actualsFromCsv } from './csv';

const bpo = findTemplate('bpo-customer-service')!;

/** Every problem of reading `text`, one per line. */
function problems(text: string, lang: 'en' | 'fr'): string {
  const result = actualsFromCsv(text, bpo.contract(lang), { file: 'actuals.csv', lang });
  return result.ok ? '' : result.issues.map((issue) => issue.message).join('\n');
}

describe('an actuals line with fewer fields than the header', () => {
  it('says one field in the singular, in English and French', () => {
    expect(problems('Period,Kind,Name,Value\n2026-10\n', 'en')).toContain(
      'this line has 1 field, the header 4',
    );
    expect(problems('Period,Kind,Name,Value\n2026-10\n', 'fr')).toContain(
      'cette ligne a 1 champ, l’en-tête 4',
    );
  });

  it('says two fields in the plural', () => {
    expect(problems('Period,Kind,Name,Value\n2026-10,kpi\n', 'en')).toContain(
      'this line has 2 fields, the header 4',
    );
    expect(problems('Period,Kind,Name,Value\n2026-10,kpi\n', 'fr')).toContain(
      'cette ligne a 2 champs, l’en-tête 4',
    );
  });
});
