/**
 * Which contract the pane works on when a workbook holds several, or a user's own sheet named "Contract":
 * our sheets are told apart by their tag, and the pane reads the pair of the sheet the user is on, or the
 * one they picked, and names what it read.
 */
import { now } from '../../test/support/syncActions';
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import { workbookActions } from './actions';
import { chooseContract, contractPairs } from './contractPair';
import { DIAGNOSTICS_TAG } from './diagnostics/sheetTagCheck';
import type { SheetInfo } from './workbookPort';

/** A workbook with two contracts: the BPO one, then an IT services one in "Contract (2)". */
function twoContracts() {
  const book = new MemoryWorkbook();
  let id = 0;
  const actions = workbookActions(book, { contractId: () => `c${++id}` });
  now(actions.newContract('bpo-customer-service', 'en'));
  now(actions.newContract('it-services-sla', 'en'));
  return { book, actions };
}

const untagged = (...names: string[]): SheetInfo[] => names.map((name) => ({ name, tag: null }));

/** The message `action` throws, its no-break spaces as plain ones. */
function thrownText(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as Error).message.replace(/\u00a0/g, ' ');
  }
  throw new Error('nothing was thrown');
}

describe('the contract the pane works on', () => {
  it('pairs a second New contract’s sheets with each other, and reads the pair the user is on', () => {
    const { book, actions } = twoContracts();
    expect(book.sheetNames()).toEqual(['Contract', 'Actuals', 'Contract (2)', 'Actuals (2)']);
    expect(now(actions.listContracts())).toEqual(['Contract', 'Contract (2)']);

    book.active = 'Actuals (2)';
    const second = now(actions.checkContract('en'));
    expect(second).toMatchObject({ ok: true, contractSheet: 'Contract (2)', actualsSheet: 'Actuals (2)' });
    expect(second.contracts).toEqual(['Contract', 'Contract (2)']);
    const invoice = now(actions.generateInvoice(second.periods[0]!, 'en'));
    expect(invoice).toMatchObject({ contractSheet: 'Contract (2)', actualsSheet: 'Actuals (2)' });
    expect(invoice.message).toMatch(/^Invoice it-services-sla-/);

    book.active = 'Contract';
    expect(now(actions.generateInvoice('2026-10', 'en'))).toMatchObject({
      contractSheet: 'Contract',
      total: '€136,788.00',
    });
  });

  it('reads the contract the user picked, wherever they are', () => {
    const { book, actions } = twoContracts();
    book.active = 'Actuals';
    expect(now(actions.checkContract('en', 'Contract (2)'))).toMatchObject({ contractSheet: 'Contract (2)' });
    expect(() => actions.checkContract('en', 'Actuals')).toThrow(
      '"Actuals" is not a contract sheet of this workbook any more: pick another contract.',
    );
  });

  it('asks which contract when the user is on none of them, naming them all', () => {
    const { book, actions } = twoContracts();
    book.addSheet('Notes');
    expect(() => actions.checkContract('en')).toThrow(
      'This workbook holds 2 contracts ("Contract", "Contract (2)"): go to a sheet of the one you mean, or pick it under Contract.',
    );
    expect(() => actions.generateInvoice('2026-10', 'fr')).toThrow(/^Ce classeur contient 2 contrats/);
  });

  it('never reads a user’s own sheet named "Contract" once the workbook holds ours', () => {
    const book = new MemoryWorkbook();
    book.addSheet('Contract', [['Supplier agreement notes'], ['signed', 'yes']]);
    book.addSheet('Actuals', [['whatever']]);
    const actions = workbookActions(book, { contractId: () => 'ours' });
    expect(now(actions.newContract('bpo-customer-service', 'en')).sheets).toEqual([
      'Contract (2)',
      'Actuals (2)',
    ]);
    // On it, the user may believe it is the one read: refused, naming the sheets the pane would read.
    book.active = 'Contract';
    expect(() => actions.checkContract('en')).toThrow(
      'You are on "Contract", which is not a sheet of the contract: it carries no mark of the add-in (a copy made without it, or a sheet of your own), so the pane would read "Contract (2)" and "Actuals (2)" instead. Go to one of those and press again; figures typed on "Contract" reach no invoice until they are on "Actuals (2)".',
    );
    book.addSheet('Notes');
    expect(now(actions.checkContract('en'))).toMatchObject({
      ok: true,
      contractSheet: 'Contract (2)',
      actualsSheet: 'Actuals (2)',
      contracts: ['Contract (2)'],
    });
  });

  it('refuses, rather than read the original, on a copy of a contract’s sheet that carries no mark', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book, { contractId: () => 'ours' });
    now(actions.newContract('bpo-customer-service', 'en'));
    const invoiced = now(actions.generateInvoice('2026-10', 'en'));
    // A copy as each host names it, its cells only (Sheets' Duplicate where the mark is lost, a paste):
    // figures edited there would silently not be invoiced.
    for (const copy of ['Copy of Actuals', 'Actuals (2)', 'Kopie von Actuals', 'copie de contract']) {
      book.addSheet(copy, book.sheetMap.get('Actuals')!);
      expect(() => actions.generateInvoice('2026-10', 'en')).toThrow(
        `You are on "${copy}", which is not a sheet of the contract`,
      );
      expect(() => actions.generateInvoice('2026-10', 'fr')).toThrow(
        `Vous êtes sur «\u00a0${copy}\u00a0», qui n’est pas une feuille du contrat`,
      );
    }
    // On the original, or a sheet named as no sheet of a contract is, the contract's sheets are read.
    book.active = 'Actuals';
    expect(now(actions.generateInvoice('2026-10', 'en')).total).toBe(invoiced.total);
    book.addSheet('Budget 2027');
    expect(now(actions.generateInvoice('2026-10', 'en'))).toMatchObject({ actualsSheet: 'Actuals' });
  });

  it('refuses on an unmarked copy renamed to a name that says nothing, told by its first rows', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book, { contractId: () => 'ours' });
    now(actions.newContract('bpo-customer-service', 'en'));
    const invoiced = now(actions.generateInvoice('2026-10', 'en'));
    // A copy that lost the mark, renamed: only what it prints tells it from a sheet of the user's own.
    for (const [copy, original, role] of [
      ['Q3 pricing', 'Contract', 'a Contract'],
      ['Supplier figures', 'Actuals', 'an Actuals'],
    ] as const) {
      book.addSheet(copy, book.sheetMap.get(original)!);
      expect(() => actions.generateInvoice('2026-10', 'en')).toThrow(
        `You are on "${copy}", which is not a sheet of the contract: it carries no mark of the add-in, yet its first rows are those of ${role} sheet (a copy made without the mark, renamed), so the pane would read "Contract" and "Actuals" instead.`,
      );
      // French spaces before « : » and inside « » are no-break ones.
      expect(thrownText(() => actions.checkContract('fr'))).toContain(
        `Vous êtes sur « ${copy} », qui n’est pas une feuille du contrat : elle ne porte pas la marque du complément, mais ses premières lignes sont celles d’une feuille ${original === 'Contract' ? 'de contrat' : 'de réalisé'} (une copie faite sans la marque, renommée)`,
      );
    }
    // A French contract's copy prints French labels: told all the same.
    const fr = new MemoryWorkbook();
    const frActions = workbookActions(fr, { contractId: () => 'fr' });
    now(frActions.newContract('bpo-customer-service', 'fr'));
    fr.addSheet('Tarifs T3', fr.sheetMap.get(fr.sheetNames()[0]!)!);
    expect(() => frActions.checkContract('fr')).toThrow(/^Vous êtes sur «\u00a0Tarifs T3\u00a0»/);
    // A sheet of the user's own with figures of its own is no copy: the contract's sheets are read.
    book.addSheet('Budget 2027', [
      ['Budget 2027', 'Q1'],
      ['Kind of spend', 'Name'],
    ]);
    expect(now(actions.generateInvoice('2026-10', 'en'))).toMatchObject({
      actualsSheet: 'Actuals',
      total: invoiced.total,
    });
  });

  it('refuses on a workbook’s own Contract once a marked pair was copied in from another spreadsheet', () => {
    // Paired by name until Sheets' Copy to brings a pair carrying its marks (if the metadata travels): the
    // workbook then pairs by tag, and the user on their own Contract would get the copies invoiced.
    const book = new MemoryWorkbook();
    book.addSheet('Contract');
    book.addSheet('Actuals');
    book.addSheet('Copy of Contract');
    book.tags.set('Copy of Contract', { role: 'contract', contract: 'theirs' });
    book.addSheet('Copy of Actuals');
    book.tags.set('Copy of Actuals', { role: 'actuals', contract: 'theirs' });
    book.active = 'Contract';
    const actions = workbookActions(book, { contractId: () => 'ours' });
    expect(() => actions.checkContract('en')).toThrow(
      'You are on "Contract", which is not a sheet of the contract: it carries no mark of the add-in (a copy made without it, or a sheet of your own), so the pane would read "Copy of Contract" and "Copy of Actuals" instead.',
    );
  });

  it('refuses on an Actuals sheet carrying the mark of a contract this workbook does not hold', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book, { contractId: () => 'ours' });
    now(actions.newContract('bpo-customer-service', 'en'));
    // Copied from another spreadsheet with its mark (Sheets' Copy to, if the metadata travels).
    book.addSheet('Supplier data', book.sheetMap.get('Actuals')!);
    book.tags.set('Supplier data', { role: 'actuals', contract: 'theirs' });
    expect(() => actions.checkContract('en')).toThrow(
      'You are on "Supplier data", which is not a sheet of the contract: it carries the mark of a contract this workbook does not hold (copied from another spreadsheet), so the pane would read "Contract" and "Actuals" instead.',
    );
  });

  it('keeps a renamed pair together by its tag', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book, { contractId: () => 'x' });
    now(actions.newContract('bpo-customer-service', 'en'));
    for (const [from, to] of [
      ['Contract', 'Acme contract'],
      ['Actuals', 'Acme data'],
    ] as const) {
      book.sheetMap.set(to, book.sheetMap.get(from)!);
      book.sheetMap.delete(from);
      book.tags.set(to, book.tags.get(from)!);
      book.tags.delete(from);
    }
    book.active = 'Acme data';
    expect(now(actions.checkContract('en'))).toMatchObject({
      ok: true,
      contractSheet: 'Acme contract',
      actualsSheet: 'Acme data',
    });
  });

  it('pairs an untagged workbook (older, or written by the command line) by name and copy number', () => {
    expect(
      contractPairs(untagged('Contrat', 'Contract (2)', 'Réalisé', 'Actuals (2)', 'Contract notes')),
    ).toEqual([
      { contract: 'Contrat', actuals: 'Réalisé' },
      { contract: 'Contract (2)', actuals: 'Actuals (2)' },
    ]);
    // A copy never falls back to another contract's actuals.
    expect(contractPairs(untagged('Contract', 'Actuals', 'Contract (3)'))).toEqual([
      { contract: 'Contract', actuals: 'Actuals' },
      { contract: 'Contract (3)', actuals: null },
    ]);
    expect(chooseContract({ sheets: untagged('Contract', 'Actuals'), active: null })).toEqual({
      ok: true,
      pair: { contract: 'Contract', actuals: 'Actuals' },
    });
    expect(chooseContract({ sheets: untagged('Data'), active: 'Data' })).toEqual({
      ok: false,
      reason: 'none',
    });
  });

  it('keeps pairing by name beside a Diagnostics sheet left behind, whose actuals mark is of no contract', () => {
    const leftover: SheetInfo = { name: 'Outcome Fees diagnostics', tag: DIAGNOSTICS_TAG };
    expect(contractPairs([...untagged('Contract', 'Actuals'), leftover])).toEqual([
      { contract: 'Contract', actuals: 'Actuals' },
    ]);
  });

  it('says a contract has no actuals sheet rather than reading another one', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book, { contractId: () => 'x' });
    now(actions.newContract('bpo-customer-service', 'en'));
    book.sheetMap.delete('Actuals');
    book.tags.delete('Actuals');
    book.addSheet('Actuals', [['Type', 'Name', 'Unit']]);
    expect(() => actions.checkContract('en')).toThrow(/^No actuals sheet in this workbook/);
  });
});
