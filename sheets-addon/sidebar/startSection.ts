/**
 * Where the sidebar opens when a menu item names a section: the page's `data-start` (the HtmlService
 * template's `start` field, sheets-addon/server/triggers.ts) names it. Check contract runs the check; the
 * other items show their section at the top with its first control focused, so the user goes on from
 * there (the invoice's period, the new contract's template, the Diagnostics button).
 */
import type { TaskpaneHandle } from '../../taskpane/ui';
import { SIDEBAR_STARTS, START_CHECK, type SidebarStart } from '../sidebarStart';

function isStart(value: string | undefined): value is Exclude<SidebarStart, ''> {
  return SIDEBAR_STARTS.some((start) => start !== '' && start === value);
}

/** The section whose heading id ends with `-${start}-heading` (taskpane/view.ts and sections/fields.ts). */
function sectionOf(root: HTMLElement, start: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`section[aria-labelledby$="-${start}-heading"]`);
}

/** Once the pane is ready, opens it on the section `start` names; nothing for any other value. */
export function openOnStart(
  root: HTMLElement,
  pane: TaskpaneHandle,
  start: string | undefined,
): Promise<void> {
  if (!isStart(start)) return Promise.resolve();
  return pane.ready.then(() => {
    if (start === START_CHECK) return pane.checkContract();
    const section = sectionOf(root, start);
    section?.scrollIntoView({ block: 'start' });
    const first = [...(section?.querySelectorAll<HTMLElement>('select, input, textarea, button') ?? [])].find(
      (control) => !control.closest('[hidden]') && !(control as HTMLButtonElement).disabled,
    );
    first?.focus();
  });
}
