/**
 * The sidebar page's script: mounts the shared task pane over the core's actions, which run here, in the
 * browser, on a workbook port that reads and paints through `google.script.run`.
 */
import { workbookActions } from '../../core/app/actions';
import { actionsBridge } from '../../core/app/actionsBridge';
import { mountTaskpane } from '../../taskpane/ui';
import { openOnStart } from './startSection';
import { scriptRunPort, serverCalls, sidebarLanguage, type ScriptRun } from './scriptRunPort';

interface SidebarWindow {
  readonly google?: {
    readonly script?: { readonly run?: ScriptRun; readonly host?: { readonly editor?: { focus(): void } } };
  };
}

const script = (window as SidebarWindow).google?.script;
const run = script?.run;
const root = document.getElementById('taskpane-root');
// Google's editor add-on look (taskpane.css), and no title: Sheets prints the add-on's name above.
document.documentElement.dataset.host = 'sheets';
if (root) {
  if (run) {
    const page = document.documentElement;
    // The server's failures are said in the pane's language of the moment they arrive.
    const paneLanguage = () => pane.language();
    const call = serverCalls(run, paneLanguage);
    const pane = mountTaskpane(
      root,
      actionsBridge(
        workbookActions(scriptRunPort(call, paneLanguage, () => script?.host?.editor?.focus())),
        sidebarLanguage(call, page.lang),
      ),
    );
    void openOnStart(root, pane, page.dataset.start);
  }
  // Opened outside Apps Script (a saved copy of the page): say why nothing works.
  else root.textContent = 'Outcome Fees: open this sidebar from the Extensions menu of Google Sheets.';
}
