/**
 * The pane's Bridge is derived from the actions, never restated: the type checks below fail to compile
 * (`npx tsc -p tsconfig.json --noEmit`) if the two diverge, and the tests check what the derived bridge
 * does at run time over the in-memory workbook.
 */
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import { workbookActions, type WorkbookActions } from './actions';
import { actionsBridge } from './actionsBridge';
import type { Bridge, InvoiceResult, Lang, ModelBridge } from './bridge';
import type { MaybePromise } from './maybePromise';
import type { ModelActions } from './modelActions';
import { promised, settle, type Promised } from './promised';

/** `true` only when `A` and `B` are the same type (not merely assignable one way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(): T | undefined {
  return undefined;
}

/** Each action as the bridge should offer it: same parameters, a promise of the same result. */
type AsPromise<F> = F extends (...args: infer P) => infer R ? (...args: P) => Promise<Awaited<R>> : never;
type EveryMethodPromised = { [K in keyof WorkbookActions]: Equal<Bridge[K], AsPromise<WorkbookActions[K]>> };

// The bridge has exactly the actions and the host's language.
expectType<Equal<keyof Bridge, keyof WorkbookActions | 'hostLanguage'>>();
expectType<Equal<EveryMethodPromised[keyof WorkbookActions], true>>();
expectType<Equal<keyof ModelBridge, keyof ModelActions>>();
expectType<Equal<Bridge['generateInvoice'], (p: string, l: Lang, c?: string) => Promise<InvoiceResult>>>();
// A method added to the actions is a method of the bridge, with no second declaration.
type Grown = Promised<WorkbookActions & { archive(sheet: string): MaybePromise<number> }>;
expectType<Equal<Grown['archive'], (sheet: string) => Promise<number>>>();
// @ts-expect-error a bridge method returns a promise, never the bare value an action may return
expectType<Equal<Bridge['listContracts'], () => readonly string[]>>();
// @ts-expect-error a bridge without one of the actions is not a Bridge
export const missing: Bridge = {} as Omit<Bridge, 'runDiagnostics'>;
// @ts-expect-error the bridge keeps each action's parameters
export const wrongArguments: Parameters<Bridge['generateInvoice']> = [202610, 'en'];

describe('the bridge derived from the actions', () => {
  test('offers every action and the host language, and answers what the action answers', async () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book, { contractId: () => 'c1' });
    const bridge = actionsBridge(actions, () => 'fr');
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(actions), 'hostLanguage'].sort());
    await expect(bridge.hostLanguage()).resolves.toBe('fr');
    await expect(bridge.newContract('bpo-customer-service', 'en')).resolves.toMatchObject({
      sheets: ['Contract', 'Actuals'],
    });
    await expect(bridge.listContracts()).resolves.toEqual(['Contract']);
    await expect(bridge.generateInvoice('2026-10', 'en')).resolves.toMatchObject({
      sheet: 'Invoice 2026-10',
      total: '€136,788.00',
    });
  });

  test("turns an action's synchronous throw into a rejection with the same error", async () => {
    const failure = new Error('Unknown template "nope".');
    const bridge = promised({
      newContract: (): number => {
        throw failure;
      },
    });
    const answer = bridge.newContract();
    expect(answer).toBeInstanceOf(Promise);
    await expect(answer).rejects.toBe(failure);
    // And so does an action of the core: a template that does not exist.
    const actions = actionsBridge(workbookActions(new MemoryWorkbook()), () => 'en');
    await expect(actions.newContract('no-such-template', 'en')).rejects.toThrow('no-such-template');
  });

  test('waits for an action that answers later, and calls it on its own object', async () => {
    const counter = {
      start: (): number => 1,
      next(step: number): Promise<number> {
        return Promise.resolve(this.start() + step);
      },
    };
    await expect(promised(counter).next(2)).resolves.toBe(3);
    await expect(settle(() => 4)).resolves.toBe(4);
  });
});
