/** What the browser tests load into the page: the real UI plus the scripted bridge. */
export { mountTaskpane } from '../ui';
export { createFakeBridge } from './fakeBridge';
export { TASKPANE_STRINGS } from '../../core/i18n/taskpane';
