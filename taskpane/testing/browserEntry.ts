/** What the browser tests load into the page: the real UI, the scripted bridge and Excel's theme follower. */
export { mountTaskpane } from '../ui';
export { createFakeBridge } from './fakeBridge';
export { TASKPANE_STRINGS } from '../../core/i18n/taskpane';
export { followOfficeTheme, officeThemeSource } from '../../excel-addin/taskpane/theme';
