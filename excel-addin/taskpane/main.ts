/**
 * Entry of `taskpane.js`: mounts the shared task pane with the Excel bridge once Office is ready.
 * taskpane.html loads functions.js first (the shared runtime page hosts the custom functions too).
 */
import { mountTaskpane } from '../../taskpane/ui';
import { createExcelBridge, officeHost } from './excelBridge';
import { excelWorkbookActions, TEMPLATES } from './workbookActions';

void Office.onReady(() => {
  const root = document.getElementById('taskpane-root');
  if (!root) return;
  const host = officeHost();
  mountTaskpane(root, createExcelBridge({ host, templates: TEMPLATES, actions: excelWorkbookActions(host) }));
});
