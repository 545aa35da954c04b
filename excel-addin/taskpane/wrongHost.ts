/**
 * The pane opened outside Excel: a manifest that names another Office application (Word, PowerPoint) loads
 * the same page there, where `Excel.run` does not exist and every button would fail with a script error.
 * `Office.onReady` says which application it is (`info.host`, null outside Office, where the page still
 * mounts for its browser tests); anything but Excel gets one sentence in the pane's place instead.
 */
import { excelHostTexts } from '../../core/i18n/excelHost';
import { langFromDisplayLanguage } from './language';

/**
 * Writes why the pane cannot run into `root` when `host` names an Office application other than Excel, and
 * says whether it did (the caller then mounts nothing).
 */
export function showWrongHost(
  root: HTMLElement,
  host: unknown,
  displayLanguage: string | undefined,
): boolean {
  if (typeof host !== 'string' || host === '' || host === 'Excel') return false;
  const message = root.ownerDocument.createElement('p');
  message.setAttribute('role', 'alert');
  // Office's own name for the application, written as text: never markup.
  message.textContent = excelHostTexts(langFromDisplayLanguage(displayLanguage)).wrongHost(host);
  root.replaceChildren(message);
  return true;
}
