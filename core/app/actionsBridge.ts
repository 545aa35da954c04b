/**
 * The task pane's `Bridge` over the core's actions, as both hosts' panes build it: every method a promise,
 * a synchronous throw a rejection (the pane expects rejected `Error`s written for the user), and the
 * host's language from the host.
 */
import type { WorkbookActions } from './actions';
import type { Bridge, Lang } from './bridge';
import type { MaybePromise } from './maybePromise';
import { promised, settle } from './promised';

/** The Bridge that runs `actions`; `hostLanguage` asks the host. */
export function actionsBridge(actions: WorkbookActions, hostLanguage: () => MaybePromise<Lang>): Bridge {
  return { ...promised(actions), hostLanguage: () => settle(hostLanguage) };
}
