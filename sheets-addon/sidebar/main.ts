/** The sidebar page's script: mounts the shared task pane over `google.script.run`. */
import { mountTaskpane } from '../../taskpane/ui';
import { createScriptRunBridge, type ScriptRun } from './scriptRunBridge';

interface SidebarWindow {
  readonly google?: { readonly script?: { readonly run?: ScriptRun } };
}

const run = (window as SidebarWindow).google?.script?.run;
const root = document.getElementById('taskpane-root');
if (root) {
  if (run) mountTaskpane(root, createScriptRunBridge(run, document.documentElement.lang));
  // Opened outside Apps Script (a saved copy of the page): say why nothing works.
  else root.textContent = 'Outcome Fees: open this sidebar from the Extensions menu of Google Sheets.';
}
