/** The task pane's actions over the in-memory workbook in tests: it is synchronous, and so are they. */
import { workbookActions } from '../../core/app/actions';
import type { MaybePromise } from '../../core/app/maybePromise';
import { MemoryWorkbook } from './memoryWorkbook';

/** An action's result over a synchronous port, or a test failure if it came as a promise. */
export function now<T>(value: MaybePromise<T>): T {
  if (value instanceof Promise) throw new Error('expected a synchronous result');
  return value;
}

/** A workbook holding the BPO template's contract as New contract makes it, with its actions. */
export function bookWithContract() {
  const book = new MemoryWorkbook();
  const actions = workbookActions(book);
  now(actions.newContract('bpo-customer-service', 'en'));
  return { book, actions };
}
