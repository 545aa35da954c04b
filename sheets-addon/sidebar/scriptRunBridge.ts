/**
 * The task pane's Bridge inside the Google Sheets sidebar: each method is one `google.script.run` call
 * to the server function of the same name (`server/bridgeServer.ts`). Only plain JSON crosses, as
 * `google.script.run` requires; the Bridge is already shaped so.
 */
import { LANGS, type Bridge, type Lang } from '../../core/app/bridge';

/** `google.script.run`: a runner that names its handlers, then calls a server function by name. */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

/**
 * Apps Script may prefix the message of an error thrown on the server with its type; the server writes
 * its messages for the user, so the prefix goes.
 */
function failureOf(error: unknown): Error {
  const message =
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
      ? (error as { message: string }).message
      : typeof error === 'string'
        ? error
        : '';
  return new Error(message.replace(/^(?:Error|Exception|ScriptError):\s*/, ''));
}

/**
 * The Bridge over `run`. `pageLang` is the language the server put on the page (`<html lang>`); when it
 * is not one the add-on speaks (the page was not rendered as a template), the server is asked.
 */
export function createScriptRunBridge(run: ScriptRun, pageLang?: string): Bridge {
  const call = <T>(name: keyof Bridge, ...args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const runner = run
        .withSuccessHandler((value) => resolve(value as T))
        .withFailureHandler((error) => reject(failureOf(error))) as unknown as Record<
        string,
        (...a: unknown[]) => void
      >;
      runner[name](...args);
    });

  return {
    listTemplates: (lang) => call('listTemplates', lang),
    newContract: (templateId, lang) => call('newContract', templateId, lang),
    checkContract: (lang) => call('checkContract', lang),
    selectCell: (sheet, address) => call('selectCell', sheet, address),
    generateInvoice: (period, lang) => call('generateInvoice', period, lang),
    hostLanguage: () =>
      LANGS.includes(pageLang as Lang) ? Promise.resolve(pageLang as Lang) : call<Lang>('hostLanguage'),
  };
}
