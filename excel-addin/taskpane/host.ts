/** What the Excel task pane needs from Office, behind an interface so tests can hand in a mock workbook. */

/** Office's display language and `Excel.run`. */
export interface ExcelHost {
  /** Office's display language (`fr-FR`), if known. */
  displayLanguage(): string | undefined;
  /** `Excel.run`. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The real host. Call after `Office.onReady`. */
export function officeHost(): ExcelHost {
  return {
    displayLanguage: () => Office.context?.displayLanguage,
    run: (batch) => Excel.run(batch),
  };
}
