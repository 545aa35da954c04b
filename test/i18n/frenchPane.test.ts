/**
 * A French user in the pane, on a French contract, says and sees no English: every action of the task
 * pane (the sidebar runs the same ones) is run on each template's French contract over the in-memory
 * workbook, and every message it returns and every sheet it paints (names and cell texts, through the
 * core's layout: the plans are data) is held to the tell-tale English words of the command-line sweep.
 */
import { workbookActions } from '../../core/app/actions';
import { TEMPLATES } from '../../core/templates';
import { englishWordIn } from '../support/englishWords';
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { paneRun, planTexts, sheetTexts, type PaneRun } from '../support/paneRun';
import { now } from '../support/syncActions';

/**
 * What a French sheet or message writes as an English one does, being no English prose: product names
 * (Outcome Fees, Google Sheets) and values quoted as data (the diagnostics' test texts, `"line 1…"`; a value
 * the host read back, `« missed »`).
 */
function notProse(text: string): string {
  return text.replace(/Outcome Fees|Google Sheets/g, '').replace(/"[^"]*"|«[^»]*»/g, '');
}

const english = (texts: readonly string[]) =>
  texts.flatMap((text) => {
    const word = englishWordIn(notProse(text));
    return word === undefined ? [] : [`"${word}" in ${text}`];
  });

describe.each(TEMPLATES.map((t) => [t.id, t] as const))(
  'the pane on the French %s contract',
  (_, template) => {
    let run: PaneRun;
    beforeAll(() => {
      run = paneRun(template, 'fr');
    });

    test('paints every kind of sheet it makes', () => {
      const names = run.book.sheetNames();
      for (const sheet of [
        'Contrat',
        'Réalisé',
        'Facture',
        'Synthèse',
        'Performance',
        'Rapprochement',
        'Courbe',
        'Exposition',
        'Scénarios',
        'Prévision',
        'Comparaison',
      ])
        expect({ sheet, painted: names.some((name) => name.startsWith(sheet)) }).toEqual({
          sheet,
          painted: true,
        });
      // The restated month gave a correction note: a debit note, as one more was delivered than invoiced.
      expect(names.filter((name) => name.startsWith('Facture rectificative'))).toHaveLength(1);
    });

    test('says nothing in English', () => {
      expect(english(run.messages)).toEqual([]);
      // The words are there to be checked: every action said something.
      expect(run.messages.length).toBeGreaterThan(20);
    });

    test('paints no English on any sheet', () => {
      expect(english(sheetTexts(run.book))).toEqual([]);
    });

    test('draws no English in a chart, a list of choices or a highlight', () => {
      const texts = run.book.plans.flatMap(planTexts);
      expect(english(texts)).toEqual([]);
      // Charts (curve, forecast), lists (the Contract sheet) and highlights (Performance) were all there.
      expect(run.book.plans.some((plan) => (plan.charts ?? []).length > 0)).toBe(true);
      expect(run.book.plans.some((plan) => (plan.validations ?? []).length > 0)).toBe(true);
      expect(run.book.plans.some((plan) => (plan.conditionalFormats ?? []).length > 0)).toBe(true);
    });
  },
);

test('the same run in English finds the words the French one must not have', () => {
  const book = new MemoryWorkbook();
  const actions = workbookActions(book);
  now(actions.newContract('bpo-customer-service', 'en'));
  now(actions.generateInvoice('2026-10', 'en'));
  expect(english(sheetTexts(book)).length).toBeGreaterThan(5);
});
