/** Records what a page did that a test must notice: dialogs (an injected `alert`), uncaught errors, console errors. */
import type { Page } from 'playwright-core';

/** What the page did since `watchPage`. */
export interface PageWatch {
  /** Dialogs opened, as `type: message`; each is dismissed so the page never hangs. */
  readonly dialogs: string[];
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
}

/** Starts recording on `page`. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { dialogs: [], pageErrors: [], consoleErrors: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  return watch;
}
