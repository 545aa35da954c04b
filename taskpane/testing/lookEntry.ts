/** What the look tests load into the page: the pane, the scripted bridge and Excel's theme follower. */
export { mountTaskpane } from '../ui';
export { createFakeBridge } from './fakeBridge';
export { followOfficeTheme, officeThemeSource } from '../../excel-addin/taskpane/theme';
