/**
 * Entry of `taskpane.js`: mounts the shared task pane with the Excel bridge once Office is ready.
 * taskpane.html loads functions.js first (the shared runtime page hosts the custom functions too).
 */
import { workbookActions } from '../../core/app/actions';
import { mountTaskpane } from '../../taskpane/ui';
import { createExcelBridge } from './excelBridge';
import { officeHost } from './host';
import { followOfficeTheme, officeThemeSource } from './theme';
import { excelWorkbook } from './workbookPort';
import { showWrongHost } from './wrongHost';

// Where office.js did not load, the guard of taskpane.html says so in the pane's place (webviewGuard.js).
if (typeof Office !== 'undefined')
  void Office.onReady((info) => {
    const root = document.getElementById('taskpane-root');
    if (!root) return;
    if (showWrongHost(root, info.host, Office.context?.displayLanguage)) return;
    document.documentElement.dataset.host = 'excel';
    followOfficeTheme(document, officeThemeSource());
    const host = officeHost();
    mountTaskpane(root, createExcelBridge({ host, actions: workbookActions(excelWorkbook(host)) }));
  });
