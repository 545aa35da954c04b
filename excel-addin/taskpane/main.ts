/**
 * Entry of `taskpane.js`: mounts the shared task pane with the Excel bridge once Office is ready.
 * taskpane.html loads functions.js first (the shared runtime page hosts the custom functions too).
 */
import { TEMPLATES } from '../../core/templates';
import { mountTaskpane } from '../../taskpane/ui';
import { createExcelBridge, officeHost } from './excelBridge';
import { excelWorkbookActions } from './workbookActions';
import { excelWorkbook } from './workbookPort';

void Office.onReady(() => {
  const root = document.getElementById('taskpane-root');
  if (!root) return;
  const host = officeHost();
  const actions = excelWorkbookActions(excelWorkbook(host));
  mountTaskpane(root, createExcelBridge({ host, templates: TEMPLATES, actions }));
});
