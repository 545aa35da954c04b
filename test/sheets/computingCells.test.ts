/**
 * An action while Sheets recalculates a custom function the contract's sheets use: the built Code.js on
 * the fake, whose formula cells calling the script read "Loading..." on their first reads, as Sheets shows
 * a custom function it has not computed yet. The sidebar reads again until the cell is computed, and says
 * which cell is still computing when it stays so, instead of calling its value wrong.
 */
import { workbookActions } from '../../core/app/actions';
import { scriptRunPort } from '../../sheets-addon/sidebar/scriptRunPort';
import { COMPUTING_READS } from '../../sheets-addon/sidebar/untilComputed';
import { loadAddon, nodeServerCalls, type LoadedAddon } from './builtSheets';

/** The sidebar's actions on the built server, with the waits between reads counted instead of waited. */
function sidebar(addon: LoadedAddon, lang: 'en' | 'fr' = 'en') {
  const waits: number[] = [];
  const port = scriptRunPort(
    nodeServerCalls(addon, lang),
    () => lang,
    undefined,
    async (ms) => {
      waits.push(ms);
    },
  );
  return { actions: workbookActions(port, { contractId: () => 'c1' }), waits };
}

/** A new contract whose October CSAT (Actuals!E5, 0.912 in the template) a custom function computes. */
async function computedCsat(loadingReads: number) {
  const addon = loadAddon();
  const { actions, waits } = sidebar(addon);
  const created = await actions.newContract('bpo-customer-service', 'en');
  const expected = await actions.generateInvoice('2026-10', 'en');
  const actuals = addon.fake.spreadsheet.getSheetByName(created.sheets[1]!)!;
  addon.fake.state.customFunctionLoadingReads = loadingReads;
  // HYBRIDFEE(fixed, variable, score) = fixed + variable × score: 0.912.
  actuals.getRange('E5').setFormula('=HYBRIDFEE(0.912,0,1)');
  return { addon, actions, waits, expected };
}

describe('an action while Sheets computes a custom function of the actuals', () => {
  it('reads again until the cell is computed, and invoices its value', async () => {
    const { actions, waits, expected } = await computedCsat(2);
    const invoice = await actions.generateInvoice('2026-10', 'en');
    expect(invoice.total).toBe(expected.total);
    expect(invoice.total).toBe('€136,788.00');
    expect(waits).toEqual([500, 500]);
  });

  it('says which cell is still computing when it stays so, in the pane’s language, and paints nothing', async () => {
    const { addon, actions, waits } = await computedCsat(Infinity);
    const sheets = addon.fake.spreadsheet.getSheets().length;
    await expect(actions.generateInvoice('2026-10', 'en')).rejects.toThrow(
      'Actuals!E5 still shows Loading... after 2,500 ms: Google Sheets is still computing its formula, so its value cannot be read yet.',
    );
    expect(waits).toHaveLength(COMPUTING_READS - 1);
    await expect(sidebar(addon, 'fr').actions.checkContract('fr')).rejects.toThrow(
      /^Actuals!E5 affiche encore Loading\.\.\. \(Chargement\) après 2\u202f500 ms\u00a0: Google Sheets calcule/,
    );
    expect(addon.fake.spreadsheet.getSheets()).toHaveLength(sheets);
  });

  it('leaves readSheets as it reads: Diagnostics waits for its calls itself, to report what it saw', async () => {
    const { addon } = await computedCsat(Infinity);
    const [grid] = await scriptRunPort(nodeServerCalls(addon)).readSheets(['Actuals']);
    expect(grid![4]![4]).toBe('Loading...');
  });
});
