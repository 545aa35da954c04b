/**
 * The pane writes each language's forms, not only its words: every action on every template, in French
 * and in English, over the in-memory workbook (test/support/paneRun.ts), and every message and text cell
 * it wrote. French prose says a period in words (`octobre 2026`, not `2026-10`) and a number the French way
 * (`136 788,00 €`, never `136,788.00` nor `0.5`); English prose has no French word, French number or French
 * space. Amounts in number cells are numbers, formatted by the host: they are not text and not read here.
 */
import { TEMPLATES } from '../../core/templates';
import { ENGLISH_NUMBER, FRENCH_FORM, ISO_PERIOD, prose } from '../support/languageForms';
import { paneRun, planTexts, sheetTexts, type PaneRun } from '../support/paneRun';

/** Every text the run wrote, with where it is: messages by action (the Diagnostics report is what the host read back: data) and sheet cells. */
function texts(run: PaneRun): { where: string; text: string }[] {
  const messages = run.said
    .filter(({ action }) => action !== 'runDiagnostics')
    .map(({ action, text }) => ({ where: action, text }));
  const cells = sheetTexts(run.book).map((entry) => {
    const [sheet] = [...run.book.sheetMap.keys()].filter((name) => entry.startsWith(`${name}: `));
    return { where: sheet ?? '', text: entry.slice((sheet ?? '').length + 2) };
  });
  const plans = run.book.plans.flatMap(planTexts).map((text) => ({ where: 'plan', text }));
  // The Contract sheet holds the user's terms, in the syntax its reader takes (`2026-01 sur 6 périodes`).
  return [...messages, ...cells, ...plans].filter(
    ({ where }) => !/^(Diagnostic|Contrat|Contract)\b/.test(where),
  );
}

function found(run: PaneRun, pattern: RegExp): string[] {
  const sheets = new Set(run.book.sheetMap.keys());
  return [
    ...new Set(
      texts(run).flatMap(({ where, text }) => {
        const hit = pattern.exec(prose(text, sheets));
        return hit ? [`${where}: "${hit[0]}" in ${text}`] : [];
      }),
    ),
  ];
}

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('the pane on the %s contract', (_, template) => {
  let french: PaneRun;
  let english: PaneRun;
  beforeAll(() => {
    french = paneRun(template, 'fr');
    english = paneRun(template, 'en');
  });

  test('in French, a period is said in words', () => {
    expect(found(french, ISO_PERIOD)).toEqual([]);
  });

  test('in French, a number is written the French way', () => {
    expect(found(french, ENGLISH_NUMBER)).toEqual([]);
  });

  test('in English, no French word, number or space', () => {
    expect(found(english, FRENCH_FORM)).toEqual([]);
    // The run said and painted what is checked.
    expect(english.messages.length).toBeGreaterThan(20);
    expect(english.book.sheetMap.size).toBeGreaterThan(10);
  });
});

test('the patterns find what they are for', () => {
  expect(ISO_PERIOD.test('rampe depuis 15 % sur 6 périodes dès 2026-01, achevée')).toBe(true);
  expect(ISO_PERIOD.test('Facture bpo-customer-service-2026-10')).toBe(false);
  expect(prose('Facture bpo-customer-service-2026-10 (2026-10)', new Set())).toBe('Facture  (2026-10)');
  expect(ENGLISH_NUMBER.test('Budget à risque : 856.18 EUR')).toBe(true);
  expect(ENGLISH_NUMBER.test('total 136\u202f788,00 € ; plafond 1\u202f188,219 € ; 86,625 €/h')).toBe(false);
  expect(ENGLISH_NUMBER.test('un total de 1,250,000')).toBe(true);
  expect(FRENCH_FORM.test('total 136\u202f788,00\u00a0€')).toBe(true);
  expect(FRENCH_FORM.test('Total including VAT 136,788.00')).toBe(false);
});
