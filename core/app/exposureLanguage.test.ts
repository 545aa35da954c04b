/**
 * Why an exposure is unbounded is said in the pane's language, as the rest of its outcome: a French
 * contract in an English pane gave "sans plafond : le malus …" beside an English message. The BPO contract
 * without its malus cap: the response time's malus has no cap and minutes have no upper bound.
 */
import { workbookActions } from './actions';
import { now } from '../../test/support/syncActions';
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import type { Lang } from './bridge';

function uncappedIn(contractLang: Lang) {
  const book = new MemoryWorkbook();
  const actions = workbookActions(book);
  now(actions.newContract('bpo-customer-service', contractLang));
  const sheet = book.sheetMap.get(book.sheetNames()[0]!)!;
  const label = contractLang === 'fr' ? /^Plafond des malus/ : /^Malus cap/;
  const rows = sheet.flatMap((row, i) => (label.test(String(row[0] ?? '')) ? [i] : []));
  expect(rows.length).toBeGreaterThan(0);
  for (const i of rows) sheet[i] = [sheet[i]![0], null, ...sheet[i]!.slice(2)];
  return actions;
}

it('a French contract in an English pane', () => {
  const result = now(uncappedIn('fr').periodExposure('2026-10', 'en'));
  expect(result.minimum).toBeNull();
  expect(result.unbounded).toEqual([
    'uncapped: the Délai moyen de réponse malus has no cap and minutes have no upper bound',
  ]);
});

it('an English contract in a French pane', () => {
  const result = now(uncappedIn('en').periodExposure('2026-10', 'fr'));
  expect(result.unbounded).toHaveLength(1);
  expect(result.unbounded[0]).toMatch(/^sans plafond/);
});

it('says an unbounded side as such, not "between no lower bound and …"', () => {
  const en = now(uncappedIn('en').periodExposure('2026-10', 'en'));
  expect(en.message).toBe(
    `At the volumes of October 2026, the invoice total has no lower bound and is at most ${en.maximum} (VAT included); details on "Exposure".`,
  );
  const fr = now(uncappedIn('en').periodExposure('2026-10', 'fr'));
  expect(fr.message.replace(/[\u00a0\u202f]/g, ' ')).toBe(
    `Aux volumes d’octobre 2026, le total de la facture n’a pas de minimum et vaut au plus ${fr.maximum!.replace(/[\u00a0\u202f]/g, ' ')} (TTC) ; détail dans « Exposure ».`,
  );
});
